/**
 * The import flow: what a cluster already runs, as the files a person would have written for it —
 * one spec per Kafka supervisor with Druid's defaults left out (diff/minimal-spec.ts) and every
 * credential replaced by a `${env:NAME}` reference (spec/secret-references.ts), and with
 * `segments`, the datasources' own retention rules and compaction configs. Reads only (GETs);
 * the shell decides where the files go and what may be overwritten.
 */
import { inParallel } from '../common/parallel.js';
import type { JsonObject } from '../common/json.js';
import { minimalSegmentConfig, minimalSupervisorSpec } from '../diff/minimal-spec.js';
import type { OverlordClient } from '../druid/index.js';
import { supervisorId, viewSupervisor } from '../spec/layout.js';
import { referenceSecrets, type ImportedSecret } from '../spec/secret-references.js';
import type { SegmentKind } from '../spec/segment-files.js';

export interface ImportInput {
  client: OverlordClient;
  /** The release whose defaults are left out: the one drift and deploy will compare with. */
  druidVersion: string;
  /** Also the retention rules and compaction configs. */
  segments: boolean;
  maxParallel: number;
}

export interface ImportedSupervisor {
  id: string;
  dataSource?: string;
  spec: JsonObject;
  /** Credentials the file holds as references, with the variables that must hold them. */
  secrets: ImportedSecret[];
  /** The cluster has it suspended (state, not spec: the file leaves `suspended` out). */
  suspended: boolean;
}

interface ImportedSegmentConfig {
  kind: SegmentKind;
  dataSource: string;
  value: unknown;
}

export interface ImportResult {
  supervisors: ImportedSupervisor[];
  /** Supervisors the cluster runs that are not imported, and why. */
  skipped: Array<{ id: string; why: string }>;
  segments: ImportedSegmentConfig[];
}

export async function runImport(input: ImportInput): Promise<ImportResult> {
  const { client, druidVersion } = input;
  const listed = await client.listSupervisors();
  const skipped: ImportResult['skipped'] = [];
  const kafka = listed.filter((summary) => {
    const type = summary.spec.type;
    if (type === 'kafka') return true;
    skipped.push({
      id: summary.id,
      why: `a ${typeof type === 'string' ? type : 'untyped'} supervisor: druid-gitops manages Kafka supervisors`,
    });
    return false;
  });
  // One spec at a time is CPU work (each key is tried out), so the list's specs are used as read.
  const supervisors = await inParallel(kafka, input.maxParallel, async (summary) => {
    const minimal = minimalSupervisorSpec(summary.spec as JsonObject, druidVersion);
    const { spec, secrets } = referenceSecrets(minimal, summary.id);
    const dataSource = viewSupervisor(spec).dataSource;
    return {
      id: supervisorId(viewSupervisor(spec), druidVersion) ?? summary.id,
      ...(typeof dataSource === 'string' ? { dataSource } : {}),
      spec,
      secrets,
      suspended: summary.suspended,
    };
  });
  const segments = input.segments ? await segmentConfigs(client, druidVersion) : [];
  return { supervisors: supervisors.sort((a, b) => a.id.localeCompare(b.id)), skipped, segments };
}

/** Each datasource's own rules (not the cluster's `_default`) and its compaction config. */
async function segmentConfigs(
  client: OverlordClient,
  druidVersion: string,
): Promise<ImportedSegmentConfig[]> {
  const [rules, compaction] = await Promise.all([
    client.getAllRetentionRules(),
    client.getCompactionConfig(),
  ]);
  const retention = Object.entries(rules)
    .filter(([dataSource, list]) => dataSource !== '_default' && list.length > 0)
    .map(([dataSource, list]): ImportedSegmentConfig => ({
      kind: 'retention',
      dataSource,
      value: minimalSegmentConfig('retention', list, druidVersion),
    }));
  const configs = compaction.compactionConfigs.map((config): ImportedSegmentConfig => ({
    kind: 'compaction',
    dataSource: config.dataSource,
    value: minimalSegmentConfig('compaction', config, druidVersion),
  }));
  return [...retention, ...configs].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.dataSource.localeCompare(b.dataSource),
  );
}
