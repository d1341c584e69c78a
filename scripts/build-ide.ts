import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ideSource = new URL('../gateway/ide/', import.meta.url);
const ideDist = new URL('../gateway/ide/dist/', import.meta.url);

/** Where a README example needs a signed-in caller: the header it is opened with, to be filled in. */
const editorHeader = JSON.stringify(
  { authorization: 'Bearer <npm run token -- --role editor --region GX>' },
  null,
  2,
);

/**
 * A read's header slot for an analyst's token, left empty so that the example answers at once as
 * an anonymous caller (an empty header is anonymous; a placeholder would be refused as a bad token).
 */
const analystHeader = JSON.stringify({ authorization: '' }, null, 2);

/** Heads each read, in Chinese then English: what an anonymous answer leaves out, and how to see everything. */
export const anonymousNote = `# 匿名调用者看到的记录较少：各列表及 totalCount
# 仅包括已发布的机构和项目。
# 如需查看全部记录，请用以下命令生成分析员令牌：
#   npm run token -- --role analyst
# 并将下方的请求头设为
#   {"authorization": "Bearer <令牌>"}
#
# Anonymous callers see fewer records: lists and totalCount
# hold only published institutions and programmes.
# To see every record, print an analyst token with
#   npm run token -- --role analyst
# and set the header below to
#   {"authorization": "Bearer <the token>"}
`;

/** The README's graphql blocks, one tab each: the IDE opens on what the README teaches. */
export function readmeExamples(): { query: string; headers: string }[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) =>
    /^\s*mutation\b/.test(query!)
      ? { query: query!, headers: editorHeader }
      : { query: anonymousNote + query!, headers: analystHeader },
  );
}

/**
 * Bundles GraphiQL, its editor and the editor's language workers into `gateway/ide/dist`: nothing is
 * loaded from a CDN. `npm start` runs it first; the gateway serves the result at /ide outside production.
 */
export async function buildIde(): Promise<void> {
  const out = fileURLToPath(ideDist);
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'none',
  } as const;
  await build({
    ...common,
    entryPoints: { ide: fileURLToPath(new URL('src/main.ts', ideSource)) },
    outdir: out,
    loader: { '.ttf': 'dataurl' },
    define: {
      README_EXAMPLES: JSON.stringify(readmeExamples()),
      'process.env.NODE_ENV': '"production"',
    },
    // Only a subscription URL would load it, and the gateway serves none.
    external: ['graphql-ws'],
  });
  await build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: out,
  });
  copyFileSync(new URL('index.html', ideSource), new URL('index.html', ideDist));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { commandLine } = await import('../shared/cli.js');
  commandLine(
    `用法 Usage: npm run build:ide
  将 GraphQL 查询界面（GraphiQL）打包到 gateway/ide/dist，网关在 /ide/ 提供；npm start 会先运行它 (bundle the GraphQL IDE, GraphiQL, into gateway/ide/dist, which the gateway serves at /ide/; npm start runs it first)`,
    {},
  );
  await buildIde();
}
