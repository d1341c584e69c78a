import { mkdirSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { gatewayNodeOptions } from '../gateway/src/heap.js';
import { subgraphs } from '../subgraphs/regions.js';
import { imageName, imageTag } from './image-tag.js';
import { kubernetesFiles } from './kubernetes-manifests.js';
import { routerConfig } from './router-config.js';
import {
  composePublicKeyFile,
  composePublicKeyMount,
  publicKeyPath,
  publicKeySecret,
} from './token-keys.js';

export const composeFile = new URL('../docker-compose.yml', import.meta.url);
export const envExampleFile = new URL('../.env.example', import.meta.url);
export const routerFile = new URL('../router.yaml', import.meta.url);

const header = `# Generated from subgraphs/regions.json by \`npm run deployment-files\`; do not edit by hand.
# Every subgraph has a PostgreSQL of its own, as each regional team runs its own; the subgraphs and the
# gateway run from one image (see Dockerfile). Values come from .env (copy .env.example), and each
# service is given only its own: a subgraph never sees another's database password or secret.
# Tokens are verified with the public key in ./secrets/jwt-public.pem, which every service reads and
# none can sign with; the private key stays with whoever issues tokens (README, Deployment).
# docker compose build gateway && docker compose up -d   (with a Redis for the gateway: --profile redis)
# The one image is built once, by the gateway's service, and tagged with the package version and the
# supergraph's hash; every service runs that tag.
`;

const image = () => `${imageName}:${imageTag()}`;

/** Settings every service reads, with the services' own defaults, so that an unset one changes nothing. */
const common = {
  LOG_LEVEL: '${LOG_LEVEL:-info}',
  CACHE_MAX_AGE: '${CACHE_MAX_AGE:-30}',
};

/**
 * The keys every service verifies tokens with: the public key's file (scripts/token-keys.ts), or a
 * key set when JWT_JWKS_URL is given, which then takes precedence.
 */
const tokenKeys = {
  JWT_PUBLIC_KEY_FILE: publicKeyPath,
  JWT_JWKS_URL: '${JWT_JWKS_URL:-}',
  JWT_MAX_AGE: '${JWT_MAX_AGE:-86400}',
};

const nodeHealth = (port: number, path: string) => ({
  test: [
    'CMD',
    'node',
    '-e',
    `fetch('http://127.0.0.1:${port}${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
  ],
  interval: '10s',
  timeout: '5s',
  retries: 6,
  start_period: '30s',
});

/** The database service of a subgraph: `<name>-db`. */
export const databaseService = (name: string) => `${name}-db`;

/** docker-compose.yml as the list of regions implies it. */
export function dockerCompose(): string {
  const services: Record<string, unknown> = {};
  const volumes: Record<string, object> = {};
  for (const subgraph of subgraphs) {
    const db = databaseService(subgraph.name);
    const upper = subgraph.name.toUpperCase();
    services[db] = {
      image: 'postgres:17',
      restart: 'unless-stopped',
      environment: {
        POSTGRES_DB: subgraph.database,
        POSTGRES_USER: 'registry',
        POSTGRES_PASSWORD: `\${${upper}_DB_PASSWORD:?set ${upper}_DB_PASSWORD in .env}`,
      },
      volumes: [`${db}-data:/var/lib/postgresql/data`],
      healthcheck: {
        test: ['CMD', 'pg_isready', '-U', 'registry', '-d', subgraph.database],
        interval: '5s',
        retries: 12,
      },
    };
    volumes[`${db}-data`] = {};
    volumes[`${subgraph.name}-backups`] = {};
    services[subgraph.name] = {
      // Built once, by the gateway's service; never pulled, so an unbuilt tag is an error, not a download.
      image: image(),
      pull_policy: 'never',
      restart: 'unless-stopped',
      // Migrations run when the subgraph opens its database, before it listens.
      command: ['subgraphs/main.ts', subgraph.name],
      environment: {
        [`${upper}_DATABASE_URL`]: `postgres://registry:\${${upper}_DB_PASSWORD}@${db}:5432/${subgraph.database}`,
        [`${upper}_GATEWAY_SECRET`]: `\${${upper}_GATEWAY_SECRET:?set ${upper}_GATEWAY_SECRET in .env}`,
        ...tokenKeys,
        DEMO_DATA: '${DEMO_DATA:-off}',
        PORT: String(subgraph.port),
        // A dump before any migration not yet applied, kept in the subgraph's own volume.
        BACKUP_BEFORE_MIGRATE: '${BACKUP_BEFORE_MIGRATE:-on}',
        BACKUP_DIR: '/backups',
        // The scraper's, which opens /metrics alone; without it a production subgraph serves them to nobody.
        METRICS_SECRET: '${METRICS_SECRET:-}',
        ...common,
      },
      volumes: [`${subgraph.name}-backups:/backups`],
      secrets: [composePublicKeyMount],
      expose: [String(subgraph.port)],
      depends_on: { [db]: { condition: 'service_healthy' } },
      healthcheck: nodeHealth(subgraph.port, '/ready'),
    };
  }
  services.gateway = {
    build: '.',
    image: image(),
    restart: 'unless-stopped',
    command: ['gateway/src/main.ts'],
    environment: {
      NODE_OPTIONS: gatewayNodeOptions,
      PORT: '4000',
      // The subgraphs are on this host's own compose network: plain HTTP never leaves the machine.
      ALLOW_INSECURE_SUBGRAPHS: 'true',
      REDIS_URL: '${REDIS_URL:-}',
      // The subgraphs' public key, to refuse a bad token once and cache signed-in answers by class
      // (gateway/src/authentication.ts).
      ...tokenKeys,
      RESPONSE_CACHE: '${RESPONSE_CACHE:-on}',
      CLASS_CACHE: '${CLASS_CACHE:-on}',
      CLASS_CACHE_MAX_AGE: '${CLASS_CACHE_MAX_AGE:-30}',
      SUBGRAPH_DEDUPLICATION: '${SUBGRAPH_DEDUPLICATION:-on}',
      CORS_ORIGINS: '${CORS_ORIGINS:-}',
      SUBGRAPH_TIMEOUT_MS: '${SUBGRAPH_TIMEOUT_MS:-5000}',
      MAX_SUBGRAPH_ANSWER_BYTES: '${MAX_SUBGRAPH_ANSWER_BYTES:-67108864}',
      MAX_QUERY_DEPTH: '${MAX_QUERY_DEPTH:-12}',
      MAX_QUERY_ALIASES: '${MAX_QUERY_ALIASES:-30}',
      MAX_QUERY_TOKENS: '${MAX_QUERY_TOKENS:-2000}',
      MAX_QUERY_DIRECTIVES: '${MAX_QUERY_DIRECTIVES:-20}',
      MAX_REPEATED_FIELD: '${MAX_REPEATED_FIELD:-3}',
      MAX_QUERY_COST: '${MAX_QUERY_COST:-50000}',
      MAX_BODY_BYTES: '${MAX_BODY_BYTES:-100000}',
      MAX_QUERY_LENGTH: '${MAX_QUERY_LENGTH:-20000}',
      MAX_MEASURE_CELLS: '${MAX_MEASURE_CELLS:-10000}',
      MAX_CONCURRENT_REQUESTS: '${MAX_CONCURRENT_REQUESTS:-16}',
      MAX_QUEUED_REQUESTS: '${MAX_QUEUED_REQUESTS:-32}',
      CACHE_TIMEOUT_MS: '${CACHE_TIMEOUT_MS:-20}',
      CACHE_RETRY_MS: '${CACHE_RETRY_MS:-5000}',
      PERSISTED_QUERIES_PER_MINUTE: '${PERSISTED_QUERIES_PER_MINUTE:-30}',
      CACHED_RESPONSES_PER_MINUTE: '${CACHED_RESPONSES_PER_MINUTE:-120}',
      METRICS_SECRET: '${METRICS_SECRET:-}',
      OPERATION_NAMES: '${OPERATION_NAMES:-}',
      LOG_LEVEL: common.LOG_LEVEL,
      ...Object.fromEntries(
        subgraphs.flatMap((s) => {
          const upper = s.name.toUpperCase();
          return [
            [`${upper}_SUBGRAPH_URL`, `http://${s.name}:${s.port}/graphql`],
            [
              `${upper}_GATEWAY_SECRET`,
              `\${${upper}_GATEWAY_SECRET:?set ${upper}_GATEWAY_SECRET in .env}`,
            ],
          ];
        }),
      ),
    },
    secrets: [composePublicKeyMount],
    ports: ['4000:4000'],
    // Started, not healthy: the gateway answers with the regions that answer and names the others,
    // so one region down does not keep the federation from starting.
    depends_on: Object.fromEntries(
      subgraphs.map((s) => [s.name, { condition: 'service_started' }]),
    ),
    healthcheck: nodeHealth(4000, '/health'),
  };
  // A response cache shared by gateway replicas, for `--profile redis` with REDIS_URL=redis://redis:6379.
  services.redis = {
    image: 'redis:7',
    restart: 'unless-stopped',
    profiles: ['redis'],
    expose: ['6379'],
  };
  const secrets = { [publicKeySecret]: { file: composePublicKeyFile } };
  return (
    header +
    stringify({ services, volumes, secrets }, { aliasDuplicateObjects: false, lineWidth: 0 })
  );
}

