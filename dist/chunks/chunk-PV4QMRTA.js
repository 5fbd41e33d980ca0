import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  resultDetails
} from "./chunk-Y4O32763.js";
import {
  suspensionOwner
} from "./chunk-7W47F3IU.js";
import {
  releaseMarkdown
} from "./chunk-2PI5O4G6.js";
import {
  describeHistory
} from "./chunk-SNSZCDFZ.js";
import {
  compactionSkipMs,
  deploySupervisor,
  deployTargets,
  describeRules,
  describeSegment,
  newestDataRule,
  readLiveSegment,
  readSegmentFiles,
  segmentValueOf,
  splitFiles,
  withSecrets
} from "./chunk-D3SV2YOB.js";
import {
  Timeline,
  code,
  deployTimings,
  describeState,
  escapeMarkdown,
  expectedReadingTasks,
  knownLag,
  lagTrend,
  offsetTable,
  pollUntil,
  resume,
  specSettings,
  suspendAndWait,
  tableRow,
  unlimited,
  waitForHealth
} from "./chunk-T34DK2WN.js";
import {
  DruidNotFoundError,
  elapsedText,
  inParallel,
  readDruidRelease,
  sameSegmentConfig,
  specComparison,
  withRelease
} from "./chunk-WU6CUPLN.js";
import {
  ALL,
  DESTRUCTIVE,
  READ_ONLY,
  collectSecrets,
  plural,
  redactStrings,
  redactText,
  refusal
} from "./chunk-MJ7KIQFN.js";
import {
  millisToReadablePeriod
} from "./chunk-TH2Y4WOA.js";

// src/health/check-context.ts
function onceFixed(context, byItself) {
  return context.suspended ? `It is suspended, so it does not recover by itself: once the cause is fixed, resume it (druid-gitops resume ${context.facts.id}).` : byItself;
}
function count(value) {
  return Math.round(value).toLocaleString("en-US");
}
function period(ms) {
  return millisToReadablePeriod(Math.max(0, Math.round(ms / 1e3) * 1e3));
}
function age(from, now) {
  const minutes = Math.max(0, Math.round((now - from) / 6e4));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}
function errorLine(error, clean) {
  const what = error.exceptionClass ? `${error.exceptionClass.split(".").at(-1)}: ` : "";
  return clean(`${error.timestamp}: ${what}${stripClass(error.message ?? "", error.exceptionClass)}`);
}
function stripClass(message, exceptionClass) {
  return exceptionClass && message.startsWith(`${exceptionClass}: `) ? message.slice(exceptionClass.length + 2) : message;
}
function recentErrors(context) {
  return context.latest.recentErrors;
}

// src/health/consequences.ts
function consequences(input) {
  switch (input.operation) {
    case "status":
    case "diagnose":
      return ["Reads only: nothing on the cluster changes."];
    case "suspend":
      return [
        "Reading tasks stop and publish what they have read: nothing is lost.",
        "Nothing reads the topic until it is resumed: records wait in Kafka, and those older than the topic\u2019s retention are deleted before Druid reads them."
      ];
    case "resume":
      return [
        "New tasks start from the stored offsets and first read the backlog that built up while it was suspended: expect the lag to jump, then fall."
      ];
    case "resync":
      return [
        "Git\u2019s spec is applied with the deploy runbook: suspend (tasks publish), submit, resume, verify; if it does not become healthy, the spec that ran before is put back.",
        "Nothing is skipped or read twice: new tasks continue from the stored offsets."
      ];
    case "handoff":
      return [
        "The reading task groups stop reading early and publish what they have; new tasks continue from where they stopped.",
        "Nothing is skipped or read twice; it leaves extra, smaller segments until compaction merges them."
      ];
    case "reset":
      return resetConsequences(input);
    case "reset-offsets":
      return resetOffsetsConsequences(input);
    case "terminate":
      return [
        "The supervisor stops: reading tasks publish what they have read (nothing is lost), then Druid removes it. Nothing reads the topic afterwards.",
        "Druid keeps the stored offsets: a supervisor created later with the same id continues from them.",
        input.file ? `Git still has ${input.file}: the next deploy creates the supervisor again. Delete the file (or suspend instead) to keep it stopped.` : "If git still has its spec, the next deploy creates the supervisor again: delete the file (or suspend instead) to keep it stopped."
      ];
  }
}
function resetConsequences(input) {
  const unread = unpublished(input.before);
  const pending = unread === void 0 ? "every record not yet published" : `about ${count(unread)} records not yet published, plus what arrives before the new tasks start`;
  return [
    "Druid deletes the stored offsets of every partition and kills the reading tasks: what they read since their last checkpoint is thrown away, not published.",
    input.settings.useEarliestOffset ? `New tasks start at the earliest offset Kafka still has (useEarliestOffset: true): the whole retained topic${input.settings.topic ? ` ${input.settings.topic}` : ""} is read again, and rows already in the datasource are appended a second time (duplicates: there is no exactly-once across a reset).` : `New tasks start at the latest offset (useEarliestOffset: false): ${pending} are skipped \u2014 data loss.`,
    "Use it only when the stored offsets no longer exist in Kafka; reset-offsets with explicit offsets repairs single partitions."
  ];
}
function resetOffsetsConsequences(input) {
  const lines = [
    "Druid replaces the stored offsets of the listed partitions and kills the tasks reading them: what those tasks read since their last checkpoint is thrown away, then read again from the new offsets."
  ];
  const positions = new Map(
    (input.before?.partitions ?? []).map((position) => [position.partition, position])
  );
  for (const [partition, target] of Object.entries(input.offsets ?? {})) {
    const position = positions.get(partition);
    const from = position?.taskStart;
    if (!position) {
      lines.push(
        `Partition ${partition}: Druid does not report it for this supervisor; check the partition key.`
      );
    } else if (from === void 0) {
      lines.push(
        `Partition ${partition}: resumes at ${count(target)} (no reading task shows where it stands now).`
      );
    } else if (target < from) {
      lines.push(
        `Partition ${partition}: back from ${count(from)} to ${count(target)}: ${count(from - target)} records read again (duplicates).`
      );
    } else if (target > from) {
      lines.push(
        `Partition ${partition}: forward from ${count(from)} to ${count(target)}: ${count(target - from)} records skipped (data loss).`
      );
    } else {
      lines.push(`Partition ${partition}: stays at ${count(target)}: only the unpublished reads are redone.`);
    }
    if (position?.end !== void 0 && target > position.end)
      lines.push(
        `Partition ${partition}: ${count(target)} is past the end of the partition (${count(position.end)}).`
      );
  }
  lines.push(
    "Offsets are compared with where the reading task started, the nearest public view of the stored offsets."
  );
  return lines;
}
function unpublished(table2) {
  if (!table2) return void 0;
  let total = 0;
  let known = false;
  for (const position of table2.partitions) {
    if (position.end === void 0 || position.taskStart === void 0) continue;
    total += Math.max(0, position.end - position.taskStart);
    known = true;
  }
  return known ? total : void 0;
}

