/**
 * docs/guardrails.md, generated from the rule metadata: id, default severity, rationale,
 * parameters, and a failing example that is run for real (its finding is quoted as reported).
 */
import { GUARDRAIL_RULES } from '../src/guardrails/catalogue.js';
import type { GuardrailRule } from '../src/guardrails/guardrail.js';
import { BUILTIN_PROFILES } from '../src/config/rule-settings.js';
import { codeBlock, escapeMarkdown } from '../src/report/safe-markdown.js';
import { split } from '../src/spec/pointer.js';
import { ruleAnchor } from '../src/config/rule-catalogue.js';
import { REFERENCE_FACTS, REFERENCE_SEGMENTS, REFERENCE_SPEC, runExample } from './guardrail-examples.js';

const CONFIGURATION = `## Configuration

Guardrails are configured in \`.druid-gitops.yml\` (an unknown key, rule id or parameter is an error
with file:line:column and a suggestion). Validation rules from [rules.md](rules.md) are configured
the same way (severity, \`off\`, suppressions), except \`parse/*\`, \`load/unreadable\`,
\`check/failed\` and \`suppression/invalid\`, which always stand.

\`\`\`yaml
druidVersion: 34.0.0
profile: staging                 # the default profile of a run; --profile overrides it
rules:                           # for every supervisor
  guardrail/max-rows-per-segment:
    severity: error              # error | warning | notice | off
    parameters: { maximum: 3000000 }
  guardrail/consumer-group-id: off
  druid/unknown-key: error       # validation rules: severity and off
profiles:                        # named environments
  staging:
    rules: { guardrail/replicas: { parameters: { minimum: 1 } } }
  production:                    # layered over the built-in production profile
    rules: { guardrail/task-duration-vs-segment-granularity: error }
overrides:                       # per supervisor id (globs), in file order
  - supervisors: ["sandbox_*", "load_test"]
    rules: { guardrail/replicas: off }
suppressions:                    # a reason is mandatory
  - rule: guardrail/fine-segment-granularity
    supervisors: clicks_minutely # globs over supervisor ids (optional)
    files: supervisors/legacy/** # globs over file paths (optional)
    pointer: /spec/dataSchema/granularitySpec/segmentGranularity   # this value or below (optional)
    reason: Dashboards need minute segments; compaction merges them hourly (OPS-123).
\`\`\`

For one supervisor, later layers win, per rule and per parameter: the rule's defaults, \`rules\`,
the selected profile (built-in first, then the one in the file), then every override whose glob
matches the supervisor id. A run's profile is \`profile\` from the file, or \`--profile NAME\` on the
command line. Built-in profiles: ${Object.entries(BUILTIN_PROFILES)
  .map(
    ([name, rules]) =>
      `\`${name}\` (${Object.entries(rules)
        .map(
          ([id, setting]) =>
            `\`${id}\`${setting.severity ? ` as ${setting.severity}` : ''}${
              setting.parameters
                ? ` with ${Object.entries(setting.parameters)
                    .map(([key, value]) => `${key} ${value}`)
                    .join(', ')}`
                : ''
            }`,
        )
        .join('; ')})`,
  )
  .join(', ')}.

In YAML specs a comment suppresses findings inline; the reason is mandatory here too:

\`\`\`yaml
    segmentGranularity: MINUTE  # druid-gitops-ignore guardrail/fine-segment-granularity: compacted hourly (OPS-123)
\`\`\`

A comment at the end of a line covers findings reported on that line (and, after \`key:\` that opens
a block, on the block's first line); a comment on a line of its own covers the next line. Several
ids may be separated by commas. A comment without a reason, or naming an unknown rule, suppresses
nothing and is reported as \`suppression/invalid\`. Suppressed findings are still reported, marked
with their reason (text, JSON \`suppressed\`, SARIF \`suppressions\`), and never fail the check.
`;

function uses(rule: GuardrailRule): string {
  const needs = [
    ...(rule.example.changed ? ['base branch'] : []),
    ...(rule.example.live ? [`cluster (${Object.keys(rule.example.live).join(', ')})`] : []),
    ...(rule.example.segments ? ["the datasource's retention and compaction files"] : []),
  ];
  return needs.length > 0 ? needs.join(', ') : 'spec';
}

