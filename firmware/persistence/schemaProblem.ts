/**
 * The first problem of untrusted data (a stored flash, an imported file, a stored world) in words: "where: why". Every
 * reader of such data validates with a zod schema and reports through here, so a refused file says which field is
 * wrong and why ("at most 50 characters", "must be a whole number", "unknown key colour"), never only "Invalid input".
 *
 * Schemas give their own message where a rule needs one (a pattern, a refinement); zod's generic issues are put into
 * words from their code. Values are described by their type, never quoted (a field may hold a password hash or
 * megabytes of image data); only a wrong number is shown as it is.
 */
import type * as z from 'zod/mini';

/** What zod/mini writes when a check has no message of its own. */
const GENERIC_MESSAGE = 'Invalid input';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return String(value); // a number is never a secret, and says most
  return TYPE_WORDS[typeof value] ?? typeof value;
}

function sizeWords(origin: string, bound: number | bigint): string {
  if (origin === 'string') return `${bound} character${bound === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${bound} entr${bound === 1 ? 'y' : 'ies'}`;
  return String(bound);
}

/** Why one issue failed, in words. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' || (issue.message !== GENERIC_MESSAGE && issue.message !== '')) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && issue.expected !== 'undefined') return 'missing';
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `must be ${expected}` : `must be ${expected}, not ${typeOf(issue.input)}`;
    }
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'bigint') {
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
      }
      return `must have at most ${sizeWords(issue.origin, issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'bigint') {
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
      }
      return Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must have at least ${sizeWords(issue.origin, issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not in the expected format' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'is none of the allowed kinds';
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has an entry that is not allowed';
  }
}

/**
 * "where: why" for the first issue of a failed parse; `where` starts at `root` (the name of what was parsed, or '' for
 * none) and follows the issue's path ("flash.users.0.name"); `whole` names it when the issue is about all of it. Parse with `{ reportInput: true }` so the type of a wrong value can be named.
 */
export function firstProblem(error: z.core.$ZodError, root: string, whole = root || 'the data'): string {
  const issue = error.issues[0];
  if (!issue) return `${whole}: invalid`;
  const where = [root, ...issue.path.map(String)].filter((part) => part !== '').join('.') || whole;
  return `${where}: ${describeIssue(issue)}`;
}

/** Parse options that let firstProblem name the type of a wrong value (the value itself is never put in a message). */
export const REPORT_INPUT = { reportInput: true } as const;
