/** Bodies captured from a real Druid 33.0.0 (test/fixtures/druid-real), for pure tests of what reads them. */
import { readFileSync } from 'node:fs';
import type {
  StoredSupervisorSpec,
  SupervisorHistoryEntry,
  SupervisorStatusPayload,
} from '../../src/druid/payloads.js';

const directory = new URL('../fixtures/druid-real/', import.meta.url);

export function realBody<T>(name: string): T {
  const capture = JSON.parse(readFileSync(new URL(`${name}.json`, directory), 'utf8')) as {
    response: { body: T };
  };
  return structuredClone(capture.response.body);
}

export const realStatus = (name: string): SupervisorStatusPayload =>
  realBody<{ payload: SupervisorStatusPayload }>(name).payload;

export const realSpec = (): StoredSupervisorSpec => realBody<StoredSupervisorSpec>('supervisor-get-spec');

export const realHistory = (): SupervisorHistoryEntry[] =>
  realBody<SupervisorHistoryEntry[]>('supervisor-history-id');
