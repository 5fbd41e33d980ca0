import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DeployInterrupted,
  StepFailure,
  Timeline,
  autoscalerEnabled,
  deployTimings,
  describeState,
  offsetContinuity,
  readLive,
  resume,
  runStateChange,
  submission,
  submitInPlace,
  submitSuspended,
  suspendAndDrain,
  updatePath,
  waitForHealth
} from "./chunk-T34DK2WN.js";
import {
  DruidError,
  diffSegmentConfigs,
  inParallel,
  sameSegmentConfig
} from "./chunk-WU6CUPLN.js";
import {
  checkFile,
  checkSegmentFile,
  collectSecrets,
  compactionConfigOf,
  compareFindings,
  countFindings,
  counts,
  markDuplicateDataSources,
  readSegmentFile,
  readSpec,
  redactStrings,
  resolveSecretReferences,
  retentionRulesOf,
  segmentKindOf
} from "./chunk-MJ7KIQFN.js";
import {
  canonicalLayout,
  deepEqual,
  isPlainObject,
  periodToMillis,
  viewSupervisor
} from "./chunk-TH2Y4WOA.js";

// src/deploy/segment-decide.ts
function decideSegmentAction(input) {
  if (input.blocked !== void 0) return { kind: "blocked", reason: input.blocked };
  const same = (a, b) => sameSegmentConfig(input.kind, a, b, input.druidVersion);
  if (input.head === void 0)
    return isAbsent(input.kind, input.live, input.druidVersion) ? { kind: "gone" } : { kind: "deleted-kept" };
  if (same(input.live, input.head)) return { kind: "unchanged" };
  if (isAbsent(input.kind, input.live, input.druidVersion)) return { kind: "apply", overwritesDrift: false };
  const drifted = !same(input.live, input.base);
  if (drifted && input.onDrift === "fail") return { kind: "drift" };
  return { kind: "apply", overwritesDrift: drifted };
}
function isAbsent(kind, live, druidVersion) {
  return sameSegmentConfig(kind, live, void 0, druidVersion);
}
function readBackMatches(kind, wanted, stored, druidVersion) {
  return sameSegmentConfig(kind, wanted, stored, druidVersion);
}

// src/health/datasource.ts
function newestDataRule(rules, now) {
  const hour = { start: now - 36e5, end: now };
  for (const rule of rules) {
    const matches = ruleMatches(rule, hour);
    if (matches === void 0) return { loads: void 0, rule };
    if (matches) return { loads: !rule.type.startsWith("drop"), rule };
  }
  return { loads: false };
}
function ruleMatches(rule, segment) {
  switch (rule.type) {
    case "loadForever":
    case "dropForever":
    case "broadcastForever":
      return true;
    // Any positive period reaches back from now, so it covers the current hour (includeFuture or not).
    case "loadByPeriod":
    case "dropByPeriod":
    case "broadcastByPeriod":
      return true;
    // Matches only data older than the period: never the newest data.
    case "dropBeforeByPeriod":
      return false;
    case "loadByInterval":
    case "dropByInterval":
    case "broadcastByInterval": {
      const [from, to] = String(rule.interval ?? "").split("/");
      const start = Date.parse(from ?? "");
      const end = Date.parse(to ?? "");
      if (Number.isNaN(start) || Number.isNaN(end)) return void 0;
      return start < segment.end && end > segment.start;
    }
    default:
      return void 0;
  }
}
function describeRules(rules) {
  if (rules.length === 0) return "no rules";
  return rules.map(describeRule).join(" \u2192 ");
}
function describeRule(rule) {
  if (!isPlainObject(rule)) return String(rule);
  const parts = [String(rule.type)];
  if (typeof rule.period === "string") parts.push(rule.period);
  if (typeof rule.interval === "string") parts.push(rule.interval);
  if (rule.includeFuture === false) parts.push("(not future)");
  if (typeof rule.type === "string" && rule.type.startsWith("load")) parts.push(replicas(rule));
  return parts.join(" ");
}
function replicas(rule) {
  const tiers = rule.tieredReplicants;
  if (!isPlainObject(tiers)) return rule.useDefaultTierForNull === false ? "\xD70" : "\xD72";
  const entries = Object.entries(tiers);
  if (entries.length === 0) return "\xD70";
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === "_default_tier") return `\xD7${String(only[1])}`;
  return entries.map(([tier, count]) => `${tier}\xD7${String(count)}`).join("+");
}
function compactionSkipMs(config) {
  const skip = config.skipOffsetFromLatest;
  return periodToMillis(typeof skip === "string" ? skip : "P1D");
}

