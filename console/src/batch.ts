import { client, describeError, needsToken, ok, waitForOperation, type AsyncOperation, type ResponseOf } from './api.js';
import { csvField, csvWithLines } from './csv.js';
import { alertBox, h, replaceChildren, section, statusBadge, table, time, uniqueId } from './dom.js';
import { pager } from './lines.js';
import { href } from './routes.js';
import { can } from './session.js';
import { askForToken } from './token.js';

/** The administration batch (API.md 12): upload, validation by line, progress, per-line results, failed lines. */

type ResultsPage = ResponseOf<'/v2/orgs/{org}/operations/{operationId}/results', 'get'>;
type LineResult = ResultsPage['items'][number];

const RESULTS_PAGE_SIZE = 50;
const STORED_FILE_LIMIT = 1_000_000;
const fileKey = (id: string) => `inventory-console.batch.${id}`;

interface Upload {
  name: string | null;
  /** The file as uploaded, so that its failed lines can be downloaded exactly as they were written. */
  text?: string;
}

/** This tab's uploads: in memory, and in sessionStorage (the text only when small) to survive a reload. */
const uploads = new Map<string, Upload>();

function rememberUpload(operationId: string, upload: Upload): void {
  uploads.set(operationId, upload);
  const kept = upload.text !== undefined && upload.text.length <= STORED_FILE_LIMIT ? upload : { name: upload.name };
  try {
    sessionStorage.setItem(fileKey(operationId), JSON.stringify(kept));
  } catch {
    // storage full: the upload stays in memory for this page's life
  }
}

function uploadOf(operationId: string): Upload | undefined {
  const remembered = uploads.get(operationId);
  if (remembered) return remembered;
  const stored = sessionStorage.getItem(fileKey(operationId));
  return stored ? (JSON.parse(stored) as Upload) : undefined;
}

const TEMPLATE = 'operation,subscription_id,resource_id,reason,value,date\r\n';

