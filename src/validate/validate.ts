/**
 * Validation: will Druid accept this spec, and will it mean what the author thinks? Combines the
 * model's JSON Schema (types, enums, units, keys Druid drops) with the rules that span fields.
 * Findings carry pointers only; the loader turns them into lines and columns.
 */
import { SEVERITY_RANK, type Finding } from '../finding.js';
import { kafkaSupervisor, removedKeys } from '../spec/model/kafka-supervisor.js';
import { SECTIONS, viewSupervisor } from '../spec/layout.js';
import { checkAgainstSchema, type SpecModel } from './schema-check.js';
import { checkSemantics } from './semantic.js';
import { quote } from './describe.js';

export const KAFKA_MODEL: SpecModel = { root: kafkaSupervisor, removedKeys };

export interface ValidationOptions {
  druidVersion: string;
  model?: SpecModel;
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
  const schemaFindings = checkAgainstSchema(value, options.model ?? KAFKA_MODEL, options.druidVersion).filter(
    // In Druid's export layout only `spec` is read; differing top-level copies get one finding of their own.
    (finding) => view.layout !== 'export' || !SECTIONS.some((name) => finding.pointer.startsWith(`/${name}`)),
  );
  const semanticFindings = checkSemantics({ value, view, druidVersion: options.druidVersion });
  return mostSevereFirst([...semanticFindings, ...schemaFindings]);
}

/** One finding per rule and place, keeping the most severe when two checks agree. */
function mostSevereFirst(findings: Finding[]): Finding[] {
  const byPlace = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.pointer}`;
    const existing = byPlace.get(key);
    if (!existing || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[existing.severity])
      byPlace.set(key, finding);
  }
  return [...byPlace.values()];
}
