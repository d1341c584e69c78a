/**
 * The scenario's own requests (registering, counting), each given 30 s: a request that hangs
 * names itself rather than waiting for undici's 300 s and its anonymous HeadersTimeoutError.
 */
export async function fetchWithin(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`${init.method ?? 'GET'} ${url} 失败 failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
