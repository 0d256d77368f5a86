import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Answer, TestApp } from './app.js';

/** Builders for the administration batch tests: CSV files and the multipart requests that carry them. */

export const operationsPath = (org: string) => `/v2/orgs/${org}/operations`;

/** A CSV of the header and rows (cells are written as given: quote them yourself where a test needs it). */
export function csv(header: string[], rows: string[][], eol = '\n'): string {
  return [header, ...rows].map((cells) => cells.join(',')).join(eol) + eol;
}

/** The usual header of the tests. */
export const HEADER = ['operation', 'subscription_id', 'resource_id', 'reason', 'value', 'date'];

/** One line of HEADER's columns. */
export function line(operation: string, subscriptionId: string, fields: { resource_id?: string; reason?: string; value?: string; date?: string } = {}): string[] {
  return [operation, subscriptionId, fields.resource_id ?? '', fields.reason ?? '', fields.value ?? '', fields.date ?? ''];
}

export interface FilePart {
  content: string | Buffer | AsyncIterable<string | Buffer>;
  /** The part's name; `file` unless a test says otherwise. */
  name?: string;
  /** null sends the part without a filename (a plain form field). */
  filename?: string | null;
}

/** A multipart/form-data body, streamed part by part (so a large generated file is never held whole). */
export function multipart(parts: FilePart[]): { boundary: string; body: Readable } {
  const boundary = `----batch-test-${randomUUID()}`;
  async function* generate(): AsyncGenerator<Buffer> {
    for (const part of parts) {
      const filename = part.filename === undefined ? 'batch.csv' : part.filename;
      const disposition = `form-data; name="${part.name ?? 'file'}"${filename === null ? '' : `; filename="${filename}"`}`;
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: text/csv\r\n\r\n`);
      if (typeof part.content === 'string' || Buffer.isBuffer(part.content)) yield Buffer.from(part.content);
      else for await (const chunk of part.content) yield Buffer.from(chunk);
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return { boundary, body: Readable.from(generate()) };
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** `wait` and `dry_run` (a rehearsal) of POST /operations, and extra headers. */
export interface BatchOptions {
  wait?: number;
  dryRun?: boolean;
  headers?: Record<string, string>;
}

/** POST /operations with the given parts (one `file` part holding `content` when a string or buffer is given). */
export async function upload(
  t: TestApp,
  org: string,
  content: string | Buffer | FilePart[],
  options: BatchOptions = {},
): Promise<Answer> {
  const parts = typeof content === 'string' || Buffer.isBuffer(content) ? [{ content }] : content;
  const { boundary, body } = multipart(parts);
  const params = new URLSearchParams();
  if (options.wait !== undefined) params.set('wait', String(options.wait));
  if (options.dryRun !== undefined) params.set('dry_run', String(options.dryRun));
  const query = params.size === 0 ? '' : `?${params}`;
  const response = await t.app.inject({
    method: 'POST',
    url: `${operationsPath(org)}${query}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...options.headers },
    payload: body,
  });
  return { status: response.statusCode, body: parse(response.body) as any, headers: response.headers as Answer['headers'] };
}

/** Uploads a file that must be accepted; answers the 202 body. */
export async function runBatch(t: TestApp, org: string, content: string, options: BatchOptions = {}) {
  const response = await upload(t, org, content, options);
  if (response.status !== 202) throw new Error(`batch refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every result of a batch, through the paged results endpoint. */
export async function allResults(t: TestApp, org: string, operationId: string, query = ''): Promise<any[]> {
  const items: any[] = [];
  for (let offset = 0; ; offset += 500) {
    const { status, body } = await t.request('GET', `${operationsPath(org)}/${operationId}/results?offset=${offset}&limit=500${query}`);
    if (status !== 200) throw new Error(`results failed: ${JSON.stringify(body)}`);
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return items;
  }
}
