import { client, describeError, InventoryApiError, needsToken, offsetPage, ok, waitForOperation, type AsyncOperation, type ResponseOf } from './api.js';
import { csvField, csvRecords, csvWithFieldsReplaced, csvWithLines } from './csv.js';
import { alertBox, h, replaceChildren, section, statusBadge, table, time, uniqueId } from './dom.js';
import { humanize } from './format.js';
import { pager } from './lines.js';
import { href } from './routes.js';
import { phoneNumberE164 } from './search-terms.js';
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

/** The template's example lines name these lines: an upload that still holds one is stopped before it runs. */
const EXAMPLE_SUBSCRIPTION_ID = '9f0a5b0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const EXAMPLE_MSISDN = '+34600000000';

/** One example line per operation (API.md 12.1), a line named by its subscription id or by its MSISDN. */
function template(): string {
  const inAMonth = new Date(Date.now() + 30 * 86_400_000);
  inAMonth.setUTCHours(22, 0, 0, 0);
  const rows = [
    ['operation', 'subscription_id', 'resource_id', 'reason', 'value', 'date'],
    ['SET_CREDIT_LIMIT', EXAMPLE_MSISDN, 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', 'customer request', '150.00', ''],
    ['SET_SUBSCRIPTION_STATUS', '600 00 00 00', '', 'customer travelling', 'SUSPENDED', ''],
    ['DEACTIVATE_SUBSCRIPTION', EXAMPLE_SUBSCRIPTION_ID, '', 'SUBSCRIBER_REQUESTED', '', inAMonth.toISOString().replace('.000Z', 'Z')],
    ['DEACTIVATE_PROMOTION', EXAMPLE_SUBSCRIPTION_ID, '5c1e7d3a-2b4c-4d6e-8f0a-1b2c3d4e5f6a', 'MANUALLY_REMOVED', '', ''],
    ['CANCEL_PROMOTION', EXAMPLE_SUBSCRIPTION_ID, '6d2f8e4b-3c5d-4e7f-9a1b-2c3d4e5f6a7b', 'PROMOTION_INCOMPATIBILITY', '', ''],
    ['DEACTIVATE_ADD_ON', EXAMPLE_SUBSCRIPTION_ID, '7e3a9f5c-4d6e-4f8a-8b2c-3d4e5f6a7b8c', 'SUBSCRIBER_RESIGNATION', '', ''],
    ['DEACTIVATE_COMMITMENT', EXAMPLE_SUBSCRIPTION_ID, '8f4b0a6d-5e7f-4a9b-9c3d-4e5f6a7b8c9d', 'RETENTION_WAIVER', '', ''],
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIVE = ['ACTIVE', 'SUSPENDED'];

interface LineProblem {
  line: number;
  message: string;
}

/** The line an MSISDN names: its live line, else its only PRE_ACTIVE line, else its only line at all. */
async function lineOfMsisdn(org: string, msisdn: string): Promise<{ id: string } | { problem: string }> {
  try {
    const found = await ok(client.GET('/v2/orgs/{org}/subscriptions/mobile', { params: { path: { org }, query: { msisdn, limit: 50 } } }));
    const live = found.items.filter((line) => LIVE.includes(line.status));
    const preActive = found.items.filter((line) => line.status === 'PRE_ACTIVE');
    const chosen = live.length === 1 ? live[0] : live.length === 0 && preActive.length === 1 ? preActive[0] : found.total === 1 ? found.items[0] : undefined;
    if (chosen) return { id: chosen.id };
    if (found.total === 0) return { problem: `no mobile line has the MSISDN ${msisdn}` };
    return { problem: `the MSISDN ${msisdn} is on ${found.total} lines (${found.items.map((line) => line.status).join(', ')}): write the subscription id instead` };
  } catch (error) {
    if (error instanceof InventoryApiError && error.status === 400) return { problem: `${msisdn} is not an MSISDN the service accepts: ${error.message}` };
    throw error;
  }
}

/**
 * MSISDNs written in place of subscription ids become the ids of their lines, looked up here, a few at a time,
 * before the upload (the service's batch takes ids). Lines that do not resolve are listed and nothing is sent.
 */
async function resolveMsisdns(org: string, text: string, onProgress: (done: number, total: number) => void): Promise<{ text: string; resolved: number; problems: LineProblem[] }> {
  const [header, ...rows] = csvRecords(text);
  const column = header ? header.fields.map((name) => name.trim().toLowerCase()).indexOf('subscription_id') : -1;
  if (column < 0) return { text, resolved: 0, problems: [] };
  const problems: LineProblem[] = [];
  const numbers = new Map<number, string>();
  for (const row of rows) {
    const value = (row.fields[column] ?? '').trim();
    const msisdn = UUID.test(value) ? undefined : phoneNumberE164(value);
    if (value.toLowerCase() === EXAMPLE_SUBSCRIPTION_ID || msisdn === EXAMPLE_MSISDN) {
      problems.push({ line: row.line, message: 'this is an example line of the template: replace it with a real line, or delete it' });
    } else if (msisdn) numbers.set(row.line, msisdn);
  }
  const distinct = [...new Set(numbers.values())];
  const lines = new Map<string, Awaited<ReturnType<typeof lineOfMsisdn>>>();
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const msisdn = distinct[next++];
      lines.set(msisdn, await lineOfMsisdn(org, msisdn));
      onProgress(lines.size, distinct.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, distinct.length) }, worker));
  const replacements = new Map<number, Map<number, string>>();
  for (const [line, msisdn] of numbers) {
    const outcome = lines.get(msisdn)!;
    if ('id' in outcome) replacements.set(line, new Map([[column, outcome.id]]));
    else problems.push({ line, message: outcome.problem });
  }
  problems.sort((a, b) => a.line - b.line);
  return { text: replacements.size > 0 ? csvWithFieldsReplaced(text, replacements) : text, resolved: replacements.size, problems };
}

