import { id } from './field-schemas.js';
import { parseArgument } from './validation.js';

/**
 * A record id argument (see isRecordId), refused in the words of an id in an input: another
 * region's (`NX-5` to Guangxi) is not this region's, however it is given.
 */
export function idArgument(value: unknown, path: string): string {
  return parseArgument(id, value, path);
}
