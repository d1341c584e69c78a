import { badInput } from './validation.js';

/** A record id argument: a positive whole number. */
export function idArgument(value: unknown, path: string): string {
  if (typeof value === 'string' && /^\d{1,19}$/.test(value)) return value;
  throw badInput([{ path, message: 'is not a record id' }]);
}
