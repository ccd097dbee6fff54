import { z } from 'zod';
import { toFieldErrors } from '../../shared/validation';

function fieldErrorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error);
}

describe('turning zod errors into field errors', () => {
  it.each<[string, z.ZodType, unknown, { messageKey: string; params?: Record<string, number> }]>([
    [
      'an empty required text',
      z.object({ f: z.string().trim().min(1) }),
      { f: '  ' },
      { messageKey: 'validation.required' },
    ],
    [
      'a text too short',
      z.object({ f: z.string().min(3) }),
      { f: 'ab' },
      { messageKey: 'validation.tooShort', params: { minimum: 3 } },
    ],
    [
      'a text too long',
      z.object({ f: z.string().max(5) }),
      { f: 'abcdef' },
      { messageKey: 'validation.tooLong', params: { maximum: 5 } },
    ],
    [
      'a number too small',
      z.object({ f: z.number().min(15) }),
      { f: 10 },
      { messageKey: 'validation.tooSmall', params: { minimum: 15 } },
    ],
    [
      'a number too large',
      z.object({ f: z.number().max(600) }),
      { f: 601 },
      { messageKey: 'validation.tooLarge', params: { maximum: 600 } },
    ],
    [
      'too many items',
      z.object({ f: z.array(z.string()).max(2) }),
      { f: ['a', 'b', 'c'] },
      { messageKey: 'validation.tooMany', params: { maximum: 2 } },
    ],
    [
      'a value of the wrong type',
      z.object({ f: z.number() }),
      { f: 'x' },
      { messageKey: 'validation.invalidType' },
    ],
    ['a missing value', z.object({ f: z.number() }), {}, { messageKey: 'validation.invalidType' }],
    [
      'a value outside an enum',
      z.object({ f: z.enum(['a', 'b']) }),
      { f: 'c' },
      { messageKey: 'validation.invalidChoice' },
    ],
    [
      'a badly formed value',
      z.object({ f: z.string().regex(/^\d+$/) }),
      { f: 'x' },
      { messageKey: 'validation.invalidFormat' },
    ],
    [
      'a schema message of its own',
      z.object({ f: z.string().refine(() => false, { error: 'validation.rrule' }) }),
      { f: 'x' },
      { messageKey: 'validation.rrule' },
    ],
  ])('maps %s', (_what, schema, input, expected) => {
    expect(fieldErrorsOf(schema, input)).toEqual([{ path: 'f', ...expected }]);
  });

  it('maps an unknown key on a strict object', () => {
    expect(fieldErrorsOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })).toEqual([
      { path: '', messageKey: 'validation.unknownField', params: { keys: 'b' } },
    ]);
  });

  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.object({
      schedule: z.object({
        startTime: z.string().regex(/^\d\d:\d\d$/, { error: 'validation.time' }),
      }),
      languages: z.array(z.string().min(2)),
    });
    expect(
      fieldErrorsOf(schema, { schedule: { startTime: '7pm' }, languages: ['en', 'x'] }),
    ).toEqual([
      { path: 'schedule.startTime', messageKey: 'validation.time' },
      { path: 'languages.1', messageKey: 'validation.tooShort', params: { minimum: 2 } },
    ]);
  });

  it('never passes a zod message through, only message keys', () => {
    const errors = fieldErrorsOf(z.object({ f: z.custom(() => false, 'Some English text') }), {
      f: 1,
    });
    expect(errors).toEqual([{ path: 'f', messageKey: 'validation.invalid' }]);
  });
});