// src/flows/recover-read.ts
var MIN_INTERVAL_MS = 1e4;
var MAX_INTERVAL_MS = 65e3;
async function readSupervisors(ids, options) {
  const { client, clock } = options;
  const first = await inParallel(ids, options.maxParallel, async (id) => readFirst(client, clock, id));
  const found = first.filter((read2) => read2.found);
  if (found.length > 0 && !options.oneSample) {
    const interval = options.sampleIntervalMs ?? sampleInterval(found.map((read2) => read2.spec));
    options.waitingFor?.(
      `sampling lag: a second status read in ${elapsedText(interval)}, once Druid has refreshed its offsets`
    );
    await clock.sleep(interval);
  }
  const completed = await inParallel(found, options.maxParallel, async (read2) => complete(read2, options));
  return first.map((read2) => read2.found ? completed[found.indexOf(read2)] : read2);
}
async function readFirst(client, clock, id) {
  try {
    const spec = await client.getSupervisorSpec(id);
    return { id, found: true, spec, sample: await sample(client, clock, id) };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return { id, found: false };
    return { id, found: false, error: error.message };
  }
}
async function complete(read2, options) {
  const { client, clock } = options;
  const samples = [read2.sample];
  if (!options.oneSample) {
    const second = await attempt(() => sample(client, clock, read2.id));
    if (second.ok) samples.push(second.value);
  }
  const facts = { id: read2.id, spec: read2.spec, samples };
  if (options.full) Object.assign(facts, await extras(client, read2.id, samples.at(-1)?.payload));
  return { id: read2.id, found: true, facts };
}
async function extras(client, id, payload) {
  const dataSource = payload?.dataSource ?? id;
  const [parseErrors, stats, history, retention, compaction2] = await Promise.all([
    attempt(() => client.getSupervisorParseErrors(id)),
    attempt(() => client.getSupervisorStats(id)),
    attempt(() => client.getSupervisorHistory(id)),
    attempt(async () => ({
      own: await client.getRetentionRules(dataSource),
      effective: await client.getRetentionRules(dataSource, { full: true })
    })),
    attempt(async () => await client.getDatasourceCompactionConfig(dataSource) ?? null)
  ]);
  return { parseErrors, stats, history, retention, compaction: compaction2 };
}
async function sample(client, clock, id) {
  const { payload } = await client.getSupervisorStatus(id);
  return { at: clock.now(), payload };
}
async function attempt(read2) {
  try {
    return { ok: true, value: await read2() };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}
function sampleInterval(specs) {
  const refresh = Math.max(0, ...specs.map((spec) => specSettings(spec).offsetFetchPeriodMs));
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, refresh + 5e3));
}

// src/flows/recover-suspensions.ts
async function attributeSuspensions(reads, records, client) {
  for (const read2 of reads) {
    if (!read2.found || read2.facts.spec?.suspended !== true) continue;
    const record = records.find((candidate) => candidate.id === read2.id);
    if (!record) continue;
    const history = await historyOf(read2, client);
    if (!history) continue;
    const owner = suspensionOwner({ record, suspended: true, history });
    if (owner !== "druid-gitops" && owner !== "run-in-progress") continue;
    read2.facts.suspendedBy = {
      running: owner === "run-in-progress",
      at: record.since,
      run: { command: record.run.command, pid: record.run.pid, host: record.run.host },
      ...record.left ? { left: record.left } : {}
    };
  }
}
async function historyOf(read2, client) {
  if (read2.facts.history?.ok) return read2.facts.history.value;
  try {
    return await client.getSupervisorHistory(read2.id);
  } catch {
    return void 0;
  }
}

// src/health/data-checks.ts
var parseExceptions = (context) => {
  const { facts, settings } = context;
  const reports = facts.parseErrors?.ok ? facts.parseErrors.value : [];
  const unparseable = facts.stats?.ok ? unparseableRows(facts.stats.value) : 0;
  if (reports.length === 0 && unparseable === 0) return void 0;
  const limit = settings.maxParseExceptions;
  const evidence = [
    unparseable > 0 ? `${count(unparseable)} unparseable rows in the current tasks (GET /stats)` : `${reports.length} parse errors kept by Druid (GET /parseErrors)`,
    unlimited(limit) ? "maxParseExceptions is unlimited: these rows are dropped and the tasks go on" : `maxParseExceptions is ${count(limit)}: a task that meets more fails, and the supervisor turns UNHEALTHY_TASKS after 3 failures`,
    ...reports.slice(0, 3).map((report) => example(report, context.clean))
  ];
  if (reports.length === 0 && settings.maxSavedParseExceptions === 0)
    evidence.push(
      "Druid keeps none of the rows (maxSavedParseExceptions 0): set it to 10 to see them in parseErrors"
    );
  const failing = !unlimited(limit) && (unparseable >= limit || context.latest.state === "UNHEALTHY_TASKS");
  return {
    mode: "parse-exceptions",
    severity: failing ? "critical" : "warning",
    title: "unparseable rows",
    evidence,
    next: {
      short: "fix the producer or the inputFormat",
      text: "Fix what produces these rows, or the spec\u2019s inputFormat / timestampSpec in git and deploy. A reset does not help: the rows stay in the topic and would be read again."
    }
  };
};
function unparseableRows(stats) {
  let rows = 0;
  for (const group of Object.values(stats))
    for (const task of Object.values(group)) {
      const totals = task.totals?.buildSegments;
      if (typeof totals?.unparseable === "number") rows += totals.unparseable;
    }
  return rows;
}
function example(report, clean) {
  const input = typeof report.input === "string" ? report.input : "";
  const shown = input.length > 100 ? `${input.slice(0, 99)}\u2026` : input;
  const detail = report.details?.[0] ?? report.errorType ?? "unparseable";
  return clean(`row ${JSON.stringify(shown)}: ${detail}`);
}
var stalledHandoff = (context) => {
  const { latest, settings } = context;
  const completionSeconds = settings.completionTimeoutMs / 1e3;
  const publishing = latest.publishingTasks.map((task) => ({
    id: task.id,
    seconds: typeof task.remainingSeconds === "number" ? completionSeconds - task.remainingSeconds : void 0,
    overdue: task.remainingSeconds === 0
  }));
  const slowAfter = settings.handoffConditionTimeoutMs > 0 ? settings.handoffConditionTimeoutMs / 1e3 : completionSeconds / 2;
  const slow = publishing.filter((task) => task.overdue || (task.seconds ?? 0) > slowAfter);
  const retention = retentionBlocksHandoff(context);
  if (slow.length === 0) return void 0;
  const overdue = slow.some((task) => task.overdue);
  const evidence = [
    ...slow.map(
      (task) => task.overdue ? `${task.id}: past completionTimeout (${period(settings.completionTimeoutMs)}): Druid kills it and the reading tasks of its partitions, which read again from the last stored offsets` : `${task.id}: publishing for ${period((task.seconds ?? 0) * 1e3)} (completionTimeout ${period(settings.completionTimeoutMs)})`
    ),
    settings.handoffConditionTimeoutMs === 0 ? "handoffConditionTimeout is 0: a task waits for Historicals forever" : `a task waits up to handoffConditionTimeout (${period(settings.handoffConditionTimeoutMs)}) for Historicals to load its segments`,
    ...retention ? [retention] : []
  ];
  return {
    mode: "stalled-handoff",
    severity: overdue ? "critical" : "warning",
    title: "handoff stalled",
    evidence,
    next: {
      short: retention ? "fix the retention rules" : "check Historicals and the load queue",
      text: retention ? "Fix the retention rules so that Historicals load the newest data; until then every handoff waits the full handoffConditionTimeout." : "Handoff waits for Historicals to load the published segments: check the Coordinator\u2019s load queue, Historical disk space and capacity, and the retention rules. An early handoff does not help and a reset never does."
    }
  };
};
function retentionBlocksHandoff(context) {
  const retention = context.facts.retention;
  if (!retention?.ok) return void 0;
  const { loads, rule } = newestDataRule(retention.value.effective, context.now);
  if (loads !== false) return void 0;
  return rule ? `retention: the first rule matching new data is ${describeRules([rule])}, so Historicals never load the segments this supervisor publishes` : "retention: no rule loads new data, so Historicals never load the segments this supervisor publishes";
}
var retentionRules = (context) => {
  const retention = context.facts.retention;
  if (!retention?.ok) return void 0;
  const blocks = retentionBlocksHandoff(context);
  if (blocks && !stalledHandoff(context)) {
    return {
      mode: "retention-drops-new-data",
      severity: "warning",
      title: "retention drops new data",
      evidence: [blocks, `rules: ${describeRules(retention.value.effective)}`],
      next: {
        short: "add a load rule for recent data",
        text: "Add a load rule that covers recent data (e.g. loadByPeriod P30D) above the drop rules; otherwise each handoff waits handoffConditionTimeout and the data disappears from queries once the task exits."
      }
    };
  }
  if (retention.value.own.length > 0) return void 0;
  return {
    mode: "no-retention-rules",
    severity: "notice",
    title: "no retention rules",
    evidence: [
      `the datasource has no rules of its own; the cluster default applies: ${describeRules(retention.value.effective)}`
    ],
    next: {
      short: "add retention rules",
      text: "If the data should expire, add retention rules for this datasource (Druid console \u2192 Datasources \u2192 Retention)."
    }
  };
};
var compaction = (context) => {
  const config = context.facts.compaction;
  if (!config?.ok) return void 0;
  const late = context.settings.lateMessageRejectionMs;
  if (config.value === null) {
    return {
      mode: "no-auto-compaction",
      severity: "notice",
      title: "no auto-compaction",
      evidence: [
        "streaming writes at least one segment per task group and segment interval (more with intermediate handoffs), and nothing merges them: the segment count only grows (segment proliferation)"
      ],
      next: {
        short: "add auto-compaction",
        text: `Add an auto-compaction config for this datasource with skipOffsetFromLatest of at least ${late === void 0 ? "the late-data window" : `lateMessageRejectionPeriod (${period(late)})`}.`
      }
    };
  }
  const skip = compactionSkipMs(config.value);
  if (late === void 0 || skip === void 0 || skip >= late) return void 0;
  return {
    mode: "compaction-overlaps-ingestion",
    severity: "warning",
    title: "compaction overlaps ingestion",
    evidence: [
      `auto-compaction skips only ${period(skip)} but late rows are accepted for ${period(late)} (lateMessageRejectionPeriod)`
    ],
    next: {
      short: "raise skipOffsetFromLatest",
      text: `Raise skipOffsetFromLatest to at least ${period(late)}: compaction and the reading tasks otherwise compete for the same intervals (lock conflicts, failed compaction tasks).`
    }
  };
};
var DATA_CHECKS = [parseExceptions, stalledHandoff, retentionRules, compaction];

