import { existsSync, readFileSync } from 'node:fs';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob } from 'kubernetes-models/batch/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { imageName, imageTag } from '../scripts/image-tag.js';
import { kubernetesFiles } from '../scripts/kubernetes-manifests.js';
import { subgraphs } from '../subgraphs/regions.js';

/**
 * deploy/kubernetes/ validated against Kubernetes' own JSON schemas, which the kubernetes-models
 * package carries (generated from the Kubernetes API's OpenAPI document), and in step with the list
 * of regions; `test/deployment.test.ts` checks that the files are what `npm run deployment-files`
 * writes now.
 */
type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: Record<string, any>;
};
const models: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'v1/Service': Service,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'batch/v1/CronJob': CronJob,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};
const folder = new URL('../deploy/kubernetes/', import.meta.url);
const manifests: Manifest[] = Object.keys(kubernetesFiles())
  .filter((path) => path.endsWith('.yaml') && !path.endsWith('kustomization.yaml'))
  .flatMap((path) =>
    parseAllDocuments(readFileSync(new URL(path, folder), 'utf8')).map(
      (document) => document.toJSON() as Manifest,
    ),
  );
const find = (kind: string, name: string) =>
  manifests.find((m) => m.kind === kind && m.metadata.name === name);
const validate = (manifest: Manifest) => {
  const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) throw new Error(`No schema for ${manifest.apiVersion} ${manifest.kind}`);
  new Model(manifest).validate();
};