// src/deploy/segment-summary.ts
function describeCompaction(config) {
  if (!isPlainObject(config)) return "no automatic compaction";
  const granularity = isPlainObject(config.granularitySpec) ? config.granularitySpec.segmentGranularity : void 0;
  const partitions = isPlainObject(config.tuningConfig) && isPlainObject(config.tuningConfig.partitionsSpec) ? config.tuningConfig.partitionsSpec.type : void 0;
  return [
    `skipOffsetFromLatest ${typeof config.skipOffsetFromLatest === "string" ? config.skipOffsetFromLatest : "P1D"}`,
    granularity === void 0 || granularity === null ? "segment granularity kept" : `${typeof granularity === "string" ? granularity : JSON.stringify(granularity)} segments`,
    ...typeof partitions === "string" ? [`${partitions} partitions`] : [],
    `priority ${typeof config.taskPriority === "number" ? config.taskPriority : 25}`
  ].join(" \xB7 ");
}

// src/deploy/deploy-segment.ts
var FAILING_SEGMENT_OUTCOMES = /* @__PURE__ */ new Set(["drift", "failed"]);
async function readLiveSegment(client, kind, dataSource) {
  return kind === "retention" ? client.getRetentionRules(dataSource) : client.getDatasourceCompactionConfig(dataSource);
}
var describeSegment = (kind, value) => kind === "retention" ? describeRules(Array.isArray(value) ? value : []) : describeCompaction(value);
async function deploySegment(target, context) {
  const result = (outcome, message, extra = {}) => redacted(target, { ...base(target), outcome, message, changes: [], ...extra });
  let live;
  try {
    live = await readLiveSegment(context.client, target.kind, target.dataSource);
  } catch (error) {
    return result("failed", `not applied: the Coordinator could not be read: ${messageOf(error)}`);
  }
  const action = decide(target, live, context);
  const changes = diffSegmentConfigs(target.kind, live, target.head, context.druidVersion);
  const before = describeSegment(target.kind, live);
  switch (action.kind) {
    case "blocked":
      return result("failed", `not applied: ${action.reason}`, { before });
    case "unchanged":
      return result("unchanged", "the cluster has this already: nothing written", { before });
    case "gone":
      return result("gone", "file deleted and nothing on the cluster: nothing to do");
    case "deleted-kept":
      return result("deleted-kept", DELETED_KEPT[target.kind], { before });
    case "drift":
      return result(
        "drift",
        "changed outside git (differs from both the previous and the new file): not overwritten (on-drift: fail)",
        { changes, before }
      );
    case "apply":
      break;
  }
  try {
    await write(target, context);
  } catch (error) {
    const outcome = error instanceof DruidError && error.kind === "rejected" ? `Druid refused the write; the cluster keeps ${before}` : "the write failed, and whether Druid applied it is unknown (a re-run or the drift check shows it)";
    return result("failed", `${outcome}: ${messageOf(error)}`, { changes, before });
  }
  let stored;
  try {
    stored = await readLiveSegment(context.client, target.kind, target.dataSource);
  } catch (error) {
    return result("failed", `written, but the read-back failed, so it is unverified: ${messageOf(error)}`, {
      changes,
      before
    });
  }
  const after = describeSegment(target.kind, stored);
  if (!readBackMatches(target.kind, target.head, stored, context.druidVersion))
    return result(
      "failed",
      `written, but Druid stores something else: git says ${describeSegment(target.kind, target.head)}; Druid stores ${after}`,
      { changes: diffSegmentConfigs(target.kind, stored, target.head, context.druidVersion), before, after }
    );
  const overwrite = action.overwritesDrift ? " (overwriting a change made outside git)" : "";
  context.log(`${target.kind} of ${target.dataSource}: applied${overwrite}`);
  return result("applied", `applied and read back${overwrite}`, { changes, before, after });
}
async function previewSegment(target, context) {
  const live = await readLiveSegment(context.client, target.kind, target.dataSource);
  const action = decide(target, live, context);
  const sentence = {
    apply: "would write it and read it back",
    unchanged: "the cluster has this already: nothing to do",
    drift: "was changed outside git: would stop here (on-drift: fail)",
    "deleted-kept": DELETED_KEPT[target.kind],
    gone: "file deleted and nothing on the cluster: nothing to do",
    blocked: action.kind === "blocked" ? `would not apply it: ${action.reason}` : ""
  };
  const overwrite = action.kind === "apply" && action.overwritesDrift ? " (overwriting a change made outside git)" : "";
  return redacted(target, {
    ...base(target),
    outcome: action.kind === "apply" ? "applied" : action.kind === "blocked" ? "failed" : action.kind,
    message: sentence[action.kind] + overwrite,
    changes: diffSegmentConfigs(target.kind, live, target.head, context.druidVersion),
    before: describeSegment(target.kind, live)
  });
}
var DELETED_KEPT = {
  retention: "file deleted: the rules stay on the cluster (never removed automatically; commit [] to clear them)",
  compaction: "file deleted: the compaction config stays on the cluster (never removed automatically; delete it in the console or with DELETE /druid/coordinator/v1/config/compaction/{dataSource})"
};
function decide(target, live, context) {
  return decideSegmentAction({
    kind: target.kind,
    head: target.head,
    base: target.base,
    live,
    onDrift: context.onDrift,
    druidVersion: context.druidVersion,
    ...target.blocked === void 0 ? {} : { blocked: target.blocked }
  });
}
async function write(target, context) {
  if (target.kind === "retention")
    await context.client.setRetentionRules(target.dataSource, target.head, {
      audit: context.audit
    });
  else
    await context.client.setDatasourceCompactionConfig(target.head, {
      audit: context.audit
    });
}
var base = (target) => ({
  kind: target.kind,
  dataSource: target.dataSource,
  file: target.file
});
var messageOf = (error) => error instanceof DruidError ? error.message : `unexpected error: ${error.message}`;
function redacted(target, result) {
  const secrets = collectSecrets(target.head, collectSecrets(target.base));
  return redactStrings(result, secrets);
}

