/**
 * Rules a JSON Schema cannot say: checks that span several fields, and checks Druid's
 * constructors run after Jackson has read the spec (so they also end in a 400). Each rule is a
 * pure function over the spec as Druid reads it.
 */
import type { Finding, Severity } from '../common/finding.js';
import { isPlainObject, deepEqual } from '../common/json.js';
import { SECTIONS, SUPERVISOR_ID_SINCE, type SupervisorView } from '../spec/layout.js';
import { atLeast, compareVersions } from '../spec/model/version.js';
import { RELEASE_RULES } from './release-rules.js';
import { join } from '../spec/pointer.js';
import { quote } from '../common/describe-value.js';

export interface SemanticContext {
  value: Record<string, unknown>;
  view: SupervisorView;
  druidVersion: string;
  /** druidVersion is the rules' default, not a release anybody named (ValidationOptions). */
  releaseAssumed?: boolean;
}

type Rule = (context: SemanticContext) => Finding[];

const SEMANTIC_RULES: readonly Rule[] = [
  requiredSections,
  exportCopiesAgree,
  topicOrPattern,
  bootstrapServers,
  supervisorIdOnOlderDruid,
  validIds,
  outputColumns,
  timestampColumnAsDimension,
  timestampSpecWithDimensions,
  legacyParser,
  lateMessageRejection,
  autoscalerBounds,
  tasksToRun,
  ...RELEASE_RULES,
];

export function checkSemantics(context: SemanticContext): Finding[] {
  return SEMANTIC_RULES.flatMap((rule) => rule(context));
}

function requiredSections({ view }: SemanticContext): Finding[] {
  return (['dataSchema', 'ioConfig'] as const)
    .filter((name) => view[name] === undefined)
    .map((name) =>
      finding(
        'druid/required',
        'error',
        join(view.sectionsPointer, name),
        `The spec needs ${quote(name)}; Druid refuses it without one.`,
      ),
    );
}

/** Druid's GET output repeats the sections at the top level; only `spec` is read on submission. */
function exportCopiesAgree({ value, view }: SemanticContext): Finding[] {
  if (view.layout !== 'export') return [];
  return SECTIONS.filter((name) => name in value && !deepEqual(value[name], view[name])).map((name) =>
    finding(
      'druid/ignored-copy',
      'warning',
      `/${name}`,
      `This top-level ${quote(name)} differs from ${quote(`spec.${name}`)}; Druid reads only ${quote(`spec.${name}`)} and ignores this copy. Remove it or make them equal.`,
    ),
  );
}

function topicOrPattern({ view }: SemanticContext): Finding[] {
  const io = view.ioConfig;
  if (!io) return [];
  const pointer = join(view.sectionsPointer, 'ioConfig');
  const hasTopic = io.topic !== undefined && io.topic !== null;
  const hasPattern = io.topicPattern !== undefined && io.topicPattern !== null;
  if (hasTopic && hasPattern) {
    return [
      finding(
        'druid/topic',
        'error',
        join(pointer, 'topicPattern'),
        'Set either "topic" or "topicPattern", not both; Druid answers 400.',
      ),
    ];
  }
  if (!hasTopic && !hasPattern) {
    return [
      finding(
        'druid/topic',
        'error',
        join(pointer, 'topic'),
        'The ioConfig needs "topic" (or "topicPattern" for several topics); Druid answers 400 without one.',
      ),
    ];
  }
  return [];
}

function bootstrapServers({ view }: SemanticContext): Finding[] {
  const properties = view.ioConfig?.consumerProperties;
  if (!isPlainObject(properties)) return []; // a missing or mistyped consumerProperties is a schema finding
  const servers = properties['bootstrap.servers'];
  if (typeof servers === 'string' && servers.trim() !== '') return [];
  return [
    finding(
      'druid/required',
      'error',
      join(view.sectionsPointer, 'ioConfig', 'consumerProperties', 'bootstrap.servers'),
      'consumerProperties needs "bootstrap.servers" (the Kafka brokers, host:port,...); Druid answers 400 without it.',
    ),
  ];
}

