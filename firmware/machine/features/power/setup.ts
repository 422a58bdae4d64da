/**
 * Power, boot, world time and the toast: the recorder's life from the power switch to the running chart.
 * A power cut or restart wipes RAM (freshRam) and keeps the flash.
 */
import { TOAST_DURATION_MS } from '../../../catalogue/rules';
import { freshRam } from '../../context';
import { guard, update } from '../../kit';

export const powerGuards = {
  isPowerSwitchOn: guard(({ context }) => context.powerSwitchOn),
  isBootDone: guard(
    ({ context, event }) => event.type === 'TICK' && event.now >= context.bootStartedAt + context.bootDurationMs,
  ),
};

export const powerActions = {
  updateTime: update(({ event }) => (event.type === 'TICK' ? { now: event.now } : {})),
  startBoot: update(({ context }) => ({ bootStartedAt: context.now })),
  switchPowerOn: update(() => ({ powerSwitchOn: true })),
  switchPowerOff: update(() => ({ powerSwitchOn: false })),
  /** A power cut or restart: RAM is gone, flash stays. */
  wipeRam: update(() => freshRam()),
  showToast: update<{ text: string }>(({ context }, params) => ({
    toast: { text: params.text, until: context.now + TOAST_DURATION_MS },
  })),
  expireToast: update(({ context }) => (context.toast && context.toast.until <= context.now ? { toast: null } : {})),
};
