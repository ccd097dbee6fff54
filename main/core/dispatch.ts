import { api, isMethodName, type MethodName } from '../../shared/api/contract';
import { apiError, type ApiResult } from '../../shared/api/errors';
import { toFieldErrors } from '../../shared/validation';
import { AppError } from '../app-error';
import { explainFailure } from '../data-folder-check';
import type { CallContext, Handler } from './handler-types';
import { handlers } from './handlers';
import { runInScope } from './record-scope';

export type ErrorLogger = (method: string, error: unknown) => void;

/** Logs which method failed and the error's class and code: never its message or data. */
export const logErrorSafely: ErrorLogger = (method, error) => {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  console.error(
    `circlekeeper: ${method} failed (${name}${typeof code === 'string' ? ` ${code}` : ''})`,
  );
};

/**
 * The one entry to the core: method known → access allowed → input valid → handler, run within
 * the method's record scope.
 * Every failure becomes `{ ok: false, error }`; nothing throws past this function.
 */
export async function dispatch(
  method: string,
  rawInput: unknown,
  context: CallContext,
  logError: ErrorLogger = logErrorSafely,
): Promise<ApiResult<unknown>> {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return { ok: false, error: apiError('UNKNOWN_METHOD', 'errors.UNKNOWN_METHOD') };
  }
  const spec = api[method];
  try {
    if (spec.access !== 'public') {
      const user = await context.vault.refreshUser();
      if (!spec.access.includes(user.role)) throw new AppError('FORBIDDEN');
      context.vault.touch();
    }
    const parsed = spec.input.safeParse(rawInput ?? undefined);
    if (!parsed.success) {
      return {
        ok: false,
        error: apiError('VALIDATION_FAILED', 'errors.VALIDATION_FAILED', {
          fieldErrors: toFieldErrors(parsed.error),
        }),
      };
    }
    const handler = handlers[method] as Handler<MethodName>;
    const run = () => handler(parsed.data as never, context);
    const value =
      spec.access === 'public'
        ? await run()
        : await runInScope(spec.scope, context.user, context.store, parsed.data, run);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    logError(method, error);
    // A full disk or a damaged file is told as such, so the user knows what to do about it.
    const meaning = explainFailure(error, context.vault.dataDir);
    // A page that does not verify: the banner shows from now on, and the close does not vouch
    // for the file, so the next unlock checks it whole (clean-close.ts).
    if (meaning?.code === 'DATABASE_CORRUPT' && context.vault.isUnlocked) {
      context.store.isDamaged = true;
    }
    return { ok: false, error: meaning?.toApiError() ?? apiError('INTERNAL', 'errors.INTERNAL') };
  }
}
