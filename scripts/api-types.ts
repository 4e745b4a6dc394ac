/**
 * The web UI's types of the API, generated from the OpenAPI document the server itself serves (built from
 * the same zod schemas that validate requests), so the record model is written once. `--check` fails when
 * the committed file is not what the API describes now; the build runs it that way.
 *
 *   node --import tsx scripts/api-types.ts          # regenerate web/src/api-schema.ts
 *   node dist/scripts/api-types.js --check          # fail if it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { API_ROUTES } from '../src/api/app.js';
import { openApiDocument } from '../src/api/openapi.js';

const HEADER = `/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with \`npm run api-types\` after changing the API's schemas (src/api/schemas/).
 */
`;

// From the repository root whether run from source (scripts/) or from the build (dist/scripts/).
const root = new URL(import.meta.url.includes('/dist/scripts/') ? '../../' : '../', import.meta.url);
const target = fileURLToPath(new URL('web/src/api-schema.ts', root));

async function generate(): Promise<string> {
  const document = openApiDocument(API_ROUTES) as unknown as OpenAPI3;
  const ast = await openapiTS(document, { alphabetize: true, silent: true });
  return `${HEADER}${astToString(ast)}`;
}

const generated = await generate();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== generated) {
    process.stderr.write(`${target} is not what the API describes: run \`npm run api-types\` and commit it\n`);
    process.exit(1);
  }
} else {
  writeFileSync(target, generated);
  process.stderr.write(`wrote ${target}\n`);
}
