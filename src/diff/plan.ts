/**
 * The change plan of a pull request: per supervisor, what the merge does (create, update, delete,
 * rename, nothing), the field changes of the effective specs, the schema verdict, the impact on
 * merge, the findings at head, and one word for the first screen. Pure apart from awaiting the
 * schema comparison; live facts are read by the caller and handed in.
 */
import type { ProjectConfig } from '../config/config-file.js';
import type { Finding } from '../common/finding.js';
import type { FileReport } from '../check/validation-report.js';
import { checkFile } from '../check/supervisor-check.js';
import type { LiveFacts } from '../guardrails/guardrail.js';
import { canonicalLayout, viewSupervisor } from '../spec/layout.js';
import { markDuplicateIds, readSpec, type SpecFile } from '../spec/load.js';
import type { SourceFile } from '../spec/git-source.js';
import { segmentsFor } from '../check/segment-check.js';
import { segmentKindOf, type SegmentFolders } from '../spec/segment-files.js';
import { diffSpecs, specHash, type FieldChange } from './spec-diff.js';
import { crossCheckFindings, planSegments, readSegmentSides, type SegmentPlan } from './segment-plan.js';
import { mergeImpact, type Impact } from './impact.js';
import { normalizeSpec, type EffectiveSpec } from './normalize.js';
import { classifySchemaChange, type SchemaCompatibility } from './schema-compat.js';
import { supervisorVerdict, type SupervisorVerdict } from './verdict.js';

export type ChangeAction = 'create' | 'update' | 'delete' | 'rename' | 'noop';

/** What the cluster says about a supervisor, read-only, when a cluster was given. */
export interface LiveView {
  /** The live spec differs from the base: someone changed it outside git. */
  drift: FieldChange[];
  /** Druid has no such supervisor. */
  missing: boolean;
  state?: string;
  aggregateLag?: number;
  facts: LiveFacts;
  /** Why the cluster could not tell (the review goes on without it). */
  error?: string;
}

export interface SupervisorPlan {
  id: string;
  action: ChangeAction;
  file: string;
  previousFile?: string;
  changes: FieldChange[];
  schema: SchemaCompatibility;
  impacts: Impact[];
  findings: Finding[];
  /**
   * `rule pointer` of the warnings and notices the base branch already had: they are listed but do
   * not make this change "needs attention" — the review is about what the change introduces.
   */
  preexisting: string[];
  verdict: SupervisorVerdict;
  /** Hash of the effective head spec: the deploy checks that what merges is what was reviewed. */
  headHash?: string;
  live?: LiveView;
}

export interface ChangePlan {
  supervisors: SupervisorPlan[];
  /** Retention and compaction files on either side; absent when the repository keeps none. */
  segments?: SegmentPlan[];
  /** Head files that could not be read as a supervisor, or repeat one's id (they block the merge). */
  unreadable: FileReport[];
  druidVersion: string;
}

export interface PlanInput {
  base: readonly SourceFile[];
  head: readonly SourceFile[];
  config: ProjectConfig;
  /** Live views by supervisor id, when a cluster was given. */
  live?: ReadonlyMap<string, LiveView>;
  /** Where the retention and compaction files are: files there are planned as such, not as supervisors. */
  segmentFolders?: SegmentFolders;
}

interface Side {
  spec: SpecFile;
  value: Record<string, unknown>;
  effective: EffectiveSpec;
}

