import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The image's tag: the package's version and the first 12 hex digits of the supergraph's SHA-256,
 * `0.1.0-3f2a…`. Two builds with the same tag serve the same API; a schema change gives a new tag
 * even when the version was not bumped, so a gateway is never paired with subgraphs of another
 * schema by accident. `npm run deployment-files` writes it into the compose file and manifests.
 */
export function imageTag(): string {
  const { version } = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  const supergraph = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url));
  return `${version}-${createHash('sha256').update(supergraph).digest('hex').slice(0, 12)}`;
}

export const imageName = 'social-work-registry';

// `npm run -s image-tag`: the tag, for `docker build -t social-work-registry:$(npm run -s image-tag) .`
if (process.argv[1]?.endsWith('image-tag.ts')) {
  const { commandLine } = await import('../shared/cli.js');
  commandLine(
    `用法 Usage: npm run -s image-tag
  打印镜像标签：版本号加超图 SHA-256 的前 12 位，如 docker build -t social-work-registry:$(npm run -s image-tag) . (print the image's tag, the version and the first 12 hex digits of the supergraph's SHA-256)`,
    {},
  );
  console.log(imageTag());
}
