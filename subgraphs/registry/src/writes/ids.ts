import { isRecordId } from '../record-ids.js';
import { badInput } from './validation.js';

/** A record id argument (see isRecordId). */
export function idArgument(value: unknown, path: string): string {
  if (isRecordId(value)) return value;
  throw badInput([{ path, message: 'is not a record id' }]);
}
