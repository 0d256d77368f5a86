import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { paths } from './schema.js';

/**
 * The typed client of the Subscriptions Inventory API: openapi-fetch over the types generated from the service's
 * own /openapi.json, so a path, parameter or field that the service does not serve is a compile error.
 */
export type InventoryClient = Client<paths>;

/**
 * A page asked for by offset (no `cursor`): the service always answers its `total` (API.md 1.6), which a page asked
 * for by cursor lacks (17.2), so the shared page type has it optional. Narrows an offset page to one with its total.
 */
export function offsetPage<T extends { total?: number }>(page: T): T & { total: number } {
  if (typeof page.total !== 'number') throw new Error('an offset page carries total: this one was asked for by cursor');
  return page as T & { total: number };
}

export interface InventoryClientOptions {
  /** The service's root, e.g. `http://localhost:8080` (no `/v2`). */
  baseUrl: string;
  /** Called on every request: the bearer token to send, if any. */
  token?: () => string | undefined;
  /** Audit identity forwarded by a trusted gateway (API.md 1.4). */
  audit?: { system?: string; user?: string };
  fetch?: (input: Request) => Promise<Response>;
  /** The fetch cache mode; a screen that must show the current state passes `no-store`. */
  cache?: RequestInit['cache'];
}

export function createInventoryClient(options: InventoryClientOptions): InventoryClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), fetch: options.fetch, cache: options.cache });
  client.use({
    onRequest({ request }) {
      const token = options.token?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      if (options.audit?.system) request.headers.set('x-auth-origin-aud', options.audit.system);
      if (options.audit?.user) request.headers.set('x-auth-origin-sub', options.audit.user);
      return request;
    },
  });
  return client;
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type SuccessOf<Operation> = Operation extends { responses: infer Responses }
  ? Responses[Extract<keyof Responses, 200 | 201 | 202>]
  : never;
type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of a successful answer of `method path`. */
export type ResponseOf<Path extends keyof paths, Method extends HttpMethod & keyof paths[Path]> = JsonOf<SuccessOf<paths[Path][Method]>>;
/** The JSON request body of `method path`. */
export type RequestBodyOf<Path extends keyof paths, Method extends HttpMethod & keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
type Item<List> = List extends { items: Array<infer Element> } ? Element : List extends Array<infer Element> ? Element : never;

const org = '/v2/orgs/{org}' as const;
const line = `${org}/subscriptions/{subscriptionId}` as const;

export type Subscription = ResponseOf<typeof line, 'get'>;
export type Bundle = ResponseOf<`${typeof org}/bundles/{bundleId}`, 'get'>;
export type StatusChange = Item<ResponseOf<`${typeof line}/status_history`, 'get'>>;
export type Promotion = ResponseOf<`${typeof line}/promotions/{promotionId}`, 'get'>;
export type Device = ResponseOf<`${typeof line}/devices/{deviceId}`, 'get'>;
export type AddOn = ResponseOf<`${typeof line}/add_ons/{addonId}`, 'get'>;
export type Commitment = ResponseOf<`${typeof line}/devices/{deviceId}/commitments/{commitmentId}`, 'get'>;
export type Contract = ResponseOf<`${typeof line}/contracts/{contractId}`, 'get'>;
export type CreditLimit = ResponseOf<`${typeof line}/credit_limits/{creditLimitId}`, 'get'>;
export type ChangeRequest = ResponseOf<`${typeof line}/change_requests/{changeRequestId}`, 'get'>;
export type PaymentPlan = ResponseOf<`${typeof line}/devices/{deviceId}/payment_plans/{paymentPlanId}`, 'get'>;
export type AsyncOperation = ResponseOf<`${typeof org}/operations/{operationId}`, 'get'>;

/** The error body every endpoint answers (API.md 1.5). */
export interface ApiErrorBody {
  code: string;
  message: string;
  reference?: string;
  details?: Array<{ path?: string; line?: number; message: string }>;
}

/** A non-2xx answer, carrying the contract's code and its human message. */
export class InventoryApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorBody['details'] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'InventoryApiError';
  }
}

function errorOf(response: Response, body: unknown): InventoryApiError {
  const error = (body as { error?: Partial<ApiErrorBody> } | undefined)?.error;
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (error?.code && error.message) return new InventoryApiError(response.status, error.code, error.message, error.details ?? [], requestId);
  return new InventoryApiError(response.status, 'UNEXPECTED_RESPONSE', `the service answered ${response.status} ${response.statusText}`.trim(), [], requestId);
}

/** Awaits a client call: its data on success, else throws InventoryApiError with the contract's message. */
export async function ok<Data>(pending: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  return (await okWithResponse(pending)).data;
}

export async function okWithResponse<Data>(
  pending: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<{ data: Data; response: Response }> {
  const { data, error, response } = await pending;
  if (!response.ok) throw errorOf(response, error);
  return { data: data as Data, response };
}

const FINISHED = new Set(['SUCCEEDED', 'FAILED']);

/** Polls an operation (API.md 1.11) until it is SUCCEEDED or FAILED; `onUpdate` sees every state read. */
export async function waitForOperation(
  client: InventoryClient,
  orgName: string,
  operationId: string,
  options: { intervalMs?: number; timeoutMs?: number; onUpdate?: (operation: AsyncOperation) => void; signal?: AbortSignal } = {},
): Promise<AsyncOperation> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let interval = options.intervalMs ?? 150;
  for (;;) {
    const operation = await ok(client.GET('/v2/orgs/{org}/operations/{operationId}', { params: { path: { org: orgName, operationId } }, signal: options.signal }));
    options.onUpdate?.(operation);
    if (FINISHED.has(operation.status)) return operation;
    if (Date.now() > deadline) throw new InventoryApiError(0, 'OPERATION_TIMEOUT', `operation ${operationId} is still ${operation.status}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 1.5, 2_000);
  }
}