// src/health/ingestion-checks.ts
var STARTING = /* @__PURE__ */ new Set(["PENDING", "CONNECTING_TO_STREAM", "DISCOVERING_INITIAL_TASKS", "CREATING_TASKS"]);
var suspended = (context) => {
  const { trend } = context;
  if (!context.suspended) return void 0;
  const since = suspendedSince(context);
  const backlog = trend.streamPerSecond !== void 0 && trend.streamPerSecond > 0 ? `the topic grows by about ${count(trend.streamPerSecond)} records/s, none of them read: the backlog grows by that much` : "nothing reads the topic: everything produced since the suspend waits in Kafka (Druid reports no lag while suspended)";
  const by = context.facts.suspendedBy;
  if (by) return suspendedByDruidGitops(context, by, backlog);
  const long = since !== void 0 && context.now - since > 36e5;
  return {
    mode: "suspended",
    // An unhealthy one is named too: both must be dealt with before it reads again. Without a second
    // reading (the CLI's status reads once) nobody knows the topic is quiet: records may be waiting.
    severity: long || (trend.streamPerSecond ?? 1) > 0 || !context.latest.healthy ? "warning" : "notice",
    title: "suspended: data waiting in Kafka",
    evidence: [
      since === void 0 ? "suspended (Druid\u2019s history does not say since when, nor who)" : `suspended since ${new Date(since).toISOString()} (${age(since, context.now)})`,
      backlog
    ],
    next: {
      short: "resume",
      operation: "resume",
      text: "Resume it when the reason for the suspend is gone: tasks start from the stored offsets and first read the backlog. Records older than the topic\u2019s retention are deleted by Kafka before Druid reads them."
    }
  };
};
function suspendedByDruidGitops(context, by, backlog) {
  const id = context.facts.id;
  const run = `${by.run.command} (pid ${by.run.pid} on ${by.run.host})`;
  if (by.running)
    return {
      mode: "suspended",
      severity: "notice",
      title: `suspended by a druid-gitops ${by.run.command} still running`,
      evidence: [`suspended at ${by.at} by the druid-gitops ${run}, which still runs`, backlog],
      next: {
        short: "let that run finish",
        operation: "status",
        text: `Another druid-gitops ${run} is changing it now and brings it back when it is done; read the status again after it ends.`
      }
    };
  const what = by.left ? `left suspended by a druid-gitops ${by.run.command} at ${by.at}` : `suspended by an interrupted druid-gitops ${by.run.command} at ${by.at}`;
  return {
    mode: "suspended",
    severity: "critical",
    title: what,
    evidence: [
      by.left ? `the druid-gitops ${run} ended with it suspended: ${by.left}` : `the druid-gitops ${run} stopped before it brought it back; no person chose this suspension`,
      backlog
    ],
    next: {
      short: `druid-gitops resume ${id}`,
      operation: "resume",
      text: by.left ? `Fix the cause (diagnose shows Druid's errors), then run \`druid-gitops resume ${id}\`, or deploy a fixed spec: the next \`druid-gitops deploy\` resumes and verifies it.` : `${capitalise(what)}: run \`druid-gitops resume ${id}\`. The next \`druid-gitops deploy\` also puts back the spec that ran before, resumes and verifies it. Until then Kafka deletes records older than the topic\u2019s retention before Druid reads them.`
    }
  };
}
function capitalise(text) {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
function suspendedSince(context) {
  const history = context.facts.history;
  if (!history?.ok) return void 0;
  let since;
  for (const entry of history.value) {
    if (entry.spec.suspended !== true) break;
    since = entry.version;
  }
  return since === void 0 ? void 0 : Date.parse(since);
}
var starting = (context) => {
  const { latest } = context;
  const isStarting = latest.state === "PENDING" ? !latest.suspended : STARTING.has(latest.detailedState);
  if (latest.state === "STOPPING") {
    return {
      mode: "starting",
      severity: "notice",
      title: "stopping",
      evidence: ["Druid is stopping this supervisor (an update, suspend or terminate is in progress)"],
      next: { short: "wait", operation: "status", text: "Wait a minute and read the status again." }
    };
  }
  if (!isStarting || !latest.healthy) return void 0;
  return {
    mode: "starting",
    severity: "notice",
    title: "starting",
    evidence: [
      `${latest.state}${latest.detailedState !== latest.state ? ` (${latest.detailedState})` : ""}: the first run loop has not finished`
    ],
    next: {
      short: "wait",
      operation: "status",
      text: "Wait: it reaches RUNNING after startDelay and one run loop, tasks about 5 s later."
    }
  };
};
var missingTasks = (context) => {
  const { facts, settings } = context;
  if (facts.samples.length < 2) return void 0;
  const short = facts.samples.every(({ payload }) => {
    const expected2 = expectedReadingTasks(settings.taskCount, settings.replicas, payload.partitions);
    return payload.state === "RUNNING" && payload.detailedState === "RUNNING" && payload.activeTasks.length < expected2;
  });
  if (!short) return void 0;
  const { latest } = context;
  const expected = expectedReadingTasks(settings.taskCount, settings.replicas, latest.partitions);
  return {
    mode: "missing-tasks",
    severity: "warning",
    title: "reading tasks missing",
    evidence: [
      `${latest.activeTasks.length} of ${plural(expected, "reading task")} in every sample (taskCount ${settings.taskCount} \xD7 replicas ${settings.replicas}, ${latest.partitions ?? "?"} partitions)`
    ],
    next: {
      short: "add task slots",
      text: "Druid asks for the tasks on every run; when they do not appear, the cluster has no free task slots (pending tasks in the Druid console) or they fail as they start: check worker capacity and the task logs."
    }
  };
};
var lagGrowing = (context) => {
  const { trend, settings, latest } = context;
  if (trend.direction !== "growing" || trend.first === void 0 || trend.last === void 0)
    return void 0;
  const partitions = latest.partitions ?? 0;
  const evidence = [
    `lag ${count(trend.first)} \u2192 ${count(trend.last)} records in ${Math.round(trend.seconds)} s (+${count(trend.perSecond ?? 0)}/s)`,
    ...trend.streamPerSecond === void 0 ? [] : [`the topic grows by ${count(trend.streamPerSecond)} records/s`],
    ...readRate(context)
  ];
  const scale = settings.taskCount < partitions ? `Add reading capacity: raise taskCount (now ${settings.taskCount}, the topic has ${partitions} partitions) in git and deploy.` : `Every partition already has a task (taskCount ${settings.taskCount}, ${partitions} partitions): make the tasks faster (worker CPU and memory, maxRowsInMemory, fewer dimensions) or add partitions to the topic and raise taskCount.`;
  return {
    mode: "lag-growing",
    severity: "warning",
    title: "lag growing",
    evidence,
    next: {
      short: settings.taskCount < partitions ? "raise taskCount in git" : "faster tasks or more partitions",
      text: `${scale} The lag shrinks by itself once Druid reads faster than the topic grows; nothing is lost until the lag reaches the topic\u2019s retention.`
    }
  };
};
function readRate(context) {
  const stats = context.facts.stats;
  if (!stats?.ok) return [];
  let rate = 0;
  let tasks = 0;
  for (const group of Object.values(stats.value)) {
    for (const task of Object.values(group)) {
      const window = task.movingAverages?.buildSegments?.["1m"];
      if (typeof window?.processed === "number") {
        rate += window.processed;
        tasks += 1;
      }
    }
  }
  return tasks === 0 ? [] : [
    `the ${plural(tasks, "reading task")} ${tasks === 1 ? "processes" : "process"} about ${count(rate)} rows/s (last minute)`
  ];
}
var INGESTION_CHECKS = [suspended, starting, missingTasks, lagGrowing];

// src/health/stream-checks.ts
var OUT_OF_RANGE = /no longer available for partition|OffsetOutOfRange|offsets? out of range/i;
var GONE_OFFSET = /sequenceNumber \[(\d+)\] is no longer available for partition \[([^\]]+)\]/g;
var offsetsOutOfRange = (context) => {
  const errors = recentErrors(context).filter((error) => OUT_OF_RANGE.test(error.message ?? ""));
  const last = errors.at(-1);
  if (!last) return void 0;
  const topic = context.settings.topic ?? "the topic";
  const gone = /* @__PURE__ */ new Map();
  for (const error of errors)
    for (const match of (error.message ?? "").matchAll(GONE_OFFSET))
      gone.set(partitionKey(match[2] ?? ""), match[1] ?? "");
  const evidence = [
    ...[...gone].map(
      ([partition, offset]) => `partition ${partition}: Druid's stored offset ${count(Number(offset))} is no longer in Kafka (retention deleted it, or the topic was recreated)`
    ),
    `Druid: ${errorLine(last, context.clean)}`
  ];
  if (gone.size > 0)
    evidence.push(
      "Druid stops at the first partition it cannot start: check the other partitions\u2019 stored offsets too"
    );
  if (/automatically resetting/i.test(last.message ?? "")) {
    return {
      mode: "offsets-out-of-range",
      severity: "warning",
      title: "offsets reset automatically",
      evidence: [
        ...evidence,
        `resetOffsetAutomatically is on: Druid moved to the ${context.settings.useEarliestOffset ? "earliest" : "latest"} offset by itself`
      ],
      next: {
        short: "check the datasource for a gap",
        text: `Nothing to run: Druid already moved on. Check the datasource for the gap (records Kafka deleted${context.settings.useEarliestOffset ? "" : ", and everything skipped to the latest offset"}) and tell its users.`
      }
    };
  }
  const partitions = gone.size === 0 ? "the partitions named in the error" : `${gone.size === 1 ? "partition" : "partitions"} ${[...gone.keys()].join(", ")}`;
  return {
    mode: "offsets-out-of-range",
    severity: "critical",
    title: "offsets out of range",
    evidence,
    next: {
      short: "reset-offsets (confirm) to the earliest offsets",
      operation: "reset-offsets",
      text: `This is the one case a reset is the right tool. Set ${partitions} to the earliest offset Kafka still has (kafka-get-offsets.sh --topic ${topic} --time -2): what Kafka deleted is lost either way, and nothing else is skipped or read twice. A full reset would also move every healthy partition to the ${context.settings.useEarliestOffset ? "earliest offset (re-reading and duplicating its data)" : "latest offset (skipping its unread data)"}.`
    }
  };
};
function partitionKey(printed) {
  const java = /partition=(\d+), topic='([^']*)', multiTopicPartition=(true|false)/.exec(printed);
  if (!java) return printed;
  return java[3] === "true" ? `${java[2]}:${java[1]}` : java[1] ?? printed;
}
var streamConnection = (context) => {
  const { latest, settings } = context;
  const streamErrors = recentErrors(context).filter(
    (error) => error.streamException === true && !OUT_OF_RANGE.test(error.message ?? "")
  );
  const last = streamErrors.at(-1);
  const outOfRange = recentErrors(context).some((error) => OUT_OF_RANGE.test(error.message ?? ""));
  if (outOfRange && !last) return void 0;
  const where = `bootstrap.servers ${settings.bootstrapServers ?? "(unknown)"}, topic ${settings.topic ?? "(unknown)"}`;
  const missingTopic = last && /No partitions found for stream/i.test(last.message ?? "");
  const evidence = [where, ...last ? [`Druid: ${errorLine(last, context.clean)}`] : []];
  const fixTopic = `The topic ${settings.topic ?? ""} does not exist on these brokers: create it, or fix topic in git and deploy.`;
  if (latest.detailedState === "UNABLE_TO_CONNECT_TO_STREAM") {
    return {
      mode: "cannot-reach-stream",
      severity: "critical",
      title: "cannot reach Kafka",
      evidence: ["Druid has not read from the topic once since this supervisor (re)started", ...evidence],
      next: {
        short: missingTopic ? "create the topic or fix it in git" : "fix Kafka or the spec; no reset",
        text: missingTopic ? fixTopic : `Check bootstrap.servers, the topic and the consumer security settings: if git has them wrong, fix the file and deploy (resync re-applies git\u2019s spec); if Kafka is down, bring it back. ${onceFixed(context, "The supervisor then recovers by itself.")} Do not reset: the stored offsets are fine.`
      }
    };
  }
  if (latest.detailedState === "LOST_CONTACT_WITH_STREAM") {
    return {
      mode: "lost-contact-with-stream",
      severity: "critical",
      title: "lost contact with Kafka",
      evidence: ["Druid read from the topic before, and its runs now fail to reach it", ...evidence],
      next: {
        short: missingTopic ? "create the topic or fix it in git" : "fix Kafka; no reset",
        text: missingTopic ? fixTopic : `Fix Kafka or the network between Druid and Kafka. ${onceFixed(context, "The supervisor recovers by itself after 3 successful runs and continues from its stored offsets;")} Nothing is lost while Kafka keeps the records. Do not reset.`
      }
    };
  }
  if (last && latest.healthy && Date.parse(last.timestamp) > context.now - 10 * 6e4) {
    return {
      mode: "cannot-reach-stream",
      severity: "warning",
      title: "failing to reach Kafka",
      evidence: [...evidence, "still counted healthy: Druid reports UNHEALTHY after 3 failed runs in a row"],
      next: {
        short: "check Kafka, diagnose again",
        operation: "diagnose",
        text: missingTopic ? fixTopic : "Check Kafka and the network now, then diagnose again in a few minutes."
      }
    };
  }
  return void 0;
};
var unhealthySupervisor = (context) => {
  const { latest } = context;
  if (latest.state !== "UNHEALTHY_SUPERVISOR" || latest.detailedState !== "UNHEALTHY_SUPERVISOR")
    return void 0;
  if (recentErrors(context).some((error) => OUT_OF_RANGE.test(error.message ?? ""))) return void 0;
  return {
    mode: "unhealthy-supervisor",
    severity: "critical",
    title: "supervisor failing its runs",
    evidence: [
      "3 or more run loops in a row failed (druid.supervisor.unhealthinessThreshold)",
      ...recentErrors(context).slice(-3).map((error) => `Druid: ${errorLine(error, context.clean)}`)
    ],
    next: {
      short: "read the errors and the Overlord log",
      text: `Read the errors above and the Overlord log for this supervisor. If the spec is the cause, fix it in git and deploy (resync re-applies git\u2019s spec). ${onceFixed(context, "Once the cause is gone it recovers by itself after 3 good runs.")}`
    }
  };
};
var unhealthyTasks = (context) => {
  if (context.latest.state !== "UNHEALTHY_TASKS") return void 0;
  return {
    mode: "unhealthy-tasks",
    severity: "critical",
    title: "tasks failing",
    evidence: [
      "the last 3 or more tasks it started failed (druid.supervisor.taskUnhealthinessThreshold)",
      `${context.latest.activeTasks.length} reading, ${context.latest.publishingTasks.length} publishing now`,
      ...recentErrors(context).slice(-3).map((error) => `Druid: ${errorLine(error, context.clean)}`)
    ],
    next: {
      short: "read the task logs",
      text: `Find why the tasks fail in their logs (Druid console \u2192 Tasks, or GET /druid/indexer/v1/task/{taskId}/log): too many parse exceptions, out of memory, no room to publish. ${onceFixed(context, "Druid keeps starting tasks from the stored offsets and turns healthy after 3 successful ones;")} A reset does not fix failing tasks.`
    }
  };
};
var STREAM_CHECKS = [
  offsetsOutOfRange,
  streamConnection,
  unhealthySupervisor,
  unhealthyTasks
];

