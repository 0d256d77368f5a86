import { PassThrough, type Readable } from 'node:stream';
import type { RequestContext } from '../../core/context.js';
import type { Condition, Conn, ListKey } from '../../core/store.js';
import type { Database } from '../../db/database.js';
import { readLineAnswersAfter, readLinesAfter } from '../subscriptions/service.js';
import { CSV_HEADER, exportLine, type ExportFormat } from './schema.js';

/** Lines read and written at a time; two chunks at most are held (one read while the last is sent), whatever the org's size. */
const CHUNK = 500;

/** A chunk of the export as text, and where the next one starts after (none: the walk is over). */
interface Chunk {
  text: string;
  next?: ListKey;
}

/** The chunk after `after`: NDJSON written whole by the database, as GET writes each line; CSV from the lines read with their parts. */
async function readChunk(c: Conn, context: RequestContext, conditions: Condition[], after: ListKey | undefined, format: ExportFormat): Promise<Chunk> {
  if (format === 'ndjson') {
    const answers = await readLineAnswersAfter(c, context, conditions, after, CHUNK);
    let text = '';
    for (const line of answers) text += `${line.answer as string}\n`;
    return { text, next: answers.length < CHUNK ? undefined : answers[answers.length - 1].key };
  }
  const lines = await readLinesAfter(c, context, conditions, after, CHUNK);
  let text = '';
  for (const line of lines) text += exportLine(format, line);
  return { text, next: lines.length < CHUNK ? undefined : lines[lines.length - 1].key };
}

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
 * on (creation_date, id), one statement per chunk (each line's children embedded by the database). A chunk is
 * written as one piece of text; the next one is read while the reader takes it. Closing the returned stream (the
 * client disconnecting) ends the walk and its read transaction.
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
      let chunk = await readChunk(c, context, conditions, undefined, format);
      while (!out.destroyed) {
        if (chunk.text !== '') out.write(chunk.text);
        if (!chunk.next) break;
        [chunk] = await Promise.all([readChunk(c, context, conditions, chunk.next, format), writable(out)]);
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
