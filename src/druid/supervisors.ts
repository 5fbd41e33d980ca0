/**
 * The Overlord supervisor endpoints (`/druid/indexer/v1/supervisor`, REFERENCE §1.2), each
 * turned into a typed call. Which writes may be repeated is decided here, per endpoint, and
 * explained in retry.ts.
 */
import type { WriteOptions } from './audit.js';
import { DruidAlreadyInStateError } from './errors.js';
import type { DruidHttp, DruidRequest } from './http.js';
import { parseAnswer, shapes } from './schemas.js';
import type {
  ParseErrorReport,
  ResetOffsets,
  StateChangeResult,
  StoredSupervisorSpec,
  SubmitAnswer,
  SupervisorHealth,
  SupervisorHistoryEntry,
  SupervisorStateSummary,
  SupervisorStats,
  SupervisorStatusReport,
  SupervisorSummary,
} from './payloads.js';
import type { JsonObject } from '../common/json.js';

interface SubmitOptions extends WriteOptions {
  /**
   * Druid 33.0+: leave the supervisor untouched when the spec equals the running one (compared
   * after Druid's own re-serialisation). Without it every POST restarts the supervisor's tasks.
   * Older Druid ignores the flag, so there an identical submit still restarts. From 38.0.0 it also
   * lets Druid apply a change in place when its update classification allows (an autoscaled
   * taskCount); its default stays false through 39.0.0, so it is always sent.
   */
  skipRestartIfUnmodified?: boolean;
}

export interface SupervisorApi {
  /**
   * POST the whole spec: creates the supervisor or replaces its spec (from 38.0.0 Druid carries an
   * omitted taskCount over from the running spec). From 38.0.0 the answer says whether Druid stored a
   * change and whether it restarted the supervisor to apply it.
   */
  submitSupervisor(spec: JsonObject, options?: SubmitOptions): Promise<SubmitAnswer>;
  /** Ids of the supervisors the credentials may write. */
  listSupervisorIds(): Promise<string[]>;
  /** `?full`: every supervisor with its state and stored spec. */
  listSupervisors(): Promise<SupervisorSummary[]>;
  /** `?state=true`: every supervisor's state, without specs. */
  listSupervisorStates(): Promise<SupervisorStateSummary[]>;
  getSupervisorSpec(id: string): Promise<StoredSupervisorSpec>;
  getSupervisorStatus(id: string): Promise<SupervisorStatusReport>;
  getSupervisorHealth(id: string): Promise<SupervisorHealth>;
  getSupervisorStats(id: string): Promise<SupervisorStats>;
  getSupervisorParseErrors(id: string): Promise<ParseErrorReport[]>;
  /** Every supervisor's spec versions, newest first (tombstones where terminated). */
  getAllSupervisorHistory(): Promise<Record<string, SupervisorHistoryEntry[]>>;
  /** One supervisor's spec versions, newest first; `count` keeps the newest n. */
  getSupervisorHistory(id: string, options?: { count?: number }): Promise<SupervisorHistoryEntry[]>;
  /** Idempotent: "already suspended" is a successful result with `alreadyInState: true`. */
  suspendSupervisor(id: string, options?: WriteOptions): Promise<StateChangeResult>;
  /** Idempotent: "already running" is a successful result with `alreadyInState: true`. */
  resumeSupervisor(id: string, options?: WriteOptions): Promise<StateChangeResult>;
  suspendAllSupervisors(options?: WriteOptions): Promise<void>;
  resumeAllSupervisors(options?: WriteOptions): Promise<void>;
  terminateAllSupervisors(options?: WriteOptions): Promise<void>;
  /** Destructive: deletes stored offsets and kills reading tasks (data loss or duplicates). */
  resetSupervisor(id: string, options?: WriteOptions): Promise<{ id: string }>;
  /** Sets where the listed partitions resume reading; Druid applies it asynchronously. */
  resetSupervisorOffsets(id: string, offsets: ResetOffsets, options?: WriteOptions): Promise<{ id: string }>;
  /** Stops the supervisor (tasks publish) and removes it; stored offsets are kept. */
  terminateSupervisor(id: string, options?: WriteOptions): Promise<{ id: string }>;
  /** Asks the listed task groups to hand off early (Druid 31.0+); unknown groups are ignored. */
  handoffTaskGroups(id: string, taskGroupIds: number[], options?: WriteOptions): Promise<void>;
}

const BASE = '/druid/indexer/v1/supervisor';

function pathOf(id: string, action = ''): string {
  return `${BASE}/${encodeURIComponent(id)}${action}`;
}

function saysUnhealthy(text: string): boolean {
  try {
    return (JSON.parse(text) as { healthy?: unknown } | null)?.healthy === false;
  } catch {
    return false;
  }
}

