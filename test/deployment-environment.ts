import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The environment a program of the deployment files starts with, as those files give it: the
 * image's `ENV` (Dockerfile), then its service's in docker-compose.yml or its container's in a
 * Kubernetes object, with a value for each secret the operator sets and nothing of this process's.
 */

/** A value for a secret the operator sets: long enough for any rule on its length. */
export const secretFor = (name: string) => `test-value-of-${name}`.padEnd(40, '-');

/** The image's `ENV` line of the Dockerfile. */
export function imageEnvironment(): Record<string, string> {
  const line = /^ENV (.+)$/m.exec(readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8'));
  return Object.fromEntries(
    line![1]!.split(/\s+/).map((pair) => pair.split('=') as [string, string]),
  );
}

/** Compose's interpolation of `${NAME:-default}` and `${NAME:?message}`, with no variable set. */
function interpolated(value: string): string {
  return value.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (whole, name: string, fallback) =>
    fallback !== undefined ? (fallback as string) : whole.includes(':?') ? secretFor(name) : '',
  );
}

/** A service's environment in docker-compose.yml, interpolated. */
export function composeEnvironment(service: string): Record<string, string> {
  const compose = parse(
    readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'),
  ) as {
    services: Record<string, { environment: Record<string, string> }>;
  };
  return Object.fromEntries(
    Object.entries(compose.services[service]!.environment).map(([name, value]) => [
      name,
      interpolated(String(value)),
    ]),
  );
}

interface KubernetesObject {
  kind: string;
  spec?: {
    template?: {
      spec: { containers: { env: { name: string; value?: string; valueFrom?: unknown }[] }[] };
    };
  };
}

/** The environment of the first container of the Deployment among `objects`. */
export function kubernetesEnvironment(objects: object[]): Record<string, string> {
  const deployment = (objects as KubernetesObject[]).find((o) => o.kind === 'Deployment')!;
  return Object.fromEntries(
    deployment.spec!.template!.spec.containers[0]!.env.map(({ name, value, valueFrom }) => [
      name,
      valueFrom ? secretFor(name) : value!,
    ]),
  );
}