describe('Kubernetes manifests', () => {
  it('every object follows the Kubernetes schema of its kind, which refuses a broken copy', () => {
    expect(manifests.length).toBeGreaterThan(subgraphs.length * 3);
    for (const manifest of manifests) expect(() => validate(manifest)).not.toThrow();
    const deployment = structuredClone(find('Deployment', 'gateway')!);
    deployment.spec.replicas = 'two';
    expect(() => validate(deployment)).toThrow();
    const service = structuredClone(find('Service', 'gateway')!);
    service.spec.ports = [{ name: 'http' }];
    expect(() => validate(service)).toThrow();
  });

  it('every file a kustomization names exists', () => {
    for (const path of Object.keys(kubernetesFiles()).filter((p) =>
      p.endsWith('kustomization.yaml'),
    )) {
      const kustomization = parse(readFileSync(new URL(path, folder), 'utf8')) as {
        resources: string[];
      };
      for (const resource of kustomization.resources)
        expect(existsSync(new URL(resource, new URL(path, folder))), `${path}: ${resource}`).toBe(
          true,
        );
    }
  });

  it.each(subgraphs.map((s) => [s.name, s] as const))(
    '%s has its Deployment with probes, its Service, its own Secret, and admits only the gateway',
    (name, subgraph) => {
      const deployment = find('Deployment', name)!;
      const container = deployment.spec.template.spec.containers[0];
      expect(container.image).toBe(`${imageName}:${imageTag()}`);
      expect(container.args).toEqual(['subgraphs/main.ts', name]);
      expect(container.readinessProbe.httpGet.path).toBe('/ready');
      expect(container.livenessProbe.httpGet.path).toBe('/health');
      expect(container.resources.requests).toBeDefined();
      expect(container.resources.limits).toBeDefined();
      const secrets = new Set(
        container.env
          .map((e: { valueFrom?: { secretKeyRef: { name: string } } }) => e.valueFrom)
          .filter(Boolean)
          .map((v: { secretKeyRef: { name: string } }) => v.secretKeyRef.name),
      );
      expect([...secrets]).toEqual([`${name}-secrets`]);
      expect(find('Service', name)!.spec.ports[0].port).toBe(subgraph.port);
      const policy = find('NetworkPolicy', `${name}-from-gateway-only`)!;
      expect(policy.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
      expect(policy.spec.ingress).toEqual([
        {
          from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }],
          ports: [{ protocol: 'TCP', port: subgraph.port }],
        },
      ]);
      const gateway = find('Deployment', 'gateway')!.spec.template.spec.containers[0];
      const url = gateway.env.find(
        (e: { name: string }) => e.name === `${name.toUpperCase()}_SUBGRAPH_URL`,
      );
      expect(url.value).toBe(`http://${name}:${subgraph.port}/graphql`);
    },
  );

  it.each(subgraphs.map((s) => [s.name] as const))(
    '%s keeps its backups on a claim of its own, which its pod and its nightly CronJob mount',
    (name) => {
      const claim = find('PersistentVolumeClaim', `${name}-backups`)!;
      expect(claim.spec.accessModes).toEqual(['ReadWriteOnce']);
      const backupsOf = (pod: { volumes: { name: string }[] }) =>
        pod.volumes.find((volume) => volume.name === 'backups');
      const deployment = find('Deployment', name)!;
      const pod = deployment.spec.template.spec;
      expect(backupsOf(pod)).toEqual({
        name: 'backups',
        persistentVolumeClaim: { claimName: `${name}-backups` },
      });
      expect(pod.containers[0].volumeMounts).toContainEqual({
        name: 'backups',
        mountPath: '/backups',
      });
      // A ReadWriteOnce claim is let go by the old pod before the new one mounts it.
      expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
      const cronJob = find('CronJob', `${name}-backup`)!;
      expect(cronJob.spec.concurrencyPolicy).toBe('Forbid');
      const job = cronJob.spec.jobTemplate.spec.template.spec;
      expect(backupsOf(job)).toEqual(backupsOf(pod));
      // Beside the subgraph's pod, on the node that has the claim attached.
      expect(
        job.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector,
      ).toEqual({ matchLabels: { 'app.kubernetes.io/name': name } });
      expect(job.containers[0].command.join(' ')).toContain(
        `scripts/backup.ts --region ${name} --out /backups/${name}-`,
      );
      const secrets = job.containers[0].env.map(
        (e: { valueFrom: { secretKeyRef: { name: string } } }) => e.valueFrom.secretKeyRef.name,
      );
      expect(secrets).toEqual([`${name}-secrets`]);
    },
  );

  /** The pod of every workload: Deployments, StatefulSets and the CronJobs' jobs. */
  const pods = () =>
    manifests.flatMap((m) => {
      if (m.kind === 'CronJob') return [[m.metadata.name, m.spec.jobTemplate.spec.template.spec]];
      return m.spec.template ? [[m.metadata.name, m.spec.template.spec]] : [];
    }) as [string, any][];

  it('gives no pod a key that signs tokens: no JWT_SECRET, no private key, no Secret taken whole', () => {
    // An HS256 secret signs as well as verifies: whoever held a region's pod could sign a token for
    // any region's editor, or an admin's. The private key stays with whoever issues tokens.
    const signing = /JWT_SECRET|PRIVATE|private/;
    expect(pods().length).toBeGreaterThan(subgraphs.length * 2);
    for (const [name, pod] of pods()) {
      for (const container of [...pod.containers, ...(pod.initContainers ?? [])]) {
        // envFrom would hand the pod every key an operator puts in the Secret, JWT_SECRET included.
        expect(container.envFrom, name).toBeUndefined();
        for (const { name: variable, valueFrom } of container.env ?? []) {
          expect(variable, name).not.toMatch(signing);
          expect(valueFrom?.secretKeyRef?.key ?? '', `${name}: ${variable}`).not.toMatch(signing);
        }
      }
      for (const volume of pod.volumes ?? []) {
        if (!volume.secret) continue;
        expect(volume.secret.secretName, name).not.toMatch(signing);
        // Only the keys named: a Secret mounted whole would give whatever else it holds.
        expect(volume.secret.items, `${name}: ${volume.name}`).toBeDefined();
        for (const item of volume.secret.items) expect(item.key, name).not.toMatch(signing);
      }
    }
    const files = kubernetesFiles();
    for (const [path, content] of Object.entries(files).filter(([p]) => p.includes('secrets/')))
      expect(content, path).not.toMatch(/^\s*(JWT_SECRET|JWT_PRIVATE_KEY_FILE)=/m);
    const production = parse(files['overlays/production/kustomization.yaml']!) as {
      secretGenerator: { name: string; files?: string[] }[];
    };
    expect(production.secretGenerator.flatMap((g) => g.files ?? [])).toEqual([
      'jwt-public.pem=secrets/jwt-public.pem',
    ]);
  });

  it.each(['gateway', ...subgraphs.map((s) => s.name)])(
    "%s's pod has the public key's Secret mounted, read-only, where its JWT_PUBLIC_KEY_FILE says",
    (name) => {
      const pod = find('Deployment', name)!.spec.template.spec;
      const container = pod.containers[0];
      const path: string = container.env.find(
        (e: { name: string }) => e.name === 'JWT_PUBLIC_KEY_FILE',
      ).value;
      const mount = container.volumeMounts.find((m: { mountPath: string }) =>
        path.startsWith(`${m.mountPath}/`),
      );
      expect(mount, `${name} mounts nothing above ${path}`).toBeDefined();
      expect(mount.readOnly).toBe(true);
      const volume = pod.volumes.find((v: { name: string }) => v.name === mount.name);
      expect(volume.secret).toEqual({
        secretName: 'jwt-public-key',
        items: [{ key: 'jwt-public.pem', path: path.slice(mount.mountPath.length + 1) }],
      });
      const production = parse(kubernetesFiles()['overlays/production/kustomization.yaml']!) as {
        secretGenerator: { name: string; files?: string[] }[];
      };
      expect(production.secretGenerator).toContainEqual({
        name: 'jwt-public-key',
        files: ['jwt-public.pem=secrets/jwt-public.pem'],
      });
    },
  );

  it.each(['gateway', ...subgraphs.map((s) => s.name)])(
    "%s's pod takes the scraper's METRICS_SECRET from its own Secret, when that holds one",
    (name) => {
      const container = find('Deployment', name)!.spec.template.spec.containers[0];
      expect(container.env.find((e: { name: string }) => e.name === 'METRICS_SECRET')).toEqual({
        name: 'METRICS_SECRET',
        valueFrom: {
          secretKeyRef: { name: `${name}-secrets`, key: 'METRICS_SECRET', optional: true },
        },
      });
    },
  );

  it('the gateway has a disruption budget and an autoscaler, and no deployment outside the list', () => {
    expect(find('PodDisruptionBudget', 'gateway')!.spec.minAvailable).toBe(1);
    expect(find('HorizontalPodAutoscaler', 'gateway')!.spec.scaleTargetRef.name).toBe('gateway');
    expect(
      manifests
        .filter((m) => m.kind === 'Deployment')
        .map((m) => m.metadata.name)
        .sort(),
    ).toEqual(['gateway', ...subgraphs.map((s) => s.name)].sort());
  });
});