export function renderBatch(main: HTMLElement, org: string): void {
  const inputId = uniqueId('csv');
  const problems = h('div', { class: 'problems' });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const input = h('input', { id: inputId, name: 'file', type: 'file', accept: '.csv,text/csv', required: true, 'aria-describedby': `${inputId}-help` });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Upload and run');
  const form: HTMLFormElement = h(
    'form',
    { class: 'action-form upload', 'aria-label': 'Upload an administration file' },
    h('div', { class: 'field' }, h('label', { for: inputId }, 'Administration CSV file'), input, h('p', { class: 'help', id: `${inputId}-help` }, 'The whole file is checked before anything runs; at most 100,000 lines and 20 MiB.')),
    h('div', { class: 'dialog-buttons' }, submit),
    status,
    problems,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return;
    replaceChildren(problems);
    submit.disabled = true;
    status.textContent = `Uploading ${file.name}…`;
    try {
      const text = await file.text();
      const operation = await ok(
        client.POST('/v2/orgs/{org}/operations', {
          params: { path: { org }, query: { wait: 0 } },
          body: { file: text },
          // The part carries the file as the agent chose it: its own bytes and name.
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      );
      rememberUpload(operation.id, { name: operation.file_name ?? file.name, text });
      location.hash = href.batchResult(org, operation.id);
    } catch (error) {
      submit.disabled = false;
      status.textContent = '';
      if (needsToken(error)) return void (await askForToken(describeError(error).message));
      const { message, details } = describeError(error);
      replaceChildren(problems, alertBox(message, details));
    }
  });
  const template = URL.createObjectURL(new Blob([TEMPLATE], { type: 'text/csv' }));
  replaceChildren(
    main,
    h('h1', { tabindex: '-1' }, 'Administration batch'),
    can('admin')
      ? section(
          'Upload',
          { id: 'upload' },
          h(
            'p',
            null,
            'One operation per line: DEACTIVATE_SUBSCRIPTION, SET_SUBSCRIPTION_STATUS, DEACTIVATE_PROMOTION, CANCEL_PROMOTION, DEACTIVATE_ADD_ON, DEACTIVATE_COMMITMENT or SET_CREDIT_LIMIT, with the columns operation, subscription_id and, as each needs, resource_id, reason, value, date. ',
            h('a', { href: template, download: 'administration-template.csv' }, 'Download a template'),
            '.',
          ),
          form,
        )
      : alertBox('Your token does not grant subscriptions:admin, which an administration batch needs.'),
  );
}

function progressView(operation: AsyncOperation): HTMLElement {
  const progress = operation.progress;
  const total = progress?.total ?? 0;
  const processed = progress?.processed ?? 0;
  return h(
    'div',
    { class: 'batch-progress' },
    h('progress', { max: Math.max(total, 1), value: processed, 'aria-label': 'Lines processed' }),
    h(
      'p',
      { role: 'status', 'aria-live': 'polite', class: 'progress-text' },
      statusBadge(operation.status),
      ` ${processed} of ${total} line${total === 1 ? '' : 's'} processed`,
      progress ? ` · ${progress.succeeded} succeeded · ${progress.failed} failed` : '',
    ),
  );
}

async function allFailedResults(org: string, operationId: string): Promise<LineResult[]> {
  const failed: LineResult[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok(client.GET('/v2/orgs/{org}/operations/{operationId}/results', { params: { path: { org, operationId }, query: { outcome: 'FAILED', offset, limit: 500 } } }));
    failed.push(...page.items);
    if (failed.length >= page.total || page.items.length === 0) return failed;
  }
}

async function downloadFailedLines(org: string, operation: AsyncOperation, fileName: string | null, notice: HTMLElement): Promise<void> {
  const failed = await allFailedResults(org, operation.id);
  const original = uploadOf(operation.id)?.text;
  let text: string;
  if (original) {
    text = csvWithLines(original, new Set(failed.map((result) => result.line)));
    notice.textContent = `${failed.length} failed line${failed.length === 1 ? '' : 's'} downloaded as written in the file.`;
  } else {
    // The file is not in this tab any more: rebuild what the results record; reason, value and date must be filled again.
    text = ['operation,subscription_id,resource_id,reason,value,date', ...failed.map((result) => [result.operation, result.subscription_id, result.resource_id, '', '', ''].map(csvField).join(','))].join('\r\n') + '\r\n';
    notice.textContent = 'The uploaded file is not in this tab any more: the download lists the failed operations; fill in reason, value and date before uploading it again.';
  }
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: `failed-lines-${(fileName ?? operation.id).replace(/\.csv$/i, '')}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

export async function renderBatchResult(main: HTMLElement, org: string, id: string, failedOnly: boolean, page: number): Promise<void> {
  const progressSlot = h('div');
  const resultsSlot = h('div');
  const first = await ok(client.GET('/v2/orgs/{org}/operations/{operationId}', { params: { path: { org, operationId: id } } }));
  const fileName = uploadOf(id)?.name ?? null;
  replaceChildren(
    main,
    h('p', { class: 'breadcrumbs' }, h('a', { href: href.batch(org) }, 'Administration batch'), ' › ', 'results'),
    h('h1', { tabindex: '-1' }, 'Batch ', h('span', { class: 'identifier' }, fileName ?? id)),
    h('p', { class: 'muted' }, 'Operation ', h('code', null, id), ' · accepted ', time(first.creation_date), ` by ${first.creation_user}`),
    section('Progress', { id: 'progress' }, progressSlot),
    resultsSlot,
  );
  replaceChildren(progressSlot, progressView(first));
  const operation = first.status === 'SUCCEEDED' || first.status === 'FAILED' ? first : await waitForOperation(client, org, id, { onUpdate: (current) => replaceChildren(progressSlot, progressView(current)) });
  if (operation.status === 'FAILED') {
    replaceChildren(resultsSlot, alertBox(operation.error?.message ?? 'The batch could not run.'));
    return;
  }
  const results = await ok(
    client.GET('/v2/orgs/{org}/operations/{operationId}/results', {
      params: { path: { org, operationId: id }, query: { offset: (page - 1) * RESULTS_PAGE_SIZE, limit: RESULTS_PAGE_SIZE, ...(failedOnly ? { outcome: 'FAILED' as const } : {}) } },
    }),
  );
  const failedCount = operation.progress?.failed ?? 0;
  const notice = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const downloadButton = h('button', { type: 'button', class: 'button plain', 'data-action': 'download-failed' }, 'Download failed lines (CSV)');
  downloadButton.addEventListener('click', () => {
    downloadFailedLines(org, operation, fileName, notice).catch((error: unknown) => replaceChildren(notice, alertBox(describeError(error).message)));
  });
  replaceChildren(
    resultsSlot,
    section(
      'Results',
      { id: 'results', actions: failedCount > 0 ? downloadButton : null },
      h(
        'nav',
        { class: 'match-kinds', 'aria-label': 'Show' },
        h('a', { href: href.batchResult(org, id), class: 'chip', 'aria-current': failedOnly ? undefined : 'true' }, `All lines (${operation.progress?.total ?? results.total})`),
        h('a', { href: href.batchResult(org, id, { failedOnly: true }), class: 'chip', 'aria-current': failedOnly ? 'true' : undefined }, `Failed lines only (${failedCount})`),
      ),
      notice,
      table<LineResult>(
        failedOnly ? 'Failed lines of the batch' : 'Lines of the batch',
        [
          { label: 'Line', cell: (result) => result.line, className: 'number' },
          { label: 'Operation', cell: (result) => result.operation },
          { label: 'Subscription', cell: (result) => (result.subscription_id ? h('a', { href: href.subscription(org, result.subscription_id) }, h('code', null, result.subscription_id)) : '—') },
          { label: 'Resource', cell: (result) => (result.resource_id ? h('code', null, result.resource_id) : '—') },
          { label: 'Outcome', cell: (result) => statusBadge(result.outcome) },
          { label: 'Error', cell: (result) => (result.error ? [result.error.message, h('div', { class: 'muted small' }, result.error.code)] : '') },
        ],
        results.items,
        { empty: failedOnly ? 'No line failed.' : 'No line.', rowAttributes: (result) => ({ 'data-line': result.line, 'data-outcome': result.outcome }) },
      ),
      pager(results.total, RESULTS_PAGE_SIZE, page, (target) => href.batchResult(org, id, { failedOnly, page: target })),
    ),
  );
}
