/**
 * GitHub's published OpenAPI description (@octokit/openapi, api.github.com.deref.json), cut down to
 * what the fake needs and cached on disk: the full file is 73 MB and takes seconds to read and
 * parse, far too slow to pay in every test file.
 *
 * The slice keeps EVERY operation's route, parameters and request body (so every request the
 * product sends is checked, whichever route it uses) and the response schemas and examples of the
 * operations the fake implements (to build and check its answers). It is rebuilt whenever the
 * installed @octokit/openapi, the list of implemented operations, or this code's SLICE_FORMAT
 * changes; the cache lives in node_modules/.cache/druid-gitops/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Bump when the slicing below changes. */
const SLICE_FORMAT = 2;

type Node = Record<string, unknown>;

export interface ApiSlice {
  document: Node;
  /** Identifies this slice (package version, implemented operations, slicing code). */
  key: string;
}

const require = createRequire(import.meta.url);

/** node_modules/.cache/druid-gitops: kept between runs, ignored by git, gone with a fresh install. */
export function cacheDirectory(): string {
  const packageJson = require.resolve('@octokit/openapi/package.json');
  return path.join(
    packageJson.slice(0, packageJson.lastIndexOf('node_modules') + 'node_modules'.length),
    '.cache',
    'druid-gitops',
  );
}

export async function loadApiSlice(implemented: readonly string[]): Promise<ApiSlice> {
  const packageJson = require.resolve('@octokit/openapi/package.json');
  const full = path.join(path.dirname(packageJson), 'generated', 'api.github.com.deref.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const info = await stat(full);
  const key = createHash('sha256')
    .update(JSON.stringify([SLICE_FORMAT, version, info.size, info.mtimeMs, [...implemented].sort()]))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = cacheDirectory();
  const cacheFile = path.join(cacheDir, `github-api-${version}-${key}.json`);

  const cached = await readFile(cacheFile, 'utf8').catch(() => undefined);
  if (cached !== undefined) return { document: JSON.parse(cached) as Node, key };
  const document = sliceDescription(JSON.parse(await readFile(full, 'utf8')) as Node, new Set(implemented));
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed, so a concurrent test worker never reads half a file.
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(document));
  await rename(temporary, cacheFile);
  return { document, key };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function sliceDescription(full: Node, implemented: ReadonlySet<string>): Node {
  const paths: Record<string, Node> = {};
  for (const [route, item] of Object.entries(full.paths as Record<string, Node>)) {
    const kept: Node = {};
    for (const [method, value] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const operation = value as Node;
      const id = operation.operationId as string;
      kept[method] = {
        operationId: id,
        parameters: ((operation.parameters as Node[] | undefined) ?? []).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required,
          schema: schemaOnly(parameter.schema),
        })),
        ...(operation.requestBody ? { requestBody: requestBodyOnly(operation.requestBody as Node) } : {}),
        responses: implemented.has(id)
          ? responsesOf(operation.responses as Node)
          : { default: { description: '' } },
      };
    }
    paths[route] = kept;
  }
  return { openapi: full.openapi, info: full.info, paths };
}

function requestBodyOnly(body: Node): Node {
  const content: Node = {};
  for (const [type, media] of Object.entries((body.content as Record<string, Node>) ?? {})) {
    content[type] = { schema: schemaOnly(media.schema) };
  }
  return { required: body.required, content };
}

function responsesOf(responses: Node): Node {
  const kept: Node = {};
  for (const [status, response] of Object.entries(responses as Record<string, Node>)) {
    const content: Node = {};
    for (const [type, media] of Object.entries((response.content as Record<string, Node>) ?? {})) {
      const examples: Node = {};
      for (const [name, example] of Object.entries((media.examples as Record<string, Node>) ?? {})) {
        examples[name] = { value: example.value };
      }
      content[type] = { schema: schemaOnly(media.schema), examples };
    }
    kept[status] = { description: '', content };
  }
  return kept;
}

/**
 * A JSON Schema without prose and examples, with OpenAPI 3.0's `nullable` made to mean for Ajv what
 * it means for GitHub: null is allowed also where GitHub puts `nullable` next to oneOf/anyOf/allOf
 * without a `type`, or next to an `enum` that does not list null (`state_reason` of an open issue).
 */
function schemaOnly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(schemaOnly);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Node = {};
  for (const [key, value] of Object.entries(schema as Node)) {
    if (key === 'description' || key === 'example' || key === 'examples' || key === 'title') continue;
    // `properties` and `patternProperties` map names to schemas: keep every name.
    copy[key] =
      key === 'properties' || key === 'patternProperties'
        ? Object.fromEntries(Object.entries(value as Node).map(([name, sub]) => [name, schemaOnly(sub)]))
        : schemaOnly(value);
  }
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null)) {
    copy.enum = [...copy.enum, null];
  }
  if (copy.nullable === true && copy.type === undefined) {
    delete copy.nullable;
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}
