/**
 * What merging does to one supervisor on the cluster, told before it happens. Pure: it reads the
 * effective specs at base and head (either absent for a new or deleted file) and the Druid release.
 * Sources: REFERENCE §2.3–2.5 (restart on every update, suspend/terminate keep stored offsets, the
 * stream-update check), FINDINGS 4 (Druid 33.0.0 accepts a topic change), and Druid's
 * SeekableStreamSupervisor (33.0): getOffsetsFromMetadataStorage ignores stored offsets whose stream
 * is not the spec's, and a publish whose start metadata does not match the stored one fails
 * (IndexerSQLMetadataStorageCoordinator: "Inconsistency between stored metadata state…").
 */
import { SUPERVISOR_ID_SINCE } from '../spec/layout.js';
import { compareVersions } from '../spec/model/version.js';
import { isPlainObject, type JsonObject } from '../common/json.js';
import { get } from '../spec/pointer.js';
import { quote } from '../common/describe-value.js';
import { canonicalJson } from './spec-diff.js';
import { isAutoscaled, type EffectiveSpec } from './normalize.js';
import { runStateChange, updatePath } from './update-path.js';

type ImpactKind =
  | 'no-op'
  | 'restart'
  | 'in-place'
  | 'stream-change'
  | 'new-supervisor'
  | 'datasource-change'
  | 'id-change'
  | 'deleted'
  | 'suspended'
  | 'resumed';

type ImpactSeverity = 'info' | 'warning' | 'blocking';

export interface Impact {
  kind: ImpactKind;
  severity: ImpactSeverity;
  /** One or two sentences for the reviewer: what Druid will do, and what to do about it. */
  message: string;
}

export interface ImpactOptions {
  /** The Druid release the cluster runs (`druidVersion` of .druid-gitops.yml). */
  druidVersion: string;
}

/** Druid refuses to change the stream of an existing supervisor from 34.0.0 (#17955, validateSpecUpdateTo). */
const STREAM_UPDATE_REFUSED_SINCE = '34.0.0';

interface Stream {
  kind: 'topic' | 'topicPattern';
  name: string;
}

function streamOf(effective: EffectiveSpec): Stream | undefined {
  const io = get(effective.spec, '/spec/ioConfig');
  if (!isPlainObject(io)) return undefined;
  if (typeof io.topic === 'string') return { kind: 'topic', name: io.topic };
  if (typeof io.topicPattern === 'string') return { kind: 'topicPattern', name: io.topicPattern };
  return undefined;
}

const describeStream = (stream: Stream | undefined): string =>
  stream ? `${stream.kind === 'topic' ? 'topic' : 'the topics matching'} ${quote(stream.name)}` : 'its topic';

function dataSourceOf(effective: EffectiveSpec): string | undefined {
  const value = get(effective.spec, '/spec/dataSchema/dataSource');
  return typeof value === 'string' ? value : undefined;
}

const earliest = (effective: EffectiveSpec): boolean =>
  get(effective.spec, '/spec/ioConfig/useEarliestOffset') === true;

function startsAt(effective: EffectiveSpec): string {
  return earliest(effective)
    ? 'the earliest offset still retained (useEarliestOffset: true), re-reading what the topic holds'
    : 'the latest offset (useEarliestOffset: false), skipping what the topic already holds';
}

const idName = (effective: EffectiveSpec): string => quote(effective.id ?? dataSourceOf(effective) ?? '');

