/**
 * The System Log: entries stamped with the recorder's clock, added to the flash being written, and the System Log
 * page's paging (Previous Page, Next Page, the wheel).
 */
import { withLogEntry } from '../../../domain/systemLog';
import type { Flash, LogEventKind } from '../../../persistence/flash';
import { update } from '../../kit';
import { deviceNow } from '../../logic';
import type { RecorderContext } from '../../types';

/** System Log rows per page. *invented* */
export const LOG_ROWS_PER_PAGE = 10;

/** The number of System Log pages (at least one, empty). */
export const logPageCount = (context: RecorderContext): number =>
  Math.max(1, Math.ceil(context.flash.systemLog.length / LOG_ROWS_PER_PAGE));

/** `flash` with a log entry stamped with the recorder's clock. */
export const withDeviceLogEntry = (
  context: RecorderContext,
  flash: Flash,
  kind: LogEventKind,
  user: string | null,
  detail: string,
): Flash => withLogEntry(flash, deviceNow(context), kind, user, detail);

/** The context change that adds a log entry to the flash to be written (the pending one, else the current one). */
export const pendingLogEntry = (
  context: RecorderContext,
  kind: LogEventKind,
  user: string | null,
  detail: string,
): Partial<RecorderContext> => ({
  pendingFlash: withDeviceLogEntry(context, context.pendingFlash ?? context.flash, kind, user, detail),
});

export const systemLogActions = {
  prepareBootLog: update(({ context }) =>
    pendingLogEntry(context, 'boot', null, `System started (${context.model.id})`),
  ),
  showPreviousLogPage: update(({ context }) => ({
    logPage: Math.max(0, Math.min(context.logPage, logPageCount(context) - 1) - 1),
  })),
  showNextLogPage: update(({ context }) => ({ logPage: Math.min(logPageCount(context) - 1, context.logPage + 1) })),
  /** The wheel: one page per step, within the pages there are (positive = older entries). */
  scrollLogPage: update(({ context, event }) => {
    const steps = event.type === 'SCROLL' && Number.isFinite(event.delta) ? Math.trunc(event.delta) : 0;
    const last = logPageCount(context) - 1;
    return { logPage: Math.max(0, Math.min(last, Math.min(context.logPage, last) + steps)) };
  }),
};
