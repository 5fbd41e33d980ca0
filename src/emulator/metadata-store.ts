import { isDeepStrictEqual } from 'node:util';
import type { Json, JsonObject } from './json.js';
import type { Offsets } from './tasks.js';

/**
 * The metadata store: what survives an Overlord restart. Supervisor spec history (with
 * tombstones), committed offsets ("datasource metadata", keyed by supervisor id), published
 * segments, retention rules and compaction configs.
 */

export interface VersionedSpec {
  spec: JsonObject;
  version: string;
}

export interface Segment {
  dataSource: string;
  interval: string;
  version: string;
  partitionNum: number;
  size: number;
}

export class MetadataStore {
  /** Oldest first; the API serves newest first. */
  readonly history = new Map<string, VersionedSpec[]>();
  readonly offsets = new Map<string, Offsets>();
  readonly segments: Segment[] = [];
  readonly datasourceCreated = new Map<string, string>();
  /** As GET serves them (captured on 33.0). */
  readonly rules = new Map<string, Json>([
    [
      '_default',
      [{ tieredReplicants: { _default_tier: 2 }, useDefaultTierForNull: true, type: 'loadForever' }],
    ],
  ]);
  readonly compaction = new Map<string, JsonObject>();
  /** Druid's audit log of rule and compaction changes per datasource, oldest first. */
  readonly rulesAudit = new Map<string, JsonObject[]>();
  readonly compactionAudit = new Map<string, JsonObject[]>();

  addHistory(id: string, spec: JsonObject, version: string): void {
    this.history.set(id, [...(this.history.get(id) ?? []), { spec: structuredClone(spec), version }]);
  }

  /** The latest non-tombstone spec of every id, as SupervisorManager.start() loads them. */
  activeSpecs(): Map<string, JsonObject> {
    const active = new Map<string, JsonObject>();
    for (const [id, versions] of this.history) {
      const latest = versions[versions.length - 1];
      if (latest && latest.spec.type !== 'noop') active.set(id, structuredClone(latest.spec));
    }
    return active;
  }

  /**
   * Stores a Coordinator config and appends its audit entry; a write that changes nothing adds no
   * entry (captured on 33.0). The same for rules and compaction configs.
   */
  changeConfig<T extends Json>(
    configs: Map<string, T>,
    log: Map<string, JsonObject[]>,
    key: string,
    value: T,
    entry: () => JsonObject,
  ): void {
    if (isDeepStrictEqual(configs.get(key), value)) return;
    configs.set(key, value);
    log.set(key, [...(log.get(key) ?? []), entry()]);
  }

  commitOffsets(supervisorId: string, committed: Offsets): void {
    this.offsets.set(supervisorId, { ...this.offsets.get(supervisorId), ...committed });
  }

  addSegment(segment: Segment, created: string): void {
    if (!this.datasourceCreated.has(segment.dataSource))
      this.datasourceCreated.set(segment.dataSource, created);
    this.segments.push(segment);
  }
}
