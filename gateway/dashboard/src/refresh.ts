/** Seconds between refreshes when the address asks none, or asks what is no number. */
const DEFAULT_SECONDS = 60;
const FEWEST_SECONDS = 10;
/** A day: more than a timer holds (2³¹ ms, 24.8 days) would fire at once. */
const MOST_SECONDS = 86_400;

/** The `?refresh=` of the page's address, in seconds: 10 to a day, else the default. */
export function refreshSecondsOf(asked: string | null): number {
  const seconds = Number(asked);
  if (!asked?.trim() || !Number.isFinite(seconds)) return DEFAULT_SECONDS;
  return Math.min(MOST_SECONDS, Math.max(FEWEST_SECONDS, seconds));
}
