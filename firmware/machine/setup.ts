/**
 * The one setup() of the recorder firmware: it only assembles what each feature (features/<feature>/setup.ts)
 * contributes, so every guard, action and actor the chart uses is known by name here. State files build typed
 * fragments with `recorderSetup.createStateConfig`; recorderMachine.ts assembles them into the chart.
 *
 * Naming: guards start with is, has, can, needs or asks; actions are verbs; actors are nouns. Effects leave only
 * through actors the host may replace with `recorderMachine.provide({ actors })` (writeFlash: where the flash is
 * stored).
 */
import { setup } from 'xstate';
import { cameraActions, cameraGuards } from './features/cameras/setup';
import { firstBootActions, firstBootGuards } from './features/firstBoot/setup';
import { flashActions, flashActors, flashGuards } from './features/flash/setup';
import { focusActions, focusGuards } from './features/forms/focus';
import { formActions, formGuards } from './features/forms/setup';
import { loginActions, loginGuards } from './features/login/setup';
import { menuActions, menuGuards } from './features/menu/setup';
import { modifyUserActions, modifyUserGuards } from './features/modifyUser/setup';
import { passwordRecoveryActions, passwordRecoveryGuards } from './features/passwordRecovery/setup';
import { powerActions, powerGuards } from './features/power/setup';
import { settingsActions, settingsGuards } from './features/settings/setup';
import { storageActions, storageGuards } from './features/storage/setup';
import { systemLogActions } from './features/systemLog/setup';
import {
  temporaryPasswordActions,
  temporaryPasswordActors,
  temporaryPasswordGuards,
} from './features/temporaryPassword/setup';
import { userActions, userGuards } from './features/users/setup';
import type { RecorderContext, RecorderEvent, RecorderInput } from './types';

export const recorderSetup = setup({
  types: {
    context: {} as RecorderContext,
    events: {} as RecorderEvent,
    input: {} as RecorderInput,
    tags: {} as 'busy',
  },
  actors: {
    ...flashActors,
    ...temporaryPasswordActors,
  },
  guards: {
    ...powerGuards,
    ...formGuards,
    ...focusGuards,
    ...flashGuards,
    ...firstBootGuards,
    ...loginGuards,
    ...temporaryPasswordGuards,
    ...menuGuards,
    ...modifyUserGuards,
    ...userGuards,
    ...passwordRecoveryGuards,
    ...settingsGuards,
    ...storageGuards,
    ...cameraGuards,
  },
  actions: {
    ...powerActions,
    ...formActions,
    ...focusActions,
    ...flashActions,
    ...firstBootActions,
    ...loginActions,
    ...temporaryPasswordActions,
    ...systemLogActions,
    ...menuActions,
    ...modifyUserActions,
    ...userActions,
    ...passwordRecoveryActions,
    ...settingsActions,
    ...storageActions,
    ...cameraActions,
  },
});
