import type { JsonObject } from '../../../src/emulator/json.js';
import { useEmulator, type EmulatorSetup, type TestEmulator } from '../../support/emulator.js';

export const BASE = '/druid/indexer/v1/supervisor';

/** A minimal valid Kafka supervisor spec on the default emulator cluster. */
export function spec(
  overrides: {
    topic?: string;
    dataSource?: string;
    io?: JsonObject;
    tuning?: JsonObject;
    top?: JsonObject;
  } = {},
): JsonObject {
  return {
    type: 'kafka',
    ...overrides.top,
    spec: {
      dataSchema: {
        dataSource: overrides.dataSource ?? 'events',
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['user', { name: 'latency', type: 'long' }] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: { segmentGranularity: 'hour', queryGranularity: 'none', rollup: false },
      },
      ioConfig: {
        topic: overrides.topic ?? 'events',
        consumerProperties: { 'bootstrap.servers': 'kafka:9092' },
        taskDuration: 'PT10M',
        useEarliestOffset: true,
        ...overrides.io,
      },
      tuningConfig: { type: 'kafka', ...overrides.tuning },
    },
  };
}

export interface Answer {
  status: number;
  type: string | null;
  text: string;
  headers: Headers;
  json: () => unknown;
}

export class Api {
  constructor(
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const init: RequestInit = { method, headers: { ...this.headers, ...headers }, redirect: 'manual' };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'Content-Type': 'application/json', ...init.headers };
    }
    const res = await fetch(`${this.url}${path}`, init);
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      text,
      headers: res.headers,
      json: () => JSON.parse(text),
    };
  }

  get = (path: string): Promise<Answer> => this.request('GET', path);
  post = (path: string, body?: unknown): Promise<Answer> => this.request('POST', path, body);
}

type EventsEmulator = TestEmulator & { readonly api: Api };

/**
 * `useEmulator` with the topic `events` (2 partitions, 10 records/s) on a manual clock, and `api`
 * to speak raw HTTP to it (an Api holds no more than the URL, so each use may make a new one).
 */
export function useEventsEmulator(setup: EmulatorSetup = {}): EventsEmulator {
  const emulator = useEmulator({
    ...setup,
    seed: ({ control }) => control.createTopic('events', { partitions: 2, ratePerSec: 10 }),
  });
  return Object.defineProperty(emulator, 'api', { get: () => new Api(emulator.url) }) as EventsEmulator;
}

/** Reads the status payload. */
export async function payload(api: Api, id: string): Promise<JsonObject> {
  return ((await api.get(`${BASE}/${id}/status`)).json() as { payload: JsonObject }).payload;
}
