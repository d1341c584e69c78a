import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composedSupergraphSdl, supergraphPath } from '../gateway/src/compose.js';

try {
  writeFileSync(supergraphPath, composedSupergraphSdl());
  console.log(`Wrote ${fileURLToPath(supergraphPath)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
