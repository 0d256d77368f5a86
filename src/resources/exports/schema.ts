import type { LineRead } from '../subscriptions/service.js';

/** The CSV export's columns, in the contract's order (API.md 17.3). */
export const CSV_COLUMNS = [
  'id',
  'type',
  'status',
  'bundle_id',
  'account_id',
  'msisdn',
  'creation_date',
  'activation_date',
  'deactivation_date',
  'promotions',
  'add_ons',
  'devices',
] as const;

export type ExportFormat = 'ndjson' | 'csv';

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled; a null is empty. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: Array<string | number | null | undefined>) => `${fields.map(csvField).join(',')}\r\n`;

export const CSV_HEADER = csvRow([...CSV_COLUMNS]);

/** One line of the export: the line's GET answer (NDJSON), or its CSV row, from the line as read. */
export function exportLine(format: ExportFormat, line: LineRead): string {
  if (format === 'ndjson') return `${line.answerText()}\n`;
  const stored = line.stored();
  const msisdn = (stored.specific_data as Record<string, unknown>).msisdn;
  return csvRow([
    stored.id,
    stored.type,
    stored.status,
    stored.bundle_id,
    stored.account_id,
    typeof msisdn === 'string' ? msisdn : null,
    stored.creation_date,
    stored.activation_date,
    stored.deactivation_date,
    line.count('promotions'),
    line.count('add_ons'),
    line.count('devices'),
  ]);
}