// src/deploy/decide.ts
function decideAction(input) {
  const { head, base: base2, live } = input;
  if (head === void 0) {
    if (live === void 0) return { kind: "gone" };
    if (!input.prune) return { kind: "deleted-kept" };
    return input.confirmed ? { kind: "prune" } : { kind: "prune-unconfirmed" };
  }
  if (live === void 0) return { kind: "create" };
  const asked = input.askedTaskCount === void 0 ? {} : { askedTaskCount: input.askedTaskCount };
  if (deepEqual(live, head))
    return input.askedTaskCount === void 0 ? { kind: "unchanged" } : { kind: "update", overwritesDrift: false, ...asked };
  const drifted = base2 === void 0 || !deepEqual(live, base2);
  if (drifted && input.onDrift === "fail") return { kind: "drift" };
  return { kind: "update", overwritesDrift: drifted, ...asked };
}
function desiredRunState(input) {
  if (input.head) return "suspended";
  const gitResumes = input.base === true;
  if (gitResumes || input.live === void 0) return "running";
  return input.live ? "suspended" : "running";
}
function decideForTarget(target, liveSpec, compare, context) {
  const asked = askedTaskCount(target, liveSpec, compare);
  return decideAction({
    head: target.head && compare.effective(target.head),
    base: target.base && compare.effective(target.base),
    live: liveSpec && compare.effective(liveSpec),
    onDrift: context.onDrift,
    prune: context.prune,
    confirmed: context.confirmed.has(target.id),
    ...asked === void 0 ? {} : { askedTaskCount: asked }
  });
}
function askedTaskCount(target, liveSpec, compare) {
  if (!target.head || !target.base || !liveSpec) return void 0;
  const asked = compare.autoscaledTaskCount(target.head);
  if (asked === void 0 || asked === compare.autoscaledTaskCount(target.base)) return void 0;
  const running = viewSupervisor(liveSpec).ioConfig?.taskCount;
  return running === asked ? void 0 : asked;
}

