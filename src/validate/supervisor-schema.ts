/**
 * The Kafka supervisor model, its JSON Schema, and the Ajv validator for it. Compiling that schema
 * takes about a second, so the validator is compiled ahead of time into generated/ (Ajv's
 * standalone code, `npm run generate`, see scripts/generated.ts) and a test keeps it in step with
 * the model.
 */
import type { ValidateFunction } from 'ajv';
import { kafkaSupervisor, removedKeys } from '../spec/model/kafka-supervisor.js';
import { generateSchema, type ModelElement } from '../spec/model/schema.js';
import type { ObjectNode } from '../spec/model/types.js';
import precompiled from './generated/supervisor-validator.js';

export interface SupervisorSchema {
  root: ObjectNode;
  /** Keys Druid once read and no longer does, with why. */
  removedKeys: Readonly<Record<string, string>>;
  validate: ValidateFunction;
  /** The model element behind each `x-druid` annotation of the schema. */
  elements: ReadonlyMap<string, ModelElement>;
}

let loaded: SupervisorSchema | undefined;

export function supervisorSchema(): SupervisorSchema {
  if (!loaded) {
    const { elements } = generateSchema(kafkaSupervisor);
    loaded = { root: kafkaSupervisor, removedKeys, validate: precompiled, elements };
  }
  return loaded;
}
