/**
 * Checks validation and guardrails against real supervisor specs collected from public
 * repositories (../shared/corpus/real, described in its SOURCES.md), read in place:
 * - specs that real clusters accepted get no error-level validation finding (no false alarms);
 * - guardrail errors appear only where SOURCES.md lists the mistake they are about;
 * - every mistake SOURCES.md lists ("Mistakes seen", items 1–9) is reported.
 * Skips, successfully, when the corpus is not beside the project. `npm run check:corpus`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFile } from '../src/check/supervisor-check.js';
import { DEFAULT_CONFIG } from '../src/config/config-file.js';
import { readSpec } from '../src/spec/load.js';
import type { Finding } from '../src/common/finding.js';

const CORPUS = path.resolve(process.argv[2] ?? '../shared/corpus/real');

/** file → findings that must be reported ([rule, pointer]); "mistakes seen" in SOURCES.md. */
const MISTAKES: Record<string, Array<[string, string]>> = {
  'Kafka-druid-cluster__kafka_ds_config.json': [['druid/unknown-key', '/spec/ioConfig/appendToExisting']],
  'demo-prometheus-and-grafana-alerts__supervisor-spec.json': [
    ['druid/unknown-key', '/dataSchema/dimensionsSpec/dimensions/0/flattenSpec'],
    ['druid/legacy-parser', '/dataSchema/parser'],
  ],
  'dubel-druid-kafka__supervisor_spec.json': [
    ['druid/unknown-key', '/taskType'],
    ['druid/unknown-key', '/spec/tuningConfig/workerCategory'],
    ['guardrail/fine-segment-granularity', '/spec/dataSchema/granularitySpec/segmentGranularity'],
  ],
  'druid-superset__kafka-ingestion.json': [
    ['druid/coerced-type', '/ioConfig/useEarliestOffset'],
    ['druid/timestamp-dimension', '/dataSchema/parser/parseSpec/dimensionsSpec/dimensions/0'],
    ['guardrail/short-task-duration', '/ioConfig/taskDuration'],
  ],
  'kafka-Druid-Imply-Dashboard__mockstagram_supervisor_spec.json': [
    ['druid/required', '/dataSchema/parser/parseSpec/dimensionsSpec/dimensions/5/name'],
    ['druid/unknown-key', '/dataSchema/parser/parseSpec/dimensionsSpec/dimensions/5/followerRatio'],
  ],
  // The converter is ignored altogether: the decoder is schema_inline, which has no converter.
  'divolte-kafka-druid-superset__supervisor-spec.json': [
    ['druid/unknown-key', '/dataSchema/parser/avroBytesDecoder/subjectAndIdConverter'],
  ],
  'dkdStack-clickstream__supervisor-spec.json': [
    ['druid/unknown-key', '/dataSchema/parser/avroBytesDecoder/subjectAndIdConverter'],
  ],
  'druid-docs__kafka-ingestion_kafka-inputformat-example.json': [['parse/syntax', '']],
  'wikiStreams__supervisor_spec.json': [['druid/misplaced-key', '/spec/transformSpec']],
  'road-traffic-analytics__bike_supervisor.json': [
    ['druid/timestamp-dimension', '/spec/dataSchema/dimensionsSpec/dimensions/6'],
  ],
  'road-traffic-analytics__car_supervisor.json': [
    ['druid/timestamp-dimension', '/spec/dataSchema/dimensionsSpec/dimensions/1'],
  ],
  // Guardrail targets (items 8 and 9).
  'datacenter_dashboard__log_spec.json': [
    ['guardrail/rollup-without-metrics', '/dataSchema/metricsSpec'],
    ['guardrail/reset-offset-automatically', '/tuningConfig/resetOffsetAutomatically'],
    ['guardrail/parse-exceptions', '/tuningConfig/reportParseExceptions'],
  ],
  'druid-twitter-demo__supervisor-spec.json': [
    ['guardrail/meaningless-sum', '/dataSchema/metricsSpec/1/fieldName'],
    ['guardrail/meaningless-sum', '/dataSchema/metricsSpec/2/fieldName'],
    ['guardrail/meaningless-sum', '/dataSchema/metricsSpec/3/fieldName'],
    ['guardrail/short-task-duration', '/ioConfig/taskDuration'],
  ],
  'rasane-kafka-druid__things.json': [
    ['guardrail/all-segment-granularity', '/spec/dataSchema/granularitySpec/segmentGranularity'],
    ['guardrail/meaningless-sum', '/spec/dataSchema/metricsSpec/1/fieldName'],
  ],
  'AWS-AKS-Migration__kafka-supervisor.json': [
    ['guardrail/fine-segment-granularity', '/spec/dataSchema/granularitySpec/segmentGranularity'],
  ],
  'cgsyam-druid-kafka__supervisor_spec.json': [
    ['guardrail/fine-segment-granularity', '/spec/dataSchema/granularitySpec/segmentGranularity'],
  ],
  'datacenter_dashboard__supervisor_spec.json': [
    ['guardrail/fine-segment-granularity', '/dataSchema/granularitySpec/segmentGranularity'],
  ],
  'ecommerce-realtime-pipeline__ingestion-spec.json': [
    ['guardrail/consumer-group-id', '/spec/ioConfig/consumerProperties/group.id'],
  ],
  'olap-demo__ingestion_spec.json': [
    ['guardrail/plaintext-credentials', '/spec/ioConfig/consumerProperties/sasl.jaas.config'],
  ],
};

