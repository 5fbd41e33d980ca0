/**
 * fast-check generators for the diff properties: an `Intent` (what a supervisor means) and a
 * `Spelling` (one of the many ways to write it that Druid reads the same), rendered to a spec.
 */
import fc from 'fast-check';

export interface Dimension {
  name: string;
  type: 'string' | 'long' | 'float' | 'double';
  multiValueHandling?: 'SORTED_ARRAY' | 'SORTED_SET' | 'ARRAY';
  createBitmapIndex?: boolean;
}

export interface Intent {
  druidVersion: string;
  id?: string;
  dataSource: string;
  timestampColumn: string;
  dimensions: Dimension[];
  metrics: { type: 'count' | 'longSum' | 'doubleMax'; name: string; fieldName: string }[];
  segmentGranularity: string;
  queryGranularity: string;
  rollup?: boolean;
  topic: string;
  taskCount?: number;
  replicas?: number;
  /** Milliseconds, whole seconds. */
  taskDuration?: number;
  completionTimeout?: number;
  intermediatePersistPeriod?: number;
  useEarliestOffset?: boolean;
  maxRowsInMemory?: number;
  metricCompression?: 'lz4' | 'zstd' | 'lzf';
  secrets: Record<string, string>;
  suspended?: boolean;
}

/** A distinctive secret: it cannot occur by chance anywhere else in a spec. */
export const secret = fc.stringMatching(/^[A-Za-z0-9]{8,14}$/).map((text) => `S3cr3t-${text}`);

const SECRET_KEYS = [
  'ssl.truststore.password',
  'ssl.key.password',
  'sasl.jaas.config',
  'basic.auth.user.info',
];
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const GRANULARITIES = ['MINUTE', 'FIFTEEN_MINUTE', 'HOUR', 'SIX_HOUR', 'DAY', 'WEEK', 'MONTH'];
const seconds = (values: number[]): fc.Arbitrary<number> => fc.constantFrom(...values).map((s) => s * 1000);

export const intent: fc.Arbitrary<Intent> = fc
  .record(
    {
      druidVersion: fc.constantFrom('33.0.0', '34.0.0', '35.0.0'),
      id: name.map((text) => `sup_${text}`),
      dataSource: name,
      timestampColumn: fc.constantFrom('ts', 'timestamp', '__time_in'),
      names: fc.uniqueArray(name, { minLength: 0, maxLength: 9 }),
      types: fc.array(fc.constantFrom('string', 'string', 'long', 'float', 'double' as const), {
        maxLength: 6,
      }),
      handling: fc.array(fc.option(fc.constantFrom('SORTED_ARRAY', 'SORTED_SET', 'ARRAY' as const)), {
        maxLength: 6,
      }),
      bitmap: fc.array(fc.option(fc.boolean()), { maxLength: 6 }),
      metricTypes: fc.array(fc.constantFrom('count', 'longSum', 'doubleMax' as const), { maxLength: 3 }),
      segmentGranularity: fc.constantFrom(...GRANULARITIES),
      queryGranularity: fc.constantFrom('NONE', 'MINUTE', 'HOUR'),
      rollup: fc.boolean(),
      topic: name,
      taskCount: fc.integer({ min: 1, max: 8 }),
      replicas: fc.integer({ min: 1, max: 3 }),
      taskDuration: seconds([600, 1800, 3600, 7200, 86400]),
      completionTimeout: seconds([900, 1800, 3600]),
      intermediatePersistPeriod: seconds([60, 300, 600]),
      useEarliestOffset: fc.boolean(),
      maxRowsInMemory: fc.integer({ min: 1000, max: 1_000_000 }),
      metricCompression: fc.constantFrom('lz4', 'zstd', 'lzf' as const),
      secretKeys: fc.subarray(SECRET_KEYS),
      secretValues: fc.array(secret, { minLength: 4, maxLength: 4 }),
      suspended: fc.boolean(),
    },
    {
      requiredKeys: [
        'druidVersion',
        'dataSource',
        'timestampColumn',
        'names',
        'types',
        'handling',
        'bitmap',
        'metricTypes',
        'segmentGranularity',
        'queryGranularity',
        'topic',
        'secretKeys',
        'secretValues',
      ],
    },
  )
  .map(({ names, types, handling, bitmap, metricTypes, secretKeys, secretValues, ...rest }) => {
    const dimensionNames = names.slice(0, 6);
    const metricNames = names.slice(6);
    const dimensions = dimensionNames.map((dimensionName, index): Dimension => {
      const type = types[index] ?? 'string';
      if (type !== 'string') return { name: dimensionName, type };
      const dimension: Dimension = { name: dimensionName, type };
      if (handling[index]) dimension.multiValueHandling = handling[index];
      if (typeof bitmap[index] === 'boolean') dimension.createBitmapIndex = bitmap[index];
      return dimension;
    });
    const metrics = metricNames.map((metricName, index) => ({
      type: metricTypes[index] ?? 'count',
      name: `m_${metricName}`,
      fieldName: `in_${metricName}`,
    }));
    const secrets = Object.fromEntries(
      secretKeys.map((key, index) => [
        key,
        key === 'sasl.jaas.config'
          ? `org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${secretValues[index]}";`
          : (secretValues[index] as string),
      ]),
    );
    return { ...rest, dimensions, metrics, secrets };
  });

/** Choices among spellings Druid reads the same way. */
export interface Spelling {
  layout: 'wrapped' | 'flat' | 'export';
  durationForm: number;
  granularityForm: number;
  dimensionForm: number;
  explicitDefaults: boolean;
  explicitNulls: boolean;
  shuffleSeed: number;
}

