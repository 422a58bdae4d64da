/**
 * One benchmark figure and the table `npm run bench` prints (shared by scripts/bench-firmware.ts and
 * scripts/bench-browser.ts): name, value, budget, "ok" or "OVER", and what was measured.
 */

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The budget (null: a part of a figure that has one), and whether a higher value is better (events/s). */
  readonly budget: number | null;
  readonly higherIsBetter: boolean;
  readonly note: string;
  /** What the budget column shows when budget is null (default: "(in the total)"). */
  readonly budgetText?: string;
}

export const withinBudget = ({ budget, value, higherIsBetter }: BenchFigure): boolean =>
  budget === null || (higherIsBetter ? value >= budget : value <= budget);

/** Decimals per unit: seconds and ratios to the hundredth, kB to the tenth, the rest as whole numbers. */
const DECIMALS: Record<string, number> = { s: 2, '×': 2, kB: 1, ms: 0 };

function formatNumber(value: number, unit: string): string {
  const decimals = DECIMALS[unit];
  return decimals === undefined
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatFigures(figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${formatNumber(f.value, f.unit)} ${f.unit}`,
    f.budget === null
      ? (f.budgetText ?? '(in the total)')
      : `${f.higherIsBetter ? '>=' : '<='} ${formatNumber(f.budget, f.unit)} ${f.unit}`,
    f.budget === null ? '' : withinBudget(f) ? 'ok' : 'OVER',
    f.note,
  ]);
  const header = ['figure', 'value', 'budget', '', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('bench: median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Prints the figures (or JSON with --json) and sets the exit code: 1 when any figure is over its budget. */
export function reportFigures(figures: readonly BenchFigure[]): void {
  console.log(process.argv.includes('--json') ? JSON.stringify(figures, null, 2) : formatFigures(figures));
  process.exitCode = figures.every(withinBudget) ? 0 : 1;
}
