/**
 * Records one raw HTTP exchange with the real Druid in the format of test/fixtures/druid-real/
 * (see its README), so the emulator's contract tests can replay it. Files are written only when
 * CAPTURE_FIXTURES=1: an ordinary run of the lane leaves the committed captures alone.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clusterEnv } from './cluster.js';

const FIXTURES = path.resolve('test/fixtures/druid-real');

export interface Exchange {
  status: number;
  body: unknown;
}

export async function capture(
  name: string,
  method: string,
  url: string,
  options: { json?: unknown; headers?: Record<string, string>; note?: string } = {},
): Promise<Exchange> {
  const env = clusterEnv();
  const headers: Record<string, string> = { ...options.headers };
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(env.DRUID_OVERLORD_URL + url, {
    method,
    headers,
    ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
  });
  const text = await response.text();
  let body: unknown;
  let bodyKind: 'empty' | 'json' | 'text' = 'empty';
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
      bodyKind = 'json';
    } catch {
      body = text;
      bodyKind = 'text';
    }
  }
  if (process.env.CAPTURE_FIXTURES === '1') {
    const audit = Object.fromEntries(Object.entries(headers).filter(([key]) => key.startsWith('X-Druid')));
    const record = {
      request: {
        method,
        url,
        via: 'coordinator-overlord',
        ...(options.json !== undefined ? { contentType: 'application/json', body: options.json } : {}),
        ...(Object.keys(audit).length > 0 ? { headers: audit } : {}),
      },
      response: {
        status: response.status,
        contentType: response.headers.get('content-type'),
        bodyKind,
        ...(bodyKind === 'empty' ? {} : { body }),
      },
      druidVersion: env.DRUID_VERSION,
      capturedAt: new Date().toISOString(),
      ...(options.note ? { note: options.note } : {}),
    };
    writeFileSync(path.join(FIXTURES, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
  }
  return { status: response.status, body };
}
