/**
 * The deploy flow: reconcile every supervisor git describes at the deployed commit with the live
 * cluster, several at a time, one failure never stopping the others. Specs that do not validate
 * are not submitted at all. Retention rules and compaction configs go first (deploy-segments.ts
 * says why). What to do about failures on the GitHub side (rollback PRs, issues) is the caller's;
 * this returns one typed result per supervisor and per retention or compaction file.
 */
import { compareFindings, countFindings, type Finding } from '../common/finding.js';
import { inParallel } from '../common/parallel.js';
import type { ProjectConfig } from '../config/config-file.js';
import { deploySupervisor, manualSteps } from '../deploy/deploy-supervisor.js';
import { DeployInterrupted } from '../deploy/steps.js';
import type { SpecComparison } from '../diff/compare.js';
import { FAILING_OUTCOMES, type SupervisorResult } from '../deploy/result.js';
import type { DeployContext, SupervisorTarget } from '../deploy/context.js';
import type { JsonObject } from '../common/json.js';
import {
  FAILING_SEGMENT_OUTCOMES,
  type SegmentResult,
  type SegmentTarget,
} from '../deploy/deploy-segment.js';
import { canonicalLayout } from '../spec/layout.js';
import type { SegmentFolders } from '../spec/segment-files.js';
import { readSpec, type SpecFile } from '../spec/load.js';
import type { SourceFile } from '../spec/git-source.js';
import { runSegmentDeploy, segmentTargets, splitFiles } from './deploy-segments.js';
import { checkFile } from '../check/supervisor-check.js';
import { resolveSecretReferences, type SecretLookup } from '../spec/secret-references.js';
import type { DruidRelease } from './druid-release.js';

export interface DeployReport {
  results: SupervisorResult[];
  /** What git asked for, per supervisor (for rollback pull requests). */
  targets: SupervisorTarget[];
  /** One per retention or compaction file at head or base (empty when the repo has none). */
  segments: SegmentResult[];
  /** What git asked for, per retention or compaction file (for the reviewed-hash check). */
  segmentTargets: SegmentTarget[];
  /** True when any supervisor, rule list or compaction config is left off git: the run must fail. */
  failed: boolean;
  /** The Druid release the run followed, when the caller read it from the cluster. */
  release?: DruidRelease;
}

export interface DeployInput {
  headFiles: readonly SourceFile[];
  baseFiles: readonly SourceFile[];
  config: ProjectConfig;
  context: DeployContext;
  compare: SpecComparison;
  maxParallel: number;
  /** Where retention and compaction files live; their files are among headFiles/baseFiles. */
  segmentFolders?: SegmentFolders;
  /**
   * Where `${env:NAME}` credentials in the specs get their values (the run's environment). Without
   * it, a spec that holds one is not deployed.
   */
  secrets?: SecretLookup;
  /** Called as each supervisor's deploy ends (the action closes its log group then). */
  onResult?: (result: SupervisorResult) => void;
  /** The release the run follows (config.druidVersion, compare and context already follow it). */
  release?: DruidRelease;
}

/** What a deploy would act on: retention/compaction targets, supervisor targets and blocked files. */
export function deployPlan(
  input: Pick<DeployInput, 'headFiles' | 'baseFiles' | 'config' | 'segmentFolders' | 'secrets'>,
): { segmentTargets: SegmentTarget[]; targets: SupervisorTarget[]; blocked: SupervisorResult[] } {
  const head = splitFiles(input.headFiles, input.segmentFolders);
  const base = splitFiles(input.baseFiles, input.segmentFolders);
  return {
    segmentTargets: input.segmentFolders
      ? segmentTargets(head.segments, base.segments, input.segmentFolders, input.config)
      : [],
    ...withSecrets(deployTargets(head.supervisors, base.supervisors, input.config), input.secrets),
  };
}

/**
 * The specs as they are submitted: each `${env:NAME}` credential replaced by its variable's value
 * (deploy and resync; drift and review compare the references as written). A variable that is not
 * set blocks the supervisor, so no spec reaches Druid with a reference in place of a credential.
 */
export function withSecrets(
  planned: { targets: SupervisorTarget[]; blocked: SupervisorResult[] },
  lookup: SecretLookup | undefined,
): { targets: SupervisorTarget[]; blocked: SupervisorResult[] } {
  const targets: SupervisorTarget[] = [];
  const blocked = [...planned.blocked];
  for (const target of planned.targets) {
    if (!target.head) {
      targets.push(target);
      continue;
    }
    const head = resolveSecretReferences(target.head, lookup ?? (() => undefined));
    const base = target.base && resolveSecretReferences(target.base, lookup ?? (() => undefined));
    const missing = [...new Set([...head.missing, ...(base?.missing ?? [])])].sort();
    if (missing.length === 0) {
      targets.push({ ...target, head: head.value, ...(base ? { base: base.value } : {}) });
      continue;
    }
    const names = missing.join(', ');
    blocked.push({
      id: target.id,
      file: target.file,
      outcome: 'failed',
      message: `not deployed: git's spec takes ${missing.length === 1 ? 'a credential' : 'credentials'} from ${missing.length === 1 ? 'the environment variable' : 'the environment variables'} ${names} (\${env:…}), not set where druid-gitops runs. Set ${missing.length === 1 ? 'it' : 'them'} (in the action: the step's env, from a secret) and deploy again.`,
      timeline: [],
    });
  }
  return { targets, blocked };
}

