import type { Json } from './json.js';

/**
 * Fault injection for tests of the client's retry and error handling. A rule matches method and
 * path and then answers with a status, hangs, resets the connection or only adds latency, for
 * its first `times` matches (or forever).
 */
export interface FaultRule {
  method?: string;
  /** Exact path, a glob where `*` matches one path segment, or a RegExp. */
  path: string | RegExp;
  status?: number;
  body?: Json;
  headers?: Record<string, string>;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Never answer (until the emulator closes). */
  hang?: boolean;
  /** Destroy the socket without an answer. */
  reset?: boolean;
  /** Real milliseconds to wait before handling the request normally (or answering `status`). */
  latencyMs?: number;
  /**
   * The Overlord handles the request first (a write takes effect), then the fault replaces the
   * answer: Druid acted and the client cannot know it (a proxy timeout, a connection lost late).
   */
  afterHandling?: boolean;
  times?: number;
}

export interface ActiveFault {
  id: string;
  rule: FaultRule;
  hits: number;
}

export class FaultTable {
  private faults: ActiveFault[] = [];
  private counter = 0;

  add(rule: FaultRule): string {
    this.counter += 1;
    const id = `fault-${this.counter}`;
    this.faults.push({ id, rule, hits: 0 });
    return id;
  }

  remove(id: string): void {
    this.faults = this.faults.filter((f) => f.id !== id);
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** The first rule matching this request that still has uses left; counts the use. */
  take(method: string, path: string): ActiveFault | undefined {
    const fault = this.faults.find(
      (f) =>
        (!f.rule.method || f.rule.method.toUpperCase() === method) &&
        matches(f.rule.path, path) &&
        (f.rule.times === undefined || f.hits < f.rule.times),
    );
    if (fault) fault.hits += 1;
    return fault;
  }
}

function matches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  if (!pattern.includes('*')) return pattern === path;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`).test(path);
}
