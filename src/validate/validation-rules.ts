/**
 * The loading and validation rules (docs/rules.md): their ids, titles, severities and what to do.
 * The guardrails have their own catalogue (src/guardrails/catalogue.ts); config/rule-catalogue.ts
 * joins the two. A rule id never changes meaning; retired ids are not reused.
 */
import type { Severity } from '../common/finding.js';

export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  /** Why it matters and what to do, for docs/rules.md and SARIF help text. */
  description: string;
}

export const rule = (id: string, severity: Severity, title: string, description: string): RuleInfo => ({
  id,
  title,
  severity,
  description,
});

export const VALIDATION_RULES: readonly RuleInfo[] = [
  rule(
    'parse/syntax',
    'error',
    'File is not valid JSON or YAML',
    'The file cannot be parsed. The finding points at the first syntax error; fix it and the rest of the file is checked.',
  ),
  rule(
    'parse/duplicate-key',
    'error',
    'Duplicate key',
    'A key appears twice in one object. JSON parsers keep only the last value (Druid too), so the first value is silently lost.',
  ),
  rule('parse/empty', 'error', 'Empty file', 'A spec file holds no value. Delete it or write the spec.'),
  rule(
    'parse/multiple-documents',
    'error',
    'Several YAML documents',
    'A file must hold one supervisor, so that a file maps to one supervisor id.',
  ),
  rule(
    'parse/not-an-object',
    'error',
    'Root has the wrong shape',
    'A supervisor spec and a compaction file are JSON objects (a supervisor spec has "type" and "spec"); a retention file is a list of rules.',
  ),
  rule(
    'parse/not-json',
    'error',
    'YAML value without a JSON equivalent',
    'Druid receives JSON: .inf, .nan and tagged binary values cannot be sent.',
  ),
  rule(
    'parse/unsafe-integer',
    'warning',
    'Integer too large to keep exactly',
    'Integers past 2^53 lose digits in JavaScript, so the value submitted to Druid would differ from the file.',
  ),
  rule(
    'parse/too-deep',
    'error',
    'Nested too deeply',
    'Objects or lists nest more than 100 levels deep. A supervisor spec needs fewer than 20; a file this deep is generated or broken, and checking it would exhaust the stack, so it is reported and the other files are still checked.',
  ),
  rule('parse/encoding', 'error', 'File is not UTF-8', 'Spec files must be UTF-8 text.'),
  rule(
    'load/unreadable',
    'error',
    'File cannot be read',
    'The file exists but could not be read (permissions, or it vanished while reading).',
  ),
  rule(
    'secret/reference',
    'error',
    'Credential reference druid-gitops will not resolve',
    'A "${env:NAME}" reference (docs/secrets.md) stands for a credential druid-gitops fills in from its environment when it deploys. It resolves only in a credential (a value under a key such as sasl.jaas.config or ssl.truststore.password, a password inside a JAAS line, the password of a URL), so the value is redacted wherever druid-gitops prints it, and never to the variables of the runner or the action (GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_*). Anywhere else Druid would receive the text as written.',
  ),
  rule(
    'check/failed',
    'error',
    'File could not be checked',
    'druid-gitops stopped with an error while checking this file: a bug in druid-gitops, not necessarily in the file. The file is reported as not fully checked and every other file is still checked. Please report it with the file.',
  ),
  rule(
    'load/duplicate-id',
    'error',
    'Two files define the same supervisor',
    'Druid keeps one spec per supervisor id; two files with the same id would overwrite each other on deploy.',
  ),
  rule(
    'load/duplicate-datasource',
    'error',
    'Two files for one datasource',
    'Two retention (or two compaction) files have the same name with different extensions; the Coordinator keeps one rule list and one compaction config per datasource, so one file would overwrite the other. Keep one.',
  ),
  rule(
    'retention/dead-rule',
    'warning',
    'Retention rule that can never apply',
    'The Coordinator tries the rules top-down and the first match wins. An earlier rule (a forever rule, a period rule reaching further back, an interval containing this one) matches every segment this rule would match, so it never decides anything: a drop rule after loadForever drops nothing. Reorder or delete it.',
  ),
  rule(
    'retention/falls-through',
    'warning',
    'Segments no retention rule matches',
    "A segment that matches none of the datasource's rules is decided by the cluster's _default rules, which Druid ships as loadForever: data the list seems to drop is kept forever. End the list with dropForever (or loadForever to keep the rest on purpose).",
  ),
  rule(
    'compaction/msq-engine',
    'error',
    'MSQ compaction through the Coordinator',
    'The Coordinator\'s compaction API refuses engine "msq" with HTTP 400: MSQ compaction needs supervisor-based compaction on the Overlord. druid-gitops writes compaction configs to the Coordinator, so leave engine out or use "native".',
  ),
  rule(
    'load/datasource-mismatch',
    'error',
    'Compaction dataSource differs from the file name',
    'A compaction file is named for its datasource (compaction/<datasource>.yaml). Its dataSource field, when written, must be the same name; drop it or rename the file.',
  ),
  rule(
    'druid/required',
    'error',
    'Required field missing',
    'Druid refuses the spec (HTTP 400) without this field: dataSchema, ioConfig, consumerProperties with bootstrap.servers, a timestampSpec beside a dimensionsSpec, the "type" of a polymorphic object.',
  ),
  rule(
    'druid/type',
    'error',
    'Wrong JSON type',
    'Jackson cannot read the value as the Java type Druid declares, and Druid answers 400. The classic case: handoffConditionTimeout is a number of milliseconds, not an ISO period.',
  ),
  rule(
    'druid/coerced-type',
    'warning',
    'Value Druid converts',
    'Druid converts the value (the string "true" to a boolean, "5000" to a number, a number to an ISO period in milliseconds), so it works, but the file says something else than it means. Write the value in its own type.',
  ),
  rule(
    'druid/period',
    'error',
    'Not an ISO-8601 period',
    'Period fields take ISO-8601 periods such as "PT1H". Durations (taskDuration, completionTimeout, ...) cannot use years or months, because Druid converts them to a fixed length.',
  ),
  rule(
    'druid/enum',
    'error',
    'Value Druid does not know',
    'The value is not one Druid accepts for this field (an unknown granularity, aggregator type, input format ...), and Druid answers 400.',
  ),
  rule(
    'druid/silent-default',
    'error',
    'Value Druid silently replaces',
    'Druid does not reject this value: it uses a default instead, without a word (segmentWriteOutMediumFactory {"type": "mmap"} becomes tmpFile). The spec then does not do what it says.',
  ),
  rule(
    'druid/unknown-type',
    'warning',
    'Type from an extension',
    'The type is not built into Druid. Druid answers 400 unless the extension that provides it is loaded on the cluster.',
  ),
  rule(
    'druid/unknown-key',
    'warning',
    'Key Druid drops',
    'Druid ignores unknown keys without an error and drops them from the stored spec, so a misspelled key silently leaves the default in place. The first 50 unknown keys of an object are reported one by one, with a suggestion; the rest get one finding at the object that counts them.',
  ),
  rule(
    'druid/misplaced-key',
    'warning',
    'Key in the wrong section',
    'The key is valid elsewhere in the spec (for example transformSpec belongs in dataSchema); where it is, Druid ignores it.',
  ),
  rule(
    'druid/removed-key',
    'warning',
    'Key Druid no longer reads',
    'The key was removed from Druid (skipOffsetGaps in 0.15.0); today it is ignored wherever it is written.',
  ),
  rule(
    'druid/version',
    'warning',
    'Not available on the configured Druid release',
    'The field or value needs a newer (or older) Druid than druidVersion in .druid-gitops.yml; that release ignores it. A top-level "id" below Druid 34.0 is an error when it differs from the datasource, because every call to /supervisor/{id} then answers 404.',
  ),
  rule(
    'druid/range',
    'error',
    'Value out of range',
    'Druid refuses the value: replicas and taskCount are at least 1, maxRowsPerSegment is positive, ...',
  ),
  rule(
    'druid/schema',
    'error',
    "Spec does not match Druid's model",
    'A structural problem the other rules do not describe more precisely.',
  ),
  rule(
    'druid/topic',
    'error',
    'Topic or topicPattern',
    'A Kafka supervisor reads exactly one of "topic" or "topicPattern"; both or neither is a 400.',
  ),
  rule(
    'druid/invalid-id',
    'error',
    'Invalid datasource or supervisor name',
    'Names may not be empty, start with ".", contain "/", whitespace other than spaces, or control characters; Druid answers 400.',
  ),
  rule(
    'druid/duplicate-column',
    'error',
    'Column defined twice',
    'Dimension and metric names share one namespace, and "__time" is the primary timestamp; Druid answers 400 ("Cannot specify a column more than once").',
  ),
  rule(
    'druid/timestamp-dimension',
    'warning',
    'Timestamp column also a dimension',
    'The raw timestamp is stored a second time as a dimension column, which is rarely intended and costs storage.',
  ),
  rule(
    'druid/legacy-parser',
    'warning',
    'Legacy parser',
    'dataSchema.parser/parseSpec is the deprecated way to read rows; move to ioConfig.inputFormat (the message says how). From Druid 37.0.0 it is an error: Druid refuses a spec with a parser (400).',
  ),
  rule(
    'druid/autoscaled-task-count',
    'notice',
    'Task count under the autoscaler',
    'While autoScalerConfig.enableTaskAutoScaler is true, the autoscaler owns ioConfig.taskCount: Druid rewrites it on every scale action and writes a history version. druid-gitops never reports that as drift and never reverts it; before Druid 38.0.0 it does not deploy a change of taskCount either. Set autoScalerConfig.taskCountStart to choose the count the supervisor starts with.',
  ),
  rule(
    'druid/release',
    'notice',
    'Druid release outside the rules',
    'The Druid release (druidVersion, or what the cluster reports) is newer than the newest release these rules describe, or older than the oldest. Fields and defaults that release added or changed are unknown here, so a key the rules do not know is only a notice ("Druid may drop it"). Update druid-gitops, or set druidVersion to the release the cluster runs.',
  ),
  rule(
    'druid/late-rejection',
    'error',
    'Two late-message rejection settings',
    'lateMessageRejectionPeriod and lateMessageRejectionStartDateTime cannot be combined; Druid answers 400.',
  ),
  rule(
    'druid/autoscaler',
    'error',
    'Autoscaler bounds',
    'An enabled autoscaler needs taskCountMin ≤ taskCountStart ≤ taskCountMax; Druid refuses other bounds, and a stored supervisor with taskCountMin > taskCountMax is dropped when the Overlord restarts (apache/druid#18827).',
  ),
  rule(
    'druid/ignored-copy',
    'warning',
    'Top-level copy differs from spec',
    'Druid\'s export layout repeats dataSchema, ioConfig and tuningConfig at the top level; on submission only "spec" is read, so a differing copy misleads readers.',
  ),
  rule(
    'druid/unsupported-type',
    'notice',
    'Not a Kafka supervisor',
    'druid-gitops validates Kafka supervisors in depth; other supervisor types (kinesis, rabbit, ...) are checked for syntax only.',
  ),
  rule(
    'suppression/invalid',
    'warning',
    'Suppression comment that suppresses nothing',
    'A "# druid-gitops-ignore RULE-ID: reason" comment needs a known, configurable rule id and a reason; without them it suppresses nothing, so that every suppression in the repository says why.',
  ),
];
