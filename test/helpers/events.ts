import { createHmac, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a test webhook receiver got, and the status it answered. */
export interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  body: any;
  status: number;
}

export interface Receiver {
  url: string;
  requests: Received[];
  /** The requests answered 2xx: the deliveries. */
  delivered(): Received[];
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1; `answer` picks each request's status from its event and the requests so far. */
export async function startReceiver(answer: (event: any, earlier: Received[]) => number = () => 200): Promise<Receiver> {
  const requests: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw);
      const status = answer(body, requests);
      requests.push({ headers: request.headers, raw, body, status });
      response.statusCode = status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    delivered: () => requests.filter((request) => request.status >= 200 && request.status < 300),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Checks `x-inventory-signature` the way a consumer does (see examples/webhook-consumer.mjs). */
export function signatureIsValid(received: Received, secret: string, toleranceSeconds = 300): boolean {
  const header = String(received.headers['x-inventory-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${received.raw}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Polls until `probe` answers something truthy. */
export async function eventually<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
