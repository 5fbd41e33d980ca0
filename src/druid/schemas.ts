/**
 * The shape each Druid answer must have, checked at the boundary so a surprising body becomes a
 * `DruidResponseError` naming the endpoint and the offending field, not a crash in a flow.
 * Schemas require only what the client's types promise and allow any extra field, because newer
 * Druid versions add fields (`payload.id` in 34.0, `minimumLagMillis` in 33.0). Missing task and
 * error lists are filled in as empty (Ajv `useDefaults`).
 */
import { Ajv, type SchemaObject, type ValidateFunction } from 'ajv';
import { redactText } from '../common/redact.js';
import { DruidResponseError } from './errors.js';
import type { DruidAnswer } from './http.js';
import type {
  ClusterCompactionConfig,
  CompactionAuditEntry,
  DataSourceCompactionConfig,
  DatasourceMetadata,
  DruidServerStatus,
  ParseErrorReport,
  RetentionRule,
  SamplerResponse,
  RulesAuditEntry,
  StoredSupervisorSpec,
  SubmitAnswer,
  SupervisorHistoryEntry,
  SupervisorStats,
  SupervisorStatusReport,
} from './payloads.js';

const ajv = new Ajv({ useDefaults: true, allowUnionTypes: true });

const string = { type: 'string' };
const boolean = { type: 'boolean' };
const number = { type: 'number' };
const object = { type: 'object' };
const partitionMap = { type: 'object', additionalProperties: number };
const typed = { type: 'object', required: ['type'], properties: { type: string } };
const storedSpec = { ...typed, properties: { type: string, suspended: boolean } };
const listOf = (items: SchemaObject) => ({ type: 'array', items, default: [] });

const taskReport = {
  type: 'object',
  required: ['id'],
  properties: {
    id: string,
    type: string,
    startTime: { type: ['string', 'null'] },
    remainingSeconds: { type: ['number', 'null'] },
    startingOffsets: partitionMap,
    currentOffsets: partitionMap,
    lag: partitionMap,
    lagMillis: partitionMap,
  },
};

const recentError = {
  type: 'object',
  required: ['timestamp'],
  properties: {
    timestamp: string,
    exceptionClass: string,
    message: { type: ['string', 'null'] },
    streamException: boolean,
  },
};

const statusReport = {
  type: 'object',
  required: ['id', 'generationTime', 'payload'],
  properties: {
    id: string,
    generationTime: string,
    payload: {
      type: 'object',
      required: ['dataSource', 'state', 'detailedState', 'healthy', 'suspended'],
      properties: {
        id: string,
        dataSource: string,
        stream: string,
        partitions: number,
        replicas: number,
        durationSeconds: number,
        activeTasks: listOf(taskReport),
        publishingTasks: listOf(taskReport),
        latestOffsets: partitionMap,
        minimumLag: partitionMap,
        aggregateLag: number,
        minimumLagMillis: partitionMap,
        aggregateLagMillis: number,
        offsetsLastUpdated: string,
        suspended: boolean,
        healthy: boolean,
        state: string,
        detailedState: string,
        recentErrors: listOf(recentError),
      },
    },
  },
};

const stateFields = {
  id: string,
  dataSource: string,
  state: string,
  detailedState: string,
  healthy: boolean,
  suspended: boolean,
};
const stateItem = {
  type: 'object',
  required: ['id', 'state', 'detailedState', 'healthy'],
  properties: stateFields,
};
const fullItem = {
  type: 'object',
  required: ['id', 'state', 'detailedState', 'healthy', 'spec'],
  properties: { ...stateFields, spec: storedSpec },
};

const historyEntry = {
  type: 'object',
  required: ['spec', 'version'],
  properties: { spec: storedSpec, version: string },
};
const compactionConfig = { type: 'object', required: ['dataSource'], properties: { dataSource: string } };
const auditInfo = {
  type: 'object',
  required: ['author', 'comment'],
  properties: { author: string, comment: string },
};

const samplerColumn = {
  type: 'object',
  required: ['name', 'type'],
  properties: { name: string, type: string },
};
const samplerRow = {
  type: 'object',
  properties: { input: object, parsed: object, unparseable: boolean, error: string },
};

/** Raw list items; the client derives `suspended` (see types.ts) before handing them out. */
export interface RawStateItem {
  id: string;
  dataSource?: string;
  state: string;
  detailedState: string;
  healthy: boolean;
  suspended?: boolean;
}
export type RawFullItem = RawStateItem & { spec: StoredSupervisorSpec };

/**
 * Compiled on first use: a CLI command or an action mode uses a few of these, and compiling all of
 * them at start-up cost more than validating the answers.
 */
