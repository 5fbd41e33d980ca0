/**
 * The Kafka supervisor model, its JSON Schema, and the Ajv validator for it. Compiling that schema
 * takes about a second, so the validator is compiled ahead of time into generated/ (Ajv's
 * standalone code, `npm run generate`, see scripts/generated.ts) and a test keeps it in step with
 * the model.
 */
import type { ValidateFunction } from 'ajv';
import { kafkaSupervisor, removedKeys } from '../spec/model/kafka-supervisor.js';
import { generateSchema, type ModelElement } from '../spec/model/schema.js';
import type { ArrayNode, ObjectNode, TypedNode } from '../spec/model/vocabulary.js';
import precompiled from './generated/supervisor-validator.js';

/** A modelled Druid document (supervisor spec, retention rules, compaction config) and its validator. */
export interface ModelSchema {
  root: ObjectNode | TypedNode | ArrayNode;
  /** Keys Druid once read and no longer does, with why. */
  removedKeys: Readonly<Record<string, string>>;
  validate: ValidateFunction;
  /** The model element behind each `x-druid` annotation of the schema. */
  elements: ReadonlyMap<string, ModelElement>;
}

export interface SupervisorSchema extends ModelSchema {
  root: ObjectNode;
}

let loaded: SupervisorSchema | undefined;

export function supervisorSchema(): SupervisorSchema {
  if (!loaded) {
    const { elements } = generateSchema(kafkaSupervisor);
    loaded = { root: kafkaSupervisor, removedKeys, validate: precompiled, elements };
  }
  return loaded;
}
