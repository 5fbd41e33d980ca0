import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dataSchema,
  ioConfig,
  kafkaSupervisor,
  removedKeys,
  tuningConfig,
} from '../../../src/spec/model/kafka-supervisor.js';
import type { Field, Node, ObjectNode, TypedNode } from '../../../src/spec/model/vocabulary.js';

const here = dirname(fileURLToPath(import.meta.url));
const getExport = JSON.parse(
  readFileSync(join(here, '../../fixtures/specs/get-export.json'), 'utf8'),
) as unknown;

type Container = ObjectNode | TypedNode;

/** Every object and typed node reachable from the root, once each (the model is recursive). */
function containers(root: Node): Container[] {
  const seen = new Set<Node>();
  const found: Container[] = [];
  const visit = (node: Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    switch (node.kind) {
      case 'object':
        found.push(node);
        Object.values(node.fields).forEach((item) => visit(item.node));
        if (node.values) visit(node.values);
        return;
      case 'typed':
        found.push(node);
        Object.values(node.variants).forEach(visit);
        return;
      case 'array':
        return visit(node.items);
      case 'union':
        return node.variants.forEach(visit);
      default:
        return;
    }
  };
  visit(root);
  return found;
}

function fields(): Array<{ where: string; item: Field }> {
  return containers(kafkaSupervisor).flatMap((node) =>
    node.kind === 'object'
      ? Object.entries(node.fields).map(([name, item]) => ({ where: `${node.id}.${name}`, item }))
      : [],
  );
}

// A tiny checker: does a JSON value satisfy a node? Returns the problems, with JSON paths.
const PATTERNS = {
  duration: /^P(?=\d|T\d)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  period: /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  datetime: /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/,
  interval: /^[^/]+\/[^/]+$/,
};

function check(value: unknown, node: Node, path: string): string[] {
  const fail = (why: string): string[] => [`${path}: ${why} (got ${JSON.stringify(value)})`];
  switch (node.kind) {
    case 'any':
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('not a boolean');
    case 'number':
      if (typeof value !== 'number') return fail('not a number');
      if (node.minimum !== undefined && value < node.minimum) return fail('below minimum');
      if (node.maximum !== undefined && value > node.maximum) return fail('above maximum');
      return [];
    case 'integer': {
      if (!Number.isInteger(value)) return fail('not an integer');
      const number = value as number;
      if (node.java === 'int' && Math.abs(number) > 2147483647) return fail('outside Java int');
      if (node.minimum !== undefined && number < node.minimum) return fail('below minimum');
      if (node.exclusiveMinimum !== undefined && number <= node.exclusiveMinimum)
        return fail('not above minimum');
      if (node.maximum !== undefined && number > node.maximum) return fail('above maximum');
      return [];
    }
    case 'string': {
      if (typeof value !== 'string') return fail('not a string');
      if (node.enum) {
        const match = node.caseInsensitive
          ? node.enum.some((item) => item.toUpperCase() === value.toUpperCase())
          : node.enum.includes(value);
        if (!match) return fail(`not one of ${node.enum.join(', ')}`);
      }
      if (node.format && !PATTERNS[node.format].test(value)) return fail(`not a ${node.format}`);
      if (node.minLength !== undefined && value.length < node.minLength) return fail('too short');
      return [];
    }
    case 'array':
      if (!Array.isArray(value)) return fail('not an array');
      return value.flatMap((item, index) => check(item, node.items, `${path}[${index}]`));
    case 'union': {
      const attempts = node.variants.map((variant) => check(value, variant, path));
      return attempts.some((problems) => problems.length === 0) ? [] : fail('matches no variant');
    }
    case 'typed': {
      if (!isPlainObject(value)) return fail(`not an object (${node.id})`);
      const tag = node.tag ?? 'type';
      const name = value[tag];
      if (name === undefined && node.defaultVariant) {
        return checkObject(value, node.variants[node.defaultVariant] as ObjectNode, path);
      }
      if (typeof name === 'string' && node.extensionTypes?.[name] !== undefined) return [];
      const variant = typeof name === 'string' ? node.variants[name] : undefined;
      return variant ? checkObject(value, variant, path) : fail(`unknown ${tag} of ${node.id}`);
    }
    case 'object':
      return isPlainObject(value) ? checkObject(value, node, path) : fail(`not an object (${node.id})`);
  }
}

