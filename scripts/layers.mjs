// The layering of src/: each folder, what it is for, and the folders it may import. The lint
// (.dependency-cruiser.mjs) enforces it and docs/architecture.md shows it (`npm run generate`).
// Listed from the bottom up; a folder may import only folders listed before it, and only those
// named in its `imports`.

/** @type {Record<string, { imports: string; purpose: string }>} Imports are space-separated folder names. */
export const LAYERS = {
  common: {
    imports: '',
    purpose:
      'Ground helpers every layer may use: findings, JSON facts, secret redaction, wording, the clock, bounded parallelism, the product version.',
  },
  spec: {
    imports: 'common',
    purpose:
      "The files' model: Druid's Kafka supervisor, retention and compaction models (model/), parsing with positions, loading from disk or a git ref, the spec layout, durations, JSON Pointers.",
  },
  validate: {
    imports: 'spec common',
    purpose:
      "Druid's types and rules applied to one value: the model's JSON Schema, semantic checks, release gates; the validation rule catalogue.",
  },
  guardrails: {
    imports: 'validate spec common',
    purpose:
      "Operational rules over one spec, with its base, the cluster's facts and the datasource's segment files; their catalogue.",
  },
  config: {
    imports: 'guardrails validate spec common',
    purpose:
      "The repository's .druid-gitops.yml: loading it, rule severities and parameters, suppressions, the joint rule catalogue, where the segment files are.",
  },
  check: {
    imports: 'config guardrails validate spec common',
    purpose:
      "One file's findings: validation, guardrails and the configuration, for supervisors and for retention and compaction files; the validation report.",
  },
  diff: {
    imports: 'check config guardrails validate spec common',
    purpose:
      'What a change does: effective specs, the semantic field diff, schema compatibility, the impact on merge, the review’s change plan.',
  },
  druid: {
    imports: 'common',
    purpose:
      'Gateway: the only code that speaks HTTP to Druid (Overlord, Coordinator, Router): the client, retries, error classes, payload types.',
  },
  github: {
    imports: 'spec common',
    purpose:
      "Gateway: the only code that speaks to GitHub's REST API: comments, issues, pull requests, contents, commits.",
  },
  emulator: {
    imports: 'spec common',
    purpose:
      "A Druid stand-in (Overlord, Coordinator and a Kafka world) for `druid-gitops emulator`, the demo and the tests; it follows Druid's sources, never the rest of src/.",
  },
  health: {
    imports: 'druid spec common',
    purpose:
      'Read-only understanding of a running supervisor: the health verdict, the diagnosis and its checks, lag, offsets, history, and the recovery operations a diagnosis recommends, with their gate and their consequences.',
  },
  sample: {
    imports: 'druid spec common',
    purpose:
      "What a spec does to the rows: Druid's sampler driven for the base and head specs on the same records, what the review may send it, and the comparison of the two samples.",
  },
  deploy: {
    imports: 'health diff druid spec common',
    purpose:
      'Sync: applies one supervisor or one segment config to the cluster, each step done and then read back: suspend, submit, resume, verify, restore.',
  },
  flows: {
    imports: 'deploy health sample diff check config guardrails validate druid spec common',
    purpose:
      'One story per mode, read like a runbook: validate files, review, deploy, drift, recover. Flows sequence decisions and gateway calls and return typed results; they never render.',
  },
  report: {
    imports: 'flows deploy health sample diff check config guardrails validate spec common',
    purpose:
      'Renders results as Markdown, text, JSON and SARIF; text from files and from Druid is escaped and redacted here.',
  },
  settings: {
    imports: 'health config druid spec common',
    purpose: 'The front doors: action inputs and CLI flags, parsed into one typed settings object.',
  },
  action: {
    imports:
      'settings report flows deploy health diff check config guardrails validate github druid spec common',
    purpose:
      'Shell: the GitHub Action. Picks the mode for the event, runs its flow, writes the comment, summary, outputs and GitHub side effects; the journal and the post step.',
  },
  cli: {
    imports:
      'settings report flows deploy health diff check config guardrails validate emulator druid spec common',
    purpose: 'Shell: the druid-gitops command line, one module per command.',
  },
};

/** The entry files at the top of src/ and the one folder each may import. */
export const ENTRY_POINTS = {
  'main.ts': 'action',
  'post.ts': 'action',
  'cli.ts': 'cli',
};
