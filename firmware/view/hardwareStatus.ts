/**
 * The recorder's front-panel LEDs, derived from a snapshot, for the shell to draw (docs/accessible-names.md). *invented* behaviour:
 *
 *   power  off without power; on while powered (also after Shutdown, the standby light); flashing while the
 *          mainboard reset button has been held long enough (RESET_HOLD_MIN_MS) and while the reset is written
 *   hdd    off without power or after Shutdown; active while the disk records or is formatted / backed up;
 *          idle while recording is stopped (upgrade, recovery); flashing with the power LED during a reset
 */
import { RESET_HOLD_MIN_MS } from '../catalogue/rules';
import type { RecorderSnapshot } from './snapshotToOsdModel';

export type PowerLed = 'off' | 'on' | 'flashing';
export type HddLed = 'off' | 'idle' | 'active' | 'flashing';

export interface HardwareStatus {
  readonly powerLed: PowerLed;
  readonly hddLed: HddLed;
}

export function hardwareStatus(snapshot: RecorderSnapshot): HardwareStatus {
  if (!snapshot.matches('on')) return { powerLed: 'off', hddLed: 'off' };
  const { context } = snapshot;
  const held = context.resetButtonDownAt !== null && context.now - context.resetButtonDownAt >= RESET_HOLD_MIN_MS;
  if (held || snapshot.matches({ on: 'hardwareReset' })) return { powerLed: 'flashing', hddLed: 'flashing' };
  if (snapshot.matches({ on: 'halted' })) return { powerLed: 'on', hddLed: 'off' };
  const task = context.storageTask?.kind;
  const diskWork = task === 'format' || task === 'backup';
  const recording = snapshot.matches({ on: 'running' }) && task === undefined;
  return { powerLed: 'on', hddLed: diskWork || recording ? 'active' : 'idle' };
}
