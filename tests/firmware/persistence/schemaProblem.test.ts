/**
 * Problems of untrusted data in words (firmware/persistence/schemaProblem.ts): every kind of zod issue a stored or
 * imported file can raise is put into words, the field is named by its path, and a value is never quoted except a
 * number (it may be a password hash or megabytes of image data).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { firstProblem, REPORT_INPUT } from '../../../firmware';

const problemOf = (schema: z.ZodMiniType, value: unknown, root = 'file'): string => {
  const result = schema.safeParse(value, REPORT_INPUT);
  return result.success ? 'accepted' : firstProblem(result.error, root);
};

describe('zod issues in words', () => {
  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['a missing key', z.object({ name: z.string() }), {}, 'file.name: missing'],
    ['text where a number goes', z.object({ at: z.number() }), { at: 'noon' }, 'file.at: must be a number, not text'],
    ['a list where an object goes', z.object({ a: z.object({}) }), { a: [] }, 'file.a: must be an object, not a list'],
    ['null where text goes', z.string(), null, 'file: must be text, not null'],
    ['a fraction where a whole number goes', z.number().check(z.int()), 2.5, 'file: must be a whole number, not 2.5'],
    ['too long a text', z.string().check(z.maxLength(3)), 'abcd', 'file: must have at most 3 characters'],
    ['one character too many', z.string().check(z.maxLength(1)), 'ab', 'file: must have at most 1 character'],
    ['an empty text', z.string().check(z.minLength(1)), '', 'file: must not be empty'],
    ['too short a text', z.string().check(z.minLength(4)), 'ab', 'file: must have at least 4 characters'],
    ['too many entries', z.array(z.number()).check(z.maxLength(2)), [1, 2, 3], 'file: must have at most 2 entries'],
    ['too big a number', z.number().check(z.lte(10)), 11, 'file: must be at most 10'],
    ['too small a number', z.number().check(z.gt(0)), 0, 'file: must be more than 0'],
    ['a number off its step', z.number().check(z.multipleOf(5)), 7, 'file: must be a multiple of 5'],
    ['an unknown value', z.enum(['on', 'off']), 'maybe', 'file: must be one of "on", "off"'],
    ['another literal', z.literal(2), 3, 'file: must be 2'],
    ['a pattern without a message', z.string().check(z.regex(/^a+$/)), 'b', 'file: is not in the expected format'],
    ['a pattern with its message', z.string().check(z.regex(/^a+$/, 'only a')), 'b', 'file: only a'],
    ['unknown keys', z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 }, 'file: unknown keys b, c'],
    ['no kind of a union', z.union([z.string(), z.number()]), true, 'file: is none of the allowed kinds'],
    ['a refinement', z.number().check(z.refine((n) => n % 2 === 0, 'must be even')), 3, 'file: must be even'],
  ])('%s', (_case, schema, value, problem) => {
    expect(problemOf(schema, value)).toBe(problem);
  });

  it('follows the path into lists and objects, and names the whole when the issue is about all of it', () => {
    const schema = z.object({ users: z.array(z.object({ name: z.string() })) });
    expect(problemOf(schema, { users: [{ name: 'a' }, { name: 7 }] })).toBe('file.users.1.name: must be text, not 7');
    const refined = z.object({}).check(z.refine(() => false, 'two accounts of one e-mail'));
    const result = refined.safeParse({}, REPORT_INPUT);
    expect(result.success ? '' : firstProblem(result.error, '', 'outside')).toBe('outside: two accounts of one e-mail');
  });

  it('never quotes a text value (it may be a secret)', () => {
    expect(problemOf(z.object({ secret: z.number() }), { secret: 'hunter2-very-secret' })).not.toContain('hunter2');
  });
});