// src/deploy/evidence.ts
var MAX_LAG_SAMPLES = 40;
function deployEvidence(observations) {
  const continuity = offsetContinuity(observations);
  const samples = observations.flatMap(
    (seen) => seen.lag === void 0 ? [] : [{ at: new Date(seen.at).toISOString(), lag: seen.lag }]
  );
  return {
    ...continuity ? { continuity } : {},
    ...continuity && samples.length > 0 ? { lagSamples: thin(samples) } : {}
  };
}
function thin(samples) {
  if (samples.length <= MAX_LAG_SAMPLES) return samples;
  const step = (samples.length - 1) / (MAX_LAG_SAMPLES - 1);
  return Array.from(
    { length: MAX_LAG_SAMPLES },
    (_, index) => samples[Math.round(index * step)]
  );
}

// src/deploy/deploy-supervisor.ts
async function deploySupervisor(target, context, compare) {
  const timeline = new Timeline(context, target.id);
  const result = (outcome, message, extra = {}) => ({
    id: target.id,
    file: target.file,
    outcome,
    message,
    timeline: timeline.events,
    ...deployEvidence(timeline.observations),
    ...extra
  });
  let live;
  try {
    live = await readLive(target.id, context.client);
  } catch (error) {
    return result(
      "failed",
      `could not read the supervisor from Druid; nothing was changed: ${error.message}`,
      { manualSteps: unreadSteps(target.id) }
    );
  }
  if (live) timeline.observe(live.payload, live.seenAt);
  const lagBefore = live ? { aggregateLag: live.payload.aggregateLag, state: describeState(live.payload) } : void 0;
  timeline.add(
    "pre-flight",
    live ? `live: ${describeState(live.payload)}${live.spec.suspended ? ", suspended" : ""}` : "not on the cluster"
  );
  const action = decideForTarget(target, live?.spec, compare, context);
  const desired = desiredRunState({
    head: target.head?.suspended === true,
    ...target.base ? { base: target.base.suspended === true } : {},
    ...live ? { live: live.spec.suspended === true } : {}
  });
  switch (action.kind) {
    case "unchanged": {
      const liveState = live?.spec.suspended ? "suspended" : "running";
      if (live && liveState !== desired)
        return setRunState(target, live, desired, context, timeline, result, lagBefore);
      return result(
        "unchanged",
        live?.spec.suspended ? "the cluster already runs this spec, suspended (left so)" : "the cluster already runs this spec; nothing to do",
        { lagBefore }
      );
    }
    case "drift":
      return result(
        "drift",
        "the live spec was changed outside git (it matches neither the previous nor the new file); not overwritten. Set on-drift: overwrite to replace it, or bring the file in line.",
        {
          lagBefore,
          drift: {
            outOfBand: compare.changes(target.base, live?.spec),
            wanted: compare.changes(live?.spec, target.head)
          }
        }
      );
    case "gone":
      return result("skipped", "the file was deleted and Druid has no such supervisor");
    case "deleted-kept":
      return result(
        "skipped",
        "the file was deleted but the supervisor still runs on the cluster; set prune: true (and confirm the id) to terminate it",
        { lagBefore }
      );
    case "prune-unconfirmed":
      return result(
        "skipped",
        `the file was deleted; prune is on, but terminating is destructive: re-run with confirm: ${target.id}`,
        { lagBefore }
      );
    case "prune":
      return prune(target, context, timeline, result);
    case "create":
      return create(target, target.head, desired, context, timeline, result);
    case "update":
      if (action.overwritesDrift)
        timeline.add("drift", "the live spec differs from git; overwriting it as on-drift: overwrite asks");
      return update(
        target,
        target.head,
        live,
        desired,
        context,
        timeline,
        result,
        lagBefore,
        action.askedTaskCount
      );
  }
}
async function update(target, head, live, desired, context, timeline, result, lagBefore, askedTaskCount2) {
  const previous = live.spec;
  const wasSuspended = previous.suspended === true;
  const keepSuspended = desired === "suspended";
  const timings = deployTimings(head, context.healthTimeoutMs);
  const path = updatePath(context.druidVersion, previous, head, {
    runningAutoscaled: autoscalerEnabled(previous),
    ...runStateChange(wasSuspended, keepSuspended)
  });
  const submitted = submission(context.druidVersion, head, previous, askedTaskCount2);
  timeline.add("path", path.reason);
  let droppedKeys = [];
  let answer;
  const done = (message, extra = {}) => result("applied", message, {
    lagBefore,
    droppedKeys,
    updatePath: path.kind,
    ...answer ? { answer } : {},
    ...extra
  });
  await context.journal.suspended(target.id, previous, live.seenAt);
  try {
    if (path.kind === "in-place") {
      ({ dropped: droppedKeys, answer } = await submitInPlace(
        target.id,
        submitted,
        wasSuspended,
        context,
        timeline
      ));
      if (keepSuspended) {
        await context.journal.settled(target.id);
        return done("new spec stored in place; the supervisor stays suspended, as a person left it");
      }
      const since2 = context.clock.now();
      const { verdict: verdict2, payload: payload2 } = await waitForHealth(target.id, head, since2, context, timings, timeline);
      if (verdict2.status !== "healthy") throw new StepFailure("verify", verdict2.reason, payload2, verdict2);
      await context.journal.settled(target.id);
      return done(
        `new spec applied in place, ${answer.restarted === true ? "but Druid restarted it" : "nothing restarted"}: ${verdict2.reason}`,
        { lagAfter: { aggregateLag: payload2.aggregateLag, state: describeState(payload2) } }
      );
    }
    if (!wasSuspended) await suspendAndDrain(target.id, context, timings, timeline);
    ({ dropped: droppedKeys, answer } = await submitSuspended(
      target.id,
      submitted,
      context,
      timeline,
      "new"
    ));
    if (keepSuspended) {
      await context.journal.settled(target.id);
      const why = head.suspended === true ? "as git asks (suspended: true)" : "as a person left it";
      return done(`new spec stored; the supervisor stays suspended, ${why}`);
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, head, since, context, timings, timeline);
    if (verdict.status !== "healthy") throw new StepFailure("verify", verdict.reason, payload, verdict);
    await context.journal.settled(target.id);
    return done(`new spec running (suspended, updated, resumed): ${verdict.reason}`, {
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) }
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    return restore(target, previous, wasSuspended, error, context, timeline, result, {
      lagBefore,
      droppedKeys,
      updatePath: path.kind,
      ...answer ? { answer } : {}
    });
  }
}
async function restore(target, previous, previousSuspended, failure, context, timeline, result, extra) {
  const diagnosis = diagnose(failure);
  timeline.add("failed", diagnosis.reason);
  const timings = deployTimings(previous, context.healthTimeoutMs);
  try {
    await recordAgain(target.id, previous, context, timeline);
    await submitSuspended(target.id, previous, context, timeline, "previous");
    if (!previousSuspended) {
      const since = await resume(target.id, context, timeline);
      const { verdict, payload } = await waitForHealth(
        target.id,
        previous,
        since,
        context,
        timings,
        timeline
      );
      if (verdict.status !== "healthy")
        throw new StepFailure("verify previous", verdict.reason, payload, verdict);
    }
    await context.journal.settled(target.id);
    return result(
      "restored",
      `the new spec failed (${diagnosis.reason}); the previous spec was restored and is running again`,
      { ...extra, diagnosis, rollbackWanted: true }
    );
  } catch (restoreError) {
    if (restoreError instanceof DeployInterrupted) throw restoreError;
    const restoreDiagnosis = diagnose(restoreError);
    timeline.add("restore failed", `${restoreDiagnosis.state}: ${restoreDiagnosis.reason}`);
    return result(
      "restore-failed",
      `the new spec failed (${diagnosis.reason}) and restoring the previous spec failed too (${restoreDiagnosis.reason})`,
      {
        ...extra,
        diagnosis: {
          ...diagnosis,
          recentErrors: [...diagnosis.recentErrors, ...restoreDiagnosis.recentErrors]
        },
        manualSteps: manualSteps(target.id)
      }
    );
  }
}
async function create(target, head, desired, context, timeline, result) {
  const timings = deployTimings(head, context.healthTimeoutMs);
  await context.journal.suspended(target.id, void 0);
  let droppedKeys = [];
  try {
    ({ dropped: droppedKeys } = await submitSuspended(
      target.id,
      submission(context.druidVersion, head, void 0),
      context,
      timeline,
      "new"
    ));
    if (desired === "suspended") {
      await context.journal.settled(target.id);
      return result(
        "created",
        "created suspended, as git asks (suspended: true); nothing reads until it is resumed",
        { droppedKeys }
      );
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, head, since, context, timings, timeline);
    if (verdict.status !== "healthy") throw new StepFailure("verify", verdict.reason, payload, verdict);
    await context.journal.settled(target.id);
    return result("created", `created and running: ${verdict.reason}`, {
      droppedKeys,
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) }
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    const diagnosis = diagnose(error);
    timeline.add("failed", diagnosis.reason);
    try {
      await recordAgain(target.id, void 0, context, timeline);
      await context.client.suspendSupervisor(target.id, { audit: context.audit });
      timeline.add("suspend", "left suspended for a person to look at");
    } catch (suspendError) {
      timeline.add("suspend failed", suspendError.message);
    }
    return result(
      "left-suspended",
      `the new supervisor did not become healthy (${diagnosis.reason}); it is left suspended`,
      { droppedKeys, diagnosis, manualSteps: manualSteps(target.id) }
    );
  }
}
async function setRunState(target, live, desired, context, timeline, result, lagBefore) {
  const timings = deployTimings(live.spec, context.healthTimeoutMs);
  try {
    if (desired === "suspended") {
      await suspendAndDrain(target.id, context, timings, timeline);
      return result(
        "applied",
        "suspended, as git asks (suspended: true); Kafka lag grows until it is resumed",
        { lagBefore }
      );
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, live.spec, since, context, timings, timeline);
    if (verdict.status !== "healthy") throw new StepFailure("verify", verdict.reason, payload, verdict);
    return result("applied", `resumed, as git asks: ${verdict.reason}`, {
      lagBefore,
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) }
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    const diagnosis = diagnose(error);
    timeline.add("failed", diagnosis.reason);
    return result("failed", `changing the run state failed (${diagnosis.reason})`, {
      lagBefore,
      diagnosis,
      manualSteps: manualSteps(target.id)
    });
  }
}
async function prune(target, context, timeline, result) {
  try {
    await context.client.terminateSupervisor(target.id, { audit: context.audit });
    timeline.add("terminate", "terminated; tasks publish what they read, and Druid keeps the stored offsets");
    return result(
      "pruned",
      "terminated because its file was deleted (prune: true, confirmed); stored offsets are kept, so re-creating it continues where it stopped"
    );
  } catch (error) {
    return result("failed", `terminating failed: ${error.message}`);
  }
}
async function recordAgain(id, previous, context, timeline) {
  await context.journal.suspended(id, previous, timeline.lastSeenAt).catch((error) => timeline.add("journal", `not updated: ${error.message}`));
}
function diagnose(error) {
  if (error instanceof StepFailure) {
    const state = error.payload ? describeState(error.payload) : error.step;
    const recentErrors = error.verdict && "errors" in error.verdict ? error.verdict.errors : error.payload?.recentErrors ?? [];
    return { state, reason: `${error.step}: ${error.message}`, recentErrors };
  }
  return { state: "unknown", reason: error.message ?? String(error), recentErrors: [] };
}
function unreadSteps(id) {
  return [
    `Nothing was changed on the cluster: ${id} still runs the spec it ran before this deploy, while git holds the new one.`,
    "Check that Druid answers at druid-url (the Overlord or a Router with its management proxy), then re-run the deploy job to apply the spec."
  ];
}
function manualSteps(id) {
  return [
    `Read the supervisor's state: GET /druid/indexer/v1/supervisor/${id}/status (or run the action with operation: diagnose, supervisor: ${id}).`,
    `If it is suspended, Kafka lag grows until retention deletes data: fix the cause, then resume it (operation: resume) or re-apply git's spec (operation: resync).`,
    `Do not reset the supervisor to make it healthy: a reset skips or re-reads data. Use reset only for offsets that no longer exist.`
  ];
}