/**
 * Resolves the file's MSISDNs, then uploads it: a rehearsal (API.md 17.4) when `dryRun`, which runs every line and
 * keeps nothing but the results. Answers the accepted operation, or the lines that name no single line (nothing
 * was sent). The part carries the agent's file under its own name: its bytes when given and unchanged, or the same
 * lines with ids for MSISDNs.
 */
async function sendBatch(
  org: string,
  upload: { name: string; text: string; file?: File },
  dryRun: boolean,
  onStatus: (text: string) => void,
): Promise<{ operation: AsyncOperation } | { problems: LineProblem[] }> {
  const resolution = await resolveMsisdns(org, upload.text, (done, total) => onStatus(`Looking up the lines of ${total} MSISDN${total === 1 ? '' : 's'}: ${done} of ${total}…`));
  if (resolution.problems.length > 0) return { problems: resolution.problems };
  const verb = dryRun ? 'rehearsing' : 'uploading';
  onStatus(resolution.resolved > 0 ? `${resolution.resolved} line${resolution.resolved === 1 ? '' : 's'} named by MSISDN resolved; ${verb} ${upload.name}…` : `${verb[0].toUpperCase()}${verb.slice(1)} ${upload.name}…`);
  const operation = await ok(
    client.POST('/v2/orgs/{org}/operations', {
      params: { path: { org }, query: { wait: 0, dry_run: dryRun } },
      body: { file: resolution.text },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', resolution.resolved === 0 && upload.file ? upload.file : new File([resolution.text], upload.name, { type: 'text/csv' }), upload.name);
        return form;
      },
    }),
  );
  rememberUpload(operation.id, { name: operation.file_name ?? upload.name, text: upload.text });
  return { operation };
}

export async function renderBatch(main: HTMLElement, org: string, page: number): Promise<void> {
  const inputId = uniqueId('csv');
  const problems = h('div', { class: 'problems' });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const input = h('input', { id: inputId, name: 'file', type: 'file', accept: '.csv,text/csv', required: true, 'aria-describedby': `${inputId}-help` });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Upload and run');
  // A rehearsal runs every line and changes nothing: its results page then offers the real run.
  const rehearse = h('button', { type: 'submit', class: 'button', 'data-dry-run': 'true' }, 'Rehearse first');
  const form: HTMLFormElement = h(
    'form',
    { class: 'action-form upload', 'aria-label': 'Upload an administration file' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: inputId }, 'Administration CSV file'),
      input,
      h(
        'p',
        { class: 'help', id: `${inputId}-help` },
        'The whole file is checked before anything runs; at most 100,000 lines and 20 MiB. The subscription_id column may hold a line’s MSISDN instead (in any form): the console looks the line up first. Rehearse first to see what each line would do, with nothing changed, before you run it.',
      ),
    ),
    h('div', { class: 'dialog-buttons' }, rehearse, submit),
    status,
    problems,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return;
    const dryRun = (event as SubmitEvent).submitter === rehearse;
    replaceChildren(problems);
    submit.disabled = rehearse.disabled = true;
    status.textContent = `${dryRun ? 'Rehearsing' : 'Uploading'} ${file.name}…`;
    try {
      const sent = await sendBatch(org, { name: file.name, text: await file.text(), file }, dryRun, (text) => (status.textContent = text));
      if ('problems' in sent) {
        submit.disabled = rehearse.disabled = false;
        status.textContent = '';
        const count = sent.problems.length;
        replaceChildren(problems, alertBox(`${count} line${count === 1 ? '' : 's'} of ${file.name} name${count === 1 ? 's' : ''} no single line: nothing was uploaded.`, sent.problems.map((problem) => `Line ${problem.line}: ${problem.message}`)));
        return;
      }
      location.hash = href.batchResult(org, sent.operation.id);
    } catch (error) {
      submit.disabled = rehearse.disabled = false;
      status.textContent = '';
      if (needsToken(error)) return void (await askForToken(describeError(error).message));
      const { message, details } = describeError(error);
      replaceChildren(problems, alertBox(message, details));
    }
  });
  const templateFile = URL.createObjectURL(new Blob([template()], { type: 'text/csv' }));
  const recent = await recentBatches(org, page);
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
            h('a', { href: templateFile, download: 'administration-template.csv' }, 'Download a template with an example of each'),
            '.',
          ),
          form,
        )
      : alertBox('Your token does not grant subscriptions:admin, which an administration batch needs.'),
    recent,
  );
}

