/** What a route handler of the fake receives and returns, and the errors it answers with. */
import { errorBody, type Site } from './shapes-issues.js';

export interface FakeRequest {
  operationId: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: FakeRequest, site: Site) => FakeAnswer;

/** An answer GitHub would give instead of the normal one (404, 409, 422...). */
export class GitHubRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

/**
 * A valid request the fake cannot answer faithfully (a filter or field it does not emulate). It is
 * a violation, so a test never passes because the fake ignored part of what was asked.
 */
export class NotEmulated extends Error {}

export function notFound(): never {
  throw new GitHubRefusal(404, errorBody(404, 'Not Found'));
}

/** 422 "Validation Failed" with GitHub's `errors` entries. */
export function validationFailed(...errors: Record<string, unknown>[]): never {
  throw new GitHubRefusal(422, errorBody(422, 'Validation Failed', errors));
}

/** 422 with a plain message (the git endpoints answer like this). */
export function unprocessable(message: string): never {
  throw new GitHubRefusal(422, errorBody(422, message));
}

export function ok(body: unknown, headers?: Record<string, string>): FakeAnswer {
  return headers ? { status: 200, body, headers } : { status: 200, body };
}

export function created(body: unknown, location: string): FakeAnswer {
  return { status: 201, body, headers: { location } };
}

export function integer(value: string | undefined): number {
  const number = Number(value);
  return Number.isInteger(number) ? number : notFound();
}

/** The request body as an object (the description has already checked its shape). */
export function fields(request: FakeRequest): Record<string, unknown> {
  return (request.body ?? {}) as Record<string, unknown>;
}

/** Refuses query parameters the fake does not implement, when they are given. */
export function onlyEmulated(request: FakeRequest, emulated: readonly string[]): void {
  const ignored = Object.keys(request.query).filter((name) => !emulated.includes(name));
  if (ignored.length > 0) {
    throw new NotEmulated(`${request.operationId}: the fake does not emulate ${ignored.join(', ')}`);
  }
}

/** The list URL for Link headers, by repository id as GitHub writes it. */
export function listUrl(site: Site, rest: string): string {
  return `${site.apiUrl}/repositories/${site.repo.id}/${rest}`;
}