function lazy<T>(schema: object): ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  const validate = ((data: unknown) => {
    compiled ??= ajv.compile<T>(schema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as ValidateFunction<T>;
  return validate;
}

export const shapes = {
  ids: lazy<string[]>({ type: 'array', items: string }),
  fullList: lazy<RawFullItem[]>({ type: 'array', items: fullItem }),
  stateList: lazy<RawStateItem[]>({ type: 'array', items: stateItem }),
  spec: lazy<StoredSupervisorSpec>(storedSpec),
  status: lazy<SupervisorStatusReport>(statusReport),
  health: lazy<{ healthy: boolean }>({
    type: 'object',
    required: ['healthy'],
    properties: { healthy: boolean },
  }),
  stats: lazy<SupervisorStats>({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: object },
  }),
  parseErrors: lazy<ParseErrorReport[]>({ type: 'array', items: object }),
  history: lazy<SupervisorHistoryEntry[]>({ type: 'array', items: historyEntry }),
  allHistory: lazy<Record<string, SupervisorHistoryEntry[]>>({
    type: 'object',
    additionalProperties: { type: 'array', items: historyEntry },
  }),
  id: lazy<{ id: string }>({ type: 'object', required: ['id'], properties: { id: string } }),
  submitted: lazy<SubmitAnswer>({
    type: 'object',
    required: ['id'],
    properties: { id: string, modified: boolean, restarted: boolean },
  }),
  bulk: lazy<{ status: string }>({
    type: 'object',
    required: ['status'],
    properties: { status: string },
  }),
  serverStatus: lazy<DruidServerStatus>({
    type: 'object',
    required: ['version'],
    properties: {
      version: string,
      modules: listOf({
        type: 'object',
        properties: { name: string, artifact: string, version: string },
      }),
    },
  }),
  // The columns are filled in as empty when a newer Druid leaves them out; the counts are required.
  sampler: lazy<SamplerResponse>({
    type: 'object',
    required: ['numRowsRead', 'numRowsIndexed'],
    properties: {
      numRowsRead: number,
      numRowsIndexed: number,
      logicalDimensions: listOf(samplerColumn),
      physicalDimensions: listOf(samplerColumn),
      logicalSegmentSchema: listOf(samplerColumn),
      data: listOf(samplerRow),
    },
  }),
  rules: lazy<RetentionRule[]>({ type: 'array', items: typed }),
  allRules: lazy<Record<string, RetentionRule[]>>({
    type: 'object',
    additionalProperties: { type: 'array', items: typed },
  }),
  compaction: lazy<ClusterCompactionConfig>({
    type: 'object',
    properties: { compactionConfigs: listOf(compactionConfig) },
  }),
  compactionConfig: lazy<DataSourceCompactionConfig>(compactionConfig),
  rulesHistory: lazy<RulesAuditEntry[]>({
    type: 'array',
    items: {
      type: 'object',
      required: ['auditInfo', 'payload', 'auditTime'],
      properties: { auditInfo, payload: string, auditTime: string },
    },
  }),
  compactionHistory: lazy<CompactionAuditEntry[]>({
    type: 'array',
    items: {
      type: 'object',
      required: ['compactionConfig', 'auditInfo', 'auditTime'],
      // null: the entry of a removal (a DELETE, or the Coordinator's KillCompactionConfig duty).
      properties: {
        compactionConfig: { anyOf: [compactionConfig, { type: 'null' }] },
        auditInfo,
        auditTime: string,
      },
    },
  }),
  metadata: lazy<DatasourceMetadata>({
    type: 'object',
    required: ['name', 'segments'],
    properties: { name: string, properties: object, segments: { type: 'array', items: object } },
  }),
};

/** The answer's JSON, checked against its shape; a clear error naming the endpoint otherwise. */
export function parseAnswer<T>(answer: DruidAnswer, shape: ValidateFunction<T>): T {
  const details = { request: answer.request, status: answer.status };
  let value: unknown = answer.json;
  try {
    // The HTTP layer parsed object and array bodies already; anything else is parsed here.
    if (!('json' in answer)) value = JSON.parse(answer.text);
  } catch {
    const excerpt = redactText(answer.text.trim(), answer.secrets).slice(0, 200);
    throw new DruidResponseError(
      `the answer is not JSON: ${excerpt === '' ? '(empty body)' : excerpt}`,
      details,
    );
  }
  if (!shape(value)) {
    const problems = ajv.errorsText(shape.errors, { dataVar: 'body' });
    throw new DruidResponseError(
      `the answer does not have the shape this client expects: ${problems}`,
      details,
    );
  }
  return value;
}
