/**
 * The web UI's types of the API, generated from the OpenAPI document the server itself serves (built from
 * the same zod schemas that validate requests), so the record model is written once. One file per resource
 * (`/api/actors/…` in `actors.ts`), the shared schemas, error answers and parameters in `components.ts`,
 * `index.ts` joining the resources' paths into the one `paths` type the UI imports, and `shown-from.ts` the
 * confidence from which each kind of item is shown by default (the document's `x-shown-from`). `--check`
 * fails when the committed files are not what the API describes now; the build runs it that way.
 *
 *   node --import tsx scripts/api-types.ts          # regenerate web/src/api-schema/
 *   node dist/scripts/api-types.js --check          # fail if it is stale
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { API_ROUTES } from '../src/api/app.js';
import { openApiDocument } from '../src/api/openapi.js';

const HEADER = `/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with \`npm run api-types\` after changing the API's schemas (src/api/schemas/).
 */
`;

// From the repository root whether run from source (scripts/) or from the build (dist/scripts/).
const root = new URL(import.meta.url.includes('/dist/scripts/') ? '../../' : '../', import.meta.url);
const target = fileURLToPath(new URL('web/src/api-schema/', root));

const EXPORT = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];

/** The resource a path belongs to: `/api/stories/{id}` → `stories`. */
function resourceOf(member: ts.TypeElement): string {
  const name = member.name && ts.isStringLiteral(member.name) ? member.name.text : '';
  const resource = /^\/api\/([a-z]+)/.exec(name)?.[1];
  if (!resource) throw new Error(`api-types: a path outside /api/<resource>: ${JSON.stringify(name)}`);
  return resource;
}

/** `stories` → `StoriesPaths`. */
const pathsName = (resource: string): string => `${resource[0]!.toUpperCase()}${resource.slice(1)}Paths`;

/**
 * openapi-typescript writes every method, parameter place and request body an endpoint lacks as
 * `name?: never`, and gives every response an open header map (`headers: { [name: string]: unknown }`):
 * the same ten to twenty lines around each endpoint, which say nothing the UI reads (it only looks up what
 * an endpoint has). Leaving them out, and the `parameters: {}` then left empty, keeps each endpoint to what
 * the document says of it.
 */
function withoutPlaceholders<T extends ts.Node>(node: T): T {
  const isPlaceholder = (member: ts.TypeElement): boolean => {
    if (!ts.isPropertySignature(member) || !member.type) return false;
    if (member.questionToken && member.type.kind === ts.SyntaxKind.NeverKeyword) return true;
    const name = ts.isIdentifier(member.name) ? member.name.text : '';
    const members = ts.isTypeLiteralNode(member.type) ? member.type.members : null;
    if (name === 'parameters' && members?.length === 0) return true;
    return name === 'headers' && members?.length === 1 && ts.isIndexSignatureDeclaration(members[0]!);
  };
  const visit = (child: ts.Node): ts.Node => {
    const visited = ts.visitEachChild(child, visit, undefined);
    if (!ts.isTypeLiteralNode(visited)) return visited;
    return ts.factory.updateTypeLiteralNode(
      visited,
      ts.factory.createNodeArray(visited.members.filter((member) => !isPlaceholder(member))),
    );
  };
  return ts.visitEachChild(node, visit, undefined);
}

/** Every generated file by its name in `web/src/api-schema/`. */
async function generate(): Promise<Map<string, string>> {
  const document = openApiDocument(API_ROUTES) as unknown as OpenAPI3;
  const nodes = await openapiTS(document, { alphabetize: true, silent: true });
  const isNamed = (n: ts.Node, name: string): n is ts.InterfaceDeclaration =>
    ts.isInterfaceDeclaration(n) && n.name.text === name;
  const paths = nodes.find((n) => isNamed(n, 'paths'));
  const components = nodes.find((n) => isNamed(n, 'components'));
  if (!paths || !components) throw new Error('api-types: the generated types hold no paths or components');

  const byResource = new Map<string, ts.TypeElement[]>();
  for (const member of paths.members) {
    const resource = resourceOf(member);
    byResource.set(resource, [...(byResource.get(resource) ?? []), withoutPlaceholders(member)]);
  }
  const files = new Map<string, string>();
  const floors = (document.info as { 'x-shown-from'?: Record<string, number> })['x-shown-from'];
  if (!floors) throw new Error('api-types: the document says from what confidence items are shown');
  files.set(
    'shown-from.ts',
    `${HEADER}/** From this confidence up, the API's lists show an item of each kind by default. */\n` +
      `export const SHOWN_FROM = {\n${Object.entries(floors)
        .map(([kind, floor]) => `  ${kind}: ${floor},\n`)
        .join('')}} as const;\n`,
  );
  // Only the shared responses: a schema's own field could be called `headers`.
  const shared = ts.factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    components.members.map((member) =>
      member.name && ts.isIdentifier(member.name) && member.name.text === 'responses'
        ? withoutPlaceholders(member)
        : member,
    ),
  );
  files.set('components.ts', `${HEADER}${astToString([shared])}`);
  for (const [resource, members] of byResource) {
    const declaration = ts.factory.createInterfaceDeclaration(
      EXPORT,
      pathsName(resource),
      undefined,
      undefined,
      members,
    );
    files.set(
      `${resource}.ts`,
      `${HEADER}import type { components } from './components';\n\n${astToString([declaration])}`,
    );
  }
  const resources = [...byResource.keys()];
  files.set(
    'index.ts',
    HEADER +
      resources.map((r) => `import type { ${pathsName(r)} } from './${r}';\n`).join('') +
      `\nexport type { components } from './components';\n\n` +
      `/** Every path of the API, each resource's from its own file. */\n` +
      `export interface paths\n  extends ${resources.map(pathsName).join(',\n    ')} {}\n`,
  );
  return files;
}

const generated = await generate();
if (process.argv.includes('--check')) {
  let present: string[] = [];
  try {
    present = readdirSync(target);
  } catch {
    // A missing directory counts as stale.
  }
  const stale = [
    ...[...generated].filter(([file, text]) => {
      try {
        return readFileSync(join(target, file), 'utf8') !== text;
      } catch {
        return true;
      }
    }),
    ...present.filter((file) => !generated.has(file)).map((file) => [file, '']),
  ].map(([file]) => file);
  if (stale.length > 0) {
    process.stderr.write(
      `${target} is not what the API describes (${stale.join(', ')}): run \`npm run api-types\` and commit it\n`,
    );
    process.exit(1);
  }
} else {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [file, text] of generated) writeFileSync(join(target, file), text);
  process.stderr.write(`wrote ${generated.size} files in ${target}\n`);
}
