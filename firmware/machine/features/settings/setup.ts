/**
 * The settings pages of the menu: Date & Time (the device clock, an offset from world time kept in flash) and
 * Display (the output resolution). Saving either is for admin-group users only (checked in pages.ts).
 */
import { parseClockEntry, formatDeviceDate } from '../../../domain/clockSetting';
import { withLogEntry } from '../../../domain/systemLog';
import type { Resolution } from '../../../persistence/flash';
import { CLOCK, DISPLAY } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { deviceNow } from '../../logic';
import type { RecorderContext } from '../../types';
import { textMessage } from '../forms/setup';

/** The Date and Time fields: what was typed, or the device time while untouched. */
export const clockFieldValues = (context: RecorderContext): { date: string; time: string } => {
  const now = new Date(deviceNow(context)).toISOString();
  return {
    date: context.form.values[CLOCK.date] ?? now.slice(0, 10),
    time: context.form.values[CLOCK.time] ?? now.slice(11, 19),
  };
};

const clockEntry = (context: RecorderContext) => {
  const { date, time } = clockFieldValues(context);
  return parseClockEntry(date, time);
};

const RESOLUTIONS: Readonly<Record<string, Resolution>> = {
  [DISPLAY.hd720]: '1280x720',
  [DISPLAY.hd1080]: '1920x1080',
};

/** The form without typed Date and Time: the fields show the device time again. */
const withoutClockEntry = (context: RecorderContext) => {
  const { [CLOCK.date]: _date, [CLOCK.time]: _time, ...values } = context.form.values;
  return { ...context.form, values, message: null };
};

export const settingsGuards = {
  isClockEntryValid: guard(({ context }) => clockEntry(context).ok),
  isResolutionControl: guard(({ event }) => event.type === 'ACTIVATE' && event.control in RESOLUTIONS),
};

export const settingsActions = {
  prepareClockFlash: update(({ context }) => {
    const entry = clockEntry(context);
    if (!entry.ok) return {};
    const flash = { ...context.flash, clockOffsetMs: entry.deviceMs - context.now };
    const detail = `Clock set from ${formatDeviceDate(deviceNow(context))} to ${formatDeviceDate(entry.deviceMs)}`;
    return {
      pendingFlash: withLogEntry(flash, entry.deviceMs, 'clockChanged', context.session?.userName ?? null, detail),
    };
  }),
  prepareResolutionFlash: update(({ context, event }) => {
    const resolution = event.type === 'ACTIVATE' ? RESOLUTIONS[event.control] : undefined;
    if (!resolution) return {};
    return { pendingFlash: { ...context.flash, settings: { ...context.flash.settings, resolution } } };
  }),
  showClockProblem: update(({ context }) => {
    const entry = clockEntry(context);
    return entry.ok ? {} : { form: { ...context.form, message: textMessage(entry.message) } };
  }),
  /** The typed Date and Time are dropped: the fields show the (new) device time again. */
  clearClockFields: update(({ context }) => ({ form: withoutClockEntry(context), focus: null, keyboard: null })),
  /** A page opens fresh: no typed Date/Time, no alert left from another page, the newest System Log entries. */
  resetPageEntries: update(({ context }) => ({ form: withoutClockEntry(context), logPage: 0 })),
};
