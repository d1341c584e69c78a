import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedResolverTypes } from '../scripts/codegen.js';

describe('resolver types generated from the SDL', () => {
  it('are current (run `npm run codegen` when this fails)', async () => {
    const generated = await generatedResolverTypes();
    expect(generated.size).toBe(2);
    for (const [file, content] of generated) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });
});
