import type { Json, JsonObject } from './json.js';

/**
 * The one place that says which keys Druid writes back for ioConfig and tuningConfig, in Druid's
 * order, with the value it fills in when a key is absent. Facts: REFERENCE §4.3–4.4 and the GET
 * samples; `since` gates keys newer releases added (unverified guesses are marked in
 * docs/druid-fidelity.md). When the spec model (src/spec/model) lands, this table is meant to be
 * derived from its `default` values; the emulator reads nothing else.
 *
 * kinds: int/long/bool/string are Jackson scalars; `duration` is a Period read and written back
 * as a Duration in seconds; `period` is a Period written back as given; `object` is kept as
 * submitted; `merge` is an object whose missing keys Druid fills from `default`; `output` is
 * written by Druid and ignored on input.
 */
export type Kind =
  'int' | 'long' | 'bool' | 'string' | 'duration' | 'period' | 'datetime' | 'object' | 'merge' | 'output';

export interface KeyDefault {
  key: string;
  kind: Kind;
  /** For `duration`: milliseconds. Otherwise the JSON value Druid writes back. */
  default: Json;
  since?: string;
  /** Jackson's name for the Java type when it is a primitive (it appears in 400 messages). */
  java?: 'int' | 'long';
  /** Last release that still had this default (the value changed after it). */
  defaultBefore?: { version: string; value: Json };
}

const INDEX_SPEC: JsonObject = {
  bitmap: { type: 'roaring' },
  dimensionCompression: 'lz4',
  stringDictionaryEncoding: { type: 'utf8' },
  metricCompression: 'lz4',
  longEncoding: 'longs',
};

/** KafkaSupervisorIOConfig; `topic`, `consumerProperties`, `stream` and friends are special-cased. */
export const IO_CONFIG: readonly KeyDefault[] = [
  { key: 'inputFormat', kind: 'object', default: null },
  { key: 'replicas', kind: 'int', default: 1 },
  { key: 'taskCount', kind: 'int', default: 1 },
  { key: 'taskDuration', kind: 'duration', default: 3_600_000 },
  { key: 'consumerProperties', kind: 'object', default: null },
  { key: 'autoScalerConfig', kind: 'object', default: null },
  { key: 'pollTimeout', kind: 'long', default: 100 },
  { key: 'startDelay', kind: 'duration', default: 5000 },
  { key: 'period', kind: 'duration', default: 30_000 },
  { key: 'useEarliestOffset', kind: 'bool', default: false },
  { key: 'completionTimeout', kind: 'duration', default: 1_800_000 },
  { key: 'lateMessageRejectionPeriod', kind: 'duration', default: null },
  { key: 'earlyMessageRejectionPeriod', kind: 'duration', default: null },
  { key: 'lateMessageRejectionStartDateTime', kind: 'datetime', default: null },
  { key: 'configOverrides', kind: 'object', default: null },
  { key: 'idleConfig', kind: 'object', default: null },
  { key: 'stopTaskCount', kind: 'int', default: null, since: '31.0.0' },
  { key: 'emitTimeLagMetrics', kind: 'bool', default: false, since: '33.0.0' },
  { key: 'lagAggregator', kind: 'merge', default: { type: 'default' }, since: '34.0.0' },
];

/** KafkaSupervisorTuningConfig, in the order a real 33.0 GET writes (releaseLocksOnHandoff placed by guess). */
export const TUNING_CONFIG: readonly KeyDefault[] = [
  { key: 'appendableIndexSpec', kind: 'merge', default: { type: 'onheap', preserveExistingMetrics: false } },
  { key: 'maxRowsInMemory', kind: 'int', default: 150_000 },
  { key: 'maxBytesInMemory', kind: 'long', default: 0 },
  { key: 'skipBytesInMemoryOverheadCheck', kind: 'bool', default: false },
  { key: 'maxRowsPerSegment', kind: 'int', default: 5_000_000 },
  { key: 'maxTotalRows', kind: 'long', default: null },
  { key: 'intermediatePersistPeriod', kind: 'period', default: 'PT10M' },
  { key: 'maxPendingPersists', kind: 'int', default: 0 },
  { key: 'indexSpec', kind: 'merge', default: INDEX_SPEC },
  { key: 'indexSpecForIntermediatePersists', kind: 'merge', default: INDEX_SPEC },
  { key: 'reportParseExceptions', kind: 'bool', default: false },
  {
    key: 'handoffConditionTimeout',
    kind: 'long',
    java: 'long',
    default: 900_000,
    defaultBefore: { version: '30.0.0', value: 0 },
  },
  { key: 'resetOffsetAutomatically', kind: 'bool', default: false },
  { key: 'segmentWriteOutMediumFactory', kind: 'object', default: null },
  { key: 'workerThreads', kind: 'int', default: null },
  { key: 'chatRetries', kind: 'long', default: 8 },
  { key: 'httpTimeout', kind: 'period', default: 'PT10S' },
  { key: 'shutdownTimeout', kind: 'period', default: 'PT80S' },
  { key: 'offsetFetchPeriod', kind: 'period', default: 'PT30S' },
  { key: 'intermediateHandoffPeriod', kind: 'period', default: 'P2147483647D' },
  { key: 'logParseExceptions', kind: 'bool', default: false },
  { key: 'maxParseExceptions', kind: 'int', default: 2_147_483_647 },
  { key: 'maxSavedParseExceptions', kind: 'int', default: 0 },
  { key: 'numPersistThreads', kind: 'int', default: 1, since: '30.0.0' },
  { key: 'maxColumnsToMerge', kind: 'int', default: -1, since: '30.0.0' },
  // Kinesis-only settings that the Kafka constructor hard-codes; they appear in every GET.
  { key: 'skipSequenceNumberAvailabilityCheck', kind: 'output', default: false },
  { key: 'repartitionTransitionDuration', kind: 'output', default: 'PT120S' },
  { key: 'releaseLocksOnHandoff', kind: 'bool', default: false, since: '35.0.0' },
];

/** segmentWriteOutMediumFactory types; any other type id falls back to the defaultImpl, tmpFile. */
export const SEGMENT_WRITE_OUT_TYPES = ['tmpFile', 'legacyTmpFile', 'offHeapMemory', 'onHeapMemory'];