// src/health/diagnose.ts
var RANK = { critical: 0, warning: 1, notice: 2, ok: 3 };
function diagnoseSupervisor(facts) {
  const latest = facts.samples.at(-1);
  const secrets = collectSecrets(facts.spec ?? {});
  const clean = (text) => redactText(text, secrets);
  const trend = lagTrend(facts.samples);
  if (!latest) {
    return {
      id: facts.id,
      severity: "critical",
      summary: "status unreadable",
      problems: [],
      next: {
        short: "check the Overlord",
        text: "Druid did not answer the status request; check that the Overlord is up and the credentials may read this supervisor."
      },
      lag: trend,
      notes: []
    };
  }
  const context = {
    facts,
    latest: latest.payload,
    settings: specSettings(facts.spec),
    trend,
    now: latest.at,
    suspended: facts.spec?.suspended === true || latest.payload.suspended,
    clean
  };
  const problems = [...STREAM_CHECKS, ...INGESTION_CHECKS, ...DATA_CHECKS].map((check) => check(context)).filter((problem) => problem !== void 0).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const top = problems[0];
  const severity = top?.severity ?? "ok";
  const serious = problems.filter((problem) => problem.severity !== "notice");
  return {
    id: facts.id,
    severity,
    summary: serious.length > 0 ? serious.map((problem) => problem.title).join("; ") : healthySummary(context),
    problems,
    next: serious[0]?.next ?? { short: "nothing", text: "Nothing to do." },
    lag: trend,
    notes: notes(facts)
  };
}
function healthySummary(context) {
  const { latest } = context;
  if (latest.state !== "RUNNING") return latest.state.toLowerCase();
  const lag = knownLag(latest);
  const lagText = lag === void 0 ? "" : `, lag ${count(lag)}`;
  return `healthy: ${plural(latest.activeTasks.length, "reading task")}${lagText}`;
}
function notes(facts) {
  const lines = [];
  if (facts.retention?.ok) {
    const { own, effective } = facts.retention.value;
    lines.push(
      own.length > 0 ? `Retention rules: ${describeRules(own)}.` : `Retention rules: none of its own; the cluster default applies: ${describeRules(effective)}.`
    );
  }
  if (facts.compaction?.ok) {
    const config = facts.compaction.value;
    lines.push(
      config === null ? "Auto-compaction: not configured." : `Auto-compaction: on, skipOffsetFromLatest ${typeof config.skipOffsetFromLatest === "string" ? config.skipOffsetFromLatest : "P1D (default)"}.`
    );
  }
  if (facts.history?.ok && facts.history.value.length > 0) {
    lines.push(
      `Spec history, newest first (Druid records when, not who): ${describeHistory(facts.history.value)}.`
    );
  }
  const unreadable = [
    ["parse errors", facts.parseErrors?.ok === false ? facts.parseErrors : void 0],
    ["task stats", facts.stats?.ok === false ? facts.stats : void 0],
    ["spec history", facts.history?.ok === false ? facts.history : void 0],
    ["retention rules", facts.retention?.ok === false ? facts.retention : void 0],
    ["compaction config", facts.compaction?.ok === false ? facts.compaction : void 0]
  ];
  const secrets = collectSecrets(facts.spec ?? {});
  for (const [what, failure] of unreadable)
    if (failure) lines.push(`Could not read the ${what}: ${redactText(failure.error, secrets)}`);
  return lines;
}

