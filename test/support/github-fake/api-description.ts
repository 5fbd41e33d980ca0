/**
 * Checks requests and responses against GitHub's OpenAPI description with openapi-backend: the
 * route and method must exist, path and query parameters and the JSON body must match their
 * schemas, and (openapi-backend's rule) no undeclared query parameter may be sent. One check is
 * stricter than GitHub on purpose, because GitHub silently ignores what it does not know and so
 * hides typos: an undeclared top-level body field (`label` for `labels`) is a violation too.
 */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Document, Operation, OpenAPIBackend } from 'openapi-backend';
import path from 'node:path';
import { validatorCache } from './ajv-cache.js';
import { cacheDirectory, loadApiSlice } from './api-slice.js';

export interface RouteMatch {
  operation: Operation;
  operationId: string;
  /** Decoded path parameters (`ref` = `heads/druid-gitops/rollback/x`). */
  params: Record<string, string>;
}

export type RouteResult = RouteMatch | { problem: string };

export interface CheckedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

type Schema = Record<string, unknown>;

interface Route {
  pattern: RegExp;
  names: string[];
  /** Literal characters: of two templates that match, the one with more is more specific. */
  literal: number;
  operation: Operation;
}

export class ApiDescription {
  private readonly operations: Map<string, Operation>;
  private readonly routes: Route[];
  private readonly examples = new Map<string, unknown>();
  private readonly responseValidators = new Map<string, ValidateFunction | undefined>();

