import { errorJson, type ReplyError } from './http.js';
import { formatPeriod, parsePeriod, periodToMillis, type Period } from './durations.js';
import { isObject, type Json } from './json.js';

/**
 * What Druid's Jackson does with a scalar of the wrong JSON type. Jackson coerces generously by
 * default (the string "5000" becomes the Long 5000, 1/0 become booleans, numbers become strings),
 * and fails with a 400 only when it cannot: the messages below are Jackson's first line.
 */

/** Boxed types, or primitives where Druid declares one (Jackson names the type in its message). */
export type JavaScalar =
  'java.lang.Integer' | 'java.lang.Long' | 'java.lang.Boolean' | 'java.lang.String' | 'int' | 'long';

function tokenName(value: Json): string {
  if (Array.isArray(value)) return 'Array value (token `JsonToken.START_ARRAY`)';
  return 'Object value (token `JsonToken.START_OBJECT`)';
}

export function cannotDeserialize(type: string, value: Json, reason?: string): ReplyError {
  const from =
    typeof value === 'string'
      ? `String ${JSON.stringify(value)}`
      : isObject(value) || Array.isArray(value)
        ? tokenName(value)
        : `${typeof value} value`;
  return errorJson(
    400,
    `Cannot deserialize value of type \`${type}\` from ${from}${reason ? `: ${reason}` : ''}`,
  );
}

/** The ValueInstantiationException Jackson wraps around a failing @JsonCreator constructor. */
export function constructorProblem(javaClass: string, problem: string): ReplyError {
  return errorJson(400, `Cannot construct instance of \`${javaClass}\`, problem: ${problem}`);
}

export function coerceScalar(type: JavaScalar, value: Json): Json {
  if (value === null) return null;
  switch (type) {
    case 'java.lang.Integer':
    case 'java.lang.Long':
    case 'int':
    case 'long':
      return coerceInteger(type, value);
    case 'java.lang.Boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return value !== 0;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
        return value.trim().toLowerCase() === 'true';
      if (typeof value === 'string')
        throw cannotDeserialize(type, value, 'only "true" or "false" recognized');
      throw cannotDeserialize(type, value);
    case 'java.lang.String':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw cannotDeserialize(type, value);
  }
}

function coerceInteger(type: JavaScalar, value: Json): number {
  const limit = type === 'java.lang.Integer' || type === 'int' ? 2 ** 31 : 2 ** 63;
  let n: number;
  if (typeof value === 'number')
    n = Math.trunc(value); // ACCEPT_FLOAT_AS_INT is on by default
  else if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) n = Number.parseInt(value, 10);
  else if (typeof value === 'string') throw cannotDeserialize(type, value, `not a valid \`${type}\` value`);
  else throw cannotDeserialize(type, value);
  if (n >= limit || n < -limit) {
    throw cannotDeserialize(type, value, `Numeric value (${String(value)}) out of range of ${type}`);
  }
  return n;
}

/**
 * A Joda Period creator argument: ISO string or milliseconds. Joda's own message comes back with
 * Jackson's reference chain (captured: `Invalid format: "1 hour" (through reference chain: ...)`).
 */
export function readPeriod(value: Json, chain = ''): Period {
  if (typeof value === 'string' || typeof value === 'number') {
    const p = parsePeriod(value);
    if (p) return p;
    throw errorJson(400, `Invalid format: ${JSON.stringify(value)}${chain}`);
  }
  throw cannotDeserialize('org.joda.time.Period', value);
}

/** An ioConfig period: parsed as Period, stored as Duration (months → constructor problem). */
export function readDuration(value: Json, javaClass: string, chain = ''): number {
  const p = readPeriod(value, chain);
  try {
    return periodToMillis(p);
  } catch (e) {
    throw constructorProblem(javaClass, (e as Error).message);
  }
}

export const periodText = (value: Json, chain = ''): string => formatPeriod(readPeriod(value, chain));
