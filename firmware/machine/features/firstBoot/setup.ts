/**
 * The first boot on an empty flash, by the family's profile: default accounts written at once (legacy), or Device
 * Initialization, where the owner sets the admin password and, for families that ask them, three security answers.
 */
import { SECURITY_QUESTIONS } from '../../../catalogue/securityQuestions';
import { answerProblem, normalizeAnswer, withSecurityAnswers } from '../../../domain/securityAnswers';
import { initializedFlash, provisionedFlash } from '../../../domain/users';
import type { Flash } from '../../../persistence/flash';
import type { PasswordHash } from '../../../security/passwordHash';
import { DEVICE_INIT, SECURITY_ANSWERS } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { fieldValue, newPasswordProblem } from '../../logic';
import type { RecorderContext } from '../../types';
import { showProblem } from '../forms/setup';
import { withDeviceLogEntry } from '../systemLog/setup';

/** The message for the Device Initialization password page, or null when the passwords are acceptable. */
const initPasswordProblem = (context: RecorderContext): string | null =>
  newPasswordProblem(context, DEVICE_INIT.password, DEVICE_INIT.confirmPassword);

/** Why the security answers of Device Initialization are not acceptable, or null. */
function securityAnswersProblem(context: RecorderContext): string | null {
  for (const [index, control] of SECURITY_ANSWERS.entries()) {
    const problem = answerProblem(fieldValue(context, control), index + 1);
    if (problem) return problem;
  }
  return null;
}

/** The first boot's flash (Device Initialization or default accounts) with the boot in the System Log. */
const withFirstBootLog = (context: RecorderContext, flash: Flash): Flash =>
  withDeviceLogEntry(context, flash, 'boot', null, `System started for the first time (${context.model.id})`);

/** Device Initialization's answers to hash after the admin password (normalised), when the family asks them. */
export function securityAnswerRequests(context: RecorderContext) {
  if (!context.profile.securityQuestions) return [];
  return SECURITY_ANSWERS.map((control, index) => ({
    password: normalizeAnswer(fieldValue(context, control)),
    salt: context.pendingSalts[index + 1] ?? '',
  }));
}

/** How many salts Device Initialization draws: the admin password's, and one per answer. */
export const deviceInitSaltCount = (context: RecorderContext): number =>
  1 + (context.profile.securityQuestions ? SECURITY_ANSWERS.length : 0);

/** Inputs of the hashing actor: the admin password then the answers; or the profile's default accounts. */
export const firstBootHashInputs = {
  deviceInit: ({ context }: { context: RecorderContext }) => ({
    requests: [
      { password: fieldValue(context, DEVICE_INIT.password), salt: context.pendingSalts[0] ?? '' },
      ...securityAnswerRequests(context),
    ],
    iterations: context.pbkdf2Iterations,
  }),
  defaultAccounts: ({ context }: { context: RecorderContext }) => ({
    requests: context.profile.defaultAccounts.map((account, index) => ({
      password: account.password,
      salt: context.pendingSalts[index] ?? '',
    })),
    iterations: context.pbkdf2Iterations,
  }),
};

export const firstBootGuards = {
  needsDefaultAccounts: guard(
    ({ context }) => !context.flash.initialized && context.profile.firstBoot === 'defaultAccounts',
  ),
  needsDeviceInitialization: guard(
    ({ context }) => !context.flash.initialized && context.profile.firstBoot === 'deviceInitialization',
  ),
  isInitPasswordAcceptable: guard(({ context }) => initPasswordProblem(context) === null),
  asksSecurityQuestions: guard(({ context }) => context.profile.securityQuestions),
  areSecurityAnswersAcceptable: guard(({ context }) => securityAnswersProblem(context) === null),
};

export const firstBootActions = {
  showInitPasswordProblem: showProblem(initPasswordProblem),
  showSecurityAnswersProblem: showProblem(securityAnswersProblem),
  prepareInitializedFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, params) => {
    const [admin] = params.hashes;
    if (!admin) throw new Error('Device Initialization produced no hash.');
    return {
      pendingFlash: withFirstBootLog(context, {
        ...initializedFlash(context.flash, admin),
        randomSeed: context.rngState,
      }),
    };
  }),
  /** Device Initialization: the hashes after the admin password's are the answers, in question order. */
  addSecurityAnswersToPendingFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, params) =>
    context.pendingFlash && context.profile.securityQuestions
      ? { pendingFlash: withSecurityAnswers(context.pendingFlash, SECURITY_QUESTIONS, params.hashes.slice(1)) }
      : {},
  ),
  prepareProvisionedFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, params) => ({
    pendingFlash: withFirstBootLog(context, {
      ...provisionedFlash(context.flash, context.profile.defaultAccounts, params.hashes),
      randomSeed: context.rngState,
    }),
  })),
};