// src/flows/recover-rows.ts
function supervisorRow(facts) {
  const diagnosis = diagnoseSupervisor(facts);
  const payload = facts.samples.at(-1)?.payload;
  if (!payload) return { id: facts.id, missing: "the status could not be read", recentErrors: [], diagnosis };
  const settings = specSettings(facts.spec);
  const secrets = collectSecrets(facts.spec ?? {});
  const suspended2 = facts.spec?.suspended === true || payload.suspended;
  return {
    id: facts.id,
    // Druid keeps reporting the run loop's state (UNHEALTHY_SUPERVISOR, say) while suspended.
    state: suspended2 && payload.state !== "SUSPENDED" ? `${describeState(payload)}, suspended` : describeState(payload),
    healthy: payload.healthy,
    suspended: suspended2,
    readingTasks: payload.activeTasks.length,
    publishingTasks: payload.publishingTasks.length,
    expectedTasks: suspended2 ? 0 : expectedReadingTasks(settings.taskCount, settings.replicas, payload.partitions),
    recentErrors: payload.recentErrors.slice(-3).map((error) => errorLine(error, (text) => redactText(text, secrets))),
    diagnosis
  };
}
function missingRow(id, why) {
  return { id, missing: why, recentErrors: [] };
}

// src/flows/recover-segments.ts
async function readDatasourceSegments(client, specs, config, git, maxParallel) {
  const wanted = /* @__PURE__ */ new Map();
  if (git)
    for (const file of readSegmentFiles(git.files, git.folders, config.druidVersion)) {
      const value = segmentValueOf(file);
      if (file.dataSource && value !== void 0) wanted.set(`${file.kind}/${file.dataSource}`, value);
    }
  const ids = [...specs.keys()];
  const views = await inParallel(ids, maxParallel, async (id) => {
    const dataSource = dataSourceOf(specs.get(id)) ?? id;
    const view = async (kind) => {
      let live;
      try {
        live = await readLiveSegment(client, kind, dataSource);
      } catch (error) {
        return { live: `unreadable: ${error.message}` };
      }
      const shown = describeSegment(kind, live);
      if (!git) return { live: shown };
      const key = `${kind}/${dataSource}`;
      if (!wanted.has(key)) return { live: shown, git: "no file in git" };
      const same = sameSegmentConfig(kind, live, wanted.get(key), config.druidVersion);
      return { live: shown, git: same ? "matches git" : "differs from git" };
    };
    return { dataSource, retention: await view("retention"), compaction: await view("compaction") };
  });
  return new Map(ids.map((id, index) => [id, views[index]]));
}
function dataSourceOf(spec) {
  const dataSchema = spec?.spec?.dataSchema;
  return typeof dataSchema?.dataSource === "string" ? dataSchema.dataSource : void 0;
}

