import { gatewayNodeOptions } from '../gateway/src/heap.js';
import { subgraphs, type SubgraphInfo } from '../subgraphs/regions.js';
import { imageName, imageTag } from './image-tag.js';
import { publicKeyPath, publicKeyVolume, publicKeyVolumeMount } from './token-keys.js';

/** The Kubernetes objects of the subgraphs and the gateway, for kubernetes-manifests.ts. */
const partOf = 'social-work-registry';
export const labels = (name: string, component: string) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/part-of': partOf,
  'app.kubernetes.io/component': component,
});
export const selector = (name: string) => ({ 'app.kubernetes.io/name': name });
export const secretRef = (secret: string, key: string) => ({
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** A secret's key that may be absent: the variable is then not set. */
const optionalSecretRef = (secret: string, key: string) => ({
  valueFrom: { secretKeyRef: { name: secret, key, optional: true } },
});

/**
 * Sized from the bench (BENCHMARKS.md): the gateway's RSS peaked at 223 MB under load with its
 * 512 MB heap ceiling, a subgraph's stays near 150 MB; both use about one core at most on two.
 */
const gatewayResources = {
  requests: { cpu: '250m', memory: '256Mi' },
  limits: { cpu: '1', memory: '640Mi' },
};
const subgraphResources = {
  requests: { cpu: '100m', memory: '192Mi' },
  limits: { cpu: '1', memory: '384Mi' },
};

/** Never root, nothing written but the scratch and backup volumes, no privilege to gain. */
export const podSecurity = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  fsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};
export const containerSecurity = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

/** Probes as Kubernetes advises: liveness on the process, readiness on its dependencies, a start-up allowance for migrations. */
const probes = (readyPath: string) => ({
  startupProbe: {
    httpGet: { path: '/health', port: 'http' },
    periodSeconds: 5,
    failureThreshold: 60,
  },
  livenessProbe: {
    httpGet: { path: '/health', port: 'http' },
    periodSeconds: 10,
    timeoutSeconds: 3,
  },
  readinessProbe: {
    httpGet: { path: readyPath, port: 'http' },
    periodSeconds: 10,
    timeoutSeconds: 3,
  },
});

/** The claim that keeps a region's backups (kubernetes-backups.ts). */
export const backupClaim = (subgraph: SubgraphInfo): string => `${subgraph.name}-backups`;

/** Where a pod of a region writes: its scratch folder, and the region's backups on their claim. */
export const scratchAndBackupMounts = [
  { name: 'tmp', mountPath: '/tmp' },
  { name: 'backups', mountPath: '/backups' },
];
export const scratchAndBackupVolumes = (subgraph: SubgraphInfo) => [
  { name: 'tmp', emptyDir: {} },
  { name: 'backups', persistentVolumeClaim: { claimName: backupClaim(subgraph) } },
];

export const image = (): string => `${imageName}:${imageTag()}`;

/**
 * How a pod verifies tokens: the public key mounted from its Secret (scripts/token-keys.ts), or the
 * key set of `secret` when it holds an address, which then takes precedence. Never JWT_SECRET.
 */
const tokenKeysEnv = (secret: string) => [
  { name: 'JWT_PUBLIC_KEY_FILE', value: publicKeyPath },
  { name: 'JWT_JWKS_URL', ...optionalSecretRef(secret, 'JWT_JWKS_URL') },
];

export function subgraphObjects(subgraph: SubgraphInfo): object[] {
  const upper = subgraph.name.toUpperCase();
  const secret = `${subgraph.name}-secrets`;
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: subgraph.name, labels: labels(subgraph.name, 'subgraph') },
    spec: {
      replicas: 1,
      // Its backups' claim is ReadWriteOnce: the old pod lets it go before the new one mounts it
      // (a new node could not attach it while the old pod held it). The region is unavailable for
      // the seconds of the restart; the gateway answers the others and names it.
      strategy: { type: 'Recreate' },
      selector: { matchLabels: selector(subgraph.name) },
      template: {
        metadata: { labels: labels(subgraph.name, 'subgraph') },
        spec: {
          securityContext: podSecurity,
          containers: [
            {
              name: 'subgraph',
              image: image(),
              args: ['subgraphs/main.ts', subgraph.name],
              ports: [{ name: 'http', containerPort: subgraph.port }],
              env: [
                { name: 'PORT', value: String(subgraph.port) },
                { name: 'DEMO_DATA', value: 'off' },
                { name: `${upper}_DATABASE_URL`, ...secretRef(secret, 'DATABASE_URL') },
                { name: `${upper}_GATEWAY_SECRET`, ...secretRef(secret, 'GATEWAY_SECRET') },
                ...tokenKeysEnv(secret),
                { name: 'METRICS_SECRET', ...optionalSecretRef(secret, 'METRICS_SECRET') },
              ],
              ...probes('/ready'),
              resources: subgraphResources,
              securityContext: containerSecurity,
              volumeMounts: [...scratchAndBackupMounts, publicKeyVolumeMount],
            },
          ],
          // Backups before a migration, kept on the region's claim (kubernetes-backups.ts).
          volumes: [...scratchAndBackupVolumes(subgraph), publicKeyVolume],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: subgraph.name, labels: labels(subgraph.name, 'subgraph') },
    spec: {
      selector: selector(subgraph.name),
      ports: [{ name: 'http', port: subgraph.port, targetPort: 'http' }],
    },
  };
  // Only the gateway's pods may call a subgraph (the kubelet's probes come from the node).
  const networkPolicy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: `${subgraph.name}-from-gateway-only`,
      labels: labels(subgraph.name, 'subgraph'),
    },
    spec: {
      podSelector: { matchLabels: selector(subgraph.name) },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: selector('gateway') } }],
          ports: [{ protocol: 'TCP', port: subgraph.port }],
        },
      ],
    },
  };
  return [deployment, service, networkPolicy];
}

