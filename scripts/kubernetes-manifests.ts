import { stringify } from 'yaml';
import { subgraphs } from '../subgraphs/regions.js';
import { publicKeyFileName, publicKeySecret } from './token-keys.js';
import { backupObjects } from './kubernetes-backups.js';
import {
  gatewayObjects,
  labels,
  secretRef,
  selector,
  subgraphObjects,
} from './kubernetes-workloads.js';

/**
 * deploy/kubernetes/ as the list of regions implies it, for `npm run deployment-files`: a Kustomize
 * base (a Deployment, Service and NetworkPolicy per subgraph; the gateway's Deployment, Service,
 * PodDisruptionBudget and HorizontalPodAutoscaler) and two overlays: `production`, whose Secrets
 * are generated from one env file per region (never one shared), with PostgreSQL outside the
 * cluster as each regional team runs its own; `trial`, which adds a PostgreSQL StatefulSet.
 */

/** PostgreSQL for a trial: one server in the cluster, a database per subgraph made by the subgraphs. */
function trialPostgres(): object[] {
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'postgres', labels: labels('postgres', 'database') },
      spec: {
        serviceName: 'postgres',
        replicas: 1,
        selector: { matchLabels: selector('postgres') },
        template: {
          metadata: { labels: labels('postgres', 'database') },
          spec: {
            containers: [
              {
                name: 'postgres',
                image: 'postgres:17',
                ports: [{ name: 'postgres', containerPort: 5432 }],
                env: [
                  { name: 'POSTGRES_USER', value: 'registry' },
                  {
                    name: 'POSTGRES_PASSWORD',
                    ...secretRef('postgres-trial', 'POSTGRES_PASSWORD'),
                  },
                  { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                ],
                readinessProbe: {
                  exec: { command: ['pg_isready', '-U', 'registry'] },
                  periodSeconds: 5,
                },
                resources: {
                  requests: { cpu: '250m', memory: '512Mi' },
                  limits: { memory: '1Gi' },
                },
                volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
              },
            ],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'postgres', labels: labels('postgres', 'database') },
      spec: {
        selector: selector('postgres'),
        ports: [{ name: 'postgres', port: 5432, targetPort: 'postgres' }],
      },
    },
  ];
}

const generated =
  '# Generated from subgraphs/regions.json by `npm run deployment-files`; do not edit by hand.\n';
const documents = (objects: object[]) =>
  generated + objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

/** The scraper's secret, in each Secret's env file: one per Secret, or one for all of them. */
const metricsSecretExample =
  "# Prometheus's bearer token for /metrics, which opens nothing else (without it, /metrics is closed):\n# METRICS_SECRET=\n";

const secretFiles = [...subgraphs.map((s) => s.name), 'gateway'];

/** Path under deploy/kubernetes/ → contents. */
export function kubernetesFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'base/kustomization.yaml':
      generated +
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['gateway.yaml', ...subgraphs.map((s) => `${s.name}.yaml`)],
      }),
    'base/gateway.yaml': documents(gatewayObjects()),
    // Each region's Secret from its own file: secrets/<name>.env (DATABASE_URL, GATEWAY_SECRET); the
    // gateway's holds every <NAME>_GATEWAY_SECRET. The files are never committed. The one Secret all
    // pods share is the public key's, which verifies tokens and signs none.
    'overlays/production/kustomization.yaml':
      generated +
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['../../base'],
        secretGenerator: [
          ...secretFiles.map((name) => ({
            name: `${name}-secrets`,
            envs: [`secrets/${name}.env`],
          })),
          { name: publicKeySecret, files: [`${publicKeyFileName}=secrets/${publicKeyFileName}`] },
        ],
      }),
    'overlays/trial/kustomization.yaml':
      generated +
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['../production', 'postgres.yaml'],
        secretGenerator: [{ name: 'postgres-trial', envs: ['secrets/postgres.env'] }],
      }),
    'overlays/trial/postgres.yaml': documents(trialPostgres()),
    'overlays/trial/secrets/postgres.env.example':
      "# Copy to postgres.env: the trial PostgreSQL's password, also in each DATABASE_URL (@postgres:5432).\nPOSTGRES_PASSWORD=\n",
  };
  for (const subgraph of subgraphs) {
    files[`base/${subgraph.name}.yaml`] = documents([
      ...subgraphObjects(subgraph),
      ...backupObjects(subgraph),
    ]);
    files[`overlays/production/secrets/${subgraph.name}.env.example`] =
      `# Copy to ${subgraph.name}.env; ${subgraph.name}'s own values only.\nDATABASE_URL=postgres://registry:PASSWORD@db.${subgraph.name}.example:5432/${subgraph.database}\nGATEWAY_SECRET=\n# Tokens are verified with the public key of secrets/${publicKeyFileName}; or with a key set (then give the gateway the same address):\n# JWT_JWKS_URL=https://login.example.org/.well-known/jwks.json\n${metricsSecretExample}`;
  }
  files['overlays/production/secrets/gateway.env.example'] =
    `# Copy to gateway.env: the secret the gateway shares with each subgraph.\n${subgraphs.map((s) => `${s.name.toUpperCase()}_GATEWAY_SECRET=\n`).join('')}# The subgraphs' key set, if they use one instead of secrets/${publicKeyFileName} (never JWT_SECRET, which signs tokens):\n# JWT_JWKS_URL=https://login.example.org/.well-known/jwks.json\n${metricsSecretExample}`;
  return files;
}