function supervisorIdOnOlderDruid({ view, druidVersion }: SemanticContext): Finding[] {
  if (view.declaredId === undefined || compareVersions(druidVersion, SUPERVISOR_ID_SINCE) >= 0) return [];
  if (view.declaredId === view.dataSource) {
    return [
      finding(
        'druid/version',
        'notice',
        '/id',
        `Druid ${druidVersion} ignores the top-level "id" (it names supervisors by datasource until 34.0); here both are the same, so nothing changes.`,
      ),
    ];
  }
  return [
    finding(
      'druid/version',
      'error',
      '/id',
      `Druid ${druidVersion} ignores the top-level "id" (added in 34.0) and names this supervisor ${quote(view.dataSource ?? '')}, so every call to /supervisor/${String(view.declaredId)} answers 404. Remove "id", or set druidVersion to 34.0.0 or later if the cluster runs it.`,
    ),
  ];
}

/** IdUtils.validateId: Druid refuses such names with a 400. */
function validIds({ view, druidVersion }: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  const check = (value: unknown, pointer: string, what: string): void => {
    if (typeof value !== 'string') return;
    const problem = idProblem(value);
    if (problem)
      findings.push(
        finding(
          'druid/invalid-id',
          'error',
          pointer,
          `The ${what} ${quote(value)} ${problem}; Druid answers 400.`,
        ),
      );
  };
  check(view.dataSource, join(view.sectionsPointer, 'dataSchema', 'dataSource'), 'dataSource');
  if (compareVersions(druidVersion, SUPERVISOR_ID_SINCE) >= 0) check(view.declaredId, '/id', 'supervisor id');
  return findings;
}

function idProblem(id: string): string | undefined {
  if (id === '') return 'is empty';
  if (id.startsWith('.')) return "starts with '.'";
  if (id.includes('/')) return "contains '/'";
  if (/[^\S ]/.test(id)) return 'contains whitespace other than spaces';
  for (const char of id) {
    const code = char.codePointAt(0) as number;
    if (
      (code > 0 && code < 31) ||
      (code > 127 && code < 159) ||
      code > 0xffff ||
      (code > 0xd800 && code < 0xf8ff) ||
      (code > 0xfff0 && code < 0xffff)
    ) {
      return `contains the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which Druid does not allow in names`;
    }
  }
  return undefined;
}

interface Column {
  name: string;
  pointer: string;
  where: 'dimensions' | 'metricsSpec';
}

/** DataSchema.computeAndValidateOutputFieldNames: output names are unique; __time only as a long first dimension. */
function outputColumns({ view }: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, Column>();
  let timeDimensionSeen = false;
  for (const column of columnsOf(view)) {
    if (column.name === '__time' && column.where === 'dimensions' && !timeDimensionSeen) {
      timeDimensionSeen = true; // a single long-typed __time dimension is allowed; the model checks its type
      continue;
    }
    if (column.name === '__time') {
      findings.push(
        finding(
          'druid/duplicate-column',
          'error',
          column.pointer,
          `"__time" is the primary timestamp and cannot also be a ${column.where === 'metricsSpec' ? 'metric' : 'second dimension'}; Druid answers 400.`,
        ),
      );
      continue;
    }
    const first = seen.get(column.name);
    if (first) {
      findings.push(
        finding(
          'druid/duplicate-column',
          'error',
          column.pointer,
          `The column ${quote(column.name)} is already defined in ${first.where}; Druid answers 400 ("Cannot specify a column more than once"). Rename one.`,
        ),
      );
    } else seen.set(column.name, column);
  }
  return findings;
}

function timestampColumnAsDimension({ view }: SemanticContext): Finding[] {
  const timestampColumn = timestampSpecOf(view)?.spec.column ?? 'timestamp';
  if (typeof timestampColumn !== 'string' || timestampColumn === '__time') return [];
  return columnsOf(view)
    .filter((column) => column.where === 'dimensions' && column.name === timestampColumn)
    .map((column) =>
      finding(
        'druid/timestamp-dimension',
        'warning',
        column.pointer,
        `${quote(timestampColumn)} is the timestamp column and also a dimension, so every row stores the raw timestamp again as a ${quote(timestampColumn)} column. Remove the dimension unless you query it.`,
      ),
    );
}

