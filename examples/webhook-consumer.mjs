// A webhook consumer of the Subscriptions Inventory events: verifies each delivery's signature, handles each event
// once, and answers 2xx only when it has handled it (any other answer makes the service retry).
//
//   WEBHOOK_SECRET=<the secret answered by POST /v2/orgs/{org}/hub> PORT=4000 node examples/webhook-consumer.mjs
//
// Register it with POST /v2/orgs/{org}/hub {"callback": "http://<this host>:4000/events"} (a callback on localhost
// or a private address needs HUB_ALLOW_PRIVATE_TARGETS=true on the service), then put WEBHOOK_SECRET in place.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/** Signatures older (or newer) than this are refused, so a captured delivery cannot be replayed later. */
const TOLERANCE_SECONDS = 300;

/**
 * Checks `x-inventory-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>` against the raw body
 * exactly as received (a re-serialised JSON document would not match).
 */
export function verifySignature(header, rawBody, secret, nowSeconds = Date.now() / 1000) {
  const fields = Object.fromEntries(
    String(header ?? '')
      .split(',')
      .map((part) => {
        const equals = part.indexOf('=');
        return [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
      }),
  );
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${fields.t}.${rawBody}`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** An HTTP server that hands each verified event to `onEvent` once. */
export function createConsumer(secret, onEvent) {
  // Delivery is at least once: an event may arrive again (same event_id). A real consumer keeps this durably.
  const handled = new Set();
  return http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (request.method !== 'POST') return response.writeHead(405).end();
      if (!verifySignature(request.headers['x-inventory-signature'], raw, secret)) return response.writeHead(401).end();
      const event = JSON.parse(raw);
      try {
        if (!handled.has(event.event_id)) {
          await onEvent(event);
          handled.add(event.event_id);
        }
        response.writeHead(204).end();
      } catch (error) {
        console.error(`event ${event.event_id} failed, the service will retry it: ${error.message}`);
        response.writeHead(500).end();
      }
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    console.error('set WEBHOOK_SECRET to the secret answered by POST /v2/orgs/{org}/hub');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4000);
  const consumer = createConsumer(secret, (event) => {
    console.log(`#${event.sequence} ${event.event_type} ${event.resource.kind} ${event.resource.id} v${event.resource_version} by ${event.identity.system}/${event.identity.user}`);
  });
  consumer.listen(port, () => console.log(`webhook consumer listening on port ${port}`));
}
