/** Tries of a request the gateway refuses as busy (503) before the caller is told it is busy. */
const BUSY_TRIES = 3;
/** The longest wait a `Retry-After` gets, whatever it asks. */
const LONGEST_WAIT_SECONDS = 30;

/**
 * `fetch`, except that a request the gateway refuses as busy (503) is asked again after the
 * seconds its `Retry-After` says, as the gateway asks of its callers: a caller that asked again at
 * once would only add to the load that made it refuse. For the project's own clients (the
 * dashboard, bundled from here, and the report); the last refusal is returned as it came.
 */
export async function fetchPatiently(
  url: string,
  init: RequestInit,
  { attemptTimeoutMs }: { attemptTimeoutMs?: number } = {},
): Promise<Response> {
  for (let tried = 1; ; tried++) {
    // Each try has its own time: the waits a busy gateway asks for are not counted against it.
    const signal = attemptTimeoutMs ? AbortSignal.timeout(attemptTimeoutMs) : init.signal;
    const response = await fetch(url, { ...init, signal });
    if (response.status !== 503 || tried === BUSY_TRIES) return response;
    await response.body?.cancel();
    await new Promise((resolve) =>
      setTimeout(resolve, jittered(retryAfterSeconds(response.headers.get('retry-after')))),
    );
  }
}

/**
 * Milliseconds to wait for a `Retry-After` of so many seconds: at least that, and up to twice as
 * long at random, so that the callers one burst of refusals sent away do not all come back in the
 * same instant and meet a full queue again (AWS's "exponential backoff and jitter").
 */
export function jittered(seconds: number): number {
  return seconds * 1000 * (1 + Math.random());
}

/** The seconds of a `Retry-After` in seconds (its date form is not used by the gateway): 1 if none. */
export function retryAfterSeconds(header: string | null): number {
  const asked = header === null ? NaN : Number(header);
  return Number.isFinite(asked) && asked >= 0 ? Math.min(asked, LONGEST_WAIT_SECONDS) : 1;
}
