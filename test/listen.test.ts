import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';

describe('a server that is told to close', () => {
  it('finishes writing an answer that has ended but is still being written, on a keep-alive connection', async () => {
    // More than the kernel's socket buffers on both sides hold, so that part of it waits in the process.
    const size = 32 * 1024 * 1024;
    const app = express();
    let closed: Promise<void> | undefined;
    app.get('/small', (_req, res) => void res.send('ok'));
    // Close right after the answer has ended, while most of it is still waiting to be written.
    app.get('/big', (_req, res) => {
      res.end(Buffer.alloc(size, 'x'));
      setImmediate(() => (closed = listening.close()));
    });
    const listening: Listening = await listen(app, 0);
    const base = `http://127.0.0.1:${listening.port}`;
    expect(await (await fetch(`${base}/small`)).text()).toBe('ok');

    const reader = (await fetch(`${base}/big`)).body!.getReader();
    let received = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.length;
      await sleep(1);
    }
    expect(received).toBe(size);
    await closed;
    await expect(fetch(`${base}/small`)).rejects.toThrow();
  });
});
