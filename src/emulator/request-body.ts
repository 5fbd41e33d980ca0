import { empty, EscapedException, ReplyError } from './http.js';
import type { Json } from './json.js';
import type { RouteRequest } from './router.js';

/**
 * Bodies of @Consumes(APPLICATION_JSON) endpoints: Jersey answers 415 with no body for any other
 * content type (curl's default form encoding included). Empty and malformed bodies are 500 pages
 * on Druid 33 (captured).
 */
export function jsonBody(req: RouteRequest): Json {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw new ReplyError(empty(415));
  }
  // Jersey hands the resource a null spec for an empty body; malformed JSON escapes as a servlet error.
  if (req.body.trim() === '') {
    throw new EscapedException(
      'Cannot invoke "org.apache.druid.indexing.overlord.supervisor.SupervisorSpec.getDataSources()" because "spec" is null',
      'java.lang.NullPointerException',
    );
  }
  try {
    return JSON.parse(req.body) as Json;
  } catch (e) {
    throw new EscapedException(
      `com.fasterxml.jackson.core.JsonParseException: ${(e as Error).message}`,
      'javax.servlet.ServletException',
    );
  }
}
