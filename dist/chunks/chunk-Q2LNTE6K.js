import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  suspensionOwner
} from "./chunk-7W47F3IU.js";
import {
  repairSuspension,
  repairText,
  settles
} from "./chunk-D2GGVNO6.js";
import {
  DeployInterrupted,
  Timeline,
  deployTimings,
  resume,
  suspendAndWait,
  waitForHealth
} from "./chunk-T34DK2WN.js";
import {
  DruidNotFoundError,
  resolveConnection
} from "./chunk-WU6CUPLN.js";

// src/report/deploy-text.ts
function deployText(input) {
  const lines = [];
  for (const one of input.settled ?? []) {
    if (one.owner === "not-suspended" || one.owner === "gone") continue;
    lines.push(`${one.owner === "druid-gitops" ? "recovered" : "note"}: ${one.id}: ${one.message}`);
  }
  for (const result of input.segments)
    lines.push(
      `${result.kind} of ${result.dataSource} (${result.file}): ${result.outcome}: ${result.message}`
    );
  for (const result of input.results) {
    lines.push(`${result.id} (${result.file}): ${result.outcome}: ${result.message}`);
    if (result.continuity) lines.push(...continuityText(result.continuity));
  }
  const interrupted = input.interrupted;
  if (interrupted) {
    lines.push(
      "",
      `Interrupted by ${interrupted.signal}. ${interrupted.repaired.length === 0 ? "This run had left no supervisor suspended." : "What this run had suspended:"}`,
      ...interrupted.repaired.map(
        ({ id, outcome }) => `  ${repairText(id, outcome, interrupted.resumeCommand(id))}`
      )
    );
  }
  return lines;
}
function continuityText(continuity) {
  const label = continuity.verdict === "gap" || continuity.verdict === "rewind" ? continuity.verdict.toUpperCase() : continuity.verdict;
  const lines = [`  offsets: ${label}: ${continuity.summary}`];
  if (continuity.verdict === "continuous") return lines;
  for (const partition of continuity.partitions) lines.push(`    ${partitionText(partition)}`);
  return lines;
}
function partitionText(partition) {
  const stopped = partition.stopped ? `stopped at ${partition.stopped.exact ? "" : "\u2265 "}${count(partition.stopped.offset)}` : "stop unknown";
  const started = partition.started === void 0 ? "no new task yet" : `new tasks start at ${count(partition.started)}`;
  const records = partition.records ? ` (${count(partition.records)} records)` : "";
  return `partition ${partition.partition}: ${stopped}, ${started}: ${partition.verdict}${records}`;
}
function count(value) {
  return value.toLocaleString("en-US");
}

