/**
 * Validation: will Druid accept this spec, and will it mean what the author thinks? Combines the
 * model's JSON Schema (types, enums, units, keys Druid drops) with the rules that span fields.
 * Findings carry pointers only; the loader turns them into lines and columns.
 */
import type { Finding } from '../common/finding.js';
import { SECTIONS, viewSupervisor } from '../spec/layout.js';
import { checkAgainstSchema, onePerPlace } from './schema-check.js';
import { checkSemantics } from './semantic.js';
import { checkVersions } from './versions.js';
import { supervisorSchema } from './supervisor-schema.js';
import { quote } from '../common/describe-value.js';
import { secretReferences } from '../spec/secret-references.js';

export interface ValidationOptions {
  /** The Druid release the cluster runs (druidVersion in .druid-gitops.yml). */
  druidVersion: string;
  /**
   * Nobody said which release the cluster runs (no druidVersion, no cluster asked): druidVersion is
   * the newest release the rules describe, so what only newer releases refuse is a warning.
   */
  releaseAssumed?: boolean;
}

export function validateSpec(value: Record<string, unknown>, options: ValidationOptions): Finding[] {
  const type = value.type;
  if (typeof type === 'string' && type !== 'kafka') {
    return [
      {
        rule: 'druid/unsupported-type',
        severity: 'notice',
        pointer: '/type',
        message: `This is a ${quote(type)} supervisor; druid-gitops validates Kafka supervisors in depth and checks only the syntax of others.`,
      },
    ];
  }
  const view = viewSupervisor(value);
  const { root, removedKeys } = supervisorSchema();
  const modelFindings = [
    ...checkAgainstSchema(value, supervisorSchema(), options.druidVersion),
    ...checkVersions(value, root, options.druidVersion, removedKeys),
  ].filter(
    // In Druid's export layout only `spec` is read; differing top-level copies get one finding of their own.
    (finding) => view.layout !== 'export' || !SECTIONS.some((name) => finding.pointer.startsWith(`/${name}`)),
  );
  const semanticFindings = checkSemantics({
    value,
    view,
    druidVersion: options.druidVersion,
    releaseAssumed: options.releaseAssumed === true,
  });
  // The cross-field rules come first and win: they know more than the schema (a top-level id equal
  // to the datasource is harmless on any Druid release; a parser on 37.0.0 is refused, not ignored).
  const explained = new Set(semanticFindings.map((finding) => finding.pointer));
  const releaseFindings = new Set(['druid/version', 'druid/removed-key']);
  return onePerPlace([
    ...semanticFindings,
    ...modelFindings.filter(
      (finding) => !(releaseFindings.has(finding.rule) && explained.has(finding.pointer)),
    ),
    ...referenceFindings(value),
  ]);
}

/** `${env:NAME}` references druid-gitops would not resolve: Druid would receive them as written. */
function referenceFindings(value: Record<string, unknown>): Finding[] {
  return secretReferences(value).problems.map(({ pointer, name, why }) => ({
    rule: 'secret/reference',
    severity: 'error',
    pointer,
    message:
      why === 'forbidden'
        ? `\${env:${name}} names a variable of the runner or the action itself, which druid-gitops never sends to Druid; use a variable of your own.`
        : `\${env:${name}} is resolved only in a credential (a value under a key such as sasl.jaas.config or ssl.truststore.password, a password="…" in a JAAS line, the password of a URL); here Druid would receive the text as written.`,
  }));
}
