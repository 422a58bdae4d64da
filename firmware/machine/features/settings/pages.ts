/**
 * States of the temporary password, the device clock, the System Log and the Display page.
 *
 * Under `ready`:
 *   loggingBoot              writes the boot entry of the System Log (busy), then live view
 *   loggingOut               writes the logout entry (busy), then live view
 *   temporaryPasswordPrompt  after a login with the temporary password: OK opens the own Modify dialog at once (Old
 *                            Password = the temporary password), Later the Main Menu
 * Under `menu`:
 *   savingSetting            writes the new clock offset or resolution (busy); back to the page once durable, or
 *                            with an alert when the write failed (nothing changed)
 *
 * And the menu page transitions of `menu.browsing` (clockTyping, pageActivations): Date & Time fields and Save,
 * the System Log's Previous Page / Next Page and the wheel (pageScrolling), the Display page's resolutions. Settings are admin-group only.
 */
import { and, not } from 'xstate';
import { CLOCK, SYSTEM_LOG, TEMPORARY_PASSWORD_PROMPT } from '../../../controls/controlIds';
import type { MenuPageId } from '../../../domain/menuTree';
import { temporaryPasswordInputs } from './setup';
import { recorderSetup } from '../../setup';
import { moveFocusWithin, writingPendingFlash, WRITE_PENDING_FLASH } from '../flash/writeFlash';
import { TARGET } from '../../targets';

const CLOCK_FIELDS = [CLOCK.date, CLOCK.time] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const isPageOpen = (page: MenuPageId) => ({ type: 'isPageOpen', params: { page } }) as const;
const onClockPage = isPageOpen('dateTime');
const onDisplayPage = isPageOpen('display');
const onLogPage = isPageOpen('systemLog');
/** The logout's log write, under `ready`. */
export const LOGGING_OUT = '#recorder.on.running.ready.loggingOut';
const ADMIN_ONLY = 'Only an admin-group user can change this setting.';

/**
 * A busy state writing the System Log entry prepared in pendingFlash. The recorder goes on to `next` either way:
 * a log line that could not be written is lost, as on a recorder whose flash is failing.
 */
function writingLog(next: string, then: readonly ('startSession' | 'startTemporarySession')[] = []) {
  return {
    tags: 'busy',
    invoke: {
      ...WRITE_PENDING_FLASH,
      onDone: { target: next, actions: ['commitFlash', ...then] },
      onError: { target: next, actions: ['discardPendingFlash', ...then] },
    },
  } as const;
}

export const loggingBoot = recorderSetup.createStateConfig(writingLog(TARGET.liveView));
export const loggingOut = recorderSetup.createStateConfig(writingLog(TARGET.liveView));
/** The login's log entry; the session starts once it is written (or lost), then on to its first screen. */
export const loggingLogin = recorderSetup.createStateConfig(writingLog('signedIn', ['startSession']));
export const loggingTemporaryLogin = recorderSetup.createStateConfig(writingLog('signedIn', ['startTemporarySession']));
/** The failure's log entry, then back to the login dialog. */
export const loggingFailure = recorderSetup.createStateConfig(writingLog('editing'));

/** The Modify dialog's Old Password against the temporary password (a session opened with it). */
export const verifyingTemporaryOld = recorderSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'checkTemporaryPassword',
    src: 'checkTemporaryPassword',
    input: temporaryPasswordInputs.modifyUser,
    onDone: [
      {
        guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
        target: 'hashing',
        actions: { type: 'drawSalts', params: { count: 1 } },
      },
      { target: 'editing', actions: { type: 'showMessage', params: { text: 'The old password is incorrect.' } } },
    ],
    onError: {
      target: 'editing',
      actions: { type: 'showMessage', params: { text: 'The password could not be checked. Try again.' } },
    },
  },
});

export const temporaryPasswordPrompt = recorderSetup.createStateConfig({
  on: {
    ACTIVATE: [
      { guard: isControl(TEMPORARY_PASSWORD_PROMPT.ok), target: TARGET.modifyUser, actions: 'openOwnModifyDialog' },
      { guard: isControl(TEMPORARY_PASSWORD_PROMPT.later), target: TARGET.menu },
    ],
    CONTEXT_MENU: TARGET.menu,
    BACK: TARGET.menu,
    MOVE_FOCUS: moveFocusWithin('temporaryPasswordPrompt'),
  },
  exit: 'clearFocus',
});

export const savingSetting = recorderSetup.createStateConfig(
  writingPendingFlash(
    TARGET.menuBrowsing,
    [{ type: 'showToast', params: { text: 'Saved successfully.' } }],
    TARGET.menuBrowsing,
    'The setting could not be saved. Nothing was changed.',
  ),
);

/** Typing into the Date & Time page's fields (in `menu.browsing`). */
export const clockTyping = {
  SET_FIELD: {
    guard: and([onClockPage, { type: 'isEditableField', params: { fields: CLOCK_FIELDS } }]),
    actions: 'setField',
  },
  TYPE_TEXT: {
    guard: and([onClockPage, { type: 'isFocusOnField', params: { fields: CLOCK_FIELDS } }]),
    actions: 'typeIntoFocus',
  },
  ERASE: {
    guard: and([onClockPage, { type: 'isFocusOnField', params: { fields: CLOCK_FIELDS } }]),
    actions: 'eraseInFocus',
  },
} as const;

/** The wheel over a page whose list pages (in `menu.browsing`): the System Log. Ignored on other pages. */
export const pageScrolling = {
  SCROLL: { guard: onLogPage, actions: 'scrollLogPage' },
} as const;

/** ACTIVATE of the pages' controls (in `menu.browsing`). */
export const pageActivations = [
  { guard: 'isKeyboardKey', actions: 'pressKeyboardKey' },
  {
    guard: and([onClockPage, { type: 'isFieldControl', params: { fields: CLOCK_FIELDS } }]),
    actions: 'focusFieldAndOpenKeyboard',
  },
  {
    guard: and([isControl(CLOCK.save), onClockPage, not('isAdminGroupSession')]),
    actions: { type: 'showMessage', params: { text: ADMIN_ONLY } },
  },
  { guard: and([isControl(CLOCK.save), onClockPage, not('isClockEntryValid')]), actions: 'showClockProblem' },
  {
    guard: and([isControl(CLOCK.save), onClockPage]),
    target: 'savingSetting',
    actions: ['prepareClockFlash', 'clearClockFields'],
  },
  { guard: and([isControl(SYSTEM_LOG.previousPage), onLogPage]), actions: 'showPreviousLogPage' },
  { guard: and([isControl(SYSTEM_LOG.nextPage), onLogPage]), actions: 'showNextLogPage' },
  {
    guard: and(['isResolutionControl', onDisplayPage, not('isAdminGroupSession')]),
    actions: { type: 'showMessage', params: { text: ADMIN_ONLY } },
  },
  { guard: and(['isResolutionControl', onDisplayPage]), target: 'savingSetting', actions: 'prepareResolutionFlash' },
] as const;
