import type { Access } from './auth.js';
import type { Reply } from './http.js';

/** The request as route handlers see it: decoded path parameters, query and body text. */
export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What the authenticated caller may do ('write' when auth is off). */
  access: Access;
}

export type Handler = (req: RouteRequest) => Reply | Promise<Reply>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

/** Path templates like `/druid/indexer/v1/supervisor/{id}/status`, first match wins. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, template: string, handler: Handler): this {
    this.routes.push({ method, parts: template.split('/'), handler });
    return this;
  }

  match(
    method: string,
    path: string,
  ): { handler: Handler; params: Record<string, string> } | 'wrong-method' | undefined {
    const segments = path.split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = bind(route.parts, segments);
      if (!params) continue;
      if (route.method !== method) {
        pathMatched = true;
        continue;
      }
      return { handler: route.handler, params };
    }
    return pathMatched ? 'wrong-method' : undefined;
  }
}

function bind(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith('{') && part.endsWith('}')) {
      if (segment === '') return undefined;
      params[part.slice(1, -1)] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