const RECENT_PAGE_SIZE = 20;

/** The name of a batch's file: as this tab uploaded it, else as the service recorded it (its GET names it). */
async function fileNameOf(org: string, batch: AsyncOperation): Promise<string | null> {
  const recorded = (operation: object) => ('file_name' in operation && typeof operation.file_name === 'string' ? operation.file_name : undefined);
  const known = uploadOf(batch.id)?.name ?? recorded(batch);
  if (known) return known;
  try {
    return recorded(await ok(client.GET('/v2/orgs/{org}/operations/{operationId}', { params: { path: { org, operationId: batch.id } } }))) ?? null;
  } catch {
    return null;
  }
}

/**
 * The org's batches, newest first (API.md 12.2 lists operations oldest first): the count, then the page that
 * ends where this one should, reversed.
 */
async function recentBatches(org: string, page: number): Promise<HTMLElement> {
  const query = { type: 'ADMINISTRATION_BATCH' as const };
  const { total } = offsetPage(await ok(client.GET('/v2/orgs/{org}/operations', { params: { path: { org }, query: { ...query, limit: 1 } } })));
  const end = Math.max(0, total - (page - 1) * RECENT_PAGE_SIZE);
  const offset = Math.max(0, end - RECENT_PAGE_SIZE);
  const batches = end === 0 ? [] : (await ok(client.GET('/v2/orgs/{org}/operations', { params: { path: { org }, query: { ...query, offset, limit: end - offset } } }))).items.reverse();
  const names = new Map(await Promise.all(batches.map(async (batch) => [batch.id, await fileNameOf(org, batch)] as const)));
  return section(
    'Recent batches',
    { id: 'recent-batches', count: total },
    table<AsyncOperation>(
      'Administration batches, newest first',
      [
        { label: 'Accepted', cell: (batch) => h('a', { href: href.batchResult(org, batch.id) }, time(batch.creation_date)) },
        { label: 'File', cell: (batch) => [names.get(batch.id) ?? h('code', { class: 'small' }, batch.id), batch.dry_run ? h('span', { class: 'badge rehearsal' }, 'REHEARSAL') : ''] },
        { label: 'By', cell: (batch) => batch.creation_user },
        { label: 'Status', cell: (batch) => statusBadge(batch.status) },
        { label: 'Lines', cell: (batch) => batch.progress?.total ?? '—', className: 'number' },
        {
          label: 'Outcome',
          cell: (batch) =>
            batch.progress ? [`${batch.progress.succeeded} succeeded`, batch.progress.failed > 0 ? h('strong', { class: 'failed-count' }, ` · ${batch.progress.failed} failed`) : ''] : batch.error ? batch.error.message : '—',
        },
      ],
      batches,
      { empty: 'No batch has run in this organisation yet.', rowAttributes: (batch) => ({ 'data-batch': batch.id }) },
    ),
    pager(total, RECENT_PAGE_SIZE, page, (target) => href.batch(org, target)),
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
    const page = offsetPage(await ok(client.GET('/v2/orgs/{org}/operations/{operationId}/results', { params: { path: { org, operationId }, query: { outcome: 'FAILED', offset, limit: 500 } } })));
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

/** What the file named each line by, where that was an MSISDN and not an id: results show it as the agent wrote it. */
function writtenLineNames(text: string | undefined): Map<number, string> {
  const names = new Map<number, string>();
  if (text === undefined) return names;
  const [header, ...rows] = csvRecords(text);
  const column = header ? header.fields.map((name) => name.trim().toLowerCase()).indexOf('subscription_id') : -1;
  if (column < 0) return names;
  for (const row of rows) {
    const value = (row.fields[column] ?? '').trim();
    if (value && !UUID.test(value) && phoneNumberE164(value)) names.set(row.line, value);
  }
  return names;
}

/**
 * What a rehearsal is, and the real run of the same file: offered when this tab still holds the file (the results
 * say what each line would do; the real run may differ where the lines changed since).
 */
function rehearsalNotice(org: string, id: string, fileName: string | null): HTMLElement {
  const upload = uploadOf(id);
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { class: 'problems' });
  const intro = h(
    'p',
    null,
    h('strong', null, 'A rehearsal: nothing was changed.'),
    ' Every line ran as in a real batch, each seeing what the lines before it would have done, then all was rolled back. The results say what each line would do.',
  );
  if (upload?.text === undefined) return h('div', { class: 'rehearsal-notice', 'data-rehearsal': 'true' }, intro, h('p', { class: 'muted' }, 'To run it for real, upload the file again.'));
  const text = upload.text;
  const name = upload.name ?? fileName ?? 'batch.csv';
  const run = h('button', { type: 'button', class: 'button primary', 'data-action': 'run-for-real' }, `Run ${name} for real`);
  run.addEventListener('click', async () => {
    run.disabled = true;
    replaceChildren(problems);
    try {
      const sent = await sendBatch(org, { name, text }, false, (message) => (status.textContent = message));
      if ('problems' in sent) {
        run.disabled = false;
        status.textContent = '';
        replaceChildren(problems, alertBox(`Lines of ${name} name no single line any more: nothing was uploaded.`, sent.problems.map((problem) => `Line ${problem.line}: ${problem.message}`)));
        return;
      }
      location.hash = href.batchResult(org, sent.operation.id);
    } catch (error) {
      run.disabled = false;
      status.textContent = '';
      if (needsToken(error)) return void (await askForToken(describeError(error).message));
      const { message, details } = describeError(error);
      replaceChildren(problems, alertBox(message, details));
    }
  });
  return h('div', { class: 'rehearsal-notice', 'data-rehearsal': 'true' }, intro, h('div', { class: 'dialog-buttons' }, run), status, problems);
}

export async function renderBatchResult(main: HTMLElement, org: string, id: string, failedOnly: boolean, page: number): Promise<void> {
  const progressSlot = h('div');
  const resultsSlot = h('div');
  const first = await ok(client.GET('/v2/orgs/{org}/operations/{operationId}', { params: { path: { org, operationId: id } } }));
  const fileName = await fileNameOf(org, first);
  const written = writtenLineNames(uploadOf(id)?.text);
  replaceChildren(
    main,
    h('p', { class: 'breadcrumbs' }, h('a', { href: href.batch(org) }, 'Administration batch'), ' › ', 'results'),
    h('h1', { tabindex: '-1' }, first.dry_run ? 'Rehearsal of ' : 'Batch ', h('span', { class: 'identifier' }, fileName ?? id)),
    h('p', { class: 'muted' }, 'Operation ', h('code', null, id), ' · accepted ', time(first.creation_date), ` by ${first.creation_user}`),
    first.dry_run ? rehearsalNotice(org, id, fileName) : null,
    section('Progress', { id: 'progress' }, progressSlot),
    resultsSlot,
  );
  replaceChildren(progressSlot, progressView(first));
  const operation = first.status === 'SUCCEEDED' || first.status === 'FAILED' ? first : await waitForOperation(client, org, id, { onUpdate: (current) => replaceChildren(progressSlot, progressView(current)) });
  if (operation.status === 'FAILED') {
    replaceChildren(resultsSlot, alertBox(operation.error?.message ?? 'The batch could not run.'));
    return;
  }
  const results = offsetPage(
    await ok(
      client.GET('/v2/orgs/{org}/operations/{operationId}/results', {
        params: { path: { org, operationId: id }, query: { offset: (page - 1) * RESULTS_PAGE_SIZE, limit: RESULTS_PAGE_SIZE, ...(failedOnly ? { outcome: 'FAILED' as const } : {}) } },
      }),
    ),
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
        `${failedOnly ? 'Failed lines' : 'Lines'} of the ${operation.dry_run ? 'rehearsal' : 'batch'}`,
        [
          { label: 'Line', cell: (result) => result.line, className: 'number' },
          { label: 'Operation', cell: (result) => humanize(result.operation) },
          {
            label: 'Subscription',
            cell: (result) => (result.subscription_id ? h('a', { href: href.subscription(org, result.subscription_id) }, h('code', null, written.get(result.line) ?? result.subscription_id)) : '—'),
          },
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
