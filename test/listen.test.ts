import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';

describe('a server that is told to close', () => {
  it('finishes writing an answer that has ended but is still being written, on a keep-alive connection', async () => {
    // More than the kernel's socket buffers on both sides hold, so that part of it waits in the process.
    const size = 32 * 1024 * 1024;
    const app = express();
    let closed: Promise<void> | undefined;
    let closeCalled = () => {};
    const closing = new Promise<void>((resolve) => (closeCalled = resolve));
    app.get('/small', (_req, res) => void res.send('ok'));
    // Close right after the answer has ended, while most of it is still waiting to be written.
    app.get('/big', (_req, res) => {
      res.end(Buffer.alloc(size, 'x'));
      setImmediate(() => {
        closed = listening.close();
        closeCalled();
      });
    });
    const listening: Listening = await listen(app, 0);
    const base = `http://127.0.0.1:${listening.port}`;
    expect(await (await fetch(`${base}/small`)).text()).toBe('ok');

    const reader = (await fetch(`${base}/big`)).body!.getReader();
    // Nothing is read until the server is closing: the answer then waits in the process, since the
    // sockets' buffers hold far less, and must still arrive whole. No reading pace is needed, so
    // the test takes as long as copying 32 MB, however busy the machine.
    await closing;
    let received = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      received += chunk.value.length;
    expect(received).toBe(size);
    await closed;
    await expect(fetch(`${base}/small`)).rejects.toThrow();
    // A ceiling, not a timing: copying 32 MB takes seconds on a busy machine, and the closing server
    // then waits for the client's keep-alive connection to end (Node's keepAliveTimeout, 5 s).
  }, 60_000);
});
