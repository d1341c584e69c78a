import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { publicKeySecret } from '../scripts/token-keys.js';

/**
 * The environment a program of the deployment files starts with, as those files give it: the
 * image's `ENV` (Dockerfile), then its service's in docker-compose.yml or its container's in a
 * Kubernetes object, with a value for each secret the operator sets and nothing of this process's.
 * A file the files mount from a secret (the public key tokens are verified with) is a file of the
 * test's, named in place of the path the service's environment gives: the path must be where the
 * files mount it, or the service reads a file that is not there and does not start.
 */

/** A value for a secret the operator sets: long enough for any rule on its length. */
export const secretFor = (name: string) => `test-value-of-${name}`.padEnd(40, '-');

/**
 * The key pair of the deployment under test, made once per file in the run's temporary folder: the
 * services get the public key where the files mount it, and tokens are signed with the private
 * key, as whoever issues them does.
 */
let keyFiles: { publicKey: string; privateKey: string } | undefined;
export function deploymentKeys(): { publicKey: string; privateKey: string } {
  if (keyFiles) return keyFiles;
  const folder = mkdtempSync(path.join(tmpdir(), 'deployment-keys-'));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  keyFiles = {
    publicKey: path.join(folder, 'jwt-public.pem'),
    privateKey: path.join(folder, 'jwt-private.pem'),
  };
  writeFileSync(keyFiles.publicKey, publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(keyFiles.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return keyFiles;
}

/** The test's file for a file the deployment files mount from a secret the operator provides. */
function mountedFile(secret: string): string {
  if (secret === publicKeySecret) return deploymentKeys().publicKey;
  throw new Error(`A file mounted from the secret ${secret}, which this test does not provide`);
}

/** `env` with each value that is the path of a mounted file (`mounts`: path → secret) made the test's file. */
const withMountedFiles = (env: Record<string, string>, mounts: Map<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([name, value]) => {
      const secret = mounts.get(value);
      return [name, secret === undefined ? value : mountedFile(secret)];
    }),
  );

/** The image's `ENV` lines of the Dockerfile. */
export function imageEnvironment(): Record<string, string> {
  const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
  return Object.fromEntries(
    [...dockerfile.matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs]) =>
      pairs!.split(/\s+/).map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at), pair.slice(at + 1)];
      }),
    ),
  );
}

/**
 * docker-compose.yml's services' environments as compose interpolates them when the operator's
 * `.env` sets each variable that some `${NAME:?message}` requires (to `secretFor(NAME)`) and no
 * other: `${NAME:-default}` then gives the variable or the default, `${NAME}` the variable or
 * nothing. A form this reading does not know fails, rather than being read wrong.
 */
function composeEnvironments(): Record<string, Record<string, string>> {
  const text = readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8');
  const set = new Set([...text.matchAll(/\$\{(\w+):\?/g)].map(([, name]) => name!));
  const valueOf = (name: string) => (set.has(name) ? secretFor(name) : undefined);
  const interpolated = (name: string, value: unknown): string => {
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`${name}: a value of compose this test does not read (${String(value)})`);
    const read = String(value).replace(
      /\$\{(\w+)(?:(:-)([^}$]*)|:\?[^}$]*)?\}/g,
      (_, variable: string, hasDefault: string | undefined, fallback: string | undefined) =>
        valueOf(variable) ?? (hasDefault ? fallback! : ''),
    );
    if (read.includes('$'))
      throw new Error(`${name}: a form of compose interpolation this test does not read: ${value}`);
    return read;
  };
  const compose = parse(text) as {
    services: Record<
      string,
      { environment?: Record<string, unknown>; secrets?: { source: string; target: string }[] }
    >;
  };
  return Object.fromEntries(
    Object.entries(compose.services).map(([service, { environment = {}, secrets = [] }]) => [
      service,
      withMountedFiles(
        Object.fromEntries(
          Object.entries(environment).map(([name, value]) => [name, interpolated(name, value)]),
        ),
        new Map(secrets.map(({ source, target }) => [target, source])),
      ),
    ]),
  );
}

/** A service's environment in docker-compose.yml, interpolated. */
export function composeEnvironment(service: string): Record<string, string> {
  return composeEnvironments()[service]!;
}

interface KubernetesObject {
  kind: string;
  spec?: {
    template?: {
      spec: {
        containers: {
          env: {
            name: string;
            value?: string;
            valueFrom?: { secretKeyRef?: { optional?: boolean } };
          }[];
          volumeMounts?: { name: string; mountPath: string }[];
        }[];
        volumes?: {
          name: string;
          secret?: { secretName: string; items?: { key: string; path: string }[] };
        }[];
      };
    };
  };
}

/**
 * The environment of the first container of the Deployment among `objects`: a value for each key of
 * a secret it requires, none for an optional one (the operator's secret may leave it out), and the
 * test's file for each file it mounts from a secret.
 */
export function kubernetesEnvironment(objects: object[]): Record<string, string> {
  const deployment = (objects as KubernetesObject[]).find((o) => o.kind === 'Deployment')!;
  const pod = deployment.spec!.template!.spec;
  const container = pod.containers[0]!;
  const mounts = new Map(
    (container.volumeMounts ?? []).flatMap(({ name, mountPath }) => {
      const secret = pod.volumes?.find((volume) => volume.name === name)?.secret;
      return (secret?.items ?? []).map(
        ({ path: file }) => [`${mountPath}/${file}`, secret!.secretName] as const,
      );
    }),
  );
  return withMountedFiles(
    Object.fromEntries(
      container.env
        .filter(({ valueFrom }) => !valueFrom?.secretKeyRef?.optional)
        .map(({ name, value, valueFrom }) => [name, valueFrom ? secretFor(name) : value!]),
    ),
    mounts,
  );
}