/** Files that are not specs as stored (template placeholders), so a syntax error is right. */
const TEMPLATED = /%%|\{[0-9]\}/;

/** Error-level findings that are right even though the spec was published: genuine 400s. */
const EXPECTED_ERRORS = new Set([
  'kafka-Druid-Imply-Dashboard__mockstagram_supervisor_spec.json',
  'druid-docs__kafka-ingestion_kafka-inputformat-example.json',
]);

if (!existsSync(CORPUS)) {
  console.log(`corpus not found at ${CORPUS}: skipped`);
  process.exit(0);
}

const problems: string[] = [];
let checked = 0;
for (const name of readdirSync(CORPUS)
  .filter((file) => file.endsWith('.json'))
  .sort()) {
  const bytes = readFileSync(path.join(CORPUS, name));
  const report = checkFile(readSpec(name, bytes, DEFAULT_CONFIG.druidVersion), DEFAULT_CONFIG);
  checked++;
  const templated = TEMPLATED.test(bytes.toString('utf8'));
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  const listed = (finding: Finding): boolean =>
    (MISTAKES[name] ?? []).some(([rule, pointer]) => rule === finding.rule && pointer === finding.pointer);
  // Guardrail errors are judgements about specs Druid accepts: right only where a mistake is listed.
  const falseAlarms = errors.filter((finding) =>
    finding.rule.startsWith('guardrail/') ? !listed(finding) : !EXPECTED_ERRORS.has(name),
  );
  if (templated) {
    if (!errors.some((finding) => finding.rule === 'parse/syntax'))
      problems.push(`${name}: a template should not parse as JSON`);
  } else if (falseAlarms.length > 0) {
    problems.push(
      `${name}: false alarm: ${falseAlarms.map((e) => `${e.rule} at ${e.pointer}: ${e.message}`).join('; ')}`,
    );
  }
  for (const [rule, pointer] of MISTAKES[name] ?? []) {
    if (!report.findings.some((finding) => finding.rule === rule && finding.pointer === pointer)) {
      problems.push(`${name}: the listed mistake ${rule} at ${pointer || '(file)'} is not reported`);
    }
  }
}
const mistakes = Object.values(MISTAKES).flat().length;
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problems in ${checked} corpus files.`);
  process.exit(1);
}
console.log(`${checked} corpus files: no false alarm, all ${mistakes} listed mistakes reported.`);
