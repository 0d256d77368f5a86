/**
 * A streaming RFC 4180 reader: bytes in, one record at a time out, never the whole file in memory. UTF-8 with an
 * optional BOM; quoted fields with `""` escapes may span lines; CRLF, LF (and a lone CR) end a record; blank lines
 * are skipped. Each record carries the file line it starts on, so errors can name it.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Why the record is malformed (it is still returned, so the reader goes on and reports every bad line). */
  error?: string;
}

/** Beyond these a record is malformed anyway; the cap keeps one absurd record from filling memory. */
const MAX_FIELD_LENGTH = 4096;
const MAX_FIELDS = 64;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';
const UNQUOTED_STOP = /[,"\r\n]/g;
const QUOTED_STOP = /["\r\n]/g;

class RecordBuilder {
  private state: State = 'fieldStart';
  private fields: string[] = [];
  private field = '';
  private quotedSeen = false;
  private error: string | undefined;
  private startLine = 1;
  private line = 1;
  private afterCr = false;
  private atStart = true;
  readonly done: CsvRecord[] = [];

  /** Where the record being read starts. */
  get currentLine(): number {
    return this.startLine;
  }

  feed(text: string): void {
    let index = 0;
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) index = 1;
    }
    while (index < text.length) {
      if (this.afterCr) {
        this.afterCr = false;
        // The LF of a CRLF: the line was already counted (and, inside quotes, the break is kept as CRLF).
        if (text[index] === '\n') {
          if (this.state === 'quoted') this.append('\n');
          index += 1;
          continue;
        }
      }
      if (this.state === 'quoteInQuoted') {
        const char = text[index];
        if (char === '"') {
          this.append('"');
          this.state = 'quoted';
        } else if (char === ',') this.endField();
        else if (char === '\n' || char === '\r') this.endRecord(char);
        else {
          this.fail(`unexpected character ${JSON.stringify(char)} after a closing quote`);
          this.state = 'unquoted';
          this.append(char);
        }
        index += 1;
        continue;
      }
      if (this.state === 'fieldStart') {
        if (text[index] === '"') {
          this.quotedSeen = true;
          this.state = 'quoted';
          index += 1;
          continue;
        }
        this.state = 'unquoted';
      }
      // Copy the run of plain characters at once, then act on the character that ends it.
      const stop = this.state === 'quoted' ? QUOTED_STOP : UNQUOTED_STOP;
      stop.lastIndex = index;
      const found = stop.exec(text);
      const end = found ? found.index : text.length;
      if (end > index) this.append(text.slice(index, end));
      if (!found) break;
      const char = text[end];
      index = end + 1;
      if (this.state === 'quoted') {
        if (char === '"') this.state = 'quoteInQuoted';
        else {
          this.append(char);
          this.newLine(char);
        }
      } else if (char === ',') this.endField();
      else if (char === '"') {
        this.fail('a field with a quote must be enclosed in quotes (and the quote doubled)');
        this.append(char);
      } else this.endRecord(char);
    }
  }

  /** The end of the input: the last record may lack its line break; an open quote is an error. */
  finish(): void {
    if (this.state === 'quoted') this.fail('a quoted field is not closed');
    if (this.state !== 'fieldStart' || this.fields.length > 0 || this.quotedSeen) this.endRecord(null);
  }

  private append(text: string): void {
    const room = MAX_FIELD_LENGTH - this.field.length;
    if (text.length > room) this.fail(`a field is longer than ${MAX_FIELD_LENGTH} characters`);
    this.field += room >= text.length ? text : text.slice(0, Math.max(0, room));
  }

  private fail(message: string): void {
    this.error ??= message;
  }

  private newLine(char: string): void {
    this.line += 1;
    if (char === '\r') this.afterCr = true;
  }

  private endField(): void {
    if (this.fields.length < MAX_FIELDS) this.fields.push(this.field);
    else this.fail(`a record has more than ${MAX_FIELDS} fields`);
    this.field = '';
    this.state = 'fieldStart';
  }

  private endRecord(lineBreak: string | null): void {
    this.endField();
    const blank = this.fields.length === 1 && !this.quotedSeen && this.fields[0].trim() === '';
    if (!blank) this.done.push({ line: this.startLine, fields: this.fields, ...(this.error ? { error: this.error } : {}) });
    this.fields = [];
    this.quotedSeen = false;
    this.error = undefined;
    if (lineBreak) this.newLine(lineBreak);
    this.startLine = this.line;
  }
}

/** Reads records from a byte stream; yields after each chunk, so the caller's pace (its inserts) paces the read. */
export async function* csvRecords(source: AsyncIterable<Buffer>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const builder = new RecordBuilder();
  let broken = false;
  const feed = (chunk?: Buffer) => {
    if (broken) return;
    try {
      builder.feed(chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode());
    } catch {
      // Nothing after an invalid byte can be read as text: read up to it, report it there, and drain the rest unparsed.
      broken = true;
      const text = chunk ? new TextDecoder('utf-8').decode(chunk) : '';
      builder.feed(text.slice(0, Math.max(0, text.indexOf('\uFFFD'))));
      builder.done.push({ line: builder.currentLine, fields: [], error: 'the file is not valid UTF-8' });
    }
  };
  for await (const chunk of source) {
    feed(chunk);
    yield* builder.done.splice(0);
  }
  feed();
  if (!broken) builder.finish();
  yield* builder.done.splice(0);
}
