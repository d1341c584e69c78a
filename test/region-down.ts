import type { Stack } from '../scripts/stack.js';
import { createGateway } from '../gateway/src/gateway.js';
import { listen } from '../shared/listen.js';

/**
 * A gateway of the test's own before a stack's subgraphs, those named (a region's, the national
 * directory's) at an address where nothing listens, with no response cache to answer for them.
 */
export async function gatewayWithRegionDown(
  stack: Stack,
  ...down: string[]
): Promise<{ url: string; stop: () => Promise<void> }> {
  const urls = Object.fromEntries([...stack.subgraphs].map(([name, s]) => [name, s.url]));
  const nowhere = Object.fromEntries(down.map((name) => [name, 'http://127.0.0.1:9/graphql']));
  const gateway = await createGateway({
    subgraphUrls: { ...urls, ...nowhere },
    env: { ...process.env, RESPONSE_CACHE: 'off' },
  });
  const listening = await listen(gateway.app, 0);
  return {
    url: listening.url,
    stop: async () => {
      await listening.close();
      await gateway.stop();
    },
  };
}
