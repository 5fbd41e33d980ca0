/**
 * Joda date-times as Druid reads and writes them: an ISO-8601 text (any offset, or none for UTC,
 * as Druid runs with UTC) or epoch milliseconds, written back as the UTC instant
 * (`2024-01-01T02:00:00+02:00` and 1704067200000 are both `2024-01-01T00:00:00.000Z`).
 */

// ISO-8601 as Joda reads it; a date-time without an offset is UTC (Druid runs with UTC).
const DATE_TIME =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The instant a Joda DateTime names, in epoch milliseconds; undefined when Joda cannot read it. */
export function dateTimeMillis(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = match;
  const millis = (match[7] ?? '').slice(0, 3).padEnd(3, '0');
  const zone = match[8] === undefined || /^z$/i.test(match[8]) ? 'Z' : offset(match[8]);
  const instant = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${zone}`);
  return Number.isNaN(instant) ? undefined : instant;
}

/** A Joda DateTime as the instant it names (epoch milliseconds are accepted too); other values as given. */
export function canonicalDateTime(value: unknown): unknown {
  const instant = dateTimeMillis(value);
  return instant === undefined ? value : new Date(instant).toISOString();
}

const offset = (text: string): string =>
  text.length === 3 ? `${text}:00` : text.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
