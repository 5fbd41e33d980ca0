/**
 * Which Druid release reads which field. The schema accepts every field any release reads; this
 * walk follows the spec through the model and reports the fields the configured release does not
 * read (added later, or removed already), because Druid ignores those without a word.
 */
import type { Finding } from '../common/finding.js';
import { isPlainObject } from '../common/json.js';
import { jsonTypesOf } from '../spec/model/schema.js';
import type { Availability, Field, Node, ObjectNode, TypedNode } from '../spec/model/vocabulary.js';
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
        const tagName = node.tag ?? 'type';
        const tag = item[tagName] ?? node.defaultVariant;
        const variant = typeof tag === 'string' ? node.variants[tag] : undefined;
        const availability = typeof tag === 'string' ? node.variantAvailability?.[tag] : undefined;
        if (variant && availability && !isAvailableIn(availability, druidVersion)) {
          findings.push(
            variantFinding(String(tag), node, availability, join(pointer, tagName), druidVersion),
          );
          return;
        }
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

function variantFinding(
  name: string,
  node: TypedNode,
  availability: Availability,
  pointer: string,
  druidVersion: string,
): Finding {
  const when =
    availability.since && !isAvailableIn({ since: availability.since }, druidVersion)
      ? `was added in Druid ${availability.since}`
      : `was removed in Druid ${availability.removedIn}`;
  const instead =
    node.unknownType === 'replace' && node.defaultVariant
      ? `reads it as ${quote(node.defaultVariant)} without a word`
      : 'answers 400';
  return {
    rule: 'druid/version',
    severity: node.unknownType === 'replace' ? 'warning' : 'error',
    pointer,
    message: `${quote(name)} ${when}; Druid ${druidVersion} (your druidVersion) ${instead}.`,
  };
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