  private constructor(
    private readonly backend: OpenAPIBackend,
    /** Compiles response schemas (one Ajv, cached code; only the statuses the fake answers with). */
    private readonly responseAjv: Ajv,
  ) {
    // openapi-backend's router rebuilds its operation list and a regex per operation on every
    // lookup (hundreds of milliseconds per request against GitHub's 1,200 operations), so the
    // fake matches routes with its own index, built once, and uses openapi-backend to validate.
    const all = backend.router.getOperations();
    this.operations = new Map(all.map((operation) => [operation.operationId as string, operation]));
    this.routes = all
      .map((operation) => {
        const names: string[] = [];
        const source = operation.path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            if (!part.startsWith('{')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(part.slice(1, -1));
            return '([^/]+)';
          })
          .join('');
        const literal = operation.path.replace(/\{[^}]+\}/g, '').length;
        return { pattern: new RegExp(`^${source}/?$`), names, literal, operation };
      })
      .sort((a, b) => b.literal - a.literal);
  }

  static async load(implemented: readonly string[]): Promise<ApiDescription> {
    const slice = await loadApiSlice(implemented);
    const validators = validatorCache(path.join(cacheDirectory(), `validators-${slice.key}`));
    const { OpenAPIBackend } = await importOpenApiBackend();
    const backend = new OpenAPIBackend({
      definition: slice.document as unknown as Document,
      // quick: no meta-validation of the 2 MB document; validators compile on first use.
      quick: true,
      strict: false,
      ajvOpts: validators.ajvOptions,
      customizeAjv: (ajv) => validators.customize(ajv),
    });
    await backend.init();
    const responseAjv = validators.customize(new Ajv({ strict: false, ...validators.ajvOptions }));
    const description = new ApiDescription(backend, responseAjv);
    // After an install (a fresh CI checkout), compile every validator the fake needs now, in the
    // caller's generous beforeAll, rather than one by one inside tests with short timeouts.
    if (!validators.complete()) {
      description.compileAll(implemented);
      validators.markComplete();
    }
    return description;
  }

  private compileAll(operationIds: readonly string[]): void {
    for (const operationId of operationIds) {
      this.backend.validator.getRequestValidatorsForOperation(operationId);
      for (const status of Object.keys(this.operations.get(operationId)?.responses ?? {})) {
        if (/^\d+$/.test(status)) this.responseValidator(operationId, Number(status));
      }
    }
  }

  route(method: string, path: string): RouteResult {
    const wanted = method.toLowerCase();
    const matching = this.routes.filter((route) => route.pattern.test(path));
    const route = matching.find((candidate) => candidate.operation.method === wanted);
    if (!route) {
      const others = [...new Set(matching.map((candidate) => candidate.operation.method.toUpperCase()))];
      return {
        problem:
          others.length > 0
            ? `${method} is not a method of ${path} (GitHub has ${others.join(', ')})`
            : `${method} ${path} is not a route of the GitHub REST API`,
      };
    }
    const values = route.pattern.exec(path)?.slice(1) ?? [];
    const params = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]),
    );
    return { operation: route.operation, operationId: route.operation.operationId as string, params };
  }

  /** Every way the request departs from the description; empty when it is valid. */
  checkRequest(request: CheckedRequest, match: RouteMatch): string[] {
    const { operation } = match;
    const problems: string[] = [];
    const result = this.backend.validator.validateRequest(
      {
        method: request.method.toLowerCase(),
        path: request.path,
        query: request.query,
        headers: request.headers,
        body: request.body,
      },
      operation,
    );
    for (const error of result.errors ?? []) {
      problems.push(`${error.instancePath || '/'} ${error.message ?? error.keyword}${extra(error.params)}`);
    }
    const schema = bodySchema(operation);
    if (request.body !== undefined && !schema) problems.push(`${match.operationId} takes no request body`);
    if (schema && isObject(request.body)) {
      const allowed = propertyNames(schema);
      for (const name of Object.keys(request.body)) {
        if (allowed && !allowed.has(name))
          problems.push(`body field "${name}" is not defined for ${match.operationId}`);
      }
    }
    return problems;
  }

  /**
   * Problems with a response the fake is about to send. A 2xx status the description does not list
   * is a problem; an error status it does not list is not (GitHub documents errors incompletely).
   */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const documented = String(status) in (this.operations.get(operationId)?.responses ?? {});
    if (!documented && status < 300) return [`${operationId} does not document status ${status}`];
    const validate = this.responseValidator(operationId, status);
    if (!validate || validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra(error.params)}`,
    );
  }

  private responseValidator(operationId: string, status: number): ValidateFunction | undefined {
    const key = `${operationId} ${status}`;
    if (!this.responseValidators.has(key)) {
      const responses = (this.operations.get(operationId)?.responses ?? {}) as Record<string, Schema>;
      const content = responses[String(status)]?.content as Record<string, Schema> | undefined;
      const schema = content?.['application/json']?.schema as Schema | undefined;
      this.responseValidators.set(key, schema && this.responseAjv.compile(schema));
    }
    return this.responseValidators.get(key);
  }

  /** A copy of one of GitHub's example answers, the template for the fake's own. */
  example(operationId: string, status: number, name = 'default'): unknown {
    const key = `${operationId} ${status} ${name}`;
    if (!this.examples.has(key)) {
      const operation = this.operations.get(operationId);
      const response = (operation?.responses as Record<string, Schema> | undefined)?.[String(status)];
      const content = (response?.content as Record<string, Schema> | undefined)?.['application/json'];
      const example = (content?.examples as Record<string, { value: unknown }> | undefined)?.[name];
      if (!example) throw new Error(`the description has no example "${name}" for ${operationId} ${status}`);
      this.examples.set(key, example.value);
    }
    return structuredClone(this.examples.get(key));
  }
}

/**
 * openapi-backend requires @apidevtools/json-schema-ref-parser, which is ESM only; Jest cannot
 * require ESM before Node 24.9 (plain Node can since 20.19, so outside Jest — the demo — nothing is
 * replaced). The fake hands openapi-backend an already dereferenced document in quick mode, which
 * never calls the ref parser, so under Jest it is replaced by a stand-in that says so.
 */
async function importOpenApiBackend(): Promise<{ OpenAPIBackend: typeof OpenAPIBackend }> {
  const jest = (import.meta as { jest?: { doMock(module: string, factory: () => unknown): void } }).jest;
  if (!jest) return import('openapi-backend');
  const require = createRequire(import.meta.url);
  const parser = createRequire(require.resolve('openapi-backend')).resolve(
    '@apidevtools/json-schema-ref-parser',
  );
  const unused = (): never => {
    throw new Error(
      'the GitHub fake gives openapi-backend a dereferenced document; the ref parser is not used',
    );
  };
  // Quick mode still "parses" the document it was given: an object is already parsed.
  const parse = async (document: unknown) => document;
  jest.doMock(parser, () => ({ __esModule: true, default: { dereference: unused, parse, resolve: unused } }));
  return import('openapi-backend');
}

function bodySchema(operation: Operation): Schema | undefined {
  const body = operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
  return body?.content?.['application/json']?.schema;
}

/** Names a body object may have; undefined when the schema allows any. */
function propertyNames(schema: Schema): Set<string> | undefined {
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return undefined;
  const names = new Set(Object.keys((schema.properties as Schema | undefined) ?? {}));
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    for (const member of (schema[keyword] as Schema[] | undefined) ?? []) {
      if (member.type === 'array') continue;
      const nested = propertyNames(member);
      if (!nested) return undefined;
      nested.forEach((name) => names.add(name));
    }
  }
  return names;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function extra(params: unknown): string {
  if (!isObject(params)) return '';
  const detail = params.missingProperty ?? params.additionalProperty ?? params.allowedValues ?? params.type;
  return detail === undefined ? '' : ` (${JSON.stringify(detail)})`;
}