// src/flows/recover-writes.ts
async function applyRecoveryWrite(input, context, timeline, id, current, file) {
  const { client, audit, request } = input;
  const timings = deployTimings(current?.spec, input.healthTimeoutMs);
  switch (request.operation) {
    case "suspend": {
      const seen = await suspendAndWait(id, context, timings, timeline);
      timeline.add(
        "read back",
        `${seen.payload.state}, ${plural(seen.payload.publishingTasks.length, "task")} publishing`
      );
      if (!seen.done)
        return {
          outcome: "failed",
          message: `Druid took the suspend but still reports ${seen.payload.state} with ${plural(seen.payload.activeTasks.length, "reading task")}.`
        };
      return {
        outcome: seen.alreadySuspended ? "unchanged" : "done",
        message: seen.alreadySuspended ? `${id} was already suspended.` : `${id} is suspended; its tasks publish what they read.`
      };
    }
    case "resume": {
      if (current?.spec.suspended !== true) {
        timeline.add("resume", "already running; nothing sent");
        return { outcome: "unchanged", message: `${id} is already running.` };
      }
      const since = await resume(id, context, timeline);
      const { verdict } = await waitForHealth(id, current.spec, since, context, timings, timeline);
      return verdict.status === "healthy" ? { outcome: "done", message: `${id} is resumed and healthy: ${verdict.reason}.` } : {
        outcome: "failed",
        message: `${id} is resumed but not healthy: ${verdict.reason}. Run diagnose.`
      };
    }
    case "resync":
      return resync(input, context, id, file);
    case "handoff":
      return handoff(input, context, timeline, id, current);
    case "reset": {
      await client.resetSupervisor(id, { audit });
      timeline.add("reset", "stored offsets deleted, reading tasks killed");
      if (isSuspended(current)) return whileSuspended(timeline, id, `${id} was reset`);
      return {
        outcome: "done",
        message: `${id} was reset.`,
        after: await settle(context, timings, timeline, id)
      };
    }
    case "reset-offsets": {
      const stream = current?.payload.stream ?? specSettings(current?.spec).topic ?? id;
      await client.resetSupervisorOffsets(
        id,
        { stream, partitionOffsetMap: request.offsets ?? {} },
        { audit }
      );
      timeline.add(
        "reset-offsets",
        `stored offsets of ${Object.keys(request.offsets ?? {}).length === 1 ? "partition" : "partitions"} ${Object.keys(request.offsets ?? {}).join(", ")} replaced`
      );
      if (isSuspended(current)) return whileSuspended(timeline, id, `${id}: offsets set`);
      const after = await settle(context, timings, timeline, id);
      return { ...confirmOffsets(id, request.offsets ?? {}, after, timeline), after };
    }
    case "terminate": {
      await client.terminateSupervisor(id, { audit });
      const gone = await client.getSupervisorSpec(id).then(
        () => false,
        (error) => error instanceof DruidNotFoundError
      );
      timeline.add(
        "terminate",
        gone ? "terminated; Druid no longer lists it" : "Druid answered, but still lists it"
      );
      if (!gone)
        return {
          outcome: "failed",
          message: `Druid answered the terminate of ${id} but still has the supervisor.`
        };
      return { outcome: "done", message: `${id} is terminated; Druid keeps its stored offsets.` };
    }
    default:
      throw new Error(`${request.operation} is not a write`);
  }
}
function isSuspended(current) {
  return current?.payload.suspended === true || current?.spec.suspended === true;
}
function whileSuspended(timeline, id, what) {
  timeline.add("read back", "suspended: no task starts, so Druid cannot show the new offsets yet");
  return {
    outcome: "done",
    message: `${what}; it stays suspended, and no task reads until it is resumed. Druid shows stored offsets only through the tasks that start from them: after \`druid-gitops resume ${id}\`, \`druid-gitops status ${id}\` shows where each partition starts.`
  };
}
function confirmOffsets(id, asked, after, timeline) {
  const start = new Map(after.partitions.map((position) => [position.partition, position.taskStart]));
  const unseen = Object.keys(asked).filter((partition) => start.get(partition) === void 0);
  const wrong = Object.entries(asked).filter(([partition, offset]) => {
    const seen = start.get(partition);
    return seen !== void 0 && seen !== offset;
  });
  if (wrong.length > 0) {
    const list = wrong.map(
      ([partition, offset]) => `partition ${partition} at ${start.get(partition)}, not ${offset}`
    );
    timeline.add("confirm", `new tasks start ${list.join("; ")}`);
    return { outcome: "failed", message: `${id}: Druid's new tasks start ${list.join("; ")}. Run diagnose.` };
  }
  if (unseen.length > 0) {
    timeline.add(
      "confirm",
      `no task reads ${unseen.length === 1 ? "partition" : "partitions"} ${unseen.join(", ")} yet`
    );
    return {
      outcome: "done",
      message: `${id}: offsets set; confirmed where a task reads (${plural(unseen.length, "partition")} not read yet: \`druid-gitops status ${id}\` shows them once tasks start).`
    };
  }
  timeline.add("confirm", "new tasks start every asked partition at its new offset");
  return {
    outcome: "done",
    message: `${id}: offsets set, and the new tasks start every asked partition there.`
  };
}
async function settle(context, timings, timeline, id) {
  const seen = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.suspendTimeoutMs,
    (p) => p.activeTasks.some((task) => Object.keys(task.startingOffsets ?? {}).length > 0)
  );
  timeline.add(
    "read back",
    seen.done ? plural(seen.payload.activeTasks.length, "new reading task") : `no reading task yet after ${Math.round(timings.suspendTimeoutMs / 1e3)} s (${seen.payload.state})`
  );
  if (seen.done && !seen.payload.healthy)
    timeline.add(
      "note",
      "Druid keeps reporting it unhealthy until 3 runs in a row succeed (healthinessThreshold)"
    );
  return offsetTable(seen.payload);
}
async function handoff(input, context, timeline, id, current) {
  const reading = current.payload.activeTasks.map((task) => task.id);
  if (reading.length === 0) {
    timeline.add("handoff", "no reading task groups; nothing sent");
    return { outcome: "unchanged", message: `${id} has no reading tasks to hand off.` };
  }
  const stats = await input.client.getSupervisorStats(id).catch(() => ({}));
  const groups = Object.keys(stats).map(Number).filter(Number.isInteger);
  const taskGroupIds = groups.length > 0 ? groups : [...Array(specSettings(current.spec).taskCount).keys()];
  await input.client.handoffTaskGroups(id, taskGroupIds, { audit: input.audit });
  timeline.add(
    "handoff",
    `${taskGroupIds.length === 1 ? "task group" : "task groups"} ${taskGroupIds.join(", ")} asked to hand off`
  );
  const timings = deployTimings(current.spec, input.healthTimeoutMs);
  const seen = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.suspendTimeoutMs,
    (p) => !p.activeTasks.some((task) => reading.includes(task.id))
  );
  timeline.add(
    "read back",
    `${seen.payload.publishingTasks.length} publishing, ${seen.payload.activeTasks.length} reading`
  );
  return seen.done ? {
    outcome: "done",
    message: `${id}: ${plural(reading.length, "reading task")} handed off; new tasks continue from their offsets.`
  } : {
    outcome: "failed",
    message: `${id}: Druid took the handoff, but the same tasks still read after ${Math.round(timings.suspendTimeoutMs / 1e3)} s.`
  };
}
async function resync(input, context, id, file) {
  if (!input.git) throw new Error("resync needs the git repository");
  const git = await input.git();
  const { targets, blocked } = withSecrets(
    deployTargets(
      splitFiles(git.head, git.segmentFolders).supervisors,
      splitFiles(git.base, git.segmentFolders).supervisors,
      input.config
    ),
    input.secrets
  );
  const target = targets.find((candidate) => candidate.id === id && candidate.head);
  const invalid = blocked.find((result2) => result2.id === id);
  if (!target) {
    return invalid ? {
      outcome: "failed",
      message: `git's spec for ${id} cannot be applied: ${invalid.message}`,
      deploy: invalid
    } : {
      outcome: "failed",
      message: `git has no spec for ${id} at ${git.commit.slice(0, 12)}${file ? "" : " (looked in the supervisors folders)"}.`
    };
  }
  const result = await deploySupervisor(target, context, specComparison(input.config.druidVersion));
  const outcome = result.outcome === "unchanged" ? "unchanged" : ["applied", "created"].includes(result.outcome) ? "done" : "failed";
  return { outcome, message: `resync from ${git.commit.slice(0, 12)}: ${result.message}`, deploy: result };
}

