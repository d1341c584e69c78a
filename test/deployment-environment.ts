import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The environment a program of the deployment files starts with, as those files give it: the
 * image's `ENV` (Dockerfile), then its service's in docker-compose.yml or its container's in a
 * Kubernetes object, with a value for each secret the operator sets and nothing of this process's.
 */

/** A value for a secret the operator sets: long enough for any rule on its length. */
export const secretFor = (name: string) => `test-value-of-${name}`.padEnd(40, '-');

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
    services: Record<string, { environment?: Record<string, unknown> }>;
  };
  return Object.fromEntries(
    Object.entries(compose.services).map(([service, { environment = {} }]) => [
      service,
      Object.fromEntries(
        Object.entries(environment).map(([name, value]) => [name, interpolated(name, value)]),
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
        }[];
      };
    };
  };
}

/**
 * The environment of the first container of the Deployment among `objects`: a value for each key of
 * a secret it requires, none for an optional one (the operator's secret may leave it out).
 */
export function kubernetesEnvironment(objects: object[]): Record<string, string> {
  const deployment = (objects as KubernetesObject[]).find((o) => o.kind === 'Deployment')!;
  return Object.fromEntries(
    deployment
      .spec!.template!.spec.containers[0]!.env.filter(
        ({ valueFrom }) => !valueFrom?.secretKeyRef?.optional,
      )
      .map(({ name, value, valueFrom }) => [name, valueFrom ? secretFor(name) : value!]),
  );
}
