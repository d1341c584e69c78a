import { parseArgs } from 'node:util';
import { openDatabaseServer } from '../subgraphs/common/database-server.js';
import { openRegionDatabase } from '../subgraphs/open.js';
import { regions } from '../subgraphs/regions.js';
import { snapshotMeasures } from '../subgraphs/registry/src/measures/measure.js';

/** `npm run snapshot [-- --region guangxi]`: records every region's measures now, so that progress has a history. */
const { region: only } = parseArgs({ options: { region: { type: 'string' } } }).values;
const chosen = only ? regions.filter((r) => r.slug === only) : regions;
if (!chosen.length) {
  console.error(`Unknown region ${only}; one of: ${regions.map((r) => r.slug).join(', ')}`);
  process.exit(2);
}
const server = await openDatabaseServer();
try {
  for (const region of chosen) {
    const { dataSource } = await openRegionDatabase(server.url, region, 1);
    try {
      console.log(`${region.slug.padEnd(9)} ${await snapshotMeasures(dataSource)} measures recorded`);
    } finally {
      await dataSource.destroy();
    }
  }
} finally {
  await server.stop();
}
