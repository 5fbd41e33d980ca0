/**
 * Scalar shapes Druid parses with its own rules: Joda periods and durations, Joda date-times,
 * column type names, and the variant builder every polymorphic ("type") object uses.
 */
import {
  field,
  long,
  object,
  str,
  union,
  type Field,
  type ObjectNode,
  type StringNode,
  type UnionNode,
} from './vocabulary.js';

/**
 * A Joda `Period` that Druid turns into a `Duration` (`Period.toStandardDuration()`): years and
 * months fail with a 400. A bare integer is read as milliseconds. Druid re-serialises these as
 * whole seconds (`PT1H` comes back as `PT3600S`).
 */
export const duration = (): StringNode => str({ format: 'duration', acceptsMillis: true });

/** A Joda `Period` kept as a period: Druid re-serialises it as written (`PT10M` stays `PT10M`). */
export const period = (): StringNode => str({ format: 'period', acceptsMillis: true });

/** A Joda `DateTime`: an ISO-8601 string, or a JSON integer read as epoch milliseconds (UTC). */
export const dateTime = (): UnionNode => union(str({ format: 'datetime' }), long({ unit: 'milliseconds' }));

/** A Joda time zone id ("UTC", "America/Los_Angeles", "+05:30"); Druid re-serialises the zone id. */
export const timeZone = (): StringNode => str({ minLength: 1 });

/**
 * A Druid `ColumnType` name: STRING, LONG, FLOAT, DOUBLE, ARRAY<STRING>, ARRAY<LONG>,
 * ARRAY<DOUBLE>, COMPLEX<json> (Druid parses the name; an unknown one is a 400).
 */
export const columnType = (): StringNode => str({ minLength: 1 });

/** The compression strategies of `CompressionStrategy` (case-insensitive; written lower-case). */
export const COMPRESSIONS = ['lz4', 'lzf', 'zstd', 'uncompressed', 'none'] as const;

export interface VariantOptions {
  /** The discriminating property; "type" unless Jackson was told otherwise. */
  tag?: string;
  /** A sentence appended to the tag's description (extension, availability, caveats). */
  note?: string;
}

/**
 * One variant of a polymorphic Jackson type (`@JsonSubTypes`). Its id is `<typedId>.<name>`; its
 * first field is the discriminator itself, so the variant lists every key Druid reads and writes.
 */
export function variant(
  typedId: string,
  name: string,
  fields: Record<string, Field>,
  options: VariantOptions = {},
): ObjectNode {
  const tag = options.tag ?? 'type';
  const note = options.note ? ` ${options.note}` : '';
  return object(`${typedId}.${name}`, {
    [tag]: field(str({ enum: [name] }), `Selects this variant ("${name}").${note}`),
    ...fields,
  });
}
