import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DruidNotFoundError,
  specComparison
} from "./chunk-WU6CUPLN.js";
import {
  collectKeyPaths,
  formatOf,
  plural,
  redactSpec
} from "./chunk-MJ7KIQFN.js";
import {
  atLeast,
  canonicalLayout,
  deepEqual,
  isPlainObject,
  periodToMillis,
  viewSupervisor
} from "./chunk-TH2Y4WOA.js";

// src/spec/git-source.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MissingRefError = class extends Error {
};
var LocalGitSource = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  async files(ref, folders) {
    await this.verify(ref);
    const { stdout } = await this.git(["ls-tree", "-r", "-z", ref, "--", ...folders]);
    const blobs = stdout.split("\0").map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line)).flatMap((match) => match ? [{ id: match[1], path: match[2] }] : []).filter(
      ({ path }) => formatOf(path) !== void 0 && !path.split("/").some((part) => part.startsWith("."))
    ).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const contents = await this.readBlobs(blobs.map((blob) => blob.id));
    return blobs.map((blob, index) => ({ path: blob.path, bytes: contents[index] }));
  }
  /**
   * Files under `folders` whose working copy differs from `ref` when `ref` is the checked-out
   * commit (edited, added, deleted, untracked): what a plan of `ref` leaves out. Empty otherwise.
   */
  async uncommitted(ref, folders) {
    try {
      const [{ stdout: head }, { stdout: asked }] = await Promise.all([
        this.git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]),
        this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])
      ]);
      if (head.trim() !== asked.trim()) return [];
      const { stdout } = await this.git([
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--",
        ...folders
      ]);
      return stdout.split("\0").filter((entry) => /^.. ./.test(entry)).map((entry) => entry.slice(3)).filter((path) => formatOf(path) !== void 0).sort();
    } catch {
      return [];
    }
  }
  async verify(ref) {
    try {
      await this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
      throw new MissingRefError(
        `git has no commit ${ref} here. A shallow checkout lacks the previous commit: use actions/checkout with fetch-depth: 0 (or 2 for push events).`
      );
    }
  }
  /** The contents of blobs by id, in order, read by one `git cat-file --batch`. */
  readBlobs(ids) {
    if (ids.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const child = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd });
      const chunks = [];
      const errors = [];
      child.stdout.on("data", (chunk) => chunks.push(chunk));
      child.stderr.on("data", (chunk) => errors.push(chunk));
      child.on("error", reject);
      child.on("close", (code2) => {
        if (code2 !== 0) {
          reject(
            new Error(`git cat-file failed (${code2}): ${Buffer.concat(errors).toString("utf8").trim()}`)
          );
          return;
        }
        try {
          resolve(parseBatch(Buffer.concat(chunks), ids.length));
        } catch (error) {
          reject(error);
        }
      });
      child.stdin.end(`${ids.join("\n")}
`);
    });
  }
  git(args) {
    return run("git", args, { cwd: this.cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  }
};
function parseBatch(output, count2) {
  const contents = [];
  let offset = 0;
  for (let index = 0; index < count2; index++) {
    const end = output.indexOf(10, offset);
    const header = output.subarray(offset, end).toString("utf8");
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (end < 0 || size === void 0) throw new Error(`git cat-file answered "${header}"`);
    const start = end + 1;
    contents.push(output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return contents;
}

// src/report/safe-markdown.ts
var MARKDOWN_SPECIALS = /[\\`*_[\]#!|~<>&$]/g;
function escapeMarkdown(text) {
  return text.replace(/\r?\n/g, " ").replace(MARKDOWN_SPECIALS, (char) => HTML_ENTITY[char] ?? `\\${char}`).replace(/^(\s*)([-+=>]|\d+[.)])/, "$1\\$2").replace(/@/g, "@\u200D").replace(/(https?|ftp|file):\/\//gi, "$1:/\u200D/");
}
var HTML_ENTITY = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "|": "&#124;",
  "`": "&#96;"
};
function code(text) {
  const safe = text.replace(/\r?\n/g, " ").replace(/`/g, "\u02CB").replace(/[<>&|]/g, (char) => HTML_ENTITY[char] ?? char);
  return `<code>${safe.replace(/@/g, "@\u200D")}</code>`;
}
function codeBlock(text, language = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text.replace(/@/g, "@\u200D")}
${fence}`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}

// src/health/health-verdict.ts
var UNHEALTHY_STATES = /* @__PURE__ */ new Set(["UNHEALTHY_SUPERVISOR", "UNHEALTHY_TASKS"]);
var UNHEALTHY_DETAILS = /* @__PURE__ */ new Set(["UNABLE_TO_CONNECT_TO_STREAM", "LOST_CONTACT_WITH_STREAM"]);
function evaluateHealth(samples, expectation) {
  const latest = samples.at(-1);
  if (!latest) return { status: "waiting", reason: "no status read yet" };
  const payload = latest.payload;
  const errors = errorsSince(payload, expectation.since);
  if (UNHEALTHY_STATES.has(payload.state) || UNHEALTHY_DETAILS.has(payload.detailedState)) {
    return { status: "unhealthy", reason: `Druid reports ${describeState(payload)}`, errors };
  }
  const problem = notYetHealthy(payload, expectation, errors);
  if (problem) {
    if (latest.at >= expectation.deadline) {
      return { status: "timed-out", reason: `still ${problem} when the health timeout ran out`, errors };
    }
    return { status: "waiting", reason: problem };
  }
  const healthySince = startOfHealthyRun(samples, expectation);
  if (latest.at - healthySince >= expectation.stableForMs) {
    return {
      status: "healthy",
      reason: `RUNNING and healthy with ${plural(payload.activeTasks.length, "reading task")} for ${Math.round((latest.at - healthySince) / 1e3)} s`
    };
  }
  if (latest.at >= expectation.deadline) {
    return {
      status: "timed-out",
      reason: "healthy, but not yet for the whole stability window when the health timeout ran out",
      errors
    };
  }
  return {
    status: "waiting",
    reason: `healthy for ${Math.round((latest.at - healthySince) / 1e3)} s of the ${Math.round(expectation.stableForMs / 1e3)} s it must hold`
  };
}
function notYetHealthy(payload, expectation, errors) {
  if (payload.state !== "RUNNING") return `in ${describeState(payload)}`;
  if (!payload.healthy) return "RUNNING but not healthy";
  if (payload.detailedState !== "RUNNING") return `starting (${payload.detailedState})`;
  if (payload.activeTasks.length < expectation.expectedTasks) {
    return `RUNNING with ${payload.activeTasks.length} of ${plural(expectation.expectedTasks, "reading task")}`;
  }
  if (errors.length > 0)
    return `RUNNING but with ${plural(errors.length, "new error")}: ${errors.at(-1)?.message ?? errors.at(-1)?.exceptionClass ?? ""}`;
  return void 0;
}
function startOfHealthyRun(samples, expectation) {
  let start = samples.at(-1)?.at ?? 0;
  for (let index = samples.length - 1; index >= 0; index--) {
    const sample = samples[index];
    if (notYetHealthy(sample.payload, expectation, errorsSince(sample.payload, expectation.since))) break;
    start = sample.at;
  }
  return start;
}
function errorsSince(payload, since) {
  return payload.recentErrors.filter((error) => Date.parse(error.timestamp) >= since);
}
function describeState(payload) {
  return payload.detailedState && payload.detailedState !== payload.state ? `${payload.state} (${payload.detailedState})` : payload.state;
}
function expectedReadingTasks(taskCount, replicas, partitions) {
  const groups = partitions === void 0 || partitions === 0 ? taskCount : Math.min(taskCount, partitions);
  return groups * replicas;
}

// src/spec/spec-settings.ts
var INTEGER_MAX = 2147483647;
function specSettings(spec) {
  const view = spec ? viewSupervisor(spec) : void 0;
  const io = view?.ioConfig ?? {};
  const tuning = view?.tuningConfig ?? {};
  const properties = isPlainObject(io.consumerProperties) ? redactSpec(io.consumerProperties) : {};
  const autoscaler = isPlainObject(io.autoScalerConfig) && io.autoScalerConfig.enableTaskAutoScaler === true ? io.autoScalerConfig : void 0;
  const taskCount = autoscaler ? number(autoscaler.taskCountStart, number(autoscaler.taskCountMin, 1)) : number(io.taskCount, 1);
  const late = millis(io.lateMessageRejectionPeriod);
  const topic = typeof io.topic === "string" ? io.topic : typeof io.topicPattern === "string" ? io.topicPattern : void 0;
  const bootstrap = properties["bootstrap.servers"];
  return {
    ...topic === void 0 ? {} : { topic },
    ...typeof bootstrap === "string" ? { bootstrapServers: bootstrap } : {},
    taskCount,
    replicas: number(io.replicas, 1),
    useEarliestOffset: io.useEarliestOffset === true || io.useEarliestOffset === "true",
    resetOffsetAutomatically: tuning.resetOffsetAutomatically === true || tuning.resetOffsetAutomatically === "true",
    completionTimeoutMs: millis(io.completionTimeout) ?? 30 * 6e4,
    handoffConditionTimeoutMs: typeof tuning.handoffConditionTimeout === "number" ? tuning.handoffConditionTimeout : 9e5,
    maxParseExceptions: reportsParseExceptions(tuning) ? 0 : number(tuning.maxParseExceptions, INTEGER_MAX, true),
    maxSavedParseExceptions: number(tuning.maxSavedParseExceptions, 0, true),
    ...late === void 0 ? {} : { lateMessageRejectionMs: late },
    offsetFetchPeriodMs: millis(tuning.offsetFetchPeriod) ?? 3e4,
    periodMs: millis(io.period) ?? 3e4
  };
}
function unlimited(count2) {
  return count2 >= INTEGER_MAX;
}
function reportsParseExceptions(tuning) {
  return tuning.reportParseExceptions === true || tuning.reportParseExceptions === "true";
}
function number(value, fallback, zeroAllowed = false) {
  const read = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof read === "number" && Number.isFinite(read) && (read > 0 || zeroAllowed && read === 0) ? read : fallback;
}
function millis(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") return periodToMillis(value.toUpperCase());
  return void 0;
}

// src/health/lag.ts
var NOISE_RECORDS = 100;
function lagTrend(samples) {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return { seconds: 0, direction: "unknown", reason: "no status read" };
  const seconds2 = Math.max(0, (last.at - first.at) / 1e3);
  const timeLagMs = maxOf(last.payload.minimumLagMillis);
  const stream = streamGrowth(first.payload, last.payload, seconds2);
  const extra = {
    ...stream === void 0 ? {} : { streamPerSecond: stream },
    ...timeLagMs === void 0 ? {} : { timeLagMs }
  };
  const lastLag = knownLag(last.payload);
  if (lastLag === void 0) {
    return { seconds: seconds2, direction: "unknown", reason: whyNoLag(last.payload), ...extra };
  }
  const firstLag = knownLag(first.payload);
  if (first === last || firstLag === void 0) {
    return { last: lastLag, seconds: seconds2, direction: "unknown", reason: "one sample with lag", ...extra };
  }
  const both = { first: firstLag, last: lastLag, seconds: seconds2, ...extra };
  if (first.payload.offsetsLastUpdated !== void 0 && first.payload.offsetsLastUpdated === last.payload.offsetsLastUpdated) {
    return {
      ...both,
      direction: "unknown",
      reason: "Druid did not refresh its offsets between the samples (it does every offsetFetchPeriod)"
    };
  }
  const change = lastLag - firstLag;
  const perSecond = seconds2 > 0 ? change / seconds2 : 0;
  const noise = Math.max(NOISE_RECORDS, 0.05 * firstLag);
  const direction = change > noise ? "growing" : change < -noise ? "shrinking" : "steady";
  return { ...both, perSecond, direction };
}
function knownLag(payload) {
  if (payload.activeTasks.length === 0) return void 0;
  if (!payload.latestOffsets || Object.keys(payload.latestOffsets).length === 0) return void 0;
  if (!payload.minimumLag || Object.keys(payload.minimumLag).length === 0) return void 0;
  return payload.aggregateLag ?? sum(payload.minimumLag);
}
function whyNoLag(payload) {
  if (payload.state === "SUSPENDED") return "Druid reports no lag while suspended";
  if (payload.activeTasks.length === 0) return "Druid reports no lag without reading tasks";
  return "Druid has not measured the lag yet";
}
function streamGrowth(first, last, seconds2) {
  if (!first.latestOffsets || !last.latestOffsets || seconds2 <= 0) return void 0;
  if (first.offsetsLastUpdated !== void 0 && first.offsetsLastUpdated === last.offsetsLastUpdated)
    return void 0;
  let grown = 0;
  for (const [partition, end] of Object.entries(last.latestOffsets)) {
    const before = first.latestOffsets[partition];
    if (before !== void 0) grown += end - before;
  }
  return grown / seconds2;
}
function sum(map) {
  return Object.values(map).reduce((total, value) => total + value, 0);
}
function maxOf(map) {
  const values = Object.values(map ?? {});
  return values.length === 0 ? void 0 : Math.max(...values);
}

// src/health/offsets.ts
function offsetTable(payload) {
  const start = {};
  const read = {};
  for (const task of payload.activeTasks) {
    for (const [partition, offset] of Object.entries(task.startingOffsets ?? {}))
      start[partition] = Math.min(start[partition] ?? offset, offset);
    for (const [partition, offset] of Object.entries(task.currentOffsets ?? {}))
      read[partition] = Math.max(read[partition] ?? offset, offset);
  }
  const keys = /* @__PURE__ */ new Set([
    ...Object.keys(payload.latestOffsets ?? {}),
    ...Object.keys(start),
    ...Object.keys(read)
  ]);
  const partitions = [...keys].sort(byPartition).map((partition) => {
    const end = payload.latestOffsets?.[partition];
    const position = { partition };
    if (end !== void 0) position.end = end;
    if (start[partition] !== void 0) position.taskStart = start[partition];
    if (read[partition] !== void 0) position.read = read[partition];
    if (end !== void 0 && read[partition] !== void 0)
      position.lag = Math.max(0, end - (read[partition] ?? 0));
    return position;
  });
  return {
    ...payload.stream === void 0 ? {} : { stream: payload.stream },
    state: describeState(payload),
    readingTasks: payload.activeTasks.length,
    publishingTasks: payload.publishingTasks.length,
    partitions
  };
}
function byPartition(a, b) {
  const split = (key) => {
    const index = key.lastIndexOf(":");
    return [index < 0 ? "" : key.slice(0, index), Number(key.slice(index + 1))];
  };
  const [topicA, numberA] = split(a);
  const [topicB, numberB] = split(b);
  return topicA === topicB ? numberA - numberB : topicA.localeCompare(topicB);
}

// src/deploy/timing.ts
var DEFAULT_UNHEALTHINESS_THRESHOLD = 3;
var SECOND = 1e3;
function deployTimings(spec, healthTimeoutMs) {
  const ioConfig = ioConfigOf(spec);
  const startDelay = durationOf(ioConfig?.startDelay, 5 * SECOND);
  const period = durationOf(ioConfig?.period, 30 * SECOND);
  const failedRun = Math.max(period, consumerApiTimeout(ioConfig));
  const derived = startDelay + (DEFAULT_UNHEALTHINESS_THRESHOLD + 1) * failedRun + 60 * SECOND;
  return {
    healthTimeoutMs: healthTimeoutMs ?? derived,
    stableForMs: Math.max(period, 30 * SECOND),
    suspendTimeoutMs: 3 * period + 60 * SECOND,
    drainTimeoutMs: 120 * SECOND,
    pollMinMs: 2 * SECOND,
    pollMaxMs: Math.min(15 * SECOND, period)
  };
}
function ioConfigOf(spec) {
  const sections = isPlainObject(spec?.spec) ? spec.spec : spec;
  return isPlainObject(sections?.ioConfig) ? sections.ioConfig : void 0;
}
function consumerApiTimeout(ioConfig) {
  const properties = isPlainObject(ioConfig?.consumerProperties) ? ioConfig.consumerProperties : {};
  const value = Number(properties["default.api.timeout.ms"]);
  return Number.isFinite(value) && value > 0 ? value : 60 * SECOND;
}
function durationOf(value, fallback) {
  if (typeof value === "number" && value > 0) return value;
  if (typeof value === "string") {
    const millis2 = periodToMillis(value);
    if (millis2 !== void 0 && millis2 > 0) return millis2;
  }
  return fallback;
}
function pollDelay(attempt, timings) {
  return Math.min(timings.pollMaxMs, timings.pollMinMs * 2 ** Math.min(attempt, 10));
}

// src/diff/update-path.ts
function runStateChange(wasSuspended, endsSuspended) {
  if (wasSuspended === endsSuspended) return {};
  return { runStateChange: endsSuspended ? "suspend" : "resume" };
}
function updatePath(druidVersion, before, after, options = {}) {
  const compare = specComparison(druidVersion);
  if (atLeast(druidVersion, "38.0.0") && deepEqual(compare.effective(before), compare.effective(after))) {
    const reason = `Druid ${druidVersion} applies this without restarting the supervisor or its tasks: only the autoscaled ioConfig.taskCount changes, which its update classification stores in place, and the running task count stays the autoscaler's.`;
    return options.runStateChange ? {
      kind: "restart",
      reason: `${reason} druid-gitops submits it directly (no suspend, no drain), reads it back and verifies. But the supervisor is also ${options.runStateChange === "suspend" ? "suspended" : "resumed"}, so druid-gitops suspends, submits and resumes it as for any other change.`
    } : {
      kind: "in-place",
      reason: `${reason} druid-gitops submits it directly (no suspend, no drain), reads it back and verifies.`
    };
  }
  const classified = atLeast(druidVersion, "38.0.0") ? `Druid ${druidVersion} restarts the supervisor and its tasks for this change (its update classification applies only an autoscaled taskCount in place)` : `Druid ${druidVersion} restarts the supervisor on every spec change`;
  return {
    kind: "restart",
    reason: `${classified}, so druid-gitops suspends it first, waits until its tasks stop reading and publish what they read, submits the new spec, resumes and verifies it: new tasks start from the stored offsets, so no event is skipped or read twice.${autoscalerNote(druidVersion, after, options)}`
  };
}
function autoscalerNote(druidVersion, after, options) {
  const scaler = viewSupervisor(after).ioConfig?.autoScalerConfig;
  if (!isPlainObject(scaler) || !autoscalerEnabled(after)) return "";
  const start = typeof scaler.taskCountStart === "number" ? scaler.taskCountStart : void 0;
  const min = typeof scaler.taskCountMin === "number" ? scaler.taskCountMin : void 0;
  if (!atLeast(druidVersion, "37.0.0"))
    return ` Druid ${druidVersion} starts an autoscaled supervisor at ${start === void 0 ? `taskCountMin (${min ?? "?"})` : `taskCountStart (${start})`} whatever taskCount says, so the autoscaler's current count is reset and it scales again from there.`;
  if (start !== void 0)
    return ` The new spec starts at taskCountStart (${start}), as Druid does on every update of an autoscaled supervisor; the autoscaler scales from there.`;
  return options.runningAutoscaled === false ? "" : " druid-gitops submits the autoscaler's current task count with the new spec, so the restart keeps it.";
}
function autoscalerEnabled(spec) {
  const scaler = viewSupervisor(spec).ioConfig?.autoScalerConfig;
  if (!isPlainObject(scaler)) return false;
  const enabled = scaler.enableTaskAutoScaler;
  return enabled === true || typeof enabled === "string" && enabled.trim().toLowerCase() === "true";
}

// src/health/continuity.ts
function observeStatus(payload, at) {
  const lag = knownLag(payload);
  const reader = (publishing) => (task) => ({
    publishing,
    discovered: publishing && task.startTime == null,
    start: task.startingOffsets ?? {},
    current: task.currentOffsets ?? {}
  });
  return {
    at,
    suspended: payload.suspended,
    ...lag === void 0 ? {} : { lag },
    readers: [...payload.activeTasks.map(reader(false)), ...payload.publishingTasks.map(reader(true))]
  };
}
function offsetContinuity(observations) {
  const firstSuspended = observations.findIndex((seen) => seen.suspended);
  if (firstSuspended < 0) return void 0;
  const last = observations.at(-1);
  const readers = readersByPartition(observations, firstSuspended);
  const partitions = [...readers.keys()].sort(byPartition).map((partition) => partitionVerdict(partition, readers.get(partition) ?? [], firstSuspended));
  if (last?.suspended) {
    return {
      verdict: "not provable",
      summary: "it is suspended: nothing reads the topic until it is resumed",
      partitions: partitions.map(({ partition, stopped }) => ({
        partition,
        verdict: "not provable",
        ...stopped ? { stopped } : {},
        why: "nothing reads it while suspended"
      }))
    };
  }
  if (partitions.length === 0)
    return { verdict: "not provable", summary: "Druid listed no reading task during the deploy", partitions };
  const verdict = overall(partitions);
  return { verdict, summary: summarise(verdict, partitions), partitions };
}
function readersByPartition(observations, firstSuspended) {
  const byPartition2 = /* @__PURE__ */ new Map();
  observations.forEach((seen, index) => {
    const afterSuspend = index >= firstSuspended;
    for (const reader of seen.readers) {
      for (const [partition, start] of Object.entries(reader.start)) {
        const list = byPartition2.get(partition) ?? [];
        byPartition2.set(partition, list);
        const same = list.filter((candidate) => candidate.start === start);
        let known = reader.publishing ? same[0] : same.find((candidate) => candidate.firstSeen >= firstSuspended === afterSuspend);
        if (!known) {
          known = { start, firstSeen: index };
          list.push(known);
        }
        if (!reader.publishing) known.firstActive ??= index;
        const current = reader.current[partition];
        if (current === void 0) continue;
        if (!reader.publishing) known.read = Math.max(known.read ?? current, current);
        else if (reader.discovered) known.end = current;
      }
    }
  });
  return byPartition2;
}
function partitionVerdict(partition, readers, firstSuspended) {
  const before = readers.filter(
    (reader) => reader.firstSeen < firstSuspended || reader.firstActive === void 0
  );
  const old = before.sort((a, b) => b.start - a.start)[0];
  const after = readers.filter(
    (reader) => reader !== old && reader.firstActive !== void 0 && reader.firstActive >= firstSuspended
  ).sort((a, b) => (a.firstActive ?? 0) - (b.firstActive ?? 0) || a.start - b.start);
  const stopOf = (reader) => ({
    offset: reader.end ?? reader.read ?? reader.start,
    exact: reader.end !== void 0
  });
  if (!old) {
    const first = after[0];
    return {
      partition,
      verdict: "not provable",
      ...first ? { started: first.start } : {},
      why: "no task was seen reading it before the deploy"
    };
  }
  if (after.length === 0)
    return {
      partition,
      verdict: "not provable",
      stopped: stopOf(old),
      why: "no new task was listed reading it yet"
    };
  const chain = [old, ...after];
  const hops = chain.slice(1).map((next, index) => hop(partition, chain[index], next, stopOf));
  return hops.reduce(
    (worst, candidate) => RANK[candidate.verdict] >= RANK[worst.verdict] ? candidate : worst
  );
}
function hop(partition, from, to, stopOf) {
  const stopped = stopOf(from);
  const base = { partition, stopped, started: to.start };
  const difference = to.start - stopped.offset;
  if (difference < 0) return { ...base, verdict: "rewind", records: -difference };
  if (stopped.exact)
    return difference === 0 ? { ...base, verdict: "continuous" } : { ...base, verdict: "gap", records: difference };
  return {
    ...base,
    verdict: "not provable",
    records: difference,
    why: "Druid did not report where the tasks before stopped (they finished publishing before its next offset refresh); they were last seen reading at the offset shown"
  };
}
var RANK = { continuous: 0, "not provable": 1, rewind: 2, gap: 3 };
function overall(partitions) {
  return partitions.reduce(
    (worst, partition) => RANK[partition.verdict] > RANK[worst] ? partition.verdict : worst,
    "continuous"
  );
}
function summarise(verdict, partitions) {
  const list = (which, atLeast2) => partitions.filter((partition) => partition.verdict === which).map(
    (partition) => `${partition.partition} (${atLeast2 && !partition.stopped?.exact ? "at least " : ""}${count(partition.records ?? 0)} records)`
  ).join(", ");
  switch (verdict) {
    case "continuous":
      return "every partition: the new tasks start exactly where the tasks before stopped (Druid reported both)";
    case "gap":
      return `GAP in partition(s) ${list("gap", false)}: the new tasks start after where the tasks before stopped, so those records are never read${partitions.some((p) => p.verdict === "rewind") ? `; REWIND in partition(s) ${list("rewind", true)}` : ""}`;
    case "rewind":
      return `REWIND in partition(s) ${list("rewind", true)}: the new tasks start before where the tasks before stopped, so those records are read twice (duplicates)`;
    case "not provable": {
      const doubtful = partitions.filter((partition) => partition.verdict === "not provable");
      const inDoubt = doubtful.reduce((sum2, partition) => sum2 + (partition.records ?? 0), 0);
      const why = doubtful[0]?.why ?? "Druid did not show enough";
      return `no gap or rewind seen, but ${why}${inDoubt > 0 ? `; ${count(inDoubt)} record(s) in doubt in partition(s) ${doubtful.map((p) => p.partition).join(", ")}` : ""}`;
    }
  }
}
function count(value) {
  return value.toLocaleString("en-US");
}

// src/deploy/submission.ts
function submission(druidVersion, head, running, askedTaskCount) {
  const spec = structuredClone(canonicalLayout(head));
  const io = ioConfigOf2(spec);
  if (!io) return spec;
  const runningCount = running ? ioConfigOf2(canonicalLayout(running))?.taskCount : void 0;
  if (autoscalerEnabled(spec)) {
    if (askedTaskCount !== void 0) io.taskCount = askedTaskCount;
    else if (running && autoscalerEnabled(running) && typeof runningCount === "number")
      io.taskCount = runningCount;
  } else if (atLeast(druidVersion, "38.0.0") && (io.taskCount === void 0 || io.taskCount === null)) {
    io.taskCount = 1;
  }
  return spec;
}
function describeAnswer(answer) {
  if (answer.modified === void 0 && answer.restarted === void 0)
    return "Druid answered with the id only (before 38.0.0 it does not say whether it restarted)";
  const modified = answer.modified === false ? "nothing changed" : "spec stored";
  const restarted = answer.restarted === true ? "supervisor and tasks restarted" : "nothing restarted (applied in place)";
  return `Druid answered: ${modified}, ${restarted} (modified: ${String(answer.modified)}, restarted: ${String(answer.restarted)})`;
}
function ioConfigOf2(spec) {
  const inner = spec.spec;
  return isPlainObject(inner) && isPlainObject(inner.ioConfig) ? inner.ioConfig : void 0;
}

// src/deploy/steps.ts
var Timeline = class {
  constructor(context, id) {
    this.context = context;
    this.id = id;
  }
  context;
  id;
  events = [];
  observations = [];
  /** The Overlord's time of the newest status read (`generationTime`). */
  lastSeenAt;
  add(step, detail) {
    this.events.push({ at: new Date(this.context.clock.now()).toISOString(), step, detail });
    this.context.log(`${this.id}: ${step}: ${detail}`, this.id);
  }
  observe(payload, seenAt) {
    this.observations.push(observeStatus(payload, this.context.clock.now()));
    this.lastSeenAt = seenAt;
  }
};
var DeployInterrupted = class extends Error {
  constructor() {
    super("interrupted before it finished");
  }
};
function stopIfInterrupted(context) {
  if (context.signal?.aborted) throw new DeployInterrupted();
}
async function pause(context, ms) {
  stopIfInterrupted(context);
  const { signal } = context;
  if (!signal) return context.clock.sleep(ms);
  let onAbort = () => {
  };
  const aborted = new Promise((resolve) => {
    onAbort = resolve;
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    await Promise.race([context.clock.sleep(ms), aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  stopIfInterrupted(context);
}
var StepFailure = class extends Error {
  constructor(step, message, payload, verdict) {
    super(message);
    this.step = step;
    this.payload = payload;
    this.verdict = verdict;
  }
  step;
  payload;
  verdict;
};
async function readLive(id, client) {
  try {
    const spec = await client.getSupervisorSpec(id);
    const status = await client.getSupervisorStatus(id);
    return { spec, payload: status.payload, seenAt: status.generationTime };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return void 0;
    throw error;
  }
}
async function suspendAndWait(id, context, timings, timeline) {
  stopIfInterrupted(context);
  const result = await context.client.suspendSupervisor(id, { audit: context.audit });
  timeline.add("suspend", result.alreadyInState ? "was already suspended" : "suspend requested");
  const stopped = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.suspendTimeoutMs,
    (payload) => payload.state === "SUSPENDED" && payload.activeTasks.length === 0
  );
  return { alreadySuspended: result.alreadyInState, ...stopped };
}
async function suspendAndDrain(id, context, timings, timeline) {
  const stopped = await suspendAndWait(id, context, timings, timeline);
  if (!stopped.done) {
    throw new StepFailure(
      "suspend",
      `not suspended after ${seconds(timings.suspendTimeoutMs)}: ${describeState(stopped.payload)} with ${plural(stopped.payload.activeTasks.length, "reading task")}`,
      stopped.payload
    );
  }
  timeline.add(
    "suspended",
    `SUSPENDED, ${plural(stopped.payload.publishingTasks.length, "task")} publishing`
  );
  if (stopped.payload.publishingTasks.length === 0) return;
  const drained = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.drainTimeoutMs,
    (payload) => payload.publishingTasks.length === 0
  );
  timeline.add(
    "handoff",
    drained.done ? "publishing tasks handed off" : `${plural(drained.payload.publishingTasks.length, "task")} still publishing after ${seconds(timings.drainTimeoutMs)}; Druid keeps them running across the update`
  );
}
async function submitSuspended(id, spec, context, timeline, what) {
  const { answer, stored, dropped } = await submitAndReadBack(id, spec, true, context);
  if (stored.suspended !== true)
    throw new StepFailure("submit", `Druid stored the ${what} spec but not as suspended`);
  timeline.add(
    "submit",
    `${what} spec stored, suspended; ${describeAnswer(answer)}${dropped.length ? `; Druid dropped ${dropped.join(", ")}` : ""}`
  );
  return { dropped, answer };
}
async function submitInPlace(id, spec, suspended, context, timeline) {
  const { answer, stored, dropped } = await submitAndReadBack(id, spec, suspended, context);
  if (stored.suspended === true !== suspended)
    throw new StepFailure("submit", `Druid stored the new spec ${suspended ? "running" : "suspended"}`);
  timeline.add(
    "submit",
    `new spec submitted in place, without a suspend; ${describeAnswer(answer)}${dropped.length ? `; Druid dropped ${dropped.join(", ")}` : ""}`
  );
  return { dropped, answer };
}
async function submitAndReadBack(id, spec, suspended, context) {
  const submitted = { ...canonicalLayout(spec), suspended };
  stopIfInterrupted(context);
  const answer = await context.client.submitSupervisor(submitted, {
    audit: context.audit,
    skipRestartIfUnmodified: true
  });
  const stored = await context.client.getSupervisorSpec(id);
  return { answer, stored, dropped: droppedKeys(submitted, stored) };
}
async function resume(id, context, timeline) {
  stopIfInterrupted(context);
  const result = await context.client.resumeSupervisor(id, { audit: context.audit });
  const stored = await context.client.getSupervisorSpec(id);
  if (stored.suspended === true)
    throw new StepFailure("resume", "Druid answered the resume but the stored spec is still suspended");
  timeline.add("resume", result.alreadyInState ? "was already running" : "resumed");
  return context.clock.now();
}
async function waitForHealth(id, spec, since, context, timings, timeline) {
  const { taskCount, replicas } = specSettings(spec);
  const samples = [];
  for (let attempt = 0; ; attempt++) {
    stopIfInterrupted(context);
    const payload = await readPayload(id, context, timeline);
    samples.push({ at: context.clock.now(), payload });
    if (samples.length > 50) samples.shift();
    const verdict = evaluateHealth(samples, {
      since,
      expectedTasks: expectedReadingTasks(taskCount, replicas, payload.partitions),
      stableForMs: timings.stableForMs,
      deadline: since + timings.healthTimeoutMs
    });
    if (verdict.status !== "waiting") {
      timeline.add("verify", `${verdict.status}: ${verdict.reason}`);
      return { verdict, payload };
    }
    context.waitingFor?.(`${id}: verify: ${verdict.reason}`, `${id}: verify`);
    await pause(context, pollDelay(attempt, timings));
  }
}
async function pollUntil(id, context, timeline, timings, timeoutMs, done) {
  const deadline = context.clock.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    stopIfInterrupted(context);
    const payload = await readPayload(id, context, timeline);
    if (done(payload)) return { done: true, payload };
    if (context.clock.now() >= deadline) return { done: false, payload };
    await pause(context, pollDelay(attempt, timings));
  }
}
async function readPayload(id, context, timeline) {
  const { payload, generationTime } = await context.client.getSupervisorStatus(id);
  timeline.observe(payload, generationTime);
  return payload;
}
function droppedKeys(submitted, stored) {
  const kept = new Set(collectKeyPaths(canonicalLayout(stored)));
  return collectKeyPaths(submitted).filter((path) => !kept.has(path));
}
function seconds(ms) {
  return `${Math.round(ms / 1e3)} s`;
}

export {
  escapeMarkdown,
  code,
  codeBlock,
  tableRow,
  describeState,
  expectedReadingTasks,
  specSettings,
  unlimited,
  lagTrend,
  knownLag,
  offsetTable,
  offsetContinuity,
  deployTimings,
  runStateChange,
  updatePath,
  autoscalerEnabled,
  submission,
  Timeline,
  DeployInterrupted,
  StepFailure,
  readLive,
  suspendAndWait,
  suspendAndDrain,
  submitSuspended,
  submitInPlace,
  resume,
  waitForHealth,
  pollUntil,
  MissingRefError,
  LocalGitSource
};