/** DataSchema checks timestampSpec is not null as soon as dimensionsSpec is given (always from 37.0.0: release-rules.ts). */
function timestampSpecWithDimensions({ view, druidVersion }: SemanticContext): Finding[] {
  const dataSchema = view.dataSchema;
  if (
    !dataSchema ||
    atLeast(druidVersion, '37.0.0') ||
    !isPlainObject(dataSchema.dimensionsSpec) ||
    isPlainObject(dataSchema.timestampSpec)
  )
    return [];
  return [
    finding(
      'druid/required',
      'error',
      join(view.sectionsPointer, 'dataSchema', 'timestampSpec'),
      'dataSchema has a dimensionsSpec but no timestampSpec; Druid answers 400 ("timestampSpec"). Add a timestampSpec beside it.',
    ),
  ];
}

/** Before 37.0.0 the parser still works; from 37.0.0 it is a 400 (release-rules.ts). */
function legacyParser({ view, druidVersion }: SemanticContext): Finding[] {
  const parser = view.dataSchema?.parser;
  if (parser === undefined || parser === null || atLeast(druidVersion, '37.0.0')) return [];
  const pointer = join(view.sectionsPointer, 'dataSchema', 'parser');
  const parseSpec = isPlainObject(parser) && isPlainObject(parser.parseSpec) ? parser.parseSpec : {};
  const format = typeof parseSpec.format === 'string' ? parseSpec.format : 'json';
  const parserType = isPlainObject(parser) && typeof parser.type === 'string' ? parser.type : 'string';
  const inputFormatType = parserType === 'string' ? format : parserType;
  const moves = ['timestampSpec', 'dimensionsSpec']
    .filter((key) => key in parseSpec)
    .map((key) => `parseSpec.${key} to dataSchema.${key}`);
  if ('flattenSpec' in parseSpec) moves.push('parseSpec.flattenSpec to ioConfig.inputFormat.flattenSpec');
  if (view.ioConfig && view.ioConfig.inputFormat !== undefined && view.ioConfig.inputFormat !== null) {
    return [
      finding(
        'druid/legacy-parser',
        'warning',
        pointer,
        'The spec has both the legacy "parser" and ioConfig.inputFormat; Druid reads rows with inputFormat, and the parser only confuses readers. Remove "parser".',
      ),
    ];
  }
  const mixed =
    isPlainObject(view.dataSchema?.timestampSpec) || isPlainObject(view.dataSchema?.dimensionsSpec)
      ? " dataSchema already has its own timestampSpec/dimensionsSpec, which take precedence over the parser's."
      : '';
  return [
    finding(
      'druid/legacy-parser',
      'warning',
      pointer,
      `"parser"/"parseSpec" is the deprecated way to read rows. Migrate: set ioConfig.inputFormat to {"type": ${quote(inputFormatType)}}${moves.length ? `, move ${moves.join(', ')}` : ''}, then delete "parser".${mixed}`,
    ),
  ];
}

function lateMessageRejection({ view }: SemanticContext): Finding[] {
  const io = view.ioConfig;
  if (!io || io.lateMessageRejectionPeriod == null || io.lateMessageRejectionStartDateTime == null) return [];
  return [
    finding(
      'druid/late-rejection',
      'error',
      join(view.sectionsPointer, 'ioConfig', 'lateMessageRejectionStartDateTime'),
      'Set either "lateMessageRejectionPeriod" or "lateMessageRejectionStartDateTime", not both; Druid answers 400.',
    ),
  ];
}

/** LagBasedAutoScalerConfig refuses these bounds when the autoscaler is enabled. */
function autoscalerBounds({ view }: SemanticContext): Finding[] {
  const config = view.ioConfig?.autoScalerConfig;
  if (!isPlainObject(config) || config.enableTaskAutoScaler !== true) return [];
  const pointer = join(view.sectionsPointer, 'ioConfig', 'autoScalerConfig');
  const { taskCountMin: min, taskCountMax: max, taskCountStart: start } = config;
  if (typeof min !== 'number' || typeof max !== 'number') {
    return [
      finding(
        'druid/autoscaler',
        'error',
        join(pointer, typeof max === 'number' ? 'taskCountMin' : 'taskCountMax'),
        'An enabled autoscaler needs both "taskCountMin" and "taskCountMax"; Druid answers 400.',
      ),
    ];
  }
  if (min > max) {
    return [
      finding(
        'druid/autoscaler',
        'error',
        join(pointer, 'taskCountMin'),
        `taskCountMin (${min}) is above taskCountMax (${max}); Druid refuses it, and a stored supervisor with these bounds is dropped when the Overlord restarts (apache/druid#18827).`,
      ),
    ];
  }
  if (typeof start === 'number' && (start < min || start > max)) {
    return [
      finding(
        'druid/autoscaler',
        'error',
        join(pointer, 'taskCountStart'),
        `taskCountStart (${start}) must lie between taskCountMin (${min}) and taskCountMax (${max}); Druid answers 400.`,
      ),
    ];
  }
  return [];
}

