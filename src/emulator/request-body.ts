import { errorJson, jettyErrorPage, ReplyError, text } from './http.js';
import type { Json } from './json.js';
import type { RouteRequest } from './router.js';

/**
 * Bodies of @Consumes(APPLICATION_JSON) endpoints: Jersey answers 415 for any other content type
 * (curl's default form encoding included); Jackson turns empty and malformed bodies into 400s.
 */
export function jsonBody(req: RouteRequest): Json {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw new ReplyError(jettyErrorPage(415, req.path, 'Unsupported Media Type'));
  }
  if (req.body.trim() === '') throw errorJson(400, 'No content to map due to end-of-input');
  try {
    return JSON.parse(req.body) as Json;
  } catch (e) {
    throw new ReplyError(text(400, `Unexpected character: ${(e as Error).message}`));
  }
}