/** .env.example: every variable the services read, and a password and a secret per subgraph. */
export function envExample(): string {
  const perSubgraph = subgraphs
    .map(
      (s) =>
        `# ${s.name}: the password of its PostgreSQL, and the secret it shares with the gateway\n${s.name.toUpperCase()}_DB_PASSWORD=\n${s.name.toUpperCase()}_GATEWAY_SECRET=\n`,
    )
    .join('\n');
  return `# Generated from subgraphs/regions.json by \`npm run deployment-files\`. Copy to .env and fill in: every
# variable the services read is here, and docker-compose.yml reads .env.
# A secret: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"

# Tokens are verified with the public key in secrets/jwt-public.pem, beside docker-compose.yml; its
# private key stays with whoever issues tokens, on no host of these services (README, Deployment):
#   openssl genpkey -algorithm ed25519 -out jwt-private.pem
#   openssl pkey -in jwt-private.pem -pubout -out secrets/jwt-public.pem
# Or a key set (the file must still be there; the key set is used):
# JWT_JWKS_URL=https://login.example.org/.well-known/jwks.json

# Generated demo data in the registries: off for a real deployment.
DEMO_DATA=off

# Gateway (the defaults are shown)
# REDIS_URL=redis://redis:6379    # a response cache shared by gateway replicas (docker compose --profile redis)
# RESPONSE_CACHE=on
# CLASS_CACHE=on                  # off: cache anonymous answers only
# CLASS_CACHE_MAX_AGE=30          # seconds a signed-in class's answer is kept when no write comes first
# SUBGRAPH_DEDUPLICATION=on
# CORS_ORIGINS=https://dash.example.org
# SUBGRAPH_TIMEOUT_MS=5000
# MAX_SUBGRAPH_ANSWER_BYTES=67108864  # the largest answer read from a subgraph
# MAX_QUERY_DEPTH=12
# MAX_QUERY_ALIASES=30
# MAX_QUERY_TOKENS=2000
# MAX_QUERY_DIRECTIVES=20
# MAX_REPEATED_FIELD=3
# MAX_QUERY_COST=50000
# MAX_BODY_BYTES=100000
# MAX_QUERY_LENGTH=20000          # characters of query text, comments included
# MAX_MEASURE_CELLS=10000         # cells one measure's breakdown may hold
# MAX_CONCURRENT_REQUESTS=16      # requests worked on at once; more wait
# MAX_QUEUED_REQUESTS=32          # requests that may wait; more get 503 with Retry-After
# GUANGXI_SUBGRAPH_TIMEOUT_MS=    # one subgraph's own timeout (<NAME>_SUBGRAPH_TIMEOUT_MS)
# CACHE_TIMEOUT_MS=20             # the longest a request waits on Redis
# CACHE_RETRY_MS=5000             # how long a failing Redis is bypassed before it is tried again
# PERSISTED_QUERIES_PER_MINUTE=30 # new persisted queries one caller (address) may register a minute
# CACHED_RESPONSES_PER_MINUTE=120 # requests a minute one caller may add cached answers and fetches with
# OPERATION_NAMES=                # operations labelled in metrics beside the dashboard's, separated by commas

# Every service
# METRICS_SECRET=                 # Prometheus's bearer token for /metrics, which opens nothing else; in
#                                 # production at least 32 bytes, no other secret's, and without it nobody reads them
# CACHE_MAX_AGE=30                # seconds a public answer may be cached
# LOG_LEVEL=info
# JWT_MAX_AGE=86400               # in production, the longest a token may still be valid, in seconds

${perSubgraph}`;
}

/** Every generated deployment file and what it should hold now. */
export function deploymentFiles(): [URL, string][] {
  return [
    [composeFile, dockerCompose()],
    [envExampleFile, envExample()],
    [routerFile, routerConfig()],
    ...Object.entries(kubernetesFiles()).map(([path, content]): [URL, string] => [
      new URL(`../deploy/kubernetes/${path}`, import.meta.url),
      content,
    ]),
  ];
}

export function writeDeploymentFiles(): void {
  for (const [file, content] of deploymentFiles()) {
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, content);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { commandLine } = await import('../shared/cli.js');
  commandLine(
    `用法 Usage: npm run deployment-files
  由地区列表和环境变量写出 docker-compose.yml、.env.example、router.yaml 和 deploy/kubernetes/；地区列表或环境变量改动后运行 (write docker-compose.yml, .env.example, router.yaml and deploy/kubernetes/ from the list of regions and the environment; run it after a change to either)`,
    {},
  );
  writeDeploymentFiles();
  console.log('已写入 Wrote docker-compose.yml, .env.example, router.yaml and deploy/kubernetes/');
}
