import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { listen } from '../shared/listen.js';
import { gatewayObjects } from '../scripts/kubernetes-workloads.js';
import {
  composeEnvironment,
  deploymentKeys,
  imageEnvironment,
  kubernetesEnvironment,
  secretFor,
} from './deployment-environment.js';
import { bearer, graphql } from './harness.js';
import { useStubSubgraphs } from './stub-subgraphs.js';

/**
 * The gateway started as the deployment files start it: in production (the image's `ENV`), with
 * exactly the environment docker-compose.yml or the Kubernetes Deployment gives it, a value for
 * each secret it requires, and nothing of this process's. Only the subgraphs' addresses are the
 * stubs'. A setting the gateway requires in production and the files leave out fails here, not
 * on a host.
 */
const stubs = useStubSubgraphs({
  fields: { measure: (region) => ({ value: region.provinceCode.length }), targets: () => [] },
});
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function answers(env: Record<string, string>) {
  const gateway = await createGateway({
    subgraphUrls: stubs().urls,
    env: { ...imageEnvironment(), ...env, LOG_LEVEL: 'silent' },
  });
  const listening = await listen(gateway.app, 0);
  stop = async () => {
    await listening.close();
    await gateway.stop();
  };
  const national = `{ registries { code measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;
  const anonymous = await graphql(listening.url, national);
  // Signed with the private key the files give no service: the gateway verifies it with the public one.
  const token = await bearer(
    { role: 'analyst' },
    { JWT_PRIVATE_KEY_FILE: deploymentKeys().privateKey },
  );
  const signedIn = await graphql(listening.url, national, {}, token);
  // Signed with a shared HS256 secret, as the files once gave every service: no key here verifies it.
  const bySecret = await bearer(
    { role: 'admin' },
    { NODE_ENV: 'production', JWT_SECRET: secretFor('JWT_SECRET') },
  );
  const forged = await graphql(listening.url, national, {}, bySecret);
  return { anonymous, signedIn, forged };
}

describe('the gateway as the deployment files start it', () => {
  it('starts with docker-compose.yml’s environment and answers, anonymous and signed in', async () => {
    const env = composeEnvironment('gateway');
    // Read as compose reads it: a required secret given, a default taken (the response cache on).
    expect(env.NINGXIA_GATEWAY_SECRET).toBe(secretFor('NINGXIA_GATEWAY_SECRET'));
    expect(env.RESPONSE_CACHE).toBe('on');
    const { anonymous, signedIn, forged } = await answers(env);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.registries).toHaveLength(6);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.registries).toHaveLength(6);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('starts with the Kubernetes Deployment’s environment and answers, anonymous and signed in', async () => {
    const env = kubernetesEnvironment(gatewayObjects());
    const { anonymous, signedIn, forged } = await answers(env);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.registries).toHaveLength(6);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.registries).toHaveLength(6);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
