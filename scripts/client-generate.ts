import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { families } from '../src/resources/index.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

/**
 * The typed client's types come from the document the service itself serves at /openapi.json, so the client
 * and the service cannot disagree: `npm run client:generate` rewrites them, and test/console/client-drift.test.ts
 * fails while the committed file differs from what the served document generates.
 */
export const GENERATED_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/client/src/schema.ts');

const BANNER = `/**
 * Generated from the service's /openapi.json by \`npm run client:generate\` (openapi-typescript). Do not edit:
 * test/console/client-drift.test.ts fails when this file and the served document disagree.
 */

`;

/** The OpenAPI document exactly as GET /openapi.json serves it (an in-memory app, no port). */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite::memory:', WORKER: 'off', PUBLIC_URL: 'http://localhost:8080' });
  const database = await openDatabase(config.database);
  const app = await buildApp({ config, database, families, logger: false });
  try {
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}`);
    return response.json();
  } finally {
    await app.close();
    await database.close();
  }
}

export async function clientTypesOf(document: Record<string, unknown>): Promise<string> {
  // A field with a default is optional in a request body: only `required` makes a field required.
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true, silent: true, defaultNonNullable: false });
  return BANNER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const types = await clientTypesOf(await servedOpenApiDocument());
  writeFileSync(GENERATED_TYPES_FILE, types);
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_TYPES_FILE)} (${types.split('\n').length} lines)`);
}