export const spelling: fc.Arbitrary<Spelling> = fc.record({
  layout: fc.constantFrom('wrapped', 'flat', 'export' as const),
  durationForm: fc.nat(4),
  granularityForm: fc.nat(3),
  dimensionForm: fc.nat(3),
  explicitDefaults: fc.boolean(),
  explicitNulls: fc.boolean(),
  shuffleSeed: fc.nat(),
});

/** The simplest spelling: wrapped layout, as a person would usually write it. */
export const PLAIN: Spelling = {
  layout: 'wrapped',
  durationForm: 0,
  granularityForm: 0,
  dimensionForm: 0,
  explicitDefaults: false,
  explicitNulls: false,
  shuffleSeed: 0,
};

function duration(millis: number, form: number): string | number {
  const s = millis / 1000;
  switch (form) {
    case 1:
      return `PT${s}S`;
    case 2:
      return s % 60 === 0 ? `PT${s / 60}M` : `PT${s}S`;
    case 3:
      return millis;
    case 4:
      return `pt${s}s`;
    default:
      return s % 3600 === 0 ? `PT${s / 3600}H` : `PT${s}S`;
  }
}

const STANDARD_PERIODS: Record<string, string> = { MINUTE: 'PT1M', HOUR: 'PT1H', DAY: 'P1D', WEEK: 'P1W' };

function granularity(value: string, form: number): unknown {
  if (form === 1) return value.toLowerCase();
  if (form === 2 && STANDARD_PERIODS[value]) return { type: 'period', period: STANDARD_PERIODS[value] };
  if (form === 2 && value === 'NONE') return { type: 'none' };
  if (form === 3) return value.charAt(0) + value.slice(1).toLowerCase();
  return value;
}

function dimension(item: Dimension, form: number): unknown {
  const plainString =
    item.type === 'string' && !item.multiValueHandling && item.createBitmapIndex === undefined;
  if (plainString && form === 1) return item.name;
  if (plainString && form === 2) return { name: item.name };
  const written: Record<string, unknown> = { ...item };
  if (item.multiValueHandling && form === 3)
    written.multiValueHandling = item.multiValueHandling.toLowerCase();
  return written;
}

export function render(value: Intent, how: Spelling): Record<string, unknown> {
  const d = (millis: number | undefined): unknown =>
    millis === undefined ? undefined : duration(millis, how.durationForm);
  const dataSchema = {
    dataSource: value.dataSource,
    timestampSpec: { column: value.timestampColumn, format: 'iso' },
    dimensionsSpec: { dimensions: value.dimensions.map((item) => dimension(item, how.dimensionForm)) },
    metricsSpec: value.metrics.map((metric) =>
      metric.type === 'count' ? { type: 'count', name: metric.name } : metric,
    ),
    granularitySpec: {
      segmentGranularity: granularity(value.segmentGranularity, how.granularityForm),
      queryGranularity: granularity(value.queryGranularity, how.granularityForm),
      rollup: value.rollup,
    },
  };
  const ioConfig: Record<string, unknown> = {
    topic: value.topic,
    inputFormat: { type: 'json' },
    consumerProperties: { 'bootstrap.servers': 'kafka:9092', ...value.secrets },
    taskCount: value.taskCount,
    replicas: value.replicas,
    taskDuration: d(value.taskDuration),
    completionTimeout: d(value.completionTimeout),
    useEarliestOffset: value.useEarliestOffset,
  };
  const tuningConfig: Record<string, unknown> = {
    type: 'kafka',
    maxRowsInMemory: value.maxRowsInMemory,
    intermediatePersistPeriod: d(value.intermediatePersistPeriod),
    indexSpec: value.metricCompression ? { metricCompression: value.metricCompression } : undefined,
  };
  if (how.explicitDefaults) {
    Object.assign(ioConfig, { pollTimeout: 100, startDelay: d(5000), period: d(30_000) });
    ioConfig.taskCount ??= 1;
    ioConfig.replicas ??= 1;
    Object.assign(tuningConfig, {
      maxBytesInMemory: 0,
      reportParseExceptions: false,
      handoffConditionTimeout: 900_000,
    });
    tuningConfig.maxRowsInMemory ??= 150_000;
  }
  if (how.explicitNulls)
    Object.assign(ioConfig, { stopTaskCount: null, idleConfig: null, autoScalerConfig: null });
  const sections = { dataSchema, ioConfig, tuningConfig };
  const top: Record<string, unknown> = { type: 'kafka', id: value.id, suspended: value.suspended };
  if (how.explicitNulls) top.context = null;
  const laidOut =
    how.layout === 'flat'
      ? { ...top, ...sections }
      : how.layout === 'export'
        ? { ...top, spec: sections, ...structuredClone(sections) }
        : { ...top, spec: sections };
  return shuffle(withoutUndefined(laidOut), how.shuffleSeed) as Record<string, unknown>;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}

/** Every object's keys in a seed-determined order (arrays keep theirs: their order can matter). */
function shuffle(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => shuffle(item, seed + index + 1));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  let state = seed >>> 0 || 1;
  for (let index = entries.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [entries[index], entries[other]] = [
      entries[other] as [string, unknown],
      entries[index] as [string, unknown],
    ];
  }
  return Object.fromEntries(entries.map(([key, item], index) => [key, shuffle(item, seed + index + 7)]));
}