export async function planChanges(input: PlanInput): Promise<ChangePlan> {
  const { config } = input;
  const folders = input.segmentFolders;
  const isSpec = (file: SourceFile): boolean => !folders || segmentKindOf(file.path, folders) === undefined;
  const read = (files: readonly SourceFile[]) =>
    markDuplicateIds(
      files.filter(isSpec).map((file) => readSpec(file.path, file.bytes, config.druidVersion)),
    );
  const sides = folders
    ? readSegmentSides(input.base, input.head, folders, config.druidVersion)
    : { base: [], head: [] };
  const segments = { base: segmentsFor(sides.base), head: segmentsFor(sides.head) };
  const base = bySupervisor(read(input.base), config);
  const headSpecs = read(input.head);
  const head = bySupervisor(headSpecs, config);
  // Files that are not the planned file of a supervisor: unreadable, or a second file for an id.
  const unreadable = headSpecs
    .filter((spec) => !spec.supervisorId || head.get(spec.supervisorId)?.spec !== spec)
    .map((spec) => checkFile(spec, config));

  const ids = [...new Set([...head.keys(), ...base.keys()])].sort();
  const supervisors = await Promise.all(
    ids.map((id) => planSupervisor(id, base.get(id), head.get(id), input, segments)),
  );
  const plan: ChangePlan = { supervisors, unreadable, druidVersion: config.druidVersion };
  if (sides.base.length + sides.head.length === 0) return plan;
  // The supervisors feeding a datasource, checked against its files at head and at base: grouped
  // by datasource once, not scanned again for every changed file.
  const byDataSource = (sidesOf: Map<string, Side>): Map<unknown, [string, Side][]> => {
    const groups = new Map<unknown, [string, Side][]>();
    for (const entry of sidesOf) {
      const dataSource = viewSupervisor(entry[1].value).dataSchema?.dataSource;
      const group = groups.get(dataSource);
      if (group) group.push(entry);
      else groups.set(dataSource, [entry]);
    }
    return groups;
  };
  const groups = { head: byDataSource(head), base: byDataSource(base) };
  const feeding = (
    sidesOf: Map<unknown, [string, Side][]>,
    of: typeof segments.head,
    dataSource: string,
  ): FileReport[] =>
    (sidesOf.get(dataSource) ?? []).map(([id, side]) => {
      const live = input.live?.get(id);
      const datasource = of(side.value);
      return crossCheckFindings(
        checkFile(side.spec, config, {
          ...(datasource ? { segments: datasource } : {}),
          ...(live ? { live: live.facts } : {}),
        }),
      );
    });
  plan.segments = planSegments(sides, config, (dataSource) => ({
    head: feeding(groups.head, segments.head, dataSource),
    base: feeding(groups.base, segments.base, dataSource),
  }));
  return plan;
}

type SegmentsOf = ReturnType<typeof segmentsFor>;

async function planSupervisor(
  id: string,
  before: Side | undefined,
  after: Side | undefined,
  input: PlanInput,
  segments: { base: SegmentsOf; head: SegmentsOf },
): Promise<SupervisorPlan> {
  const { config } = input;
  const live = input.live?.get(id);
  const headSegments = after ? segments.head(after.value) : undefined;
  const baseSegments = before ? segments.base(before.value) : undefined;
  const findings = after
    ? checkFile(after.spec, config, {
        base: before
          ? { status: 'existing', value: before.value, view: viewSupervisor(before.value) }
          : { status: 'new' },
        ...(live ? { live: live.facts } : {}),
        ...(headSegments ? { segments: headSegments } : {}),
      }).findings
    : [];
  const baseFindings =
    before && after
      ? checkFile(before.spec, config, baseSegments ? { segments: baseSegments } : {}).findings
      : [];
  const preexisting = new Set(baseFindings.filter((finding) => finding.severity !== 'error').map(findingKey));
  const counted = findings.filter((finding) => !preexisting.has(findingKey(finding)));
  const changes = after && before ? diffSpecs(before.effective, after.effective) : [];
  const schema = after
    ? await classifySchemaChange(before?.effective, after.effective)
    : { overall: 'unchanged' as const, items: [] };
  const impacts = mergeImpact(before?.effective, after?.effective, { druidVersion: config.druidVersion });
  return {
    id,
    action: actionOf(before, after, changes),
    file: (after ?? before)?.spec.path ?? id,
    ...(before && after && before.spec.path !== after.spec.path ? { previousFile: before.spec.path } : {}),
    changes,
    schema,
    impacts,
    findings,
    preexisting: findings.map(findingKey).filter((key) => preexisting.has(key)),
    verdict: supervisorVerdict({ findings: counted, schema, impacts }),
    ...(after ? { headHash: specHash(after.effective) } : {}),
    ...(live ? { live } : {}),
  };
}

/** Findings are the same across base and head when rule and place agree (lines may move). */
export function findingKey(finding: Finding): string {
  return `${finding.rule} ${finding.pointer}`;
}

function actionOf(
  before: Side | undefined,
  after: Side | undefined,
  changes: readonly FieldChange[],
): ChangeAction {
  if (!before) return 'create';
  if (!after) return 'delete';
  if (before.spec.path !== after.spec.path) return 'rename';
  return changes.length > 0 ? 'update' : 'noop';
}

function bySupervisor(specs: readonly SpecFile[], config: ProjectConfig): Map<string, Side> {
  const sides = new Map<string, Side>();
  for (const spec of specs) {
    // A second file with the same id carries a load/duplicate-id error; the first one is planned.
    if (!spec.supervisorId || !spec.document || sides.has(spec.supervisorId)) continue;
    const value = canonicalLayout(spec.document.value);
    sides.set(spec.supervisorId, {
      spec,
      value,
      effective: normalizeSpec(value, { druidVersion: config.druidVersion }),
    });
  }
  return sides;
}

/** The ids a review changes (everything but no-ops), for the `changed` output. */
export function changedIds(plan: ChangePlan): string[] {
  return plan.supervisors
    .filter((supervisor) => supervisor.action !== 'noop')
    .map((supervisor) => supervisor.id);
}
