/** The rules of users and rights and of security answers, without the chart. */
import { describe, expect, it } from 'vitest';
import { emptyFlash, rules, type Flash } from '../../../firmware';
import { canAddUsers, canDeleteUser, newUserNameProblem, withAddedUser } from '../../../firmware/domain/users';
import { answerProblem, normalizeAnswer } from '../../../firmware/domain/securityAnswers';

const HASH = { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: '00'.repeat(16), hash: '00'.repeat(32) } as const;
const flashWith = (...users: Array<[string, 'admin' | 'user']>): Flash =>
  users.reduce((flash, [name, group]) => withAddedUser(flash, name, group, HASH), emptyFlash());

describe('who may add and delete users', () => {
  const flash = flashWith(['admin', 'admin'], ['default', 'user'], ['second', 'admin'], ['viewer', 'user']);

  it('lets admin-group users add users, and no one else', () => {
    expect(canAddUsers(flash, 'second')).toBe(true);
    expect(canAddUsers(flash, 'viewer')).toBe(false);
    expect(canAddUsers(flash, 'nobody')).toBe(false);
  });

  it('never deletes admin, default, oneself or a missing user; only admin-group users delete', () => {
    expect(canDeleteUser(flash, 'second', 'viewer')).toBe(true);
    expect(canDeleteUser(flash, 'second', 'admin')).toBe(false);
    expect(canDeleteUser(flash, 'second', 'default')).toBe(false);
    expect(canDeleteUser(flash, 'second', 'second')).toBe(false);
    expect(canDeleteUser(flash, 'second', 'ghost')).toBe(false);
    expect(canDeleteUser(flash, 'viewer', 'second')).toBe(false);
  });
});

describe('new user names', () => {
  const flash = flashWith(['admin', 'admin']);

  it.each([
    ['', 'Enter a user name.'],
    ['two words', 'A user name has 1 to 31 characters: letters, numbers, _ @ and . only.'],
    ['x'.repeat(32), 'A user name has 1 to 31 characters: letters, numbers, _ @ and . only.'],
    ['admin', 'The user name admin is already taken.'],
    ['x'.repeat(31), null],
    ['a.b_c@d', null],
  ])('%j → %j', (name, problem) => {
    expect(newUserNameProblem(flash, name)).toBe(problem);
  });

  it(`refuses a ${rules.MAX_USERS + 1}th user`, () => {
    const full = Array.from({ length: rules.MAX_USERS - 1 }, (_, index) => `u${index}`).reduce(
      (current, name) => withAddedUser(current, name, 'user', HASH),
      flash,
    );
    expect(newUserNameProblem(full, 'one')).toBe(`The recorder holds at most ${rules.MAX_USERS} users.`);
  });
});

describe('security answers', () => {
  it('are compared without case, surrounding spaces or repeated spaces', () => {
    expect(normalizeAnswer('  Maple   Elementary ')).toBe('maple elementary');
    expect(normalizeAnswer('REX')).toBe(normalizeAnswer('rex'));
  });

  it('must have 2 to 32 characters once normalised', () => {
    expect(answerProblem('   ', 1)).toBe('Answer 1: enter an answer.');
    expect(answerProblem(' a ', 2)).toBe('Answer 2: an answer must be 2 to 32 characters long.');
    expect(answerProblem('y'.repeat(33), 3)).toBe('Answer 3: an answer must be 2 to 32 characters long.');
    expect(answerProblem('ok', 1)).toBeNull();
  });
});
