/**
 * The System Log (docs/architecture.md#the-osd): security-relevant events kept on flash, oldest first. The log is a ring: when full,
 * the oldest entries are dropped. Entries carry device time, because that is what the recorder's clock showed.
 */
import { SYSTEM_LOG_MAX_ENTRIES } from '../catalogue/rules';
import type { Flash, LogEntry, LogEventKind } from '../persistence/flash';

/** The longest user name and detail line an entry keeps (the flash schema's limits). */
export const LOG_USER_MAX_LENGTH = 31;
export const LOG_DETAIL_MAX_LENGTH = 200;

/**
 * The flash with one more log entry (dropping the oldest when the log is full). Texts are cut to the schema's limits,
 * so no entry can make the stored flash unreadable.
 */
export function withLogEntry(flash: Flash, at: number, kind: LogEventKind, user: string | null, detail: string): Flash {
  const entry: LogEntry = {
    at,
    kind,
    user: user === null ? null : user.slice(0, LOG_USER_MAX_LENGTH),
    detail: detail.slice(0, LOG_DETAIL_MAX_LENGTH),
  };
  const log = [...flash.systemLog, entry];
  return { ...flash, systemLog: log.slice(Math.max(0, log.length - SYSTEM_LOG_MAX_ENTRIES)) };
}
