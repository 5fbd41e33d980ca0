/**
 * Before a deploy from a laptop: finish what an earlier druid-gitops run left undone. A run that
 * died without cleaning up (`kill -9`, a lost laptop) left records of the supervisors it had
 * suspended. For each one still suspended by that run — not by a person since, not by a run still
 * at work — the spec that ran before is put back, resumed and verified, exactly as the action's post
 * step repairs (src/deploy/repair.ts), and then waited on until healthy like any deploy; a
 * supervisor the run had created is resumed and verified. Only then does the deploy go on, so a
 * suspension left by an interrupted run never turns into "as a person left it".
 */
import { DruidNotFoundError } from '../druid/index.js';
import { repairSuspension, type RepairOutcome } from '../deploy/repair.js';
import { suspensionOwner, type RunSuspension, type SuspensionOwner } from '../deploy/suspension-owner.js';
import { resume, suspendAndWait, Timeline, waitForHealth } from '../deploy/steps.js';
import { deployTimings } from '../deploy/timing.js';
import type { DeployContext } from '../deploy/context.js';
import type { TimelineEvent } from '../deploy/result.js';
import type { JsonObject } from '../common/json.js';

export interface SettleInput {
  /** The deploy's context: its client, clock, audit headers, health timeout and abort signal. */
  context: DeployContext;
  records: readonly RunSuspension[];
  /** Drops a record that no longer describes a suspension by druid-gitops. */
  forget(id: string): Promise<void>;
  /** Keeps a record, saying why the supervisor is still suspended. */
  keep(record: RunSuspension, why: string): Promise<void>;
}

export interface SettledSuspension {
  id: string;
  /** The run that left it suspended (never its record's previous spec: that may hold credentials). */
  run: RunSuspension['run'] & { since: string };
  owner: SuspensionOwner | 'gone';
  /** What the repair did, when it ran. */
  repair?: RepairOutcome;
  /** True when the supervisor reads its topic again (or is gone, or a person's). */
  ok: boolean;
  message: string;
  timeline: TimelineEvent[];
}

/** What `settleInterrupted` would do, for `deploy --dry-run`: GETs only. */
export async function previewInterrupted(
  client: DeployContext['client'],
  records: readonly RunSuspension[],
): Promise<{ id: string; owner: SuspensionOwner | 'gone'; message: string }[]> {
  const previews = [];
  for (const record of records) {
    const by = `druid-gitops ${runText(record)}`;
    const owner = await ownerOf(client, record);
    const message: Record<SuspensionOwner | 'gone', string> = {
      gone: 'Druid no longer has it; its record would be cleared',
      'not-suspended': `running again since the ${by}; its record would be cleared`,
      'run-in-progress': `suspended by the ${by}, which still runs; it would not be touched`,
      person: `suspended again by someone after the ${by}; it would be left suspended`,
      'druid-gitops': record.previousSpec
        ? `suspended by the ${by}, which did not finish: the deploy would first put back the spec that ran before, resume and verify it`
        : `created suspended by the ${by}: the deploy would first resume and verify it`,
    };
    previews.push({ id: record.id, owner, message: message[owner] });
  }
  return previews;
}

export async function settleInterrupted(input: SettleInput): Promise<SettledSuspension[]> {
  const settled: SettledSuspension[] = [];
  for (const record of input.records) settled.push(await settleOne(input, record));
  return settled;
}

async function settleOne(input: SettleInput, record: RunSuspension): Promise<SettledSuspension> {
  const { context } = input;
  const timeline = new Timeline(context, record.id);
  const done = (
    owner: SettledSuspension['owner'],
    ok: boolean,
    message: string,
    repair?: RepairOutcome,
  ): SettledSuspension => ({
    id: record.id,
    run: { ...record.run, since: record.since },
    owner,
    ok,
    message,
    timeline: timeline.events,
    ...(repair ? { repair } : {}),
  });
  const owner = await ownerOf(context.client, record);
  if (owner === 'gone') {
    await input.forget(record.id);
    return done('gone', true, 'Druid no longer has it; its record is cleared');
  }
  const by = runText(record);
  switch (owner) {
    case 'not-suspended':
      await input.forget(record.id);
      return done(owner, true, `running again since the ${by}; its record is cleared`);
    case 'run-in-progress':
      return done(owner, true, `suspended by a druid-gitops ${by} that still runs; not touched`);
    case 'person':
      await input.forget(record.id);
      return done(
        owner,
        true,
        `resumed and suspended again by someone after the ${by}: a person's suspension, left as it is`,
      );
    case 'druid-gitops':
      timeline.add('found', `suspended by the druid-gitops ${by}, which did not finish`);
      return record.previousSpec
        ? restore(input, record, record.previousSpec, timeline, done)
        : resumeCreated(input, record, timeline, done);
  }
}

