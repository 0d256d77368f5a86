/**
 * Just enough RFC 4180 to map the batch's result line numbers back to the records of the uploaded file (API.md
 * 12.1: the header is line 1; quoted fields may span lines; blank lines are skipped but still counted). Pure.
 */

export interface CsvRecord {
  /** The file line the record starts on (1-based). */
  line: number;
  /** The record exactly as it was in the file, without its line ending. */
  raw: string;
  fields: string[];
  /** Where `raw` starts in the text (after a BOM, which is dropped). */
  offset: number;
}

export function csvRecords(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let position = 0;
  while (position < source.length) {
    const start = position;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let end = source.length;
    let next = source.length;
    for (let i = position; i < source.length; i++) {
      const char = source[i];
      if (quoted) {
        if (char === '"' && source[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') quoted = false;
        else {
          if (char === '\n') line++;
          field += char;
        }
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        fields.push(field);
        field = '';
      } else if (char === '\n' || char === '\r') {
        end = i;
        next = char === '\r' && source[i + 1] === '\n' ? i + 2 : i + 1;
        break;
      } else field += char;
    }
    fields.push(field);
    const raw = source.slice(start, end);
    if (raw.trim() !== '') records.push({ line: startLine, raw, fields, offset: start });
    position = next;
    line++;
  }
  return records;
}

/** The header and the records that start on the given lines, in file order: a file to fix and upload again. */
export function csvWithLines(text: string, lines: ReadonlySet<number>): string {
  const [header, ...rows] = csvRecords(text);
  if (!header) return '';
  return [header.raw, ...rows.filter((row) => lines.has(row.line)).map((row) => row.raw)].join('\r\n') + '\r\n';
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The text with some records' fields replaced (by the line each record starts on; the map's keys are column
 * indexes). Every other byte is kept, and a rewritten record spans as many lines as before, so the service's
 * line numbers still point into the file as the agent wrote it.
 */
export function csvWithFieldsReplaced(text: string, replacements: ReadonlyMap<number, ReadonlyMap<number, string>>): string {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let result = '';
  let copied = 0;
  for (const record of csvRecords(source)) {
    const replacing = replacements.get(record.line);
    if (!replacing) continue;
    const fields = record.fields.map((field, index) => (replacing.has(index) ? replacing.get(index)! : field));
    result += source.slice(copied, record.offset) + fields.map(csvField).join(',');
    copied = record.offset + record.raw.length;
  }
  return result + source.slice(copied);
}