// src/deploy/result.ts
var FAILING_OUTCOMES = /* @__PURE__ */ new Set([
  "drift",
  "restored",
  "restore-failed",
  "left-suspended",
  "failed"
]);

// src/flows/deploy-segments.ts
function splitFiles(files, folders) {
  const supervisors = [];
  const segments = [];
  for (const file of files)
    (folders && segmentKindOf(file.path, folders) ? segments : supervisors).push(file);
  return { supervisors, segments };
}
function readSegmentFiles(files, folders, druidVersion) {
  return markDuplicateDataSources(
    files.flatMap((file) => {
      const kind = segmentKindOf(file.path, folders);
      return kind ? [readSegmentFile(kind, file.path, file.bytes, druidVersion)] : [];
    })
  );
}
function segmentTargets(headFiles, baseFiles, folders, config) {
  const key = (file) => `${file.kind}/${file.dataSource ?? file.path}`;
  const base2 = new Map(
    readSegmentFiles(baseFiles, folders, config.druidVersion).filter((file) => file.dataSource && segmentValueOf(file) !== void 0).map((file) => [key(file), file])
  );
  const targets = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of readSegmentFiles(headFiles, folders, config.druidVersion)) {
    const previous = base2.get(key(file));
    seen.add(key(file));
    const head = segmentValueOf(file);
    const errors = checkSegmentFile(file, config).findings.filter((finding) => counts(finding, "error"));
    const first = errors[0];
    targets.push({
      kind: file.kind,
      dataSource: file.dataSource ?? file.path,
      file: file.path,
      ...head === void 0 ? {} : { head },
      ...previous ? { base: segmentValueOf(previous) } : {},
      ...first || head === void 0 || !file.dataSource ? {
        blocked: first ? `${countFindings(errors.length, "error-level")}, first ${first.rule} at line ${first.line ?? 1}: ${first.message}` : "the file could not be read"
      } : {}
    });
  }
  for (const [name, previous] of base2)
    if (!seen.has(name))
      targets.push({
        kind: previous.kind,
        dataSource: previous.dataSource ?? previous.path,
        file: previous.path,
        base: segmentValueOf(previous)
      });
  return targets.sort((a, b) => a.file.localeCompare(b.file));
}
async function runSegmentDeploy(targets, context, maxParallel) {
  return inParallel(
    targets,
    maxParallel,
    (target) => (context.signal?.aborted ? Promise.resolve({
      kind: target.kind,
      dataSource: target.dataSource,
      file: target.file,
      outcome: "failed",
      message: "not written: the run was interrupted before it",
      changes: []
    }) : deploySegment(target, context)).catch((error) => ({
      kind: target.kind,
      dataSource: target.dataSource,
      file: target.file,
      outcome: "failed",
      message: `deploy stopped unexpectedly: ${error.message}`,
      changes: []
    }))
  );
}
var segmentValueOf = (file) => file.kind === "retention" ? retentionRulesOf(file) : compactionConfigOf(file);