// src/flows/recover.ts
async function runRecover(input) {
  const secrets = new Set(input.client.secrets());
  const release = await readDruidRelease(input.client, input.config);
  const followed = { ...input, config: withRelease(input.config, release) };
  const report = { ...await recover(followed, (spec) => collectSecrets(spec, secrets)), release };
  return redactStrings(report, secrets);
}
async function recover(input, learn) {
  const { request } = input;
  const { confirm: _confirm, via: _via, ...shown } = request;
  const report = {
    request: shown,
    outcome: "read",
    message: "",
    rows: [],
    consequences: [],
    timeline: []
  };
  const refused = refusal(request);
  if (refused && request.supervisor === ALL) return { ...report, outcome: "refused", message: refused };
  if (READ_ONLY.has(request.operation)) return read(input, report);
  const id = request.supervisor;
  const current = await readOne(input, id);
  if (current) learn(current.spec);
  if (!current && request.operation !== "resync") return unknown(input, report, id);
  const settings = specSettings(current?.spec);
  const before = current && offsetTable(current.payload);
  const file = request.operation === "terminate" || request.operation === "resync" ? await gitFile(input, id) : void 0;
  if (file?.head) learn(file.head);
  Object.assign(report, {
    rows: current ? [supervisorRow({ id, spec: current.spec, samples: [current.sample] })] : [],
    consequences: consequences({
      operation: request.operation,
      settings,
      ...before ? { before } : {},
      ...request.offsets ? { offsets: request.offsets } : {},
      ...file?.path ? { file: file.path } : {}
    }),
    ...before && DESTRUCTIVE.has(request.operation) ? { before } : {}
  });
  if (refused) return { ...report, outcome: "refused", message: refused };
  const unknownPartition = request.operation === "reset-offsets" ? unknownPartitions(request, before) : void 0;
  if (unknownPartition) return { ...report, outcome: "refused", message: unknownPartition };
  const context = recoverDeployContext(input);
  const timeline = new Timeline(context, id);
  report.timeline = timeline.events;
  report.audit = input.audit;
  try {
    const done = await applyRecoveryWrite(input, context, timeline, id, current, file);
    return { ...report, ...done };
  } catch (error) {
    return {
      ...report,
      outcome: "failed",
      message: `${request.operation} failed: ${error.message}`
    };
  }
}
async function readOne(input, id) {
  try {
    const spec = await input.client.getSupervisorSpec(id);
    const { payload } = await input.client.getSupervisorStatus(id);
    return { spec, payload, sample: { at: input.clock.now(), payload } };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return void 0;
    throw error;
  }
}
async function read(input, report) {
  const { request, client } = input;
  const ids = request.supervisor === ALL ? (await client.listSupervisorStates()).map((s) => s.id).sort() : [request.supervisor];
  const reads = await readSupervisors(ids, {
    client,
    clock: input.clock,
    full: request.operation === "diagnose",
    maxParallel: input.maxParallel,
    ...input.sampleIntervalMs === void 0 ? {} : { sampleIntervalMs: input.sampleIntervalMs },
    ...input.oneSample ? { oneSample: true } : {},
    ...input.waitingFor ? { waitingFor: input.waitingFor } : {}
  });
  if (input.suspensions) await attributeSuspensions(reads, await input.suspensions(), client);
  const specs = new Map(
    reads.flatMap((one) => one.found && one.facts.spec ? [[one.id, one.facts.spec]] : [])
  );
  const segments = await readDatasourceSegments(
    client,
    specs,
    input.config,
    await gitSegments(input),
    input.maxParallel
  );
  const rows = reads.map((one) => {
    if (!one.found) return missingRow(one.id, one.error ?? "Druid has no such supervisor");
    const shown = segments.get(one.id);
    return { ...supervisorRow(one.facts), ...shown ? { segments: shown } : {} };
  });
  if (request.supervisor !== ALL && reads[0] && !reads[0].found && !reads[0].error)
    return unknown(input, report, request.supervisor);
  const message = ids.length === 0 ? "Druid lists no supervisors these credentials may see." : `Read ${plural(ids.length, "supervisor")}; nothing on the cluster was changed.`;
  return { ...report, outcome: "read", message, rows };
}
async function gitSegments(input) {
  if (!input.git) return void 0;
  try {
    const git = await input.git();
    return git.segmentFolders ? { files: git.head, folders: git.segmentFolders } : void 0;
  } catch {
    return void 0;
  }
}
async function unknown(input, report, id) {
  const known = await input.client.listSupervisorIds().catch(() => []);
  return { ...report, outcome: "failed", message: `Druid has no supervisor ${id}.`, known: known.sort() };
}
function recoverDeployContext(input) {
  return {
    client: input.client,
    clock: input.clock,
    druidVersion: input.config.druidVersion,
    audit: input.audit,
    onDrift: input.onDrift,
    prune: false,
    confirmed: /* @__PURE__ */ new Set(),
    ...input.healthTimeoutMs === void 0 ? {} : { healthTimeoutMs: input.healthTimeoutMs },
    journal: input.journal,
    ...input.signal ? { signal: input.signal } : {},
    log: input.log,
    ...input.waitingFor ? { waitingFor: input.waitingFor } : {}
  };
}
async function gitFile(input, id) {
  if (!input.git) return void 0;
  try {
    const git = await input.git();
    const { targets } = deployTargets(splitFiles(git.head, git.segmentFolders).supervisors, [], input.config);
    const target = targets.find((candidate) => candidate.id === id);
    return target && { path: target.file, ...target.head ? { head: target.head } : {} };
  } catch {
    return void 0;
  }
}
function unknownPartitions(request, before) {
  const known = new Set((before?.partitions ?? []).map((position) => position.partition));
  if (known.size === 0) return void 0;
  const strangers = Object.keys(request.offsets ?? {}).filter((partition) => !known.has(partition));
  return strangers.length === 0 ? void 0 : `Druid reports no partition ${strangers.join(", ")} for ${request.supervisor} (it has ${[...known].join(", ")}); nothing was changed.`;
}

