import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './json.js';

/** A finished HTTP answer: what Druid would send, status, body and content type included. */
export interface Reply {
  status: number;
  /** JSON value, raw text, or nothing at all (Druid sends empty bodies on some 200s and 503s). */
  body?: { json: Json } | { text: string; contentType: string };
  headers?: Record<string, string>;
}

export const json = (status: number, value: Json, headers?: Record<string, string>): Reply => ({
  status,
  body: { json: value },
  ...(headers ? { headers } : {}),
});
export const text = (status: number, value: string, contentType = 'text/plain'): Reply => ({
  status,
  body: { text: value, contentType },
});
export const empty = (status: number, headers?: Record<string, string>): Reply => ({
  status,
  ...(headers ? { headers } : {}),
});
/** An empty body that still says application/json, as Jersey sends for @Produces(JSON) methods. */
export const emptyJson = (status: number): Reply => text(status, '', 'application/json');

/** Thrown anywhere below the router; the server turns it into the reply it carries. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`);
  }
}

/**
 * A DruidException thrown inside a resource method after deserialisation: no ExceptionMapper
 * catches it, so it reaches Jetty and becomes a 500 error page (REFERENCE §1.1).
 */
export class EscapedException extends Error {
  constructor(
    message: string,
    readonly javaClass = 'org.apache.druid.error.DruidException',
  ) {
    super(message);
  }
}

/** Druid's `{"error": message}` bodies (CustomExceptionMapper, resource methods). */
export const errorJson = (status: number, message: string): ReplyError =>
  new ReplyError(json(status, { error: message }));

/** Druid's DruidException body (its error code, persona USER, the category it maps to a status). */
export const druidException = (
  status: number,
  errorCode: string,
  category: string,
  errorMessage: string,
): Reply =>
  json(status, { error: 'druidException', errorCode, persona: 'USER', category, errorMessage, context: {} });

/** A request header as one string (repeated headers joined as Node joins them); undefined when absent. */
export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Jetty's default error page, used where Druid calls `sendError` or an exception escapes Jersey.
 * For an exception (`exception: true`) Jetty puts the message in the title and adds "Caused by".
 */
export function jettyErrorPage(status: number, uri: string, message: string, exception = false): Reply {
  const reason = exception ? message : (REASONS[status] ?? 'Error');
  const escape = (s: string): string =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;');
  const page = [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>',
    `<title>Error ${status} ${reason}</title>`,
    '</head>',
    `<body><h2>HTTP ERROR ${status} ${reason}</h2>`,
    '<table>',
    `<tr><th>URI:</th><td>${escape(uri)}</td></tr>`,
    `<tr><th>STATUS:</th><td>${status}</td></tr>`,
    `<tr><th>MESSAGE:</th><td>${escape(message)}</td></tr>`,
    '<tr><th>SERVLET:</th><td>default</td></tr>',
    ...(exception ? [`<tr><th>CAUSED BY:</th><td>${escape(message)}</td></tr>`] : []),
    '</table>',
    ...(exception ? [`<h3>Caused by:</h3><pre>${escape(message)}</pre>`] : []),
    '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return text(status, page, 'text/html;charset=iso-8859-1');
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  500: 'Server Error',
  503: 'Service Unavailable',
};

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (reply.body && 'json' in reply.body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(reply.body.json);
  } else if (reply.body) {
    headers['Content-Type'] = reply.body.contentType;
    payload = reply.body.text;
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}