// src/flows/settle-interrupted.ts
async function previewInterrupted(client, records) {
  const previews = [];
  for (const record of records) {
    const by = `druid-gitops ${runText(record)}`;
    const owner = await ownerOf(client, record);
    const message = {
      gone: "Druid no longer has it; its record would be cleared",
      "not-suspended": `running again since the ${by}; its record would be cleared`,
      "run-in-progress": `suspended by the ${by}, which still runs; it would not be touched`,
      person: `suspended again by someone after the ${by}; it would be left suspended`,
      "druid-gitops": record.previousSpec ? `suspended by the ${by}, which did not finish: the deploy would first put back the spec that ran before, resume and verify it` : `created suspended by the ${by}: the deploy would first resume and verify it`
    };
    previews.push({ id: record.id, owner, message: message[owner] });
  }
  return previews;
}
async function settleInterrupted(input) {
  const settled = [];
  for (const record of input.records) settled.push(await settleOne(input, record));
  return settled;
}
async function settleOne(input, record) {
  const { context } = input;
  const timeline = new Timeline(context, record.id);
  const done = (owner2, ok, message, repair) => ({
    id: record.id,
    run: { ...record.run, since: record.since },
    owner: owner2,
    ok,
    message,
    timeline: timeline.events,
    ...repair ? { repair } : {}
  });
  const owner = await ownerOf(context.client, record);
  if (owner === "gone") {
    await input.forget(record.id);
    return done("gone", true, "Druid no longer has it; its record is cleared");
  }
  const by = runText(record);
  switch (owner) {
    case "not-suspended":
      await input.forget(record.id);
      return done(owner, true, `running again since the ${by}; its record is cleared`);
    case "run-in-progress":
      return done(owner, true, `suspended by a druid-gitops ${by} that still runs; not touched`);
    case "person":
      await input.forget(record.id);
      return done(
        owner,
        true,
        `resumed and suspended again by someone after the ${by}: a person's suspension, left as it is`
      );
    case "druid-gitops":
      timeline.add("found", `suspended by the druid-gitops ${by}, which did not finish`);
      return record.previousSpec ? restore(input, record, record.previousSpec, timeline, done) : resumeCreated(input, record, timeline, done);
  }
}
async function ownerOf(client, record) {
  try {
    const spec = await client.getSupervisorSpec(record.id);
    const history = spec.suspended === true ? await client.getSupervisorHistory(record.id) : [];
    return suspensionOwner({ record, suspended: spec.suspended === true, history });
  } catch (error) {
    if (!(error instanceof DruidNotFoundError)) throw error;
    return "gone";
  }
}
function runText(record) {
  return `${record.run.command} of ${record.since} (pid ${record.run.pid} on ${record.run.host})`;
}
async function restore(input, record, previous, timeline, done) {
  const { context } = input;
  const repair = await repairSuspension(context.client, record, context.audit);
  if (repair.kind === "failed") {
    await input.keep(record, `the repair failed: ${repair.error}`);
    return done(
      "druid-gitops",
      false,
      `still suspended: putting back the spec that ran before failed (${repair.error})`,
      repair
    );
  }
  if (repair.kind !== "restored") {
    await input.forget(record.id);
    const why = repair.kind === "person-suspended" ? "a person had suspended it before the interrupted run; it stays suspended" : repair.kind === "gone" ? "Druid no longer has it" : "running; nothing to repair";
    return done("druid-gitops", true, why, repair);
  }
  timeline.add(
    "restore",
    `the spec that ran before the interrupted run is back and resumed (${repair.state})`
  );
  const timings = deployTimings(previous, context.healthTimeoutMs);
  const { verdict } = await waitForHealth(
    record.id,
    previous,
    context.clock.now(),
    context,
    timings,
    timeline
  );
  await input.forget(record.id);
  return verdict.status === "healthy" ? done(
    "druid-gitops",
    true,
    `the spec that ran before the interrupted run was put back, resumed and verified: ${verdict.reason}`,
    repair
  ) : done(
    "druid-gitops",
    false,
    `the spec that ran before the interrupted run was put back and resumed, but it is not healthy: ${verdict.reason}`,
    repair
  );
}
async function resumeCreated(input, record, timeline, done) {
  const { context } = input;
  const spec = await context.client.getSupervisorSpec(record.id);
  const timings = deployTimings(spec, context.healthTimeoutMs);
  const since = await resume(record.id, context, timeline);
  const { verdict } = await waitForHealth(record.id, spec, since, context, timings, timeline);
  if (verdict.status === "healthy") {
    await input.forget(record.id);
    return done(
      "druid-gitops",
      true,
      `created by an earlier druid-gitops run that left it suspended; now resumed and verified: ${verdict.reason}`
    );
  }
  await suspendAndWait(record.id, context, timings, timeline);
  const why = `created by an earlier druid-gitops run and not healthy when resumed (${verdict.reason}); suspended again`;
  await input.keep(record, why);
  return done("druid-gitops", false, why);
}

