/**
 * Security-question answers (P5): how an answer is normalised before it is hashed or checked, and the rule an answer
 * must meet. Answers are stored only as salted PBKDF2 hashes, like passwords (docs/architecture.md#security-and-privacy).
 *
 * Normalisation (so "  Rex " and "rex" are the same answer): Unicode NFKC, trim, runs of spaces collapsed to one,
 * then lower case (toLowerCase, locale-independent, so the result is the same on every machine). *invented*: no
 * source says how a recorder compares answers.
 */
import { SECURITY_ANSWER_MAX_LENGTH, SECURITY_ANSWER_MIN_LENGTH } from '../catalogue/rules';
import type { Flash, StoredSecurityAnswer } from '../persistence/flash';
import type { PasswordHash } from '../security/passwordHash';

export function normalizeAnswer(answer: string): string {
  return answer.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The message for an unacceptable answer (checked after normalisation), or null. `slot` counts from 1. */
export function answerProblem(answer: string, slot: number): string | null {
  const length = normalizeAnswer(answer).length;
  if (length === 0) return `Answer ${slot}: enter an answer.`;
  if (length < SECURITY_ANSWER_MIN_LENGTH || length > SECURITY_ANSWER_MAX_LENGTH) {
    return `Answer ${slot}: an answer must be ${SECURITY_ANSWER_MIN_LENGTH} to ${SECURITY_ANSWER_MAX_LENGTH} characters long.`;
  }
  return null;
}

/** The flash with the questions and their hashed answers (in question order). */
export function withSecurityAnswers(
  flash: Flash,
  questions: readonly string[],
  answers: readonly PasswordHash[],
): Flash {
  const stored = questions.map((question, index): StoredSecurityAnswer => {
    const answer = answers[index];
    if (!answer) throw new Error(`Missing hash for security answer ${index + 1}.`);
    return { question, answer };
  });
  return { ...flash, securityQuestions: stored };
}