export function supervisorApi(http: DruidHttp): SupervisorApi {
  const get = async (path: string, query?: DruidRequest['query']) =>
    http.send({ method: 'GET', path, query });
  const post = async (path: string, options: WriteOptions, rest: Partial<DruidRequest> = {}) =>
    http.send({ method: 'POST', path, audit: options.audit, ...rest });

  async function changeState(id: string, action: 'suspend' | 'resume', options: WriteOptions) {
    const wanted = action === 'suspend' ? 'suspended' : 'running';
    try {
      // Repeatable: if an earlier attempt went through, the repeat answers "already …".
      const answer = await post(pathOf(id, `/${action}`), options, { repeatability: 'repeatable' });
      return {
        id,
        alreadyInState: false,
        spec: parseAnswer(answer, shapes.spec),
      } satisfies StateChangeResult;
    } catch (error) {
      if (error instanceof DruidAlreadyInStateError && error.state === wanted) {
        return {
          id,
          alreadyInState: true,
          message: error.druidMessage ?? error.message,
        } satisfies StateChangeResult;
      }
      throw error;
    }
  }

  return {
    async submitSupervisor(spec, options = {}) {
      const skip = options.skipRestartIfUnmodified === true;
      const answer = await post(BASE, options, {
        body: spec,
        ...(skip ? { query: { skipRestartIfUnmodified: 'true' }, repeatability: 'repeatable' } : {}),
      });
      return parseAnswer(answer, shapes.submitted);
    },

    listSupervisorIds: async () => parseAnswer(await get(BASE), shapes.ids),

    async listSupervisors() {
      const items = parseAnswer(await get(BASE, { full: true }), shapes.fullList);
      return items.map((item) => ({
        ...item,
        suspended: item.spec.suspended ?? (item.suspended === true || item.state === 'SUSPENDED'),
      }));
    },

    async listSupervisorStates() {
      const items = parseAnswer(await get(BASE, { state: 'true' }), shapes.stateList);
      return items.map((item) => ({
        ...item,
        suspended: item.suspended === true || item.state === 'SUSPENDED',
      }));
    },

    getSupervisorSpec: async (id) => parseAnswer(await get(pathOf(id)), shapes.spec),
    getSupervisorStatus: async (id) => parseAnswer(await get(pathOf(id, '/status')), shapes.status),

    async getSupervisorHealth(id) {
      // 503 with {"healthy":false} is Druid's answer; a 503 without it is an unavailable Overlord.
      const answer = await http.send({
        method: 'GET',
        path: pathOf(id, '/health'),
        isAnswer: (status, text) => status === 503 && saysUnhealthy(text),
      });
      const { healthy } = parseAnswer(answer, shapes.health);
      return { healthy, status: answer.status === 503 ? 503 : 200 };
    },

    getSupervisorStats: async (id) => parseAnswer(await get(pathOf(id, '/stats')), shapes.stats),
    getSupervisorParseErrors: async (id) =>
      parseAnswer(await get(pathOf(id, '/parseErrors')), shapes.parseErrors),
    getAllSupervisorHistory: async () => parseAnswer(await get(`${BASE}/history`), shapes.allHistory),

    async getSupervisorHistory(id, options = {}) {
      const { count } = options;
      if (count !== undefined && !(Number.isInteger(count) && count > 0)) {
        throw new RangeError(`History count must be a positive integer, got ${count}`);
      }
      const query = count === undefined ? undefined : { count: String(count) };
      const entries = parseAnswer(await get(pathOf(id, '/history'), query), shapes.history);
      // Druid before 35.0 ignores `count`, so the newest n are kept here as well.
      return count === undefined ? entries : entries.slice(0, count);
    },

    suspendSupervisor: (id, options = {}) => changeState(id, 'suspend', options),
    resumeSupervisor: (id, options = {}) => changeState(id, 'resume', options),

    async suspendAllSupervisors(options = {}) {
      parseAnswer(await post(`${BASE}/suspendAll`, options, { repeatability: 'repeatable' }), shapes.bulk);
    },
    async resumeAllSupervisors(options = {}) {
      parseAnswer(await post(`${BASE}/resumeAll`, options, { repeatability: 'repeatable' }), shapes.bulk);
    },
    async terminateAllSupervisors(options = {}) {
      parseAnswer(await post(`${BASE}/terminateAll`, options), shapes.bulk);
    },

    resetSupervisor: async (id, options = {}) =>
      parseAnswer(await post(pathOf(id, '/reset'), options), shapes.id),

    async resetSupervisorOffsets(id, { stream, partitionOffsetMap }, options = {}) {
      const body = { type: 'kafka', partitions: { type: 'end', stream, partitionOffsetMap } };
      return parseAnswer(await post(pathOf(id, '/resetOffsets'), options, { body }), shapes.id);
    },

    terminateSupervisor: async (id, options = {}) =>
      parseAnswer(await post(pathOf(id, '/terminate'), options), shapes.id),

    async handoffTaskGroups(id, taskGroupIds, options = {}) {
      // Druid answers 200 with an empty body; 36.0.0+ answers 202 Accepted (#18884).
      await post(pathOf(id, '/taskGroups/handoff'), options, { body: { taskGroupIds } });
    },
  };
}
