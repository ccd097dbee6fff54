import net from 'node:net';
import { HTTP_LIMITS } from '../../../main/web/http-limits';
import { startWebHost, type WebHost } from '../../../main/web/server';
import { createTestCore, makeTempDir, type TestCore } from '../../support/temp-core';

/** What the server sent on a raw socket, once it closed it (or `waitMs` passed). */
function readUntilClosed(
  socket: net.Socket,
  waitMs: number,
): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    const timer = setTimeout(() => resolve({ text, closed: false }), waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.on('error', () => undefined);
  });
}

function connect(host: WebHost): Promise<net.Socket> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('browser host connection limits', () => {
  let test: TestCore;
  let host: WebHost;

  beforeAll(async () => {
    test = createTestCore();
    host = await startWebHost({
      core: test.core,
      rendererDir: makeTempDir(),
      limits: {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
        keepAliveTimeoutMs: 200,
        connectionsCheckingIntervalMs: 50,
        maxConnections: 3,
      },
    });
  });

  afterAll(async () => {
    await host.close();
    await test.cleanUp();
  });

  const hostLine = () => `Host: ${new URL(host.origin).host}\r\n`;

  it('cuts off a client that trickles its headers', async () => {
    const socket = await connect(host);
    socket.write(`GET / HTTP/1.1\r\n${hostLine()}X-Slow: `);
    const { text, closed } = await readUntilClosed(socket, 3_000);
    expect(closed).toBe(true);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client that trickles its body', async () => {
    const socket = await connect(host);
    const started = Date.now();
    socket.write(
      `POST /api/getVaultStatus HTTP/1.1\r\n${hostLine()}X-Circlekeeper-Token: ${host.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    // A byte now and then keeps the socket busy: only the whole-request limit can end it.
    const drip = setInterval(() => socket.write(' '), 100);
    const { text, closed } = await readUntilClosed(socket, 3_000);
    clearInterval(drip);
    expect(closed).toBe(true);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('closes an idle kept-alive connection', async () => {
    const socket = await connect(host);
    socket.write(`GET /missing HTTP/1.1\r\n${hostLine()}\r\n`);
    const { text, closed } = await readUntilClosed(socket, 3_000);
    expect(text).toMatch(/^HTTP\/1\.1 404/);
    expect(closed).toBe(true);
  });

  it('refuses connections beyond its cap', async () => {
    const held = await Promise.all([connect(host), connect(host), connect(host)]);
    const extra = await connect(host);
    const { closed } = await readUntilClosed(extra, 1_000);
    expect(closed).toBe(true);
    expect(held.map((socket) => socket.readyState)).toEqual(['open', 'open', 'open']);
    held.forEach((socket) => socket.destroy());
  });
});

describe('browser host limits for real use', () => {
  it('is far stricter than Node’s internet defaults, yet roomy for a browser on this PC', () => {
    expect(HTTP_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(HTTP_LIMITS.requestTimeoutMs).toBeGreaterThanOrEqual(HTTP_LIMITS.headersTimeoutMs);
    expect(HTTP_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(HTTP_LIMITS.connectionsCheckingIntervalMs).toBeLessThanOrEqual(1_000);
    // Chromium opens up to 6 connections per host and profile.
    expect(HTTP_LIMITS.maxConnections).toBeGreaterThanOrEqual(4 * 6);
  });
});