// src/cli/local-journal.ts
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import path from "node:path";
function journalFolder(env) {
  const state = env.XDG_STATE_HOME || path.join(env.HOME || homedir(), ".local", "state");
  return path.join(state, "druid-gitops", "suspensions");
}
var LocalJournal = class {
  constructor(folder, cluster, command) {
    this.folder = folder;
    this.cluster = cluster;
    this.run.command = command;
  }
  folder;
  cluster;
  open = /* @__PURE__ */ new Map();
  run = { host: hostname(), pid: process.pid, command: "" };
  async suspended(id, previousSpec, seenAt) {
    const record = {
      id,
      cluster: this.cluster,
      ...previousSpec ? { previousSpec } : {},
      since: (/* @__PURE__ */ new Date()).toISOString(),
      ...seenAt ? { seenAt } : {},
      run: this.run
    };
    this.open.set(id, record);
    await writeRecord(this.folder, record);
  }
  async settled(id) {
    this.open.delete(id);
    await forgetSuspension(this.folder, this.cluster, id, this.run.pid);
  }
  /** What this run suspended and has not settled, oldest first. */
  pending() {
    return [...this.open.values()].map((record) => ({ ...record, run: { ...record.run, alive: true } }));
  }
  /** The run ends with the supervisor still suspended: the record stays, saying why. */
  async leave(id, why) {
    const record = this.open.get(id);
    if (!record) return;
    this.open.delete(id);
    await writeRecord(this.folder, { ...record, left: why });
  }
};
async function readSuspensions(folder, cluster) {
  let names;
  try {
    names = await readdir(folder);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const records = [];
  for (const name of names.filter((file) => file.endsWith(".json")).sort()) {
    const record = await readRecord(path.join(folder, name));
    if (!record || record.cluster !== cluster) continue;
    const { cluster: _cluster, ...rest } = record;
    records.push({ ...rest, run: { ...record.run, alive: runAlive(record.run) } });
  }
  return records.sort((a, b) => a.since.localeCompare(b.since));
}
async function keepSuspension(folder, cluster, record, why) {
  const { alive: _alive, ...run } = record.run;
  await writeRecord(folder, { ...record, cluster, run, left: why });
}
async function forgetSuspension(folder, cluster, id, pid) {
  const file = recordFile(folder, cluster, id);
  if (pid !== void 0) {
    const record = await readRecord(file);
    if (record && record.run.pid !== pid) return;
  }
  await rm(file, { force: true });
}
function recordFile(folder, cluster, id) {
  const key = createHash("sha256").update(`${cluster}
${id}`).digest("hex").slice(0, 32);
  return path.join(folder, `${key}.json`);
}
async function writeRecord(folder, record) {
  await mkdir(folder, { recursive: true, mode: 448 });
  const file = recordFile(folder, record.cluster, record.id);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, "w", 384);
  try {
    await handle.writeFile(JSON.stringify(record, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
async function readRecord(file) {
  try {
    const value = JSON.parse(await readFile(file, "utf8"));
    return typeof value.id === "string" && typeof value.cluster === "string" && value.run ? value : void 0;
  } catch (error) {
    if (["ENOENT", "EISDIR"].includes(error.code ?? "")) return void 0;
    if (error instanceof SyntaxError) return void 0;
    throw error;
  }
}
function runAlive(run) {
  if (run.host !== hostname()) return true;
  if (run.pid === process.pid) return false;
  try {
    process.kill(run.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/cli/interrupt.ts
var EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
var Interruptible = class {
  constructor(io, journal, resumeCommand2) {
    this.io = io;
    this.journal = journal;
    this.resumeCommand = resumeCommand2;
    this.unsubscribe = io.signals?.subscribe((signal) => this.receive(signal)) ?? (() => {
    });
  }
  io;
  journal;
  resumeCommand;
  controller = new AbortController();
  received;
  unsubscribe;
  /** Aborted on the first signal; the deploy context carries it. */
  get signal() {
    return this.controller.signal;
  }
  /** The signal that stopped the run, if one did. */
  get interrupted() {
    return this.received;
  }
  get exitCode() {
    return this.received ? EXIT_CODE[this.received] : 0;
  }
  /** After the run stopped: every supervisor it suspended and did not settle, repaired. */
  async repair(client, audit) {
    const repaired = [];
    for (const record of this.journal.pending()) {
      const outcome = await repairSuspension(client, record, audit);
      if (settles(outcome)) await this.journal.settled(record.id);
      repaired.push({ id: record.id, outcome });
    }
    return repaired;
  }
  /** Stops listening: the process's default handling of signals applies again. */
  dispose() {
    this.unsubscribe();
  }
  receive(signal) {
    if (this.received === void 0) {
      this.received = signal;
      this.io.stderr(
        `${signal}: stopping. No new step starts; once the step in flight ends, every supervisor this run suspended is brought back to running. ${signal === "SIGINT" ? "Ctrl-C" : "The signal"} again exits at once.`
      );
      this.controller.abort();
      return;
    }
    const left = this.journal.pending();
    this.io.stderr(
      left.length === 0 ? `${signal} again: exiting at once. This run left no supervisor suspended.` : [
        `${signal} again: exiting at once. Still suspended by this run (Kafka lag grows until each is resumed):`,
        ...left.map((record) => `  ${record.id}: ${this.resumeCommand(record.id)}`),
        "The next `druid-gitops deploy` puts back what ran before; `druid-gitops status` names them."
      ].join("\n")
    );
    this.io.exitNow?.(EXIT_CODE[this.received]);
  }
};
function resumeCommand(id, cluster) {
  return `druid-gitops resume ${shellWord(id)} --druid-url ${shellWord(cluster)}`;
}
function shellWord(text) {
  return /^[\w.:/@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/cli/safe-run.ts
async function runSafely(io, druid, context, options, work) {
  const cluster = clusterOf(druid);
  const folder = journalFolder(io.env);
  const journal = new LocalJournal(folder, cluster, options.command);
  const resume2 = (id) => resumeCommand(id, cluster);
  const guard = new Interruptible(io, journal, resume2);
  const safe = { ...context, journal, signal: guard.signal };
  try {
    let settled = [];
    let report;
    try {
      const records = (await readSuspensions(folder, cluster)).filter(
        (record) => !options.only || options.only(record.id)
      );
      settled = await settleInterrupted({
        context: safe,
        records,
        forget: (id) => forgetSuspension(folder, cluster, id),
        keep: (record, why) => keepSuspension(folder, cluster, record, why)
      });
      report = await work(safe);
    } catch (error) {
      if (!(error instanceof DeployInterrupted)) throw error;
    }
    if (guard.interrupted) {
      const repaired = await guard.repair(context.client, context.audit);
      return {
        ...report === void 0 ? {} : { report },
        settled,
        interrupted: { signal: guard.interrupted, repaired },
        resumeCommand: resume2,
        exitCode: guard.exitCode
      };
    }
    for (const record of journal.pending())
      await journal.leave(record.id, options.leftBecause(report, record.id));
    return { ...report === void 0 ? {} : { report }, settled, resumeCommand: resume2 };
  } finally {
    guard.dispose();
  }
}
function clusterOf(druid) {
  return resolveConnection(druid).overlordUrl.href.replace(/\/+$/, "");
}

export {
  deployText,
  previewInterrupted,
  journalFolder,
  readSuspensions,
  forgetSuspension,
  runSafely,
  clusterOf
};