/** Druid accepts 0 here without a word, and then runs no task: nothing is read while lag grows. */
function tasksToRun({ view }: SemanticContext): Finding[] {
  const io = view.ioConfig;
  if (!io) return [];
  const autoscaled = isPlainObject(io.autoScalerConfig) && io.autoScalerConfig.enableTaskAutoScaler === true;
  return (['replicas', 'taskCount'] as const)
    .filter(
      (name) =>
        typeof io[name] === 'number' && (io[name] as number) < 1 && !(name === 'taskCount' && autoscaled),
    )
    .map((name) =>
      finding(
        'druid/range',
        'error',
        join(view.sectionsPointer, 'ioConfig', name),
        `${quote(name)} is ${String(io[name])}: Druid accepts it but starts no ingestion task, so nothing is read while Kafka lag grows. Use 1 or more.`,
      ),
    );
}

// -------------------------------------------------------------------------------------- helpers

/** The dataSchema's timestampSpec, or the legacy parser's when dataSchema has none. */
export function timestampSpecOf(
  view: SupervisorView,
): { spec: Record<string, unknown>; pointer: string } | undefined {
  const base = join(view.sectionsPointer, 'dataSchema');
  if (isPlainObject(view.dataSchema?.timestampSpec))
    return { spec: view.dataSchema.timestampSpec, pointer: join(base, 'timestampSpec') };
  const parseSpec = legacyParseSpec(view);
  if (parseSpec && isPlainObject(parseSpec.value.timestampSpec)) {
    return { spec: parseSpec.value.timestampSpec, pointer: join(parseSpec.pointer, 'timestampSpec') };
  }
  return undefined;
}

function legacyParseSpec(
  view: SupervisorView,
): { value: Record<string, unknown>; pointer: string } | undefined {
  const parser = view.dataSchema?.parser;
  if (!isPlainObject(parser) || !isPlainObject(parser.parseSpec)) return undefined;
  return {
    value: parser.parseSpec,
    pointer: join(view.sectionsPointer, 'dataSchema', 'parser', 'parseSpec'),
  };
}

/** Output columns in order: dimensions (from dataSchema, else the legacy parseSpec), then metrics. */
export function columnsOf(view: SupervisorView): Column[] {
  const columns: Column[] = [];
  const base = join(view.sectionsPointer, 'dataSchema');
  let dimensionsHolder: { spec: unknown; pointer: string } = {
    spec: view.dataSchema?.dimensionsSpec,
    pointer: join(base, 'dimensionsSpec'),
  };
  const parseSpec = legacyParseSpec(view);
  if (!isPlainObject(dimensionsHolder.spec) && parseSpec) {
    dimensionsHolder = {
      spec: parseSpec.value.dimensionsSpec,
      pointer: join(parseSpec.pointer, 'dimensionsSpec'),
    };
  }
  if (isPlainObject(dimensionsHolder.spec) && Array.isArray(dimensionsHolder.spec.dimensions)) {
    dimensionsHolder.spec.dimensions.forEach((dimension, index) => {
      const name =
        typeof dimension === 'string' ? dimension : isPlainObject(dimension) ? dimension.name : undefined;
      if (typeof name === 'string' && name !== '') {
        columns.push({
          name,
          pointer: join(dimensionsHolder.pointer, 'dimensions', index),
          where: 'dimensions',
        });
      }
    });
  }
  const metrics = view.dataSchema?.metricsSpec;
  if (Array.isArray(metrics)) {
    metrics.forEach((metric, index) => {
      if (isPlainObject(metric) && typeof metric.name === 'string' && metric.name !== '') {
        columns.push({
          name: metric.name,
          pointer: join(base, 'metricsSpec', index, 'name'),
          where: 'metricsSpec',
        });
      }
    });
  }
  return columns;
}

function finding(rule: string, severity: Severity, pointer: string, message: string): Finding {
  return { rule, severity, pointer, message };
}
