/**
 * The Coordinator reads and writes later flows need (REFERENCE §6): retention rules, automatic
 * compaction config, and whether a datasource has used segments. They go to the Coordinator
 * base URL, which is the Druid URL itself unless the settings name another.
 */
import type { WriteOptions } from './audit.js';
import { isHtml } from './classify.js';
import type { DruidHttp } from './http.js';
import { parseAnswer, shapes } from './schemas.js';
import type {
  ClusterCompactionConfig,
  CompactionAuditEntry,
  DataSourceCompactionConfig,
  DatasourceMetadata,
  RetentionRule,
  RulesAuditEntry,
} from './payloads.js';

/**
 * Audit history options. Captured on 33.0: without `count` Druid lists every change oldest first;
 * with `count` it returns the newest `count` changes, newest first.
 */
interface HistoryOptions {
  count?: number;
}

export interface CoordinatorApi {
  /** The datasource's own rules; `full` appends the cluster's `_default` rules. */
  getRetentionRules(dataSource: string, options?: { full?: boolean }): Promise<RetentionRule[]>;
  /** Every datasource's own rules, and the cluster's under `_default` (GET /rules). */
  getAllRetentionRules(): Promise<Record<string, RetentionRule[]>>;
  /** Replaces all of the datasource's rules. */
  setRetentionRules(dataSource: string, rules: RetentionRule[], options?: WriteOptions): Promise<void>;
  getCompactionConfig(): Promise<ClusterCompactionConfig>;
  /** Undefined when the datasource has no automatic compaction config. */
  getDatasourceCompactionConfig(dataSource: string): Promise<DataSourceCompactionConfig | undefined>;
  /** Adds or replaces the config of `config.dataSource`. */
  setDatasourceCompactionConfig(config: DataSourceCompactionConfig, options?: WriteOptions): Promise<void>;
  /** Who changed the datasource's rules and to what (an empty list when never set). */
  getRetentionRulesHistory(dataSource: string, options?: HistoryOptions): Promise<RulesAuditEntry[]>;
  /** Who changed the datasource's compaction config and to what. */
  getCompactionConfigHistory(dataSource: string, options?: HistoryOptions): Promise<CompactionAuditEntry[]>;
  /** Undefined when the datasource has no used segments (Druid answers 404 with no body). */
  getDatasourceMetadata(dataSource: string): Promise<DatasourceMetadata | undefined>;
}

const RULES = '/druid/coordinator/v1/rules';
const COMPACTION = '/druid/coordinator/v1/config/compaction';
const DATASOURCES = '/druid/coordinator/v1/metadata/datasources';

export function coordinatorApi(http: DruidHttp): CoordinatorApi {
  return {
    async getRetentionRules(dataSource, options = {}) {
      const answer = await http.send({
        method: 'GET',
        target: 'coordinator',
        path: `${RULES}/${encodeURIComponent(dataSource)}`,
        ...(options.full ? { query: { full: true } } : {}),
      });
      return parseAnswer(answer, shapes.rules);
    },

    getAllRetentionRules: async () =>
      parseAnswer(await http.send({ method: 'GET', target: 'coordinator', path: RULES }), shapes.allRules),

    async setRetentionRules(dataSource, rules, options = {}) {
      // Repeatable: the same list replaces the same list.
      await http.send({
        method: 'POST',
        target: 'coordinator',
        path: `${RULES}/${encodeURIComponent(dataSource)}`,
        body: rules,
        audit: options.audit,
        repeatability: 'repeatable',
      });
    },

    getCompactionConfig: async () =>
      parseAnswer(
        await http.send({ method: 'GET', target: 'coordinator', path: COMPACTION }),
        shapes.compaction,
      ),

    async getDatasourceCompactionConfig(dataSource) {
      const answer = await http.send({
        method: 'GET',
        target: 'coordinator',
        path: `${COMPACTION}/${encodeURIComponent(dataSource)}`,
        // Druid's own 404 means "no config"; an HTML 404 page is a wrong URL, which stays an error.
        isAnswer: (status, text) => status === 404 && !isHtml(text),
      });
      return answer.status === 404 ? undefined : parseAnswer(answer, shapes.compactionConfig);
    },

    async setDatasourceCompactionConfig(config, options = {}) {
      await http.send({
        method: 'POST',
        target: 'coordinator',
        path: COMPACTION,
        body: config,
        audit: options.audit,
        repeatability: 'repeatable',
      });
    },

    getRetentionRulesHistory: async (dataSource, options = {}) =>
      parseAnswer(
        await http.send({
          method: 'GET',
          target: 'coordinator',
          path: `${RULES}/${encodeURIComponent(dataSource)}/history`,
          ...countQuery(options),
        }),
        shapes.rulesHistory,
      ),

    getCompactionConfigHistory: async (dataSource, options = {}) =>
      parseAnswer(
        await http.send({
          method: 'GET',
          target: 'coordinator',
          path: `${COMPACTION}/${encodeURIComponent(dataSource)}/history`,
          ...countQuery(options),
        }),
        shapes.compactionHistory,
      ),

    async getDatasourceMetadata(dataSource) {
      const answer = await http.send({
        method: 'GET',
        target: 'coordinator',
        path: `${DATASOURCES}/${encodeURIComponent(dataSource)}`,
        isAnswer: (status, text) => status === 404 && text.trim() === '',
      });
      return answer.status === 404 ? undefined : parseAnswer(answer, shapes.metadata);
    },
  };
}

const countQuery = (options: HistoryOptions): { query?: { count: string } } =>
  options.count === undefined ? {} : { query: { count: String(options.count) } };
