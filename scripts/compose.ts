import { writeFileSync } from 'node:fs';
import { commandLine } from '../shared/cli.js';
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
const usage = `用法 Usage: npm run compose [-- --check | --release]
  组合各子图的 SDL，写出 schema/supergraph.graphql 和部署文件 (compose the subgraphs' SDL into schema/supergraph.graphql, and write the deployment files)
  --check    部署前的检查：不写入；子图无法组合、超图过时或有未确认的破坏性变更时失败 (the check before a deploy: writes nothing; fails when the subgraphs do not compose, the supergraph is stale, or a breaking change is unacknowledged)
  --release  部署后：当前 API 成为基线 (after a deploy: the current API becomes the baseline)`;
const { check, release } = commandLine(usage, {
  check: { type: 'boolean' },
  release: { type: 'boolean' },
});
try {
  const supergraph = composedSupergraphSdl();
  const breaking = unacknowledgedBreakingChanges(apiSchemaSdl(supergraph));
  if (release) {
    writeFileSync(baselineFile, apiSchemaSdl(supergraph));
    writeFileSync(acknowledgedFile, '[]\n');
    console.log(
      '当前 API 已成为基线，确认记录已清空。The current API is now the baseline; acknowledgements cleared.',
    );
  } else if (check) {
    const problems = [
      ...(committedSupergraphSdl() === supergraph
        ? []
        : [
            'schema/supergraph.graphql 已过时：请运行 `npm run compose` 并提交。schema/supergraph.graphql is stale: run `npm run compose` and commit it.',
          ]),
      ...breaking.map(
        (change) => `未确认的破坏性变更 Breaking change, not acknowledged: ${change}`,
      ),
    ];
    for (const problem of problems) console.error(problem);
    if (problems.length) {
      console.error(
        '有意的破坏性变更请在 schema/acknowledged-breaking-changes.json 中确认并说明理由。Acknowledge a breaking change you mean in schema/acknowledged-breaking-changes.json, with a reason.',
      );
      process.exit(1);
    }
    console.log(
      '子图组合成功，超图是最新的，没有未确认的破坏性变更。The subgraphs compose, the supergraph is current, and no breaking change is unacknowledged.',
    );
  } else {
    writeFileSync(supergraphPath, supergraph);
    console.log('已写入 Wrote schema/supergraph.graphql');
    // The image tag in the deployment files carries the supergraph's hash.
    writeDeploymentFiles();
    console.log('已写入带新镜像标签的部署文件 Wrote the deployment files with the new image tag');
    for (const change of breaking)
      console.warn(`未确认的破坏性变更 Breaking change, not acknowledged: ${change}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
