/**
 * Seeded pseudo-random numbers (splitmix32). The firmware never calls Math.random: every random choice (salts,
 * a unit's identity) comes from a seed carried as data, so the same seed and events give the same snapshots.
 *
 * The seed itself is made unpredictable by the shell (crypto.getRandomValues) when a world is created.
 */

/** Advances a splitmix32 state; returns the next 32-bit unsigned value and the next state. */
export function nextUint32(state: number): [value: number, nextState: number] {
  const nextState = (state + 0x9e3779b9) | 0;
  let z = nextState;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [z >>> 0, nextState];
}

/** A small mutable generator over nextUint32, for pure functions that draw several values at once. */
export class SeededRandom {
  constructor(private state: number) {}

  /** The state to carry forward after the draws made so far. */
  get currentState(): number {
    return this.state;
  }

  uint32(): number {
    const [value, next] = nextUint32(this.state);
    this.state = next;
    return value;
  }

  /** An integer in [0, bound). Uses rejection sampling so every value is equally likely. */
  below(bound: number): number {
    const limit = Math.floor(0x1_0000_0000 / bound) * bound;
    for (;;) {
      const value = this.uint32();
      if (value < limit) return value % bound;
    }
  }

  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[this.below(alphabet.length)];
    return text;
  }

  /** `count` random bytes as lowercase hex. */
  hex(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += this.below(256).toString(16).padStart(2, '0');
    return text;
  }
}