function parametersSection(rule: GuardrailRule): string[] {
  const entries = Object.entries(rule.parameters);
  if (entries.length === 0) return ['No parameters.', ''];
  return [
    '| Parameter | Type | Default | Meaning |',
    '|---|---|---|---|',
    ...entries.map(
      ([name, info]) =>
        `| \`${name}\` | ${info.type} | \`${JSON.stringify(info.default)}\` | ${escapeMarkdown(info.description)} |`,
    ),
    '',
  ];
}

function exampleSection(rule: GuardrailRule): string[] {
  const findings = runExample(rule);
  if (findings.length === 0) throw new Error(`the example of ${rule.id} does not fail`);
  const { example } = rule;
  const context = [
    example.changed ? 'the base branch holds the reference spec' : '',
    example.live ? `the cluster reports ${JSON.stringify(example.live)}` : '',
    example.druidVersion ? `druidVersion is ${example.druidVersion}` : '',
    example.profile ? `the run uses the \`${example.profile}\` profile` : '',
    ...Object.entries(example.segments ?? {}).map(([kind, value]) =>
      value === null
        ? `the repository has no ${kind}/clicks.yaml`
        : `${kind}/clicks.yaml holds \`${JSON.stringify(value)}\``,
    ),
  ].filter(Boolean);
  if (Object.keys(example.set).length === 0)
    return [
      `**Fails, for example**, for the reference spec when ${context.join(', ')}:`,
      '',
      ...findings.map(
        (finding) => `> ${finding.severity} at \`${finding.pointer}\`: ${escapeMarkdown(finding.message)}`,
      ),
      '',
    ];
  return [
    `**Fails, for example**, when the reference spec is changed like this${context.length ? ` and ${context.join(', ')}` : ''}:`,
    '',
    ...Object.entries(example.set).map(
      ([pointer, value]) => `- \`${split(pointer).join('.')}\`: \`${JSON.stringify(value)}\``,
    ),
    '',
    ...findings.map(
      (finding) => `> ${finding.severity} at \`${finding.pointer}\`: ${escapeMarkdown(finding.message)}`,
    ),
    '',
  ];
}

export function guardrailsMarkdown(header: string): string {
  const lines = [
    header + '# Guardrails',
    '',
    'Validation ([rules.md](rules.md)) says whether Druid accepts a spec and reads it as written.',
    'Guardrails say whether it is wise: each one encodes an operational rule, checked against what',
    "Druid's code does (the rationale says what that is). They run with `druid-gitops validate` and the",
    "action's review, beside validation, with the same findings (text, JSON, SARIF, annotations).",
    '',
    'Severity is the default; configuration changes it, and `error` fails the check. A rule that needs',
    'a fact the run does not have — the base branch for change rules, the cluster for partitions,',
    'stored offsets or the compaction config — reports a **notice** saying what to check, instead of',
    'guessing.',
    '',
    CONFIGURATION,
    '## Rules',
    '',
    '| Rule | Severity | Uses | Title |',
    '|---|---|---|---|',
    ...GUARDRAIL_RULES.map(
      (rule) =>
        `| [\`${rule.id}\`](#${ruleAnchor(rule.id)}) | ${rule.severity} | ${uses(rule)} | ${rule.title} |`,
    ),
    '',
    '## The reference spec',
    '',
    'Every example below changes this spec, which passes every guardrail when the cluster reports',
    `\`${JSON.stringify(REFERENCE_FACTS)}\` and the datasource's files in git are`,
    Object.values(REFERENCE_SEGMENTS)
      .map((file) => (file ? `\`${file.path}\`: \`${JSON.stringify(file.value)}\`` : ''))
      .join(' and ') + ':',
    '',
    codeBlock(JSON.stringify(REFERENCE_SPEC, null, 2), 'json'),
    '',
  ];
  for (const rule of GUARDRAIL_RULES) {
    lines.push(
      `## ${rule.id}`,
      '',
      `**${rule.title}** — default severity: ${rule.severity}.`,
      '',
      escapeMarkdown(rule.rationale),
      '',
      ...parametersSection(rule),
      ...exampleSection(rule),
    );
  }
  return lines.join('\n');
}
