import { z } from 'zod';
import { WukfError } from '../../proto/errors.js';

/**
 * Parses a JSON request body with a zod schema. A failure is 400 WUKF_E_INVALID_INPUT naming the field:
 * "username: required", "password: expected a string", "unknown field pasword (expected username, password)".
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = schema instanceof z.ZodObject ? ` (expected ${Object.keys(schema.shape).join(', ')})` : '';
      return `unknown field ${issue.keys.join(', ')}${known}`;
    }
    if (field === '') return 'the body must be a JSON object';
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}: required`;
    return `${field}: ${issue.message}`;
  });
  throw new WukfError('WUKF_E_INVALID_INPUT', lines.join('; '));
}
