import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { subgraphs } from '../subgraphs/regions.js';

export const composeFile = new URL('../docker-compose.yml', import.meta.url);

const header = `# Generated from subgraphs/regions.json by \`npm run docker-compose\`; do not edit by hand.
# A first version: one PostgreSQL holding a database per subgraph, the seven subgraphs and the
# gateway, each running from the source tree in a Node image.
`;

/** docker-compose.yml as the list of regions implies it. */
export function dockerCompose(): string {
  const node = {
    image: 'node:20-bookworm',
    working_dir: '/app',
    volumes: ['./:/app'],
    depends_on: { postgres: { condition: 'service_healthy' } },
  };
  const services: Record<string, unknown> = {
    postgres: {
      image: 'postgres:17',
      environment: { POSTGRES_PASSWORD: 'postgres' },
      volumes: ['postgres-data:/var/lib/postgresql/data'],
      healthcheck: { test: ['CMD', 'pg_isready', '-U', 'postgres'], interval: '5s', retries: 10 },
    },
  };
  for (const subgraph of subgraphs) {
    services[subgraph.name] = {
      ...node,
      command: ['npx', 'tsx', 'subgraphs/main.ts', subgraph.name],
      environment: { DATABASE_URL: 'postgres://postgres:postgres@postgres:5432/postgres', HOST: '0.0.0.0', PORT: String(subgraph.port) },
      expose: [String(subgraph.port)],
    };
  }
  services.gateway = {
    ...node,
    command: ['npx', 'tsx', 'gateway/src/main.ts'],
    depends_on: Object.fromEntries(subgraphs.map((s) => [s.name, { condition: 'service_started' }])),
    environment: {
      HOST: '0.0.0.0',
      PORT: '4000',
      ...Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_SUBGRAPH_URL`, `http://${s.name}:${s.port}/graphql`])),
    },
    ports: ['4000:4000'],
  };
  return header + stringify({ services, volumes: { 'postgres-data': {} } }, { aliasDuplicateObjects: false });
}

export function committedDockerCompose(): string {
  return readFileSync(composeFile, 'utf8');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(composeFile, dockerCompose());
  console.log('Wrote docker-compose.yml');
}
