import { PassThrough, type Readable } from 'node:stream';
import type { RequestContext } from '../../core/context.js';
import type { Condition, Conn, ListKey } from '../../core/store.js';
import { toStoredDate } from '../../core/time.js';
import type { Database } from '../../db/database.js';
import { listSubscriptions } from '../subscriptions/service.js';
import { CSV_HEADER, exportLine, type ExportFormat } from './schema.js';

/** Lines read, represented and written at a time: the memory an export holds whatever the org's size. */
const CHUNK = 500;

/** Resolves once the stream can take more, or has been closed (the client went away). */
function writable(stream: PassThrough): Promise<void> {
  if (stream.destroyed || !stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * Streams the org's lines matching `conditions`, as they were at `asOf` when given (API.md 17.3): one consistent snapshot, walked in keyset chunks
 * on (creation_date, id), each chunk represented as GET answers it and written when the reader is ready for it.
 * Closing the returned stream (the client disconnecting) ends the walk and its read transaction.
 */
export function exportSubscriptions(
  database: Database,
  context: RequestContext,
  conditions: Condition[],
  asOf: string | undefined,
  format: ExportFormat,
  onError: (error: unknown) => void,
): Readable {
  const out = new PassThrough();
  void database
    .snapshot(async (db) => {
      const c: Conn = { db, dialect: database.dialect, asOf };
      if (format === 'csv') out.write(CSV_HEADER);
      let after: ListKey | undefined;
      while (!out.destroyed) {
        // The list's own keyset page (one row more than CHUNK tells whether another follows); the first one counts.
        const position = after;
        const page = await listSubscriptions(c, context, conditions, position ? { offset: 0, limit: CHUNK, after: position } : { offset: 0, limit: CHUNK });
        const lines = page.items.slice(0, CHUNK);
        if (lines.length === 0) break;
        const last = lines[lines.length - 1];
        after = [toStoredDate(last.creation_date), last.id];
        out.write(lines.map((line) => exportLine(format, line)).join(''));
        await writable(out);
        const more = position ? page.items.length > CHUNK : page.total > lines.length;
        if (!more) break;
      }
    })
    .then(
      () => out.end(),
      (error: unknown) => {
        onError(error);
        out.destroy(error as Error);
      },
    );
  return out;
}
