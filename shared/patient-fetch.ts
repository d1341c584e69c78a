/** Tries of a request the gateway refuses as busy (503) before the caller is told it is busy. */
const BUSY_TRIES = 3;
/** The longest wait a `Retry-After` gets, whatever it asks. */
const LONGEST_WAIT_SECONDS = 30;

/**
 * `fetch`, except that a request the gateway refuses as busy (503) is asked again after the
 * seconds its `Retry-After` says, as the gateway asks of its callers: a caller that asked again at
 * once would only add to the load that made it refuse. For the project's own clients (the
 * dashboard, bundled from here, and the report), which send queries only; the last refusal is
 * returned as it came. A query sent on a connection the server had closed (closedUnanswered) is
 * sent again once, on a new one.
 */
export async function fetchPatiently(
  url: string,
  init: RequestInit,
  { attemptTimeoutMs }: { attemptTimeoutMs?: number } = {},
): Promise<Response> {
  let resent = false;
  for (let tried = 1; ; tried++) {
    // Each try has its own time: the waits a busy gateway asks for are not counted against it.
    const signal = attemptTimeoutMs ? AbortSignal.timeout(attemptTimeoutMs) : init.signal;
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal });
    } catch (error) {
      if (resent || !closedUnanswered(error)) throw error;
      resent = true;
      tried--;
      continue;
    }
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

/**
 * Node's fetch failing because the connection closed before any answer came: a kept-alive
 * connection the server had just closed as idle, which the client reused before it saw the close
 * (on a busy machine its timer runs late). Node's fetch asks again itself only for GET; a query by
 * POST it fails. A browser asks again itself, and says no such code.
 */
function closedUnanswered(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
}
