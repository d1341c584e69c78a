import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedTypes } from '../scripts/codegen.js';

describe('types generated from the SDL and the API schema', () => {
  it('are current (run `npm run codegen` when this fails)', async () => {
    const generated = await generatedTypes();
    // Two resolver-type files, and three files each for the dashboard's and the report's operations.
    expect(generated.size).toBe(8);
    for (const [file, content] of generated) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });
});
