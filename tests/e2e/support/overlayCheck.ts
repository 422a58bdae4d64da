/**
 * Where the accessible overlay's elements are, against what the OSD renderer drew (window.__osd, the layout last
 * passed to renderer.draw() and the display scale; see src/osd/osdTestHook.ts). Each control element (data-control)
 * and each readable value (aria-label) must cover exactly its drawn rectangle times the scale, offset by the canvas's
 * position on the page.
 */
import { expect, type Page } from '@playwright/test';
import type { OsdTestHook } from '../../../src/osd/osdTestHook';

export interface Placement {
  readonly name: string;
  readonly drawn: readonly [number, number, number, number];
  readonly element: readonly [number, number, number, number] | null;
}

export interface PlacementReport {
  readonly scale: number;
  /** The canvas on the page: [width, height] in CSS pixels and its backing store. */
  readonly canvas: { readonly css: readonly [number, number]; readonly backing: readonly [number, number] };
  readonly placements: readonly Placement[];
  /** Overlay controls on the page that the drawn layout does not have (stale elements). */
  readonly undrawn: readonly string[];
}

/** Measures every overlay control and value against the drawn layout, in the page. */
export function measurePlacements(page: Page): Promise<PlacementReport> {
  return page.evaluate(() => {
    const hook = (window as { __osd?: OsdTestHook }).__osd;
    const screen = document.querySelector<HTMLElement>('[role="application"][aria-label="Recorder screen"]');
    const canvas = screen?.querySelector('canvas');
    if (!hook || !screen || !canvas) throw new Error('The OSD has not drawn yet.');
    const origin = canvas.getBoundingClientRect();
    const box = (element: Element | null) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height] as const;
    };
    const placements = hook.layout.overlay.flatMap((group) =>
      group.items.flatMap((item) => {
        const { x, y, w, h } = item.rect;
        const drawn = [origin.x + x * hook.scale, origin.y + y * hook.scale, w * hook.scale, h * hook.scale] as const;
        if (item.kind === 'control')
          return [
            {
              name: item.control.id,
              drawn,
              element: box(screen.querySelector(`[data-control="${CSS.escape(item.control.id)}"]`)),
            },
          ];
        if (item.kind === 'value')
          return [
            {
              name: item.label,
              drawn,
              element: box(screen.querySelector(`output[aria-label="${CSS.escape(item.label)}"]`)),
            },
          ];
        return [];
      }),
    );
    const drawnIds = new Set(
      hook.layout.overlay.flatMap((group) =>
        group.items.flatMap((item) => (item.kind === 'control' ? [item.control.id] : [])),
      ),
    );
    const undrawn = [...screen.querySelectorAll<HTMLElement>('[data-control]')]
      .map((element) => element.dataset.control ?? '')
      .filter((id) => !drawnIds.has(id));
    return {
      scale: hook.scale,
      canvas: { css: [origin.width, origin.height] as const, backing: [canvas.width, canvas.height] as const },
      placements,
      undrawn,
    };
  });
}

/** Every overlay element is exactly over its drawn rectangle; returns the report for further checks. */
export async function expectOverlayOverDrawing(page: Page, scale: number, expectedNames: readonly string[] = []) {
  let report: PlacementReport | null = null;
  await expect
    .poll(async () => {
      report = await measurePlacements(page);
      const wrong = report.placements
        .filter((p) => !p.element || p.element.some((value, index) => Math.abs(value - p.drawn[index]!) > 0.01))
        .map((p) => `${p.name}: drawn ${p.drawn.join(',')} element ${p.element?.join(',') ?? 'missing'}`);
      return { scale: report.scale, wrong, undrawn: report.undrawn };
    })
    .toEqual({ scale, wrong: [], undrawn: [] });
  const final = report as unknown as PlacementReport;
  expect(final.canvas.css).toEqual([1280 * scale, 720 * scale]);
  expect(final.canvas.backing).toEqual([1280, 720]);
  const names = final.placements.map((p) => p.name);
  for (const name of expectedNames) expect(names, `${name} is on screen`).toContain(name);
  return final;
}
