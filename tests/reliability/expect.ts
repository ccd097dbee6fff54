// Checks of what the product says: API error codes, and the CLI's English message text.
import type { ApiResult, ErrorCode } from '../../shared/api/errors';
import { translate } from '../../shared/i18n';
import type { ScenarioContext } from './harness';
import type { Caller, ExitedCli } from './product';

const describe = (result: ApiResult<unknown>) => (result.ok ? 'ok' : result.error.code);

/** Calls `method` and checks that it is refused with one of `codes`. */
export async function expectRefused(
  context: ScenarioContext,
  caller: Caller,
  method: string,
  input: unknown,
  codes: readonly ErrorCode[],
): Promise<ApiResult<unknown>> {
  const result = await caller.call(method, input);
  context.log(`${method} → ${describe(result)}`);
  context.check(
    !result.ok && codes.includes(result.error.code),
    `${method} should be refused with ${codes.join(' or ')}, got ${describe(result)}`,
  );
  return result;
}

/** Calls `method` and checks that it succeeds. */
export async function expectAccepted(
  context: ScenarioContext,
  caller: Caller,
  method: string,
  input: unknown,
): Promise<ApiResult<unknown>> {
  const result = await caller.call(method, input);
  context.log(`${method} → ${describe(result)}`);
  context.check(result.ok, `${method} should succeed, got ${describe(result)}`);
  return result;
}

/** Checks that a CLI command failed and printed one of the messages of `errorCodes`, in English. */
export function expectCliRefusal(
  context: ScenarioContext,
  command: string,
  ended: ExitedCli,
  errorCodes: readonly ErrorCode[],
): void {
  // The message is the last line; a worker's log line may come before it.
  const said = ended.stderr.trim().split('\n').at(-1) ?? '';
  context.log(`circlekeeper ${command} → exit ${ended.code}: "${said}"`);
  const messages = errorCodes.map((code) => translate('en', `errors.${code}`));
  context.check(
    ended.code !== 0 && messages.some((message) => ended.stderr.includes(message)),
    `circlekeeper ${command} should fail saying the ${errorCodes.join(' or ')} message`,
  );
}
