import type { z } from 'zod';
import type { FieldError, MessageParams } from './api/errors';

/** Schemas pass `{ error: 'validation.…' }` for their own messages; the rest map by issue code. */
const OWN_KEY_PREFIX = 'validation.';

function keyForIssue(issue: z.core.$ZodIssue): { messageKey: string; params?: MessageParams } {
  if (issue.message.startsWith(OWN_KEY_PREFIX)) return { messageKey: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) {
        return { messageKey: 'validation.required' };
      }
      return {
        messageKey: issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall',
        params: { minimum: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        messageKey:
          issue.origin === 'string'
            ? 'validation.tooLong'
            : issue.origin === 'array'
              ? 'validation.tooMany'
              : 'validation.tooLarge',
        params: { maximum: Number(issue.maximum) },
      };
    case 'invalid_type':
      return { messageKey: 'validation.invalidType' };
    case 'invalid_value':
      return { messageKey: 'validation.invalidChoice' };
    case 'invalid_format':
      return { messageKey: 'validation.invalidFormat' };
    case 'unrecognized_keys':
      return { messageKey: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { messageKey: 'validation.invalid' };
  }
}

/** Turns a zod error into field errors whose messages the UI and CLI translate. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    ...keyForIssue(issue),
  }));
}
