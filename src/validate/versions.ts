/**
 * Which Druid release reads which field. The schema accepts every field any release reads; this
 * walk follows the spec through the model and reports the fields the configured release does not
 * read (added later, or removed already), because Druid ignores those without a word.
 */
import type { Finding } from '../common/finding.js';
import { isPlainObject } from '../common/json.js';
import { jsonTypesOf } from '../spec/model/schema.js';
import type { Field, Node, ObjectNode } from '../spec/model/vocabulary.js';
import { isAvailableIn } from '../spec/model/version.js';
import { join } from '../spec/pointer.js';
import { quote } from '../common/describe-value.js';

export function checkVersions(
  value: unknown,
  root: Node,
  druidVersion: string,
  removedKeys: Readonly<Record<string, string>>,
): Finding[] {
  const findings: Finding[] = [];
  const visitObject = (object: Record<string, unknown>, node: ObjectNode, pointer: string): void => {
    for (const [key, item] of Object.entries(object)) {
      const field = node.fields[key];
      if (!field) continue; // unknown keys are the schema's business
      const here = join(pointer, key);
      if (!isAvailableIn(field, druidVersion))
        findings.push(versionFinding(key, field, here, druidVersion, removedKeys));
      else visit(item, field.node, here);
    }
  };
  const visit = (item: unknown, node: Node, pointer: string): void => {
    if (item === null || item === undefined) return;
    switch (node.kind) {
      case 'object':
        if (isPlainObject(item) && node.unknownKeys === 'drop') visitObject(item, node, pointer);
        return;
      case 'typed': {
        if (!isPlainObject(item)) return;
        const tag = item[node.tag ?? 'type'] ?? node.defaultVariant;
        const variant = typeof tag === 'string' ? node.variants[tag] : undefined;
        if (variant) visitObject(item, variant, pointer);
        return;
      }
      case 'array':
        if (Array.isArray(item))
          item.forEach((entry, index) => visit(entry, node.items, join(pointer, index)));
        return;
      case 'union': {
        const type = Array.isArray(item) ? 'array' : isPlainObject(item) ? 'object' : typeof item;
        const variant = node.variants.find((candidate) => jsonTypesOf(candidate).includes(type));
        if (variant) visit(item, variant, pointer);
        return;
      }
      default:
        return;
    }
  };
  visit(value, root, '');
  return findings;
}

function versionFinding(
  key: string,
  field: Field,
  pointer: string,
  druidVersion: string,
  removedKeys: Readonly<Record<string, string>>,
): Finding {
  if (field.since && !isAvailableIn({ since: field.since }, druidVersion)) {
    return {
      rule: 'druid/version',
      severity: 'warning',
      pointer,
      message: `${quote(key)} was added in Druid ${field.since}; Druid ${druidVersion} (your druidVersion) ignores it.`,
    };
  }
  const why = removedKeys[key] ?? `it was removed in Druid ${field.removedIn}.`;
  return {
    rule: 'druid/removed-key',
    severity: 'warning',
    pointer,
    message: `Druid ${druidVersion} ignores ${quote(key)}: ${why}`,
  };
}
