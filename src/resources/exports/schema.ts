import type { SubscriptionView } from '../subscriptions/service.js';

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

/** One line of the export: the line's GET answer (NDJSON), or its CSV row. */
export function exportLine(format: ExportFormat, line: SubscriptionView): string {
  if (format === 'ndjson') return `${JSON.stringify(line)}\n`;
  const msisdn = (line.specific_data as Record<string, unknown>).msisdn;
  return csvRow([
    line.id,
    line.type,
    line.status,
    line.bundle_id,
    line.account_id,
    typeof msisdn === 'string' ? msisdn : null,
    line.creation_date,
    line.activation_date,
    line.deactivation_date,
    line.promotions.length,
    line.add_ons.length,
    line.devices.length,
  ]);
}
