/**
 * What integration tests need from the real cluster that test/integration/run.sh started: its
 * addresses (from .work/cluster.env), topics, events, SQL queries, and clean-up of supervisors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createOverlordClient,
  DruidNotFoundError,
  type OverlordClient,
  type OverlordClientOptions,
} from '../../../src/druid/index.js';

const CLUSTER = path.resolve('test/integration/cluster');

export interface ClusterEnv {
  DRUID_OVERLORD_URL: string;
  DRUID_BROKER_URL: string;
  DRUID_ROUTER_URL: string;
  KAFKA_BOOTSTRAP: string;
  DRUID_VERSION: string;
  KAFKA_VERSION: string;
}

export function clusterEnv(): ClusterEnv {
  const file = path.join(CLUSTER, '.work/cluster.env');
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: run the lane with npm run test:integration, which starts the cluster`,
    );
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1], match[2]]);
  return Object.fromEntries(entries) as ClusterEnv;
}

/** A client with a request timeout above the 60 s a stuck supervisor can make Druid take. */
export function overlord(options: OverlordClientOptions = {}): OverlordClient {
  return createOverlordClient(
    { url: clusterEnv().DRUID_OVERLORD_URL },
    { requestTimeoutMs: 120_000, ...options },
  );
}

export function createTopic(topic: string, partitions = 1): void {
  execFileSync(path.join(CLUSTER, 'create-topic.sh'), [topic, String(partitions)], { stdio: 'pipe' });
}

export function produce(topic: string, events: readonly object[]): void {
  execFileSync(path.join(CLUSTER, 'produce.sh'), [topic, '-'], {
    input: events.map((event) => JSON.stringify(event)).join('\n'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** One record per line, sent as written (records that are not JSON included). */
export function produceLines(topic: string, lines: readonly string[]): void {
  execFileSync(path.join(CLUSTER, 'produce.sh'), [topic, '-'], {
    input: lines.join('\n'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export async function sql<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const response = await fetch(`${clusterEnv().DRUID_BROKER_URL}/druid/v2/sql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (!response.ok) throw new Error(`SQL ${response.status}: ${await response.text()}`);
  return (await response.json()) as T[];
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` with the last reason. */
export async function eventually<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Terminates a supervisor if Druid has it (tests leave the cluster as they found it). */
export async function terminateIfPresent(client: OverlordClient, id: string): Promise<void> {
  try {
    await client.terminateSupervisor(id);
  } catch (error) {
    if (!(error instanceof DruidNotFoundError)) throw error;
  }
}

/** Events with an ISO timestamp close to now, so they fall in the realtime task's window. */
export function events(count: number, fields: (index: number) => Record<string, unknown>): object[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => ({
    timestamp: new Date(now - (count - index) * 1000).toISOString(),
    ...fields(index),
  }));
}
