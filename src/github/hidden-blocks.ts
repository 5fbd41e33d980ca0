/**
 * Hidden markers and metadata inside comment and issue bodies (as dflook's terraform actions do):
 * an HTML comment names what a comment is (`<!-- druid-gitops:review -->`), so a re-run finds and
 * updates it instead of adding another; a second HTML comment carries JSON the next run reads back
 * (spec hashes and the tool version, so a deploy can check that what merges is what was reviewed).
 *
 * The JSON travels as base64 (A–Z a–z 0–9 + / =), which cannot end an HTML comment or be changed by
 * Markdown, and is decoded defensively: anyone with write access can edit a comment, so decoding
 * never throws and accepts only a plain JSON object of bounded size and depth.
 */
import { TOOL_NAME, VERSION } from '../common/version.js';
import { isPlainObject } from '../common/json.js';

/** GitHub refuses comment and issue bodies longer than this. */
export const BODY_LIMIT = 65_536;

const KEY = /^[a-z0-9][a-z0-9._:/-]{0,99}$/;
const MAX_ENCODED = 64 * 1024;
const MAX_DEPTH = 32;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface Metadata {
  /** The druid-gitops version that wrote it. */
  version: string;
  data: JsonObject;
}

export class BodyTooLongError extends Error {}

/** `<!-- druid-gitops:KEY -->`: the line that identifies a comment or issue. */
export function markerFor(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid marker key ${JSON.stringify(key)}`);
  return `<!-- ${TOOL_NAME}:${key} -->`;
}

export function hasMarker(body: string | null | undefined, key: string): boolean {
  return (body ?? '').includes(markerFor(key));
}

/** The metadata block for `key`; `data` must be JSON (it is checked by a round trip). */
export function encodeMetadata(key: string, data: JsonObject): string {
  markerFor(key);
  const payload = JSON.stringify({ tool: TOOL_NAME, version: VERSION, data });
  return `<!-- ${TOOL_NAME}:${key}:metadata ${Buffer.from(payload, 'utf8').toString('base64')} -->`;
}

/**
 * Reads the metadata block for `key` from a body. Undefined when there is none, more than one, or
 * it is not what this tool writes; never throws.
 */
export function decodeMetadata(body: string | null | undefined, key: string): Metadata | undefined {
  if (!KEY.test(key) || typeof body !== 'string') return undefined;
  const prefix = `<!-- ${TOOL_NAME}:${key}:metadata `;
  const first = body.indexOf(prefix);
  if (first < 0 || body.indexOf(prefix, first + 1) >= 0) return undefined;
  const start = first + prefix.length;
  const end = body.indexOf(' -->', start);
  if (end < 0 || end - start > MAX_ENCODED) return undefined;
  const encoded = body.slice(start, end);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || parsed.tool !== TOOL_NAME || typeof parsed.version !== 'string')
    return undefined;
  const data = parsed.data;
  if (!isPlainObject(data) || deeperThan(data, MAX_DEPTH)) return undefined;
  return { version: parsed.version, data: data as JsonObject };
}

/** Stops descending past the limit, so hostile nesting cannot exhaust the stack. */
function deeperThan(value: unknown, limit: number): boolean {
  if (limit < 0) return true;
  const children = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  return children.some((child) => deeperThan(child, limit - 1));
}

/**
 * The body as stored: marker first (so it is found even if the visible part is cut by someone),
 * then the visible Markdown, then the metadata block.
 */
export function composeBody(key: string, markdown: string, metadata?: JsonObject): string {
  const parts = [markerFor(key), markdown];
  if (metadata) parts.push(encodeMetadata(key, metadata));
  const body = parts.join('\n');
  if (body.length > BODY_LIMIT) {
    throw new BodyTooLongError(
      `the ${key} text is ${body.length} characters; GitHub accepts ${BODY_LIMIT} (render it within ${bodyBudget(key, metadata)}).`,
    );
  }
  return body;
}

/** Characters left for the visible Markdown once the marker and metadata are added. */
export function bodyBudget(key: string, metadata?: JsonObject): number {
  return BODY_LIMIT - composeOverhead(key, metadata);
}

function composeOverhead(key: string, metadata?: JsonObject): number {
  return markerFor(key).length + 1 + (metadata ? encodeMetadata(key, metadata).length + 1 : 0);
}
