/** The largest id a `bigint` primary key holds. */
const MAX_RECORD_ID = 9223372036854775807n;

/**
 * Whether text can be the id of a record of the registry: digits, from 1 to 2^63 − 1. Anything else
 * is refused as the caller's mistake before it reaches PostgreSQL, which would fail on it.
 */
export function isRecordId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{1,19}$/.test(value) &&
    BigInt(value) >= 1n &&
    BigInt(value) <= MAX_RECORD_ID
  );
}