// src/report/recover-markdown.ts
var ICON = { critical: "\u{1F534}", warning: "\u{1F7E0}", notice: "\u{1F535}", ok: "\u2705" };
var BUDGET = 9e5;
function recoverSummaryMarkdown(report, links = {}) {
  const { operation, supervisor } = report.request;
  const title = `## druid-gitops: ${operation} ${supervisor === "*" ? "all supervisors" : code(supervisor)}${report.outcome === "refused" ? " \u2014 refused" : ""}`;
  const lines = [title, "", ...headline(report), "", ...releaseMarkdown(report.release)];
  if (report.rows.length > 0) lines.push(...table(report.rows), "", ...segmentsTable(report.rows));
  if (report.consequences.length > 0 && operation !== "status" && operation !== "diagnose") {
    lines.push(
      report.outcome === "refused" ? "**What it would do to the data:**" : "**What this does to the data:**",
      "",
      ...report.consequences.map((line) => `- ${escapeMarkdown(line)}`),
      ""
    );
  }
  if (report.before)
    lines.push(...offsets(report.outcome === "refused" ? "Where it stands now" : "Before", report.before));
  if (report.after) lines.push(...offsets("After", report.after));
  if (report.known && report.known.length > 0)
    lines.push(`Supervisors Druid knows: ${report.known.map((id) => code(id)).join(", ")}.`, "");
  if (report.deploy) lines.push(...resultDetails(report.deploy));
  if (report.timeline.length > 0) {
    lines.push(
      "**Timeline (UTC):**",
      "",
      ...report.timeline.map(
        (event) => `- ${event.at.slice(11, 19)} ${escapeMarkdown(event.step)}: ${escapeMarkdown(event.detail)}`
      ),
      ""
    );
  }
  if (report.outcome === "refused" && DESTRUCTIVE.has(operation) && supervisor !== "*") {
    lines.push(
      `**To go ahead:** run the workflow again (Actions \u2192 Run workflow) with operation ${code(operation)}, supervisor ${code(supervisor)}, confirm ${code(supervisor)}${operation === "reset-offsets" ? ", offsets (JSON: partition \u2192 offset)" : ""} and a reason.`,
      ""
    );
  }
  lines.push(...details(report.rows, lines.join("\n").length));
  lines.push(footer(report, links));
  return `${lines.join("\n")}
`;
}
function headline(report) {
  const message = escapeMarkdown(report.message);
  if (report.outcome === "refused") return ["> [!CAUTION]", `> **Refused:** ${message} Nothing was changed.`];
  if (report.outcome === "failed") return ["> [!CAUTION]", `> **Failed:** ${message}`];
  if (report.outcome !== "read") return ["> [!NOTE]", `> ${message}`];
  const serious = report.rows.filter(
    (row) => row.missing || severityOf(row) === "critical" || severityOf(row) === "warning"
  );
  if (serious.length === 0) {
    return [
      "> [!TIP]",
      `> ${report.rows.length === 0 ? message : `${report.rows.length === 1 ? "The supervisor is" : `All ${plural(report.rows.length, "supervisor")} are`} healthy. ${message}`}`
    ];
  }
  const critical = serious.some((row) => row.missing || severityOf(row) === "critical");
  const lines = [critical ? "> [!CAUTION]" : "> [!WARNING]"];
  for (const row of serious.slice(0, 5)) {
    const diagnosis = row.diagnosis;
    lines.push(
      diagnosis ? `> ${ICON[diagnosis.severity]} **${code(row.id)}: ${escapeMarkdown(diagnosis.summary)}.** Next: ${nextText(diagnosis.next)}` : `> \u{1F534} **${code(row.id)}**: ${escapeMarkdown(row.missing ?? "")}.`,
      ">"
    );
  }
  if (serious.length > 5) lines.push(`> \u2026and ${serious.length - 5} more in the table below.`);
  else lines.pop();
  return lines;
}
function segmentsTable(rows) {
  const shown = rows.filter((row) => row.segments);
  if (shown.length === 0) return [];
  const view = (segment) => `${escapeMarkdown(segment.live)}${segment.git ? ` (${segment.git})` : ""}`;
  return [
    tableRow(["Supervisor", "Datasource", "Retention rules", "Automatic compaction"]),
    "|---|---|---|---|",
    ...shown.map(
      (row) => tableRow([
        code(row.id),
        code(row.segments?.dataSource ?? row.id),
        row.segments ? view(row.segments.retention) : "\u2013",
        row.segments ? view(row.segments.compaction) : "\u2013"
      ])
    ),
    ""
  ];
}
function table(rows) {
  const lines = [
    tableRow([
      "Supervisor",
      "State",
      "Healthy",
      "Tasks reading / expected (publishing)",
      "Lag (records)",
      "Trend",
      "Diagnosis",
      "Next"
    ]),
    "|---|---|---|---|---|---|---|---|"
  ];
  for (const row of rows) {
    if (row.missing) {
      lines.push(tableRow([`\u{1F534} ${code(row.id)}`, "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", escapeMarkdown(row.missing), "\u2013"]));
      continue;
    }
    const diagnosis = row.diagnosis;
    lines.push(
      tableRow([
        `${ICON[severityOf(row)]} ${code(row.id)}`,
        code(row.state ?? "?"),
        row.healthy ? "yes" : "**no**",
        `${row.readingTasks ?? 0} / ${row.expectedTasks ?? "?"} (${row.publishingTasks ?? 0})`,
        lagCell(diagnosis?.lag),
        trendCell(diagnosis?.lag),
        escapeMarkdown(diagnosis?.summary ?? ""),
        diagnosis ? nextCell(diagnosis.next) : "\u2013"
      ])
    );
  }
  return lines;
}
function details(rows, used) {
  const lines = [];
  let size = used;
  const shown = rows.filter(
    (row) => row.diagnosis && (row.diagnosis.problems.length > 0 || row.recentErrors.length > 0 || row.diagnosis.notes.length > 0)
  );
  for (const [index, row] of shown.entries()) {
    const block = rowDetails(row);
    if (size + block.length > BUDGET) {
      lines.push(
        `_Details of ${plural(shown.length - index, "more supervisor")} left out to fit the summary: see the JSON report._`,
        ""
      );
      break;
    }
    size += block.length;
    lines.push(block);
  }
  return lines;
}
function rowDetails(row) {
  const diagnosis = row.diagnosis;
  if (!diagnosis) return "";
  const open = diagnosis.severity === "critical" || diagnosis.severity === "warning";
  const lines = [
    `<details${open ? " open" : ""}><summary>${ICON[diagnosis.severity]} ${code(row.id)}: ${escapeMarkdown(diagnosis.summary)}</summary>`,
    ""
  ];
  const serious = diagnosis.problems.filter((problem) => problem.severity !== "notice");
  const notices = diagnosis.problems.filter((problem) => problem.severity === "notice");
  serious.forEach((problem, index) => lines.push(...problemLines(problem, index + 1)));
  if (notices.length > 0) {
    lines.push(
      serious.length > 0 ? "**Also worth knowing:**" : "**Worth knowing:**",
      "",
      ...notices.map(
        (problem) => `- ${ICON.notice} **${escapeMarkdown(capitalise2(problem.title))}:** ${problem.evidence.map(escapeMarkdown).join("; ")}. ${nextText(problem.next)}`
      ),
      ""
    );
  }
  if (row.recentErrors.length > 0)
    lines.push(
      "**Recent errors reported by Druid:**",
      "",
      ...row.recentErrors.map((error) => `- ${escapeMarkdown(error)}`),
      ""
    );
  if (diagnosis.notes.length > 0)
    lines.push(
      "**Datasource and history:**",
      "",
      ...diagnosis.notes.map((note) => `- ${escapeMarkdown(note)}`),
      ""
    );
  lines.push("</details>", "");
  return lines.join("\n");
}
function problemLines(problem, number2) {
  return [
    `**${number2}. ${ICON[problem.severity]} ${escapeMarkdown(capitalise2(problem.title))}**`,
    "",
    ...problem.evidence.map((line) => `- ${escapeMarkdown(line)}`),
    "",
    `**Next:** ${nextText(problem.next)}`,
    ""
  ];
}
function offsets(title, table2) {
  const lines = [
    `**${title}:** ${code(table2.state)}, ${table2.readingTasks} reading and ${plural(table2.publishingTasks, "publishing task")}${table2.stream ? ` on ${code(table2.stream)}` : ""}.`,
    ""
  ];
  if (table2.partitions.length === 0)
    return [
      ...lines,
      "_Druid reports no partition offsets now (no reading task, or the offsets are not fetched yet)._",
      ""
    ];
  lines.push(
    tableRow(["Partition", "End of partition", "Reading task started at", "Read up to", "Lag"]),
    "|---|--:|--:|--:|--:|"
  );
  for (const p of table2.partitions) {
    lines.push(
      tableRow([code(p.partition), number(p.end), number(p.taskStart), number(p.read), number(p.lag)])
    );
  }
  lines.push(
    "",
    "_Druid has no API for its stored offsets: a reading task starts at them (or at the checkpoint before it)._",
    ""
  );
  return lines;
}
function footer(report, links) {
  const parts = [];
  const samples = report.rows.map((row) => row.diagnosis?.lag.seconds).find((seconds) => seconds !== void 0 && seconds > 0);
  if (samples !== void 0)
    parts.push(`Status read twice, ${Math.round(samples)} s apart, for the lag trend.`);
  if (report.outcome === "read") parts.push("Read-only: nothing on the cluster was changed.");
  const text = parts.map(escapeMarkdown);
  const audit = report.audit;
  if (audit && report.outcome !== "refused")
    text.push(`Druid's audit headers: author ${code(audit.author)}, comment ${code(audit.comment)}.`);
  if (links.runUrl) text.push(`Run: ${links.runUrl}`);
  return `<sub>${text.join(" ")}</sub>`;
}
function nextText(next) {
  return next.operation ? `${nextOperation(next)} \u2014 ${escapeMarkdown(next.text)}` : escapeMarkdown(next.text);
}
function nextCell(next) {
  return next.operation ? `**${code(next.operation)}**${DESTRUCTIVE.has(next.operation) ? " (confirm)" : ""}` : escapeMarkdown(next.short);
}
function nextOperation(next) {
  if (!next.operation) return "";
  return `**${code(next.operation)}**${DESTRUCTIVE.has(next.operation) ? " (destructive: needs confirm)" : ""}`;
}
function lagCell(lag) {
  if (!lag) return "\u2013";
  if (lag.last === void 0) return `\u2013 _(${escapeMarkdown(lag.reason ?? "unknown")})_`;
  return lag.first !== void 0 && lag.first !== lag.last ? `${number(lag.first)} \u2192 ${number(lag.last)}` : number(lag.last);
}
function trendCell(lag) {
  if (!lag || lag.direction === "unknown") return "\u2013";
  const rate = lag.perSecond === void 0 ? "" : ` (${lag.perSecond >= 0 ? "+" : ""}${Math.round(lag.perSecond).toLocaleString("en-US")}/s)`;
  const arrow = lag.direction === "growing" ? "\u{1F4C8} growing" : lag.direction === "shrinking" ? "\u{1F4C9} shrinking" : "\u2796 steady";
  return `${arrow}${rate}`;
}
function severityOf(row) {
  return row.diagnosis?.severity ?? "critical";
}
function number(value) {
  return value === void 0 ? "\u2013" : value.toLocaleString("en-US");
}
function capitalise2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  runRecover,
  recoverDeployContext,
  recoverSummaryMarkdown
};