/** What happens on merge, most severe first. */
export function mergeImpact(
  base: EffectiveSpec | undefined,
  head: EffectiveSpec | undefined,
  options: ImpactOptions,
): Impact[] {
  const impacts = collect(base, head, options);
  const rank: Record<ImpactSeverity, number> = { blocking: 0, warning: 1, info: 2 };
  return impacts.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function collect(
  base: EffectiveSpec | undefined,
  head: EffectiveSpec | undefined,
  options: ImpactOptions,
): Impact[] {
  if (!head) return base ? [deleted(base, options)] : [];
  if (!base) return [newSupervisor(head, options), ...suspension(undefined, head)];

  const version = options.druidVersion;
  const idsByName = compareVersions(version, SUPERVISOR_ID_SINCE) >= 0;
  const impacts: Impact[] = [];
  const fromSource = dataSourceOf(base);
  const toSource = dataSourceOf(head);
  if (base.id !== head.id) {
    // Another id is another supervisor: the old one is left as it is, the new one starts fresh.
    if (fromSource !== toSource) impacts.push(dataSourceChange(base, head, options, false));
    if (idsByName) impacts.push(idChange(base, head));
    return [...impacts, newSupervisor(head, options), ...suspension(undefined, head)];
  }
  if (fromSource !== toSource) impacts.push(dataSourceChange(base, head, options, true));
  const stream = streamChange(base, head, options);
  if (stream) impacts.push(stream);
  const specChanged = canonicalJson(base.spec) !== canonicalJson(head.spec);
  if (!specChanged && base.suspended === head.suspended)
    return [
      {
        kind: 'no-op',
        severity: 'info',
        message:
          'The effective spec is unchanged: the deploy submits nothing and the supervisor is not restarted.',
      },
      ...suspension(base, head),
    ];
  if (specChanged && !stream && !head.suspended) {
    // Which path the deploy takes, and why, as the release classifies the update (update-path.ts).
    const path = updatePath(version, base.spec as JsonObject, head.spec as JsonObject, {
      runningAutoscaled: isAutoscaled(base.spec),
      ...runStateChange(base.suspended === true, false),
    });
    impacts.push({ kind: path.kind, severity: 'info', message: path.reason });
  }
  return [...impacts, ...suspension(base, head)];
}

function streamChange(base: EffectiveSpec, head: EffectiveSpec, options: ImpactOptions): Impact | undefined {
  const before = streamOf(base);
  const after = streamOf(head);
  if (!before || !after || (before.kind === after.kind && before.name === after.name)) return undefined;
  const what =
    before.kind === after.kind
      ? `${after.kind} changes from ${quote(before.name)} to ${quote(after.name)}`
      : `The supervisor switches from ${before.kind} ${quote(before.name)} to ${after.kind} ${quote(after.name)}`;
  const version = options.druidVersion;
  const migrate =
    'The only safe path is a planned migration with an explicit offset decision: suspend the supervisor and let it publish, reset or set its offsets (resetOffsets), terminate it, then create the supervisor for the new stream.';
  if (compareVersions(version, STREAM_UPDATE_REFUSED_SINCE) >= 0)
    return {
      kind: 'stream-change',
      severity: 'blocking',
      message: `${capitalise(what)}: Druid ${version} refuses this update ("Update of the input source stream from [${before.name}] to [${after.name}] is not supported for a running supervisor"), so the deploy fails for this supervisor. ${migrate}`,
    };
  // Druid 33 accepts it (FINDINGS 4). The stored offsets name the old stream, so they are ignored;
  // for topic → topic the stored metadata then never matches a publish until a reset.
  const stuck =
    before.kind === 'topic' && after.kind === 'topic'
      ? ` The stored offsets stay in the metadata store under ${quote(before.name)}, so the new tasks' first publish fails ("Inconsistency between stored metadata state … Try resetting the supervisor") and nothing they read is published until the supervisor is reset.`
      : '';
  return {
    kind: 'stream-change',
    severity: 'blocking',
    message: `${capitalise(what)}: Druid ${version} accepts this update, but ignores the stored offsets (they belong to the old stream's partitions: "doesn't match spec topic/stream, ignoring stored sequences") and starts every partition of the new stream at ${startsAt(head)}.${stuck} ${migrate}`,
  };
}

function newSupervisor(head: EffectiveSpec, options: ImpactOptions): Impact {
  const keyedBy =
    compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) >= 0 ? 'supervisor id' : 'datasource';
  const precedence = `Offsets Druid still holds for this ${keyedBy} (from a terminated supervisor) would take precedence.`;
  const stream = describeStream(streamOf(head));
  return earliest(head)
    ? {
        kind: 'new-supervisor',
        severity: 'info',
        message: `New supervisor ${idName(head)}: it starts at the earliest offset still retained in ${stream} (useEarliestOffset: true) and re-reads everything the topic holds — expect a backlog, and duplicates if the datasource already has those events. ${precedence}`,
      }
    : {
        kind: 'new-supervisor',
        severity: 'warning',
        message: `New supervisor ${idName(head)}: it starts at the latest offset of ${stream} (useEarliestOffset: false), so events already in the topic are never ingested; set useEarliestOffset: true to read them. ${precedence}`,
      };
}

