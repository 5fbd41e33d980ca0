/**
 * What an aggregator stores and what it reads, for the schema comparison. Sources: each
 * AggregatorFactory's getIntermediateType (the column type in segments) and getResultType (what a
 * query gets back), read in Druid 33 (`processing/.../query/aggregation/**`, datasketches and
 * histogram extensions). First/last aggregators store a (time, value) pair since Druid 28.
 */
import { isPlainObject } from '../common/json.js';

export interface MetricType {
  /** The column type segments hold (`COMPLEX<…>` for sketches and pairs); undefined when unknown. */
  stored: string | undefined;
  /** The type a query gets back after finalising; undefined when unknown. */
  result: string | undefined;
  /** Whether the aggregator parses its `fieldName` as a number (a non-number is a parse error). */
  numericInput: boolean;
}

const PRIMITIVE: Readonly<Record<string, string>> = { long: 'LONG', double: 'DOUBLE', float: 'FLOAT' };
const PAIR: Readonly<Record<string, string>> = {
  long: 'COMPLEX<serializablePairLongLong>',
  double: 'COMPLEX<serializablePairLongDouble>',
  float: 'COMPLEX<serializablePairLongFloat>',
  string: 'COMPLEX<serializablePairLongString>',
};

/** Sketches and other complex metrics: stored and returned as the complex type (unless noted). */
const COMPLEX: Readonly<Record<string, { stored: string; result: string }>> = {
  hyperUnique: { stored: 'COMPLEX<hyperUnique>', result: 'DOUBLE' },
  thetaSketch: { stored: 'COMPLEX<thetaSketch>', result: 'DOUBLE' },
  HLLSketchBuild: { stored: 'COMPLEX<HLLSketch>', result: 'DOUBLE' },
  HLLSketchMerge: { stored: 'COMPLEX<HLLSketch>', result: 'DOUBLE' },
  HLLSketch: { stored: 'COMPLEX<HLLSketch>', result: 'DOUBLE' },
  quantilesDoublesSketch: {
    stored: 'COMPLEX<quantilesDoublesSketch>',
    result: 'COMPLEX<quantilesDoublesSketch>',
  },
  KllDoublesSketch: { stored: 'COMPLEX<KllDoublesSketch>', result: 'COMPLEX<KllDoublesSketch>' },
  KllFloatsSketch: { stored: 'COMPLEX<KllFloatsSketch>', result: 'COMPLEX<KllFloatsSketch>' },
  arrayOfDoublesSketch: {
    stored: 'COMPLEX<arrayOfDoublesSketch>',
    result: 'COMPLEX<arrayOfDoublesSketch>',
  },
  approxHistogram: { stored: 'COMPLEX<approximateHistogram>', result: 'COMPLEX<histogram>' },
  approxHistogramFold: { stored: 'COMPLEX<approximateHistogram>', result: 'COMPLEX<histogram>' },
  fixedBucketsHistogram: {
    stored: 'COMPLEX<fixedBucketsHistogram>',
    result: 'COMPLEX<fixedBucketsHistogram>',
  },
  variance: { stored: 'COMPLEX<variance>', result: 'DOUBLE' },
  bloom: { stored: 'COMPLEX<bloom>', result: 'COMPLEX<bloom>' },
};

const UNKNOWN: MetricType = { stored: undefined, result: undefined, numericInput: false };

/** The types of an effective-spec aggregator (a filtered aggregator has the types of the one it wraps). */
export function metricType(aggregator: Record<string, unknown>): MetricType {
  const type = typeof aggregator.type === 'string' ? aggregator.type : '';
  if (type === 'filtered')
    return isPlainObject(aggregator.aggregator) ? metricType(aggregator.aggregator) : UNKNOWN;
  if (type === 'count') return { stored: 'LONG', result: 'LONG', numericInput: false };
  const simple = /^(long|double|float)(Sum|Min|Max|Any)$/.exec(type);
  if (simple) {
    const primitive = PRIMITIVE[simple[1] as string] as string;
    return { stored: primitive, result: primitive, numericInput: true };
  }
  const pair = /^(long|double|float|string)(First|Last)$/.exec(type);
  if (pair) {
    const kind = pair[1] as string;
    return { stored: PAIR[kind], result: PRIMITIVE[kind] ?? 'STRING', numericInput: kind !== 'string' };
  }
  if (type === 'stringAny') return { stored: 'STRING', result: 'STRING', numericInput: false };
  if (type === 'doubleMean') return { stored: 'COMPLEX<doubleMean>', result: 'DOUBLE', numericInput: true };
  const complex = COMPLEX[type];
  return complex ? { ...complex, numericInput: false } : UNKNOWN;
}

/** "longSum(latency)", "count", "thetaSketch(user_id)": an aggregator as a reviewer names it. */
export function describeAggregator(aggregator: Record<string, unknown>): string {
  const type = String(aggregator.type);
  if (type === 'filtered' && isPlainObject(aggregator.aggregator))
    return `filtered ${describeAggregator(aggregator.aggregator)}`;
  const input = aggregator.fieldName ?? aggregator.expression ?? aggregator.fieldNames ?? aggregator.fields;
  return input === undefined ? type : `${type}(${typeof input === 'string' ? input : JSON.stringify(input)})`;
}
