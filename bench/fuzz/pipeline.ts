/**
 * One fuzz case through everything a spec file meets: load → validate and guardrails (and their
 * text/JSON/SARIF output) → normalise → diff against the seed → the review plan → the review
 * comment at two budgets. Throws on a crash or a broken law; each throw is a finding.
 */
import { DEFAULT_CONFIG } from '../../src/config/config-file.js';
import { diffSpecs } from '../../src/diff/spec-diff.js';
import { normalizeSpec } from '../../src/diff/normalize.js';
import { planChanges } from '../../src/diff/plan.js';
import { summarise } from '../../src/check/validation-report.js';
import { checkFile } from '../../src/check/supervisor-check.js';
import { renderReview } from '../../src/report/review-markdown.js';
import { renderValidation } from '../../src/report/validation-output.js';
import type { SourceFile } from '../../src/spec/git-source.js';
import { readSpec } from '../../src/spec/load.js';
import type { Mutant } from './mutations.js';

const SEVERITIES = new Set(['error', 'warning', 'notice']);

export class LawBroken extends Error {}

function law(holds: boolean, what: string): void {
  if (!holds) throw new LawBroken(what);
}

export async function fuzzCase(seed: SourceFile, mutant: Mutant, config = DEFAULT_CONFIG): Promise<void> {
  const file: SourceFile = { path: mutant.path, bytes: new TextEncoder().encode(mutant.text) };
  const spec = readSpec(file.path, file.bytes, config.druidVersion);
  const report = checkFile(spec, config);
  law(spec.document !== undefined || report.findings.length > 0, 'an unreadable file without a finding');
  for (const finding of report.findings) {
    law(SEVERITIES.has(finding.severity), `severity ${finding.severity}`);
    law((finding.line ?? 1) >= 1 && (finding.column ?? 1) >= 1, `position ${finding.line}:${finding.column}`);
    law(finding.message.trim() !== '', `an empty message for ${finding.rule}`);
  }
  const summary = summarise([report]);
  renderValidation(summary, 'text');
  JSON.parse(renderValidation(summary, 'json'));
  JSON.parse(renderValidation(summary, 'sarif'));

  if (spec.document) {
    const options = { druidVersion: config.druidVersion };
    const effective = normalizeSpec(spec.document.value, options);
    const again = normalizeSpec(effective.spec as Record<string, unknown>, options);
    law(JSON.stringify(again.spec) === JSON.stringify(effective.spec), 'normalising twice changes the spec');
    const seedSpec = readSpec(seed.path, seed.bytes, config.druidVersion).document?.value;
    if (seedSpec) diffSpecs(normalizeSpec(seedSpec, options), effective);
    law(diffSpecs(effective, effective).length === 0, 'a spec differs from itself');
  }

  const plan = await planChanges({ base: [seed], head: [file], config });
  for (const budget of [65_536, 1_500]) {
    const comment = renderReview(plan, { budget, fullReportHint: 'See the job summary.' });
    law(comment.length <= budget, `a ${comment.length}-character comment for a budget of ${budget}`);
  }
}
