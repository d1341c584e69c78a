import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeDeploymentFiles } from './deployment-files.js';
import {
  acknowledgedFile,
  apiSchemaSdl,
  baselineFile,
  unacknowledgedBreakingChanges,
} from './schema/api-changes.js';
import {
  committedSupergraphSdl,
  composedSupergraphSdl,
  supergraphPath,
} from './schema/composition.js';

/**
 * `npm run compose`: writes schema/supergraph.graphql from the subgraphs' SDL.
 * `npm run compose -- --check`: the check before a deploy; changes nothing, fails when the subgraphs
 * do not compose, when the committed supergraph is stale, or on an unacknowledged breaking change.
 * `npm run compose -- --release`: after a deploy, the current API becomes the baseline.
 */
const { check, release } = parseArgs({
  options: { check: { type: 'boolean' }, release: { type: 'boolean' } },
}).values;
try {
  const supergraph = composedSupergraphSdl();
  const breaking = unacknowledgedBreakingChanges(apiSchemaSdl(supergraph));
  if (release) {
    writeFileSync(baselineFile, apiSchemaSdl(supergraph));
    writeFileSync(acknowledgedFile, '[]\n');
    console.log('The current API is now the baseline; acknowledgements cleared.');
  } else if (check) {
    const problems = [
      ...(committedSupergraphSdl() === supergraph
        ? []
        : ['schema/supergraph.graphql is stale: run `npm run compose` and commit it.']),
      ...breaking.map((change) => `Breaking change, not acknowledged: ${change}`),
    ];
    for (const problem of problems) console.error(problem);
    if (problems.length) {
      console.error(
        'Acknowledge a breaking change you mean in schema/acknowledged-breaking-changes.json, with a reason.',
      );
      process.exit(1);
    }
    console.log(
      'The subgraphs compose, the supergraph is current, and no breaking change is unacknowledged.',
    );
  } else {
    writeFileSync(supergraphPath, supergraph);
    console.log('Wrote schema/supergraph.graphql');
    // The image tag in the deployment files carries the supergraph's hash.
    writeDeploymentFiles();
    console.log('Wrote the deployment files with the new image tag');
    for (const change of breaking) console.warn(`Breaking change, not acknowledged: ${change}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
