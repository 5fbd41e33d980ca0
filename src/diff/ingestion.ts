/**
 * The parts of an effective spec that decide a datasource's schema and the events it reads, each
 * with its pointer into the canonical spec. The legacy `parser` (kept as written by normalizeSpec)
 * is read the way Druid reads it: its parseSpec's timestampSpec, dimensionsSpec and flattenSpec
 * stand in for the modern ones.
 */
import { viewSupervisor } from '../spec/layout.js';
import { isPlainObject } from '../common/json.js';
import { get, join } from '../spec/pointer.js';
import { columnsOf } from '../validate/semantic.js';
import type { EffectiveSpec } from './normalize.js';

type Json = Record<string, unknown>;

interface Located {
  value: Json;
  pointer: string;
}

export interface Ingestion {
  dataSource: string | undefined;
  timestamp: { column: string; format: string; missingValue: unknown; pointer: string };
  /** Declared dimensions in order; a bare name is a string dimension. */
  dimensions: Array<Located & { name: string }>;
  /** Deprecated `spatialDimensions` entries (`{dimName, dims}`). */
  spatialDimensions: Located[];
  dimensionsSpec: Located;
  metrics: Array<Located & { name: string }>;
  transforms: Array<Located & { name: string }>;
  filter: Located | undefined;
  granularitySpec: Located;
  /** The input format that decodes the event (a kafka format's valueFormat), or the legacy parseSpec. */
  format: Located | undefined;
  /** The kind of encoding producers write: `json`, `csv`, `kafka/avro_stream`, … */
  formatName: string | undefined;
  flattenSpec: Located | undefined;
}

const DATA_SCHEMA = '/spec/dataSchema';

export function readIngestion(effective: EffectiveSpec): Ingestion {
  const view = viewSupervisor(effective.spec);
  const dataSchema = view.dataSchema ?? {};
  const parseSpecPointer = join(DATA_SCHEMA, 'parser', 'parseSpec');
  const parseSpec = get(effective.spec, parseSpecPointer);
  const located = (pointer: string): Located | undefined => {
    const value = get(effective.spec, pointer);
    return isPlainObject(value) ? { value, pointer } : undefined;
  };

  const timestamp =
    located(join(DATA_SCHEMA, 'timestampSpec')) ?? located(join(parseSpecPointer, 'timestampSpec'));
  const dimensionsSpec =
    located(join(DATA_SCHEMA, 'dimensionsSpec')) ??
    located(join(parseSpecPointer, 'dimensionsSpec')) ??
    ({ value: {}, pointer: join(DATA_SCHEMA, 'dimensionsSpec') } as Located);
  const dimensions = columnsOf(view)
    .filter((column) => column.where === 'dimensions')
    .map((column) => {
      const written = get(effective.spec, column.pointer);
      const value = isPlainObject(written) ? written : { type: 'string', name: column.name };
      return { name: column.name, value, pointer: column.pointer };
    });
  const spatial = dimensionsSpec.value.spatialDimensions;
  const spatialDimensions = (Array.isArray(spatial) ? spatial : []).flatMap((value, index) =>
    isPlainObject(value)
      ? [{ value, pointer: join(dimensionsSpec.pointer, 'spatialDimensions', index) }]
      : [],
  );

  const format = inputFormat(effective, located, parseSpec, parseSpecPointer);
  return {
    dataSource: view.dataSource,
    timestamp: {
      column: typeof timestamp?.value.column === 'string' ? timestamp.value.column : 'timestamp',
      format: typeof timestamp?.value.format === 'string' ? timestamp.value.format : 'auto',
      missingValue: timestamp?.value.missingValue ?? undefined,
      pointer: timestamp?.pointer ?? join(DATA_SCHEMA, 'timestampSpec'),
    },
    dimensions,
    spatialDimensions,
    dimensionsSpec,
    metrics: named(dataSchema.metricsSpec, join(DATA_SCHEMA, 'metricsSpec')),
    transforms: named(
      get(dataSchema, '/transformSpec/transforms'),
      join(DATA_SCHEMA, 'transformSpec', 'transforms'),
    ),
    filter: located(join(DATA_SCHEMA, 'transformSpec', 'filter')),
    granularitySpec: located(join(DATA_SCHEMA, 'granularitySpec')) ?? {
      value: {},
      pointer: join(DATA_SCHEMA, 'granularitySpec'),
    },
    ...format,
  };
}

function named(list: unknown, pointer: string): Array<Located & { name: string }> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) =>
    isPlainObject(value) && typeof value.name === 'string'
      ? [{ name: value.name, value, pointer: join(pointer, index) }]
      : [],
  );
}

function inputFormat(
  effective: EffectiveSpec,
  located: (pointer: string) => Located | undefined,
  parseSpec: unknown,
  parseSpecPointer: string,
): Pick<Ingestion, 'format' | 'formatName' | 'flattenSpec'> {
  const outer = located('/spec/ioConfig/inputFormat');
  if (outer) {
    // The kafka format wraps the value's format; keys, headers and timestamps come from the record.
    const value = outer.value.type === 'kafka' ? located(join(outer.pointer, 'valueFormat')) : outer;
    const name = value
      ? outer === value
        ? String(value.value.type)
        : `kafka/${String(value.value.type)}`
      : String(outer.value.type);
    return {
      format: value ?? outer,
      formatName: name,
      flattenSpec: value && located(join(value.pointer, 'flattenSpec')),
    };
  }
  if (!isPlainObject(parseSpec)) return { format: undefined, formatName: undefined, flattenSpec: undefined };
  const parser = get(effective.spec, '/spec/dataSchema/parser');
  const name = String(parseSpec.format ?? (isPlainObject(parser) ? parser.type : undefined));
  return {
    format: { value: parseSpec, pointer: parseSpecPointer },
    formatName: name,
    flattenSpec: located(join(parseSpecPointer, 'flattenSpec')),
  };
}
