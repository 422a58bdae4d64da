/**
 * The log writes around a session, under `login` and `ready`: each is busy while the entry is written and goes on
 * either way (writingLog).
 *
 *   loggingLogin           the login's entry; the session starts once it is written (or lost)
 *   loggingTemporaryLogin  the same for a temporary-password login; the session records how it was opened
 *   loggingFailure         the refused password's entry (or the lock's), then back to the login dialog
 *   loggingOut             the logout's entry, then live view
 */
import { recorderSetup } from '../../setup';
import { TARGET } from '../../targets';
import { writingLog } from '../flash/writeFlash';

export const loggingLogin = recorderSetup.createStateConfig(writingLog('signedIn', ['startSession']));
export const loggingTemporaryLogin = recorderSetup.createStateConfig(writingLog('signedIn', ['startTemporarySession']));
export const loggingFailure = recorderSetup.createStateConfig(writingLog('editing'));
export const loggingOut = recorderSetup.createStateConfig(writingLog(TARGET.liveView));
