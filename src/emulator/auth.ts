import type { IncomingMessage } from 'node:http';
import { json, jettyErrorPage, type Reply } from './http.js';

/**
 * druid-basic-security as the Overlord applies it (REFERENCE §7): no credentials → 401 JSON with
 * WWW-Authenticate; bad credentials → 401 Jetty page; authenticated but not allowed → 403.
 */

export type Access = 'read' | 'write';

export interface AuthConfig {
  users: Record<string, { password: string; access: Access }>;
}

/** Paths the Overlord serves without authentication. */
const UNSECURED = ['/status/health', '/druid/indexer/v1/isLeader'];

export type AuthResult = { ok: true; access: Access } | { ok: false; reply: Reply };

export function authenticate(req: IncomingMessage, path: string, config: AuthConfig | undefined): AuthResult {
  if (!config || UNSECURED.includes(path)) return { ok: true, access: 'write' };
  const header = req.headers.authorization;
  if (!header || !/^basic /i.test(header)) {
    return {
      ok: false,
      reply: json(
        401,
        { error: 'Unauthorized request', errorMessage: null, errorClass: null, host: null },
        { 'WWW-Authenticate': 'Basic' },
      ),
    };
  }
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? undefined : config.users[decoded.slice(0, colon)];
  if (!user || user.password !== decoded.slice(colon + 1)) {
    return { ok: false, reply: jettyErrorPage(401, path, 'Unauthorized') };
  }
  return { ok: true, access: user.access };
}

/** ForbiddenExceptionMapper's body. */
export const forbidden = (): Reply => json(403, { 'Access-Check-Result': 'Unauthorized' });

/** GET needs READ on the datasource; every other method needs WRITE. */
export const allowed = (access: Access, method: string): boolean => access === 'write' || method === 'GET';
