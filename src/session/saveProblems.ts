/**
 * What failed saves did not keep: one message per kind of save a session makes, kept until a later save of that
 * kind succeeds, and heard by the bench (SaveProblems.tsx) through `subscribe`.
 */

/** The kinds of save a session makes, and what a failed one of each kind did not keep. */
export type SaveKind = 'flash' | 'worldTime' | 'powerSwitch' | 'usb' | 'cameras' | 'outside';
const NOT_SAVED: Readonly<Record<SaveKind, string>> = {
  flash: "the recorder's last flash write (a setting, an account, a password or a log entry)",
  worldTime: 'the simulated time (the clock and the Advance buttons)',
  powerSwitch: 'the position of the power switch',
  usb: 'the USB stick (whether it is in the port, and its files)',
  cameras: 'the cameras around the recorder',
  outside: 'the outside world (website, support desk, e-mail, mobile app)',
};

/** The message for a failed save of `kind`. */
export function saveProblemMessage(kind: SaveKind, error: unknown): string {
  const reason = error instanceof Error ? error.message || error.name : String(error);
  return `Not saved: ${NOT_SAVED[kind]}. The browser refused the write (${reason}); reopening the simulation shows what was saved last.`;
}

/** The current messages, in the order their kinds first failed; listeners hear every change. */
export class SaveProblems {
  private readonly messages = new Map<SaveKind, string>();
  private current: readonly string[] = [];
  private readonly listeners = new Set<() => void>();

  get list(): readonly string[] {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets (a message) or clears (null) the problem of `kind`; listeners hear only real changes. */
  set(kind: SaveKind, message: string | null): void {
    if ((this.messages.get(kind) ?? null) === message) return;
    if (message === null) this.messages.delete(kind);
    else this.messages.set(kind, message);
    this.current = [...this.messages.values()];
    for (const listener of this.listeners) listener();
  }
}
