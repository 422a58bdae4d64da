/**
 * `--shard=i/n`, as Playwright and Vitest read it: the i-th (1-based) of n contiguous, near-equal parts of a list in
 * its given order, so that the n shards of one list are disjoint and together cover it.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The shard `text` names ("2/4"), or a message saying why it is not one. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    return `--shard must be i/n with 1 <= i <= n (for example --shard=2/4), not "${text.slice(0, 20)}".`;
  }
  return { index, count };
}

/** The items of `shard`: indices from floor((i-1)·len/n) up to floor(i·len/n). */
export function shardOf<T>(items: readonly T[], shard: Shard): T[] {
  const from = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const to = Math.floor((shard.index * items.length) / shard.count);
  return items.slice(from, to);
}