export async function runDeploy(input: DeployInput): Promise<DeployReport> {
  const { segmentTargets: segmentPlan, targets, blocked } = deployPlan(input);
  const segments = await runSegmentDeploy(segmentPlan, input.context, input.maxParallel);
  const deployed = await inParallel(targets, input.maxParallel, async (target) => {
    // An interrupted run starts nothing new; what it suspended is the caller's to repair.
    if (input.context.signal?.aborted) {
      const skipped = interrupted(target, 'skipped', 'not started: the run was interrupted');
      input.onResult?.(skipped);
      return skipped;
    }
    const result = await deploySupervisor(target, input.context, input.compare).catch(
      (error: unknown): SupervisorResult => {
        if (error instanceof DeployInterrupted)
          return interrupted(
            target,
            'failed',
            'interrupted before its deploy finished; see what the run repaired',
          );
        // A bug or an unexpected error must not hide what happened to this supervisor.
        // Its state is unknown (it may be suspended), so it gets manual steps and an issue.
        return {
          id: target.id,
          file: target.file,
          outcome: 'failed',
          message: `deploy stopped unexpectedly: ${(error as Error).message}`,
          timeline: [],
          manualSteps: manualSteps(target.id),
        };
      },
    );
    input.onResult?.(result);
    return result;
  });
  const results = [...blocked, ...deployed].sort((a, b) => a.id.localeCompare(b.id));
  const failed =
    results.some((result) => FAILING_OUTCOMES.has(result.outcome)) ||
    segments.some((result) => FAILING_SEGMENT_OUTCOMES.has(result.outcome));
  return {
    results,
    targets,
    segments,
    segmentTargets: segmentPlan,
    failed,
    ...(input.release ? { release: input.release } : {}),
  };
}

function interrupted(
  target: SupervisorTarget,
  outcome: 'failed' | 'skipped',
  message: string,
): SupervisorResult {
  return { id: target.id, file: target.file, outcome, message, timeline: [] };
}

/** Pairs head and base files by supervisor id; head specs with error-level findings are blocked. */
export function deployTargets(
  headFiles: readonly SourceFile[],
  baseFiles: readonly SourceFile[],
  config: ProjectConfig,
): { targets: SupervisorTarget[]; blocked: SupervisorResult[] } {
  const read = (file: SourceFile): SpecFile => readSpec(file.path, file.bytes, config.druidVersion);
  const base = new Map<string, { spec: SpecFile; text: string }>();
  for (const file of baseFiles) {
    const spec = read(file);
    if (spec.supervisorId && spec.document)
      base.set(spec.supervisorId, { spec, text: new TextDecoder().decode(file.bytes) });
  }
  const targets: SupervisorTarget[] = [];
  const blocked: SupervisorResult[] = [];
  const seen = new Set<string>();
  for (const file of headFiles) {
    const spec = read(file);
    const errors = checkFile(spec, config).findings.filter(
      (finding) => finding.severity === 'error' && !finding.suppressed,
    );
    const id = spec.supervisorId;
    if (!id || !spec.document || errors.length > 0 || seen.has(id)) {
      blocked.push(blockedResult(file.path, id, errors, seen.has(id ?? '')));
      if (id) seen.add(id);
      continue;
    }
    seen.add(id);
    const previous = base.get(id);
    targets.push({
      id,
      file: file.path,
      head: canonicalLayout(spec.document.value) as JsonObject,
      ...(previous?.spec.document
        ? { base: canonicalLayout(previous.spec.document.value) as JsonObject, baseText: previous.text }
        : {}),
    });
  }
  for (const [id, previous] of base) {
    if (seen.has(id) || !previous.spec.document) continue;
    targets.push({
      id,
      file: previous.spec.path,
      base: canonicalLayout(previous.spec.document.value) as JsonObject,
      baseText: previous.text,
    });
  }
  return { targets, blocked };
}

function blockedResult(
  file: string,
  id: string | undefined,
  errors: Finding[],
  duplicate: boolean,
): SupervisorResult {
  const first = [...errors].sort(compareFindings)[0];
  const why = duplicate
    ? 'another file defines the same supervisor id'
    : first
      ? `${countFindings(errors.length, 'error-level')}, first ${first.rule} at line ${first.line ?? 1}: ${first.message}`
      : 'the file does not name a supervisor (no dataSchema.dataSource)';
  return { id: id ?? file, file, outcome: 'failed', message: `not deployed: ${why}`, timeline: [] };
}