// src/flows/deploy.ts
function deployPlan(input) {
  const head = splitFiles(input.headFiles, input.segmentFolders);
  const base2 = splitFiles(input.baseFiles, input.segmentFolders);
  return {
    segmentTargets: input.segmentFolders ? segmentTargets(head.segments, base2.segments, input.segmentFolders, input.config) : [],
    ...withSecrets(deployTargets(head.supervisors, base2.supervisors, input.config), input.secrets)
  };
}
function withSecrets(planned, lookup) {
  const targets = [];
  const blocked = [...planned.blocked];
  for (const target of planned.targets) {
    if (!target.head) {
      targets.push(target);
      continue;
    }
    const head = resolveSecretReferences(target.head, lookup ?? (() => void 0));
    const base2 = target.base && resolveSecretReferences(target.base, lookup ?? (() => void 0));
    const missing = [.../* @__PURE__ */ new Set([...head.missing, ...base2?.missing ?? []])].sort();
    if (missing.length === 0) {
      targets.push({ ...target, head: head.value, ...base2 ? { base: base2.value } : {} });
      continue;
    }
    const names = missing.join(", ");
    blocked.push({
      id: target.id,
      file: target.file,
      outcome: "failed",
      message: `not deployed: git's spec takes ${missing.length === 1 ? "a credential" : "credentials"} from ${missing.length === 1 ? "the environment variable" : "the environment variables"} ${names} (\${env:\u2026}), not set where druid-gitops runs. Set ${missing.length === 1 ? "it" : "them"} (in the action: the step's env, from a secret) and deploy again.`,
      timeline: []
    });
  }
  return { targets, blocked };
}
async function runDeploy(input) {
  const { segmentTargets: segmentPlan, targets, blocked } = deployPlan(input);
  const segments = await runSegmentDeploy(segmentPlan, input.context, input.maxParallel);
  const deployed = await inParallel(targets, input.maxParallel, async (target) => {
    if (input.context.signal?.aborted) {
      const skipped = interrupted(target, "skipped", "not started: the run was interrupted");
      input.onResult?.(skipped);
      return skipped;
    }
    const result = await deploySupervisor(target, input.context, input.compare).catch(
      (error) => {
        if (error instanceof DeployInterrupted)
          return interrupted(
            target,
            "failed",
            "interrupted before its deploy finished; see what the run repaired"
          );
        return {
          id: target.id,
          file: target.file,
          outcome: "failed",
          message: `deploy stopped unexpectedly: ${error.message}`,
          timeline: [],
          manualSteps: manualSteps(target.id)
        };
      }
    );
    input.onResult?.(result);
    return result;
  });
  const results = [...blocked, ...deployed].sort((a, b) => a.id.localeCompare(b.id));
  const failed = results.some((result) => FAILING_OUTCOMES.has(result.outcome)) || segments.some((result) => FAILING_SEGMENT_OUTCOMES.has(result.outcome));
  return {
    results,
    targets,
    segments,
    segmentTargets: segmentPlan,
    failed,
    ...input.release ? { release: input.release } : {}
  };
}
function interrupted(target, outcome, message) {
  return { id: target.id, file: target.file, outcome, message, timeline: [] };
}
function deployTargets(headFiles, baseFiles, config) {
  const read = (file) => readSpec(file.path, file.bytes, config.druidVersion);
  const base2 = /* @__PURE__ */ new Map();
  for (const file of baseFiles) {
    const spec = read(file);
    if (spec.supervisorId && spec.document)
      base2.set(spec.supervisorId, { spec, text: new TextDecoder().decode(file.bytes) });
  }
  const targets = [];
  const blocked = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of headFiles) {
    const spec = read(file);
    const errors = checkFile(spec, config).findings.filter(
      (finding) => finding.severity === "error" && !finding.suppressed
    );
    const id = spec.supervisorId;
    if (!id || !spec.document || errors.length > 0 || seen.has(id)) {
      blocked.push(blockedResult(file.path, id, errors, seen.has(id ?? "")));
      if (id) seen.add(id);
      continue;
    }
    seen.add(id);
    const previous = base2.get(id);
    targets.push({
      id,
      file: file.path,
      head: canonicalLayout(spec.document.value),
      ...previous?.spec.document ? { base: canonicalLayout(previous.spec.document.value), baseText: previous.text } : {}
    });
  }
  for (const [id, previous] of base2) {
    if (seen.has(id) || !previous.spec.document) continue;
    targets.push({
      id,
      file: previous.spec.path,
      base: canonicalLayout(previous.spec.document.value),
      baseText: previous.text
    });
  }
  return { targets, blocked };
}
function blockedResult(file, id, errors, duplicate) {
  const first = [...errors].sort(compareFindings)[0];
  const why = duplicate ? "another file defines the same supervisor id" : first ? `${countFindings(errors.length, "error-level")}, first ${first.rule} at line ${first.line ?? 1}: ${first.message}` : "the file does not name a supervisor (no dataSchema.dataSource)";
  return { id: id ?? file, file, outcome: "failed", message: `not deployed: ${why}`, timeline: [] };
}

export {
  newestDataRule,
  describeRules,
  compactionSkipMs,
  FAILING_SEGMENT_OUTCOMES,
  readLiveSegment,
  describeSegment,
  previewSegment,
  desiredRunState,
  decideForTarget,
  deploySupervisor,
  splitFiles,
  readSegmentFiles,
  segmentValueOf,
  deployPlan,
  withSecrets,
  runDeploy,
  deployTargets
};
