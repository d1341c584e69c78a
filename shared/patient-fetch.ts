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
export async function fetchPatiently(url: string, init: RequestInit): Promise<Response> {
  for (let tried = 1; ; tried++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || tried === BUSY_TRIES) return response;
    await response.body?.cancel();
    const seconds = retryAfterSeconds(response.headers.get('retry-after'));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** The seconds of a `Retry-After` in seconds (its date form is not used by the gateway): 1 if none. */
function retryAfterSeconds(header: string | null): number {
  const asked = header === null ? NaN : Number(header);
  return Number.isFinite(asked) && asked >= 0 ? Math.min(asked, LONGEST_WAIT_SECONDS) : 1;
}
