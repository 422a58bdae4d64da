/**
 * booting: the boot splash with its progress bar. Leaves for `running` on the first TICK at or after the end of
 * the boot time; a power cut (handled by `on`) leaves for `off`.
 */
import { and } from 'xstate';
import { recorderSetup } from '../../setup';

export const booting = recorderSetup.createStateConfig({
  entry: 'startBoot',
  on: {
    TICK: [
      // Boot outcomes of storage: an interrupted upgrade boots into recovery mode (P12)
      { guard: and(['isBootDone', 'isFirmwareDamaged']), target: 'recovery', actions: 'updateTime' },
      { guard: 'isBootDone', target: 'running', actions: 'updateTime' },
      { actions: 'updateTime' },
    ],
  },
});