function checkObject(value: Record<string, unknown>, node: ObjectNode, path: string): string[] {
  const problems: string[] = [];
  for (const [name, item] of Object.entries(node.fields)) {
    if (item.required && (value[name] === undefined || value[name] === null)) {
      problems.push(`${path}.${name}: required`);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    const item = node.fields[key];
    if (item) {
      if (child === null) {
        if (item.required) problems.push(`${path}.${key}: null for a required field`);
      } else problems.push(...check(child, item.node, `${path}.${key}`));
    } else if (node.unknownKeys === 'drop') problems.push(`${path}.${key}: unknown key in ${node.id}`);
    else if (node.values && child !== null) problems.push(...check(child, node.values, `${path}.${key}`));
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('spec model catalogue', () => {
  const all = containers(kafkaSupervisor);

  test('the root and the three sections carry the ids the engine looks for', () => {
    expect(kafkaSupervisor.id).toBe('supervisor');
    expect(dataSchema.id).toBe('dataSchema');
    expect(ioConfig.id).toBe('ioConfig');
    expect(tuningConfig.id).toBe('tuningConfig');
    expect(all).toEqual(expect.arrayContaining([dataSchema, ioConfig, tuningConfig]));
  });

  test('every object and typed node has a unique, readable id', () => {
    const byId = new Map<string, Container>();
    const clashes: string[] = [];
    for (const node of all) {
      expect(node.id).toMatch(/^[A-Za-z][\w.-]*$/);
      const other = byId.get(node.id);
      if (other && other !== node) clashes.push(node.id);
      byId.set(node.id, node);
    }
    expect(clashes).toEqual([]);
  });

  test('every field has a description', () => {
    const missing = fields()
      .filter(({ item }) => item.description.trim().length < 10)
      .map(({ where }) => where);
    expect(missing).toEqual([]);
  });

  test('every default satisfies its own node', () => {
    const problems = fields().flatMap(({ where, item }) => {
      if (item.default === undefined) return [];
      if (item.default === null) return item.nullable ? [] : [`${where}: default null but not nullable`];
      return check(item.default, item.node, where);
    });
    expect(problems).toEqual([]);
  });

  test('required fields have no default, and output-only fields are never required', () => {
    const wrong = fields()
      .filter(({ item }) => item.required && (item.default !== undefined || item.outputOnly))
      .map(({ where }) => where);
    expect(wrong).toEqual([]);
  });

  test('each typed variant names itself in its discriminator, and default variants exist', () => {
    const problems: string[] = [];
    for (const node of all.filter((item): item is TypedNode => item.kind === 'typed')) {
      const tag = node.tag ?? 'type';
      for (const [name, variant] of Object.entries(node.variants)) {
        const discriminator = variant.fields[tag]?.node;
        if (discriminator?.kind !== 'string' || discriminator.enum?.join() !== name) {
          problems.push(`${node.id}: variant ${name} lacks ${tag}=${name}`);
        }
        if (variant.fields[tag]?.required)
          problems.push(`${node.id}.${name}: the tag is checked by the typed node`);
      }
      if (node.defaultVariant && !node.variants[node.defaultVariant]) {
        problems.push(`${node.id}: default variant ${node.defaultVariant} missing`);
      }
      if (node.unknownType === 'replace' && node.defaultVariant === undefined) {
        problems.push(
          `${node.id}: 'replace' needs the defaultVariant Druid falls back to (Jackson defaultImpl)`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  test('availability uses release numbers, and a field is added before it is removed', () => {
    const version = /^\d+\.\d+\.\d+$/;
    const bad = fields()
      .filter(({ item }) => {
        if (item.since && !version.test(item.since)) return true;
        if (item.removedIn && !version.test(item.removedIn)) return true;
        if (item.since && item.removedIn) {
          const [a, b] = [item.since, item.removedIn].map((v) => v.split('.').map(Number)) as [
            number[],
            number[],
          ];
          const order = (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);
          return order >= 0;
        }
        return false;
      })
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  test('removed keys explain themselves, and a removed field is also listed by name', () => {
    for (const message of Object.values(removedKeys)) expect(message.length).toBeGreaterThan(20);
    const removedFields = fields()
      .filter(({ item }) => item.removedIn && !item.since)
      .map(({ where }) => where.split('.').at(-1) as string);
    expect(removedFields.filter((name) => !(name in removedKeys))).toEqual([]);
  });

  test("the model knows every key of Druid's GET re-serialisation", () => {
    expect(check(getExport, kafkaSupervisor, '$')).toEqual([]);
  });

  test('a minimal submitted spec satisfies the model', () => {
    const minimal = {
      type: 'kafka',
      spec: {
        dataSchema: {
          dataSource: 'wiki',
          timestampSpec: { column: 'time', format: 'iso' },
          dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'delta' }] },
          granularitySpec: { segmentGranularity: 'hour', queryGranularity: 'none' },
        },
        ioConfig: {
          topic: 'wiki',
          inputFormat: { type: 'json' },
          consumerProperties: { 'bootstrap.servers': 'localhost:9092' },
          taskDuration: 'PT1H',
        },
        tuningConfig: { type: 'kafka', handoffConditionTimeout: 600000 },
      },
    };
    expect(check(minimal, kafkaSupervisor, '$')).toEqual([]);
  });

  test('the checker sees the mistakes the model exists to catch', () => {
    const wrong = {
      type: 'kafka',
      spec: {
        dataSchema: { dataSource: 'x', granularitySpec: { segmentGranularity: 'FORTNIGHT' } },
        ioConfig: { topic: 'x', consumerProperties: {}, taskDuration: 'P1M' },
        tuningConfig: { type: 'kafka', handoffConditionTimeout: 'PT10M', skipOffsetGaps: false },
      },
    };
    const problems = check(wrong, kafkaSupervisor, '$').join('\n');
    expect(problems).toContain('segmentGranularity');
    expect(problems).toContain('bootstrap.servers: required');
    expect(problems).toContain('taskDuration: not a duration');
    expect(problems).toContain('handoffConditionTimeout: not an integer');
    expect(problems).toContain('skipOffsetGaps: unknown key');
  });
});
