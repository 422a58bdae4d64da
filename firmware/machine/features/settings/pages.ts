/**
 * The menu pages with controls of their own, in `menu.browsing` (admin-group only where they change a setting):
 *
 *   clockTyping      typing into the Date & Time page's fields
 *   pageScrolling    the wheel over the System Log, one page per step
 *   pageActivations  Date & Time's fields and Save, the System Log's Previous Page / Next Page, Display's resolutions
 *   savingSetting    (under `menu`) writes the new clock offset or resolution (busy); back to the page once durable,
 *                    or with an alert when the write failed (nothing changed)
 */
import { and, not } from 'xstate';
import { CLOCK, SYSTEM_LOG } from '../../../controls/controlIds';
import type { MenuPageId } from '../../../domain/menuTree';
import { recorderSetup } from '../../setup';
import { TARGET } from '../../targets';
import { writingPendingFlash } from '../flash/writeFlash';

const CLOCK_FIELDS = [CLOCK.date, CLOCK.time] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const isPageOpen = (page: MenuPageId) => ({ type: 'isPageOpen', params: { page } }) as const;
const onClockPage = isPageOpen('dateTime');
const onDisplayPage = isPageOpen('display');
const onLogPage = isPageOpen('systemLog');
const ADMIN_ONLY = 'Only an admin-group user can change this setting.';

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