export function gatewayObjects(): object[] {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'gateway', labels: labels('gateway', 'gateway') },
    spec: {
      replicas: 2,
      selector: { matchLabels: selector('gateway') },
      template: {
        metadata: { labels: labels('gateway', 'gateway') },
        spec: {
          securityContext: podSecurity,
          containers: [
            {
              name: 'gateway',
              image: image(),
              args: ['gateway/src/main.ts'],
              ports: [{ name: 'http', containerPort: 4000 }],
              env: [
                { name: 'PORT', value: '4000' },
                { name: 'NODE_OPTIONS', value: gatewayNodeOptions },
                // Pod to pod inside the cluster; across nodes, encrypt with the cluster's mesh or
                // the TLS_* settings (README, Deployment) and remove this.
                { name: 'ALLOW_INSECURE_SUBGRAPHS', value: 'true' },
                // The subgraphs' keys, to refuse a bad token once and cache signed-in answers by
                // class (gateway/src/authentication.ts).
                ...tokenKeysEnv('gateway-secrets'),
                // The scraper's, which opens /metrics alone; without it they are served to nobody.
                {
                  name: 'METRICS_SECRET',
                  ...optionalSecretRef('gateway-secrets', 'METRICS_SECRET'),
                },
                ...subgraphs.flatMap((s) => {
                  const upper = s.name.toUpperCase();
                  return [
                    { name: `${upper}_SUBGRAPH_URL`, value: `http://${s.name}:${s.port}/graphql` },
                    {
                      name: `${upper}_GATEWAY_SECRET`,
                      ...secretRef('gateway-secrets', `${upper}_GATEWAY_SECRET`),
                    },
                  ];
                }),
              ],
              ...probes('/health'),
              resources: gatewayResources,
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, publicKeyVolumeMount],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }, publicKeyVolume],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'gateway', labels: labels('gateway', 'gateway') },
    spec: {
      selector: selector('gateway'),
      ports: [{ name: 'http', port: 4000, targetPort: 'http' }],
    },
  };
  const disruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'gateway', labels: labels('gateway', 'gateway') },
    spec: { minAvailable: 1, selector: { matchLabels: selector('gateway') } },
  };
  const autoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'gateway', labels: labels('gateway', 'gateway') },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' },
      minReplicas: 2,
      maxReplicas: 6,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  };
  return [deployment, service, disruptionBudget, autoscaler];
}
