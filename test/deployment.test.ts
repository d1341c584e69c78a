import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { databaseService, deploymentFiles } from '../scripts/deployment-files.js';
import { subgraphs } from '../subgraphs/regions.js';

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<
    string,
    {
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }>;
      expose?: string[];
      command?: string[];
      healthcheck?: { test: string[] };
      volumes?: string[];
      secrets?: { source: string; target: string }[];
    }
  >;
  volumes: Record<string, unknown>;
  secrets?: Record<string, { file?: string; environment?: string }>;
};

/**
 * The Compose Specification's own JSON schema (test/fixtures/compose-spec.NOTICE says which): no npm
 * package carries a current copy, so it is kept beside the tests. It is written for draft-07 under
 * its https address, which Ajv knows by its http one.
 */
function composeSpecValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(
    createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-07.json'),
    'https://json-schema.org/draft-07/schema',
  );
  return ajv.compile(
    JSON.parse(readFileSync(new URL('fixtures/compose-spec.json', import.meta.url), 'utf8')),
  );
}

describe('deployment files', () => {
  it('docker-compose.yml follows the Compose Specification, which refuses a broken copy of it', () => {
    const validate = composeSpecValidator();
    expect(validate(compose), JSON.stringify(validate.errors)).toBe(true);
    const broken = (change: (gateway: Record<string, unknown>) => void) => {
      const copy = structuredClone(compose) as unknown as {
        services: Record<string, Record<string, unknown>>;
      };
      change(copy.services.gateway!);
      return copy;
    };
    expect(validate(broken((gateway) => (gateway.depends_on = 'beijing')))).toBe(false);
    expect(validate(broken((gateway) => (gateway.healthcheck = { test: 5 })))).toBe(false);
    expect(validate(broken((gateway) => (gateway.restart_policy = 'always')))).toBe(false);
  });

  it.each(
    deploymentFiles().map(
      ([file, content]) => [file.pathname.split('/').pop()!, file, content] as const,
    ),
  )('%s is current (run `npm run deployment-files` when this fails)', (_, file, content) => {
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it.each(subgraphs.map((s) => [s.name, s] as const))(
    'docker-compose gives %s its service, database, port and secret',
    (name, subgraph) => {
      const upper = name.toUpperCase();
      const service = compose.services[name]!;
      const database = compose.services[databaseService(name)]!;
      expect(service.command).toEqual(['subgraphs/main.ts', name]);
      expect(service.environment!.PORT).toBe(String(subgraph.port));
      expect(service.expose).toEqual([String(subgraph.port)]);
      expect(service.environment![`${upper}_DATABASE_URL`]).toContain(
        `@${databaseService(name)}:5432/${subgraph.database}`,
      );
      expect(service.environment![`${upper}_GATEWAY_SECRET`]).toContain(`${upper}_GATEWAY_SECRET`);
      expect(service.depends_on![databaseService(name)]).toEqual({ condition: 'service_healthy' });
      // Healthy once its own port says it is ready (its database answers), not merely started.
      expect(service.healthcheck?.test).toEqual([
        'CMD',
        'node',
        '-e',
        expect.stringContaining(`fetch('http://127.0.0.1:${subgraph.port}/ready')`),
      ]);
      expect(database.environment!.POSTGRES_DB).toBe(subgraph.database);
      // Its data in a named volume of its own, which outlives the container.
      expect(database.volumes).toContain(`${databaseService(name)}-data:/var/lib/postgresql/data`);
      expect(Object.keys(compose.volumes)).toContain(`${databaseService(name)}-data`);
      const gateway = compose.services.gateway!;
      expect(gateway.environment![`${upper}_SUBGRAPH_URL`]).toBe(
        `http://${name}:${subgraph.port}/graphql`,
      );
      expect(gateway.environment![`${upper}_GATEWAY_SECRET`]).toBe(
        service.environment![`${upper}_GATEWAY_SECRET`],
      );
      expect(gateway.depends_on![name]).toEqual({ condition: 'service_started' });
    },
  );

  it('gives each service only its own secrets', () => {
    for (const subgraph of subgraphs) {
      const service = compose.services[subgraph.name] as {
        env_file?: unknown;
        environment: Record<string, string>;
      };
      expect(service.env_file, subgraph.name).toBeUndefined();
      const others = subgraphs
        .filter((s) => s.name !== subgraph.name)
        .map((s) => s.name.toUpperCase());
      const leaked = Object.entries(service.environment).filter(([key, value]) =>
        others.some(
          (o) =>
            key.startsWith(`${o}_`) ||
            value.includes(`${o}_DB_PASSWORD`) ||
            value.includes(`${o}_GATEWAY_SECRET`),
        ),
      );
      expect(leaked, subgraph.name).toEqual([]);
    }
    const gateway = compose.services.gateway as {
      env_file?: unknown;
      environment: Record<string, string>;
    };
    expect(gateway.env_file).toBeUndefined();
    expect(
      Object.values(gateway.environment).some(
        (value) => value.includes('_DB_PASSWORD') || value.includes('JWT_SECRET'),
      ),
    ).toBe(false);
  });

  it('gives no service a key that signs tokens: no JWT_SECRET, no private key', () => {
    // An HS256 secret signs as well as verifies: whoever held a region's host could sign a token for
    // any region's editor, or an admin's. The private key stays with whoever issues tokens.
    const signing = /JWT_SECRET|PRIVATE_KEY/;
    for (const [name, service] of Object.entries(compose.services)) {
      expect((service as { env_file?: unknown }).env_file, name).toBeUndefined();
      const environment = Object.entries(service.environment ?? {});
      expect(
        environment.filter(([key, value]) => signing.test(key) || signing.test(value)),
        name,
      ).toEqual([]);
      for (const { source } of service.secrets ?? [])
        expect(compose.secrets?.[source], `${name}: ${source}`).toEqual({
          file: './secrets/jwt-public.pem',
        });
    }
    expect(readFileSync(new URL('../.env.example', import.meta.url), 'utf8')).not.toMatch(
      /^\s*(JWT_SECRET|JWT_PRIVATE_KEY_FILE)=/m,
    );
  });

  it.each(['gateway', ...subgraphs.map((s) => s.name)])(
    'docker-compose gives %s the public key, mounted where its JWT_PUBLIC_KEY_FILE says',
    (name) => {
      const service = compose.services[name]!;
      const path = service.environment!.JWT_PUBLIC_KEY_FILE;
      expect(path).toMatch(/^\//);
      const mount = service.secrets?.find(({ target }) => target === path);
      expect(mount, `${name} mounts nothing at ${path}`).toBeDefined();
      expect(compose.secrets?.[mount!.source]).toEqual({ file: './secrets/jwt-public.pem' });
    },
  );

  it.each(['gateway', ...subgraphs.map((s) => s.name)])(
    "docker-compose gives %s the scraper's METRICS_SECRET, which opens its /metrics alone",
    (name) => {
      expect(compose.services[name]!.environment!.METRICS_SECRET).toBe('${METRICS_SECRET:-}');
    },
  );

  it('has no service that the list of regions does not imply, besides the optional Redis', () => {
    const expected = [
      'gateway',
      'redis',
      ...subgraphs.flatMap((s) => [s.name, databaseService(s.name)]),
    ].sort();
    expect(Object.keys(compose.services).sort()).toEqual(expected);
    expect((compose.services.redis as { profiles?: string[] }).profiles).toEqual(['redis']);
  });
});
