/**
 * A record stored as JSON text in the meta store (a lesson, an unfinished opening), read back through its schema:
 * stored data is untrusted, so text that is absent, not JSON, or not of the schema reads as null.
 */
import * as z from 'zod/mini';

export function parseStoredJson<T>(text: string | undefined, schema: z.ZodMiniType<T>): T | null {
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const result = z.safeParse(schema, value);
  return result.success ? result.data : null;
}
