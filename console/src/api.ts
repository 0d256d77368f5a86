import { createInventoryClient, InventoryApiError } from '../../packages/client/src/index.js';
import { session } from './session.js';

export { InventoryApiError, offsetPage, ok, okWithResponse, waitForOperation } from '../../packages/client/src/index.js';
export type * from '../../packages/client/src/index.js';

/** The console's only way to the API: the typed client, on the same origin, with the tab's token, never a cached answer. */
export const client = createInventoryClient({ baseUrl: location.origin, token: () => session.token, cache: 'no-store' });

/** The contract's message for a person (API.md 1.5), with the field problems or CSV lines it lists. */
export function describeError(error: unknown): { message: string; details: string[] } {
  if (error instanceof InventoryApiError) {
    const details = (error.details ?? []).map((detail) => {
      const where = detail.line !== undefined ? `Line ${detail.line}` : detail.path ? detail.path : undefined;
      return where ? `${where}: ${detail.message}` : detail.message;
    });
    return { message: error.message, details };
  }
  if (error instanceof TypeError) return { message: 'The service cannot be reached. Check the connection and try again.', details: [] };
  return { message: (error as Error)?.message ?? String(error), details: [] };
}

export const isNotFound = (error: unknown) => error instanceof InventoryApiError && error.status === 404;
export const needsToken = (error: unknown) => error instanceof InventoryApiError && error.status === 401;