/** Who holds the suspension the record names, from the stored spec and Druid's history; GETs only. */
async function ownerOf(
  client: DeployContext['client'],
  record: RunSuspension,
): Promise<SuspensionOwner | 'gone'> {
  try {
    const spec = await client.getSupervisorSpec(record.id);
    const history = spec.suspended === true ? await client.getSupervisorHistory(record.id) : [];
    return suspensionOwner({ record, suspended: spec.suspended === true, history });
  } catch (error) {
    if (!(error instanceof DruidNotFoundError)) throw error;
    return 'gone';
  }
}

/** The run a record comes from, as the messages name it: `deploy of <time> (pid N on host)`. */
function runText(record: RunSuspension): string {
  return `${record.run.command} of ${record.since} (pid ${record.run.pid} on ${record.run.host})`;
}

type Done = (
  owner: SettledSuspension['owner'],
  ok: boolean,
  message: string,
  repair?: RepairOutcome,
) => SettledSuspension;

/** The spec that ran before goes back, resumed (the post step's repair), then verified. */
async function restore(
  input: SettleInput,
  record: RunSuspension,
  previous: JsonObject,
  timeline: Timeline,
  done: Done,
): Promise<SettledSuspension> {
  const { context } = input;
  const repair = await repairSuspension(context.client, record, context.audit);
  if (repair.kind === 'failed') {
    await input.keep(record, `the repair failed: ${repair.error}`);
    return done(
      'druid-gitops',
      false,
      `still suspended: putting back the spec that ran before failed (${repair.error})`,
      repair,
    );
  }
  if (repair.kind !== 'restored') {
    await input.forget(record.id);
    const why =
      repair.kind === 'person-suspended'
        ? 'a person had suspended it before the interrupted run; it stays suspended'
        : repair.kind === 'gone'
          ? 'Druid no longer has it'
          : 'running; nothing to repair';
    return done('druid-gitops', true, why, repair);
  }
  timeline.add(
    'restore',
    `the spec that ran before the interrupted run is back and resumed (${repair.state})`,
  );
  const timings = deployTimings(previous, context.healthTimeoutMs);
  const { verdict } = await waitForHealth(
    record.id,
    previous,
    context.clock.now(),
    context,
    timings,
    timeline,
  );
  await input.forget(record.id);
  return verdict.status === 'healthy'
    ? done(
        'druid-gitops',
        true,
        `the spec that ran before the interrupted run was put back, resumed and verified: ${verdict.reason}`,
        repair,
      )
    : done(
        'druid-gitops',
        false,
        `the spec that ran before the interrupted run was put back and resumed, but it is not healthy: ${verdict.reason}`,
        repair,
      );
}

/** A supervisor the interrupted run created: resumed and verified; suspended again if it does not work. */
async function resumeCreated(
  input: SettleInput,
  record: RunSuspension,
  timeline: Timeline,
  done: Done,
): Promise<SettledSuspension> {
  const { context } = input;
  const spec = await context.client.getSupervisorSpec(record.id);
  const timings = deployTimings(spec, context.healthTimeoutMs);
  const since = await resume(record.id, context, timeline);
  const { verdict } = await waitForHealth(record.id, spec, since, context, timings, timeline);
  if (verdict.status === 'healthy') {
    await input.forget(record.id);
    return done(
      'druid-gitops',
      true,
      `created by an earlier druid-gitops run that left it suspended; now resumed and verified: ${verdict.reason}`,
    );
  }
  // Never destroy data: a new supervisor that does not work is suspended again and reported.
  await suspendAndWait(record.id, context, timings, timeline);
  const why = `created by an earlier druid-gitops run and not healthy when resumed (${verdict.reason}); suspended again`;
  await input.keep(record, why);
  return done('druid-gitops', false, why);
}
