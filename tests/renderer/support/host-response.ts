import type { ApiResult } from '../../../shared/api/errors';

/** What `fetch` resolves to for the parts the renderer reads: status, one header, JSON. */
export function hostResponse(
  body: ApiResult<unknown>,
  { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const lowerCased = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: { get: (name: string) => lowerCased.get(name.toLowerCase()) ?? null },
    json: async () => body,
  } as unknown as Response;
}