function dataSourceChange(
  base: EffectiveSpec,
  head: EffectiveSpec,
  options: ImpactOptions,
  sameSupervisor: boolean,
): Impact {
  const from = quote(dataSourceOf(base) ?? '');
  const to = quote(dataSourceOf(head) ?? '');
  const lead = `dataSource changes from ${from} to ${to}`;
  if (sameSupervisor)
    return {
      kind: 'datasource-change',
      severity: 'warning',
      message: `${lead}: the supervisor keeps its id and stored offsets, so new rows continue into ${to}, which starts empty, while ${from} stops growing; queries, retention rules and compaction on ${from} see no new data.`,
    };
  const older = compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) < 0;
  return {
    kind: 'datasource-change',
    severity: 'warning',
    message: older
      ? `${lead}: Druid ${options.druidVersion} names a supervisor by its datasource, so this creates supervisor ${to} into an empty datasource, while supervisor ${from} keeps reading the topic into ${from} until it is terminated (prune with confirm).`
      : `${lead}: new rows go to ${to}, which starts empty, while ${from} gets no rows from this spec.`,
  };
}

function idChange(base: EffectiveSpec, head: EffectiveSpec): Impact {
  const sameSource = dataSourceOf(base) === dataSourceOf(head);
  const twice = sameSource
    ? `; both read ${describeStream(streamOf(head))} into ${quote(dataSourceOf(head) ?? '')}, so every event arrives twice until ${idName(base)} stops`
    : '';
  return {
    kind: 'id-change',
    severity: 'warning',
    message: `The supervisor id changes from ${idName(base)} to ${idName(head)}: Druid starts a second supervisor ${idName(head)} while ${idName(base)} keeps running until it is terminated (prune with confirm)${twice}.`,
  };
}

function deleted(base: EffectiveSpec, options: ImpactOptions): Impact {
  const keyedBy = compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) >= 0 ? 'id' : 'datasource';
  return {
    kind: 'deleted',
    severity: 'warning',
    message: `The spec is deleted, but merging does not stop supervisor ${idName(base)}: the deploy leaves it running, no longer described by git, unless prune is on and confirm names it. Terminating keeps its stored offsets, so a supervisor created later with this ${keyedBy} continues from them.`,
  };
}

function suspension(base: EffectiveSpec | undefined, head: EffectiveSpec): Impact[] {
  if (head.suspended && base?.suspended)
    return [
      {
        kind: 'suspended',
        severity: 'info',
        message:
          'The supervisor stays suspended (suspended: true): nothing is read, and events keep accumulating in the topic until it is resumed.',
      },
    ];
  if (head.suspended)
    return [
      {
        kind: 'suspended',
        severity: 'warning',
        message: `The spec asks for a suspended supervisor (suspended: true): Druid stores it suspended${base ? ' — its reading tasks publish what they have read and stop —' : ''} and starts no task, so events accumulate in the topic until it is resumed, and unread events older than the topic's retention are lost.`,
      },
    ];
  if (base?.suspended)
    return [
      {
        kind: 'resumed',
        severity: 'info',
        message:
          'The spec no longer asks for a suspended supervisor: Druid resumes it from the stored offsets, and it first reads the backlog that accumulated while it was suspended.',
      },
    ];
  return [];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
