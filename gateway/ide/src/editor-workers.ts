/**
 * The editor's language workers, built beside the page (see scripts/build-ide.ts): loaded from the
 * gateway itself, never from a CDN, so that the IDE works offline and under the page's CSP.
 */
export function setUpEditorWorkers(): void {
  const worker = (name: string) => new Worker(new URL(`${name}.worker.js`, location.href));
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === 'json') return worker('json');
      if (label === 'graphql') return worker('graphql');
      return worker('editor');
    },
  };
}
