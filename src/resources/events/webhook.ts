import { createHmac } from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/** Loopback, private, link-local, shared, multicast and reserved ranges: never a webhook target by default. */
const PRIVATE_RANGES = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE_RANGES.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 127], // unspecified and loopback
  // (An IPv4-mapped address, ::ffff:a.b.c.d, is checked against the IPv4 ranges by BlockList itself.)
  ['64:ff9b::', 96], // NAT64: the IPv4 address behind it could be a private one
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE_RANGES.addSubnet(address, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return PRIVATE_RANGES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL host that is `localhost` (or under it) or a loopback/private IP literal. Resolves no DNS. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host);
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export function signatureHeader(secret: string, body: string, atMs = Date.now()): string {
  const timestamp = Math.floor(atMs / 1000);
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

export type DeliveryOutcome = { ok: true } | { ok: false; error: string };

/** Resolves like the system does, but refuses a name that resolves to a private address: checked where it connects. */
export function lookupPublicOnly(hostname: string, options: dns.LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to the private address ${refused.address}`), { code: 'EPRIVATE' }), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * POSTs one event to a callback. Any 2xx is delivered; anything else (another status, a redirect, a timeout, a
 * refused private address) is a failed attempt with a short reason.
 */
export function postEvent(
  callback: string,
  body: string,
  headers: Record<string, string>,
  options: { allowPrivateTargets: boolean; timeoutMs: number },
): Promise<DeliveryOutcome> {
  return new Promise((resolve) => {
    const url = new URL(callback);
    if (!options.allowPrivateTargets && isPrivateHost(url.hostname)) {
      resolve({ ok: false, error: `refused: ${url.hostname} is a loopback or private address` });
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'subscriptions-inventory-webhooks', ...headers },
        timeout: options.timeoutMs,
        lookup: options.allowPrivateTargets ? undefined : lookupPublicOnly,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The answer's body is not read: drain it so the connection can be reused.
        response.resume();
        response.on('end', () => resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` }));
        response.on('error', (error) => resolve({ ok: false, error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', (error) => resolve({ ok: false, error: error.message.slice(0, 500) }));
    request.end(body);
  });
}
