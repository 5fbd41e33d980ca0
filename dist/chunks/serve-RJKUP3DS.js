import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyDefaults
} from "./chunk-LSGZIHYI.js";
import {
  GRANULARITY_NAMES,
  NEWEST_DRUID_VERSION,
  OLDEST_DRUID_VERSION,
  atLeast,
  canonicalDateTime,
  canonicalLayout,
  canonicalPeriod,
  compactionConfig,
  dateTimeMillis,
  deepEqual,
  granularity,
  jsonTypesOf,
  kafkaSupervisor,
  millisToDruidDuration,
  millisToPeriod,
  modelCoverage,
  parsePeriod,
  parseVersion,
  periodToMillis,
  retentionRule
} from "./chunk-TH2Y4WOA.js";

// src/emulator/clock.ts
var ManualClock = class {
  constructor(current) {
    this.current = current;
  }
  current;
  now() {
    return this.current;
  }
  advance(ms2) {
    this.current += Math.max(0, ms2);
  }
  set(ms2) {
    this.current = Math.max(this.current, ms2);
  }
};
var ScaledClock = class {
  constructor(start, scale) {
    this.start = start;
    this.scale = scale;
  }
  start;
  scale;
  realStart = Date.now();
  offset = 0;
  now() {
    return Math.floor(this.start + (Date.now() - this.realStart) * this.scale + this.offset);
  }
  advance(ms2) {
    this.offset += Math.max(0, ms2);
  }
  set(ms2) {
    this.offset += Math.max(0, ms2 - this.now());
  }
};

// src/emulator/json.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function isoTime(ms2) {
  return new Date(ms2).toISOString();
}

// src/emulator/state-manager.ts
var STATES = {
  UNHEALTHY_SUPERVISOR: { healthy: false, firstRunOnly: false, basic: "UNHEALTHY_SUPERVISOR" },
  UNHEALTHY_TASKS: { healthy: false, firstRunOnly: false, basic: "UNHEALTHY_TASKS" },
  PENDING: { healthy: true, firstRunOnly: true, basic: "PENDING" },
  RUNNING: { healthy: true, firstRunOnly: false, basic: "RUNNING" },
  IDLE: { healthy: true, firstRunOnly: false, basic: "IDLE" },
  SUSPENDED: { healthy: true, firstRunOnly: false, basic: "SUSPENDED" },
  STOPPING: { healthy: true, firstRunOnly: false, basic: "STOPPING" },
  CONNECTING_TO_STREAM: { healthy: true, firstRunOnly: true, basic: "RUNNING" },
  DISCOVERING_INITIAL_TASKS: { healthy: true, firstRunOnly: true, basic: "RUNNING" },
  CREATING_TASKS: { healthy: true, firstRunOnly: true, basic: "RUNNING" },
  UNABLE_TO_CONNECT_TO_STREAM: { healthy: false, firstRunOnly: true, basic: "UNHEALTHY_SUPERVISOR" },
  LOST_CONTACT_WITH_STREAM: { healthy: false, firstRunOnly: false, basic: "UNHEALTHY_SUPERVISOR" }
};
var basicState = (s) => STATES[s].basic;
var isHealthy = (s) => STATES[s].healthy;
var DEFAULT_THRESHOLDS = {
  unhealthinessThreshold: 3,
  healthinessThreshold: 3,
  taskUnhealthinessThreshold: 3,
  taskHealthinessThreshold: 3,
  maxStoredExceptionEvents: 3
};
function initialState(suspended) {
  return {
    state: "PENDING",
    steady: suspended ? "SUSPENDED" : "RUNNING",
    atLeastOneSuccessfulRun: false,
    currentRunSuccessful: true,
    hasHitUnhealthinessThreshold: false,
    hasHitTaskUnhealthinessThreshold: false,
    consecutiveFailedRuns: 0,
    consecutiveSuccessfulRuns: 0,
    consecutiveFailedTasks: 0,
    consecutiveSuccessfulTasks: 0,
    recentErrors: []
  };
}
function propose(s, proposed, t) {
  if (s.consecutiveFailedRuns >= t.unhealthinessThreshold) {
    return { ...s, hasHitUnhealthinessThreshold: true, state: specificUnhealthyState(s) };
  }
  if (s.consecutiveFailedTasks >= t.taskUnhealthinessThreshold) {
    return { ...s, hasHitTaskUnhealthinessThreshold: true, state: "UNHEALTHY_TASKS" };
  }
  const recovering = s.hasHitUnhealthinessThreshold && s.consecutiveSuccessfulRuns < t.healthinessThreshold || s.hasHitTaskUnhealthinessThreshold && s.consecutiveSuccessfulTasks < t.taskHealthinessThreshold;
  if (!isHealthy(s.state) && recovering) return s;
  if (proposed === s.steady && !s.atLeastOneSuccessfulRun) return s;
  if (!STATES[proposed].firstRunOnly || !s.atLeastOneSuccessfulRun) return { ...s, state: proposed };
  return s;
}
function specificUnhealthyState(s) {
  const last = s.recentErrors[s.recentErrors.length - 1];
  if (last?.streamException)
    return s.atLeastOneSuccessfulRun ? "LOST_CONTACT_WITH_STREAM" : "UNABLE_TO_CONNECT_TO_STREAM";
  return "UNHEALTHY_SUPERVISOR";
}
function recordError(s, e, t) {
  return {
    ...s,
    currentRunSuccessful: false,
    recentErrors: [...s.recentErrors, e].slice(-t.maxStoredExceptionEvents)
  };
}
function recordTask(s, success) {
  return success ? { ...s, consecutiveSuccessfulTasks: s.consecutiveSuccessfulTasks + 1, consecutiveFailedTasks: 0 } : { ...s, consecutiveFailedTasks: s.consecutiveFailedTasks + 1, consecutiveSuccessfulTasks: 0 };
}
function finishRun(s, t) {
  const ok = s.currentRunSuccessful;
  const counted = {
    ...s,
    atLeastOneSuccessfulRun: s.atLeastOneSuccessfulRun || ok,
    consecutiveSuccessfulRuns: ok ? s.consecutiveSuccessfulRuns + 1 : 0,
    consecutiveFailedRuns: ok ? 0 : s.consecutiveFailedRuns + 1
  };
  const next = counted.state === "IDLE" ? counted : propose(counted, counted.steady, t);
  return { ...next, currentRunSuccessful: true };
}

// src/emulator/version.ts
var NEWEST_VERSION = NEWEST_DRUID_VERSION;

// src/emulator/report.ts
function statusReport(s, tasks, world, at, version) {
  const known = (ids) => [...ids].map((id) => tasks.tasks.get(id)).filter((t) => t !== void 0);
  const active = known([...s.activeGroups.values()].flat()).filter(
    (t) => t.status === "READING" && t.startTime <= at
  );
  active.forEach((t) => tasks.observe(t, at));
  const publishing = known(s.publishing);
  const payload = {};
  if (atLeast(version, "34.0.0")) payload.id = s.spec.id;
  Object.assign(payload, {
    dataSource: s.spec.dataSource,
    stream: s.spec.stream,
    partitions: s.partitions.length,
    replicas: s.cfg.replicas,
    durationSeconds: Math.floor(s.cfg.taskDurationMs / 1e3),
    activeTasks: active.map((t) => taskReport(t, "ACTIVE", at, s.latest?.offsets)),
    publishingTasks: publishing.map(
      (t) => taskReport(t, "PUBLISHING", at, void 0, inheritedView(s, t, at))
    )
  });
  const highest = {};
  for (const t of active) {
    for (const [k, v] of Object.entries(t.currentOffsets)) highest[k] = Math.max(highest[k] ?? 0, v);
  }
  const lag = {};
  for (const [k, end] of Object.entries(s.latest?.offsets ?? {})) {
    if (highest[k] !== void 0) lag[k] = Math.max(0, end - highest[k]);
  }
  if (s.latest) payload.latestOffsets = s.latest.offsets;
  payload.minimumLag = lag;
  payload.aggregateLag = Object.values(lag).reduce((a, b) => a + b, 0);
  const io = s.spec.json.ioConfig;
  if (s.latest && io.emitTimeLagMetrics === true && atLeast(version, "33.0.0")) {
    payload.minimumLagMillis = lagMillis(s, world, lag);
  }
  if (s.latest) payload.offsetsLastUpdated = isoTime(s.latest.at);
  Object.assign(payload, {
    suspended: s.spec.suspended,
    healthy: isHealthy(s.state.state),
    state: basicState(s.state.state),
    detailedState: s.state.state,
    recentErrors: s.state.recentErrors.map((e) => ({
      timestamp: isoTime(e.timestamp),
      exceptionClass: e.exceptionClass,
      message: e.message,
      streamException: e.streamException
    }))
  });
  return { id: s.spec.id, generationTime: isoTime(at), payload };
}
function lagMillis(s, world, lag) {
  const out = {};
  for (const p of s.partitions) {
    const records = lag[p.key];
    if (records === void 0) continue;
    const rate = world.rate(s.cfg.bootstrap, p);
    out[p.key] = rate > 0 ? Math.round(records / rate * 1e3) : 0;
  }
  return out;
}
function inheritedView(s, t, at) {
  const found = s.inherited.get(t.id);
  if (found === void 0) return void 0;
  const first = s.firstRunAt + 15e3;
  const every = Math.max(s.cfg.offsetFetchPeriodMs, 5e3);
  const lastRefresh = at < first ? void 0 : first + Math.floor((at - first) / every) * every;
  return { offsetsKnown: lastRefresh !== void 0 && lastRefresh >= found };
}
function taskReport(t, type, at, latest, found) {
  const inherited = found !== void 0;
  const deadline = type === "ACTIVE" ? t.startTime + t.durationMs : (t.publishStartedAt ?? at) + t.completionTimeoutMs;
  const report = {
    id: t.id,
    startingOffsets: t.startingOffsets,
    startTime: inherited ? null : isoTime(t.startTime),
    remainingSeconds: Math.max(0, Math.floor((deadline - at) / 1e3)),
    type,
    currentOffsets: inherited && !found?.offsetsKnown ? {} : t.currentOffsets
  };
  if (type === "ACTIVE" && latest) {
    const lag = {};
    for (const [k, v] of Object.entries(t.currentOffsets))
      if (latest[k] !== void 0) lag[k] = Math.max(0, latest[k] - v);
    report.lag = lag;
  }
  return report;
}
function taskStats(s, tasks, at) {
  const out = {};
  for (const [group, ids] of s.activeGroups) {
    const byTask = {};
    for (const id of ids) {
      const t = tasks.tasks.get(id);
      if (!t || t.startTime > at) continue;
      tasks.observe(t, at);
      const processed = tasks.processed(t);
      const perSecond = processed / Math.max(1, (at - t.startTime) / 1e3);
      const window = {
        processed: perSecond,
        processedBytes: perSecond * 100,
        unparseable: 0,
        thrownAway: 0,
        processedWithError: 0
      };
      byTask[id] = {
        movingAverages: { buildSegments: { "5m": window, "15m": window, "1m": window } },
        totals: {
          buildSegments: {
            processed,
            processedBytes: processed * 100,
            processedWithError: 0,
            thrownAway: 0,
            unparseable: 0
          }
        }
      };
    }
    out[String(group)] = byTask;
  }
  return out;
}

// src/emulator/control.ts
var EmulatorControl = class {
  constructor(core) {
    this.core = core;
  }
  core;
  cluster(name) {
    const cluster = name ?? this.core.world.clusters[0]?.name;
    if (!cluster) throw new Error("the emulator has no Kafka cluster");
    return cluster;
  }
  /** Brings the simulation up to the clock; every control call does it first. */
  sync() {
    this.core.overlord.advanceTo(this.core.clock.now());
  }
  now() {
    return this.core.clock.now();
  }
  /** Moves emulated time forward and runs everything due (supervisor runs, task rollovers, publishes). */
  advance(ms2) {
    this.core.clock.advance(ms2);
    this.sync();
  }
  setTime(ms2) {
    this.core.clock.set(ms2);
    this.sync();
  }
  addCluster(name, servers) {
    this.core.world.addCluster(name, servers);
  }
  createTopic(topic, options = {}) {
    this.sync();
    this.core.world.createTopic(
      this.cluster(options.cluster),
      topic,
      options.partitions ?? 1,
      options.ratePerSec ?? 0
    );
  }
  deleteTopic(topic, cluster) {
    this.sync();
    this.core.world.deleteTopic(this.cluster(cluster), topic);
  }
  produce(topic, records, options = {}) {
    this.sync();
    this.core.world.produce(this.cluster(options.cluster), topic, records, options.partition);
  }
  /**
   * Appends records with these contents (one per value, null for a tombstone) to the partition,
   * or round robin over the partitions; what the sampler reads back.
   */
  produceRecords(topic, values, options = {}) {
    this.sync();
    this.core.world.produceRecords(this.cluster(options.cluster), topic, values, options.partition);
  }
  /** What the topic's records hold where nobody produced them (default: a small JSON event). */
  setRecordGenerator(topic, generator, cluster) {
    this.core.world.setRecordGenerator(this.cluster(cluster), topic, generator);
  }
  /** Kafka deletes the records before `offset` (what retention does): supervisors resuming from older stored offsets fail. */
  deleteRecords(topic, offset, options = {}) {
    this.sync();
    this.core.world.deleteRecords(this.cluster(options.cluster), topic, offset, options.partition);
  }
  setRate(topic, ratePerSec, cluster) {
    this.sync();
    this.core.world.setRate(this.cluster(cluster), topic, ratePerSec);
  }
  /** Brokers unreachable: supervisors fail their runs, tasks stop advancing. */
  breakBrokers(cluster) {
    this.sync();
    this.core.world.setReachable(this.cluster(cluster), false);
  }
  repairBrokers(cluster) {
    this.sync();
    this.core.world.setReachable(this.cluster(cluster), true);
  }
  /** The next `count` tasks the supervisor creates fail while reading ('all': every one until repaired). */
  failTasks(supervisorId, count = "all") {
    this.sync();
    this.core.overlord.taskFaults.set(supervisorId, count);
  }
  repairTasks(supervisorId) {
    this.core.overlord.taskFaults.delete(supervisorId);
  }
  /** The supervisor's tasks read at most this many records per second per partition (undefined: they keep up). */
  limitReadRate(supervisorId, recordsPerSec) {
    this.sync();
    this.core.overlord.limitReadRate(supervisorId, recordsPerSec);
  }
  /**
   * The supervisor's autoscaler scales to `taskCount` now, as Druid's does: its reading tasks publish,
   * the running spec's ioConfig.taskCount is rewritten and a history version is written. The
   * autoscaler must be enabled and the supervisor running.
   */
  autoscale(supervisorId, taskCount) {
    this.sync();
    this.core.overlord.autoscale(supervisorId, taskCount);
  }
  injectFault(rule) {
    return this.core.faults.add(rule);
  }
  removeFault(id) {
    this.core.faults.remove(id);
  }
  clearFaults() {
    this.core.faults.clear();
  }
  requests() {
    return this.core.log.list();
  }
  /** Requests other than GET/HEAD/OPTIONS: "review mode never writes" is `writes().length === 0`. */
  writes() {
    return this.core.log.writes();
  }
  clearRequests() {
    this.core.log.clear();
  }
  /** Overlord restart: supervisors restart from their stored specs, tasks keep running. */
  restartOverlord() {
    this.sync();
    this.core.overlord.restart();
  }
  /** Leader URL this instance redirects to; 'self' to lead; null for "no leader known" (503). */
  setLeader(url) {
    this.core.leader = url === "self" ? this.core.url : url ?? void 0;
  }
  setReady(ready) {
    this.core.ready = ready;
  }
  setAuth(auth) {
    this.core.auth = auth;
  }
  /** The status report Druid would serve now, without going through HTTP (or the request log). */
  status(supervisorId) {
    this.sync();
    const s = this.core.overlord.supervisors.get(supervisorId);
    const { overlord } = this.core;
    return s && statusReport(s, overlord.tasks, overlord.world, overlord.time, overlord.version);
  }
  /** Publishes used segments, as if ingestion had written them (for retention dry runs). */
  addSegments(segments) {
    const created = new Date(this.core.clock.now()).toISOString();
    for (const segment of segments)
      this.core.overlord.store.addSegment({ version: created, partitionNum: 0, ...segment }, created);
  }
  /** Offsets committed to the metadata store for a supervisor. */
  committedOffsets(supervisorId) {
    const offsets = this.core.overlord.store.offsets.get(supervisorId);
    return offsets && { ...offsets };
  }
};

// src/emulator/faults.ts
var FaultTable = class {
  faults = [];
  counter = 0;
  add(rule) {
    this.counter += 1;
    const id = `fault-${this.counter}`;
    this.faults.push({ id, rule, hits: 0 });
    return id;
  }
  remove(id) {
    this.faults = this.faults.filter((f) => f.id !== id);
  }
  clear() {
    this.faults = [];
  }
  list() {
    return this.faults.map((f) => ({ ...f }));
  }
  /** The first rule matching this request that still has uses left; counts the use. */
  take(method, path) {
    const fault = this.faults.find(
      (f) => (!f.rule.method || f.rule.method.toUpperCase() === method) && matches(f.rule.path, path) && (f.rule.times === void 0 || f.hits < f.rule.times)
    );
    if (fault) fault.hits += 1;
    return fault;
  }
};
function matches(pattern, path) {
  if (pattern instanceof RegExp) return pattern.test(path);
  if (!pattern.includes("*")) return pattern === path;
  const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+");
  return new RegExp(`^${source}$`).test(path);
}

// src/emulator/kafka.ts
var defaultRecord = ({ partition, offset, timestamp }) => JSON.stringify({
  timestamp: new Date(timestamp).toISOString(),
  user_id: `user-${(offset * 7 + partition) % 97}`,
  page: `/products/${offset % 13}`,
  country: ["DE", "US", "FR", "IN", "BR"][offset % 5],
  latency_ms: offset * 37 % 500
});
var KafkaWorld = class {
  constructor(now) {
    this.now = now;
  }
  now;
  clusters = [];
  addCluster(name, servers, autoCreate) {
    const cluster = {
      name,
      servers,
      reachable: true,
      topics: /* @__PURE__ */ new Map(),
      ...autoCreate ? { autoCreate } : {}
    };
    this.clusters.push(cluster);
    return cluster;
  }
  cluster(nameOrServer) {
    const found = this.clusters.find((c) => c.name === nameOrServer || c.servers.includes(nameOrServer));
    if (!found) throw new Error(`no simulated Kafka cluster ${nameOrServer}`);
    return found;
  }
  /** The cluster a consumer with this `bootstrap.servers` value reaches, if any server is known and up. */
  resolve(bootstrapServers) {
    const servers = bootstrapServers.split(",").map((s) => s.trim());
    return this.clusters.find((c) => c.reachable && servers.some((s) => c.servers.includes(s)));
  }
  /** `at`: when the topic appears (a supervisor run replayed in the past creates it at that run). */
  createTopic(clusterName, topic, partitions = 1, ratePerSec = 0, at = this.now()) {
    const cluster = this.cluster(clusterName);
    const existing = cluster.topics.get(topic);
    if (existing) {
      while (existing.partitions.length < partitions)
        existing.partitions.push({ base: 0, baseAt: at, ratePerSec, earliest: 0, records: /* @__PURE__ */ new Map() });
      return;
    }
    cluster.topics.set(topic, {
      name: topic,
      partitions: Array.from({ length: partitions }, () => ({
        base: 0,
        baseAt: at,
        ratePerSec,
        earliest: 0,
        records: /* @__PURE__ */ new Map()
      })),
      generator: defaultRecord,
      next: 0
    });
  }
  /**
   * Appends records with these values, one each, to the given partition or round robin over the
   * partitions (as the lane's producer does), timestamped now.
   */
  produceRecords(clusterName, topic, values, partition) {
    const found = this.topic(clusterName, topic);
    const at = this.now();
    for (const value of values) {
      const index = partition ?? found.next++ % found.partitions.length;
      const target = found.partitions[index];
      if (!target) throw new Error(`topic ${topic} has no partition ${index}`);
      target.records.set(endOffset(target, at), { value, timestamp: at });
      target.base += 1;
    }
  }
  /** What the topic's records hold where nobody produced them explicitly. */
  setRecordGenerator(clusterName, topic, generator) {
    this.topic(clusterName, topic).generator = generator;
  }
  /**
   * The records of the partitions, from the earliest offset Kafka still holds, one partition after
   * another (a consumer assigned several partitions gets them in batches per partition), read
   * lazily: the sampler stops when it has its rows. Offsets not yet written at `at` are not read.
   */
  *readRecords(bootstrapServers, partitions, at = this.now()) {
    for (const p of partitions) {
      const topic = this.resolve(bootstrapServers)?.topics.get(p.topic);
      const partition = topic?.partitions[p.partition];
      if (!topic || !partition) continue;
      const end = endOffset(partition, at);
      for (let offset = partition.earliest; offset < end; offset++) {
        const timestamp = recordTime(partition, offset);
        const record = partition.records.get(offset) ?? {
          value: topic.generator({ topic: p.topic, partition: p.partition, offset, timestamp }),
          timestamp
        };
        yield { ...record, topic: p.topic, partition: p.partition, offset };
      }
    }
  }
  deleteTopic(clusterName, topic) {
    this.cluster(clusterName).topics.delete(topic);
  }
  /** Appends `records` to every partition (or to one). */
  produce(clusterName, topic, records, partition) {
    for (const [i, p] of this.topic(clusterName, topic).partitions.entries()) {
      if (partition === void 0 || partition === i) p.base += records;
    }
  }
  /**
   * What retention (or `kafka-delete-records`) does: records before `offset` are gone, so the
   * partition's earliest offset moves there (never past its end).
   */
  deleteRecords(clusterName, topic, offset, partition) {
    const at = this.now();
    for (const [i, p] of this.topic(clusterName, topic).partitions.entries()) {
      if (partition === void 0 || partition === i)
        p.earliest = Math.max(p.earliest, Math.min(offset, endOffset(p, at)));
    }
  }
  setRate(clusterName, topic, ratePerSec) {
    const at = this.now();
    for (const p of this.topic(clusterName, topic).partitions) {
      p.base = endOffset(p, at);
      p.baseAt = at;
      p.ratePerSec = ratePerSec;
    }
  }
  setReachable(clusterName, reachable) {
    this.cluster(clusterName).reachable = reachable;
  }
  /** What KafkaRecordSupplier.getPartitionIds gives the supervisor, or the exception it records. */
  lookupPartitions(bootstrapServers, stream, multiTopic, at = this.now()) {
    const cluster = this.resolve(bootstrapServers);
    if (!cluster) {
      return fail(
        "org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata",
        true
      );
    }
    if (!multiTopic && cluster.autoCreate && !cluster.topics.has(stream)) {
      this.createTopic(
        cluster.name,
        stream,
        cluster.autoCreate.partitions,
        cluster.autoCreate.ratePerSec,
        at
      );
    }
    const topics = multiTopic ? [...cluster.topics.values()].filter((t) => new RegExp(`^(?:${stream})$`).test(t.name)) : [cluster.topics.get(stream)].filter((t) => t !== void 0);
    const partitions = topics.sort((a, b) => a.name < b.name ? -1 : 1).flatMap(
      (t) => t.partitions.map((_, i) => ({
        key: multiTopic ? `${t.name}:${i}` : String(i),
        topic: t.name,
        partition: i
      }))
    );
    if (partitions.length === 0)
      return fail(`org.apache.druid.java.util.common.ISE: No partitions found for stream [${stream}]`, false);
    return { ok: true, partitions };
  }
  /** End offset of one partition at emulated time `at`; undefined while it cannot be reached. */
  endOffset(bootstrapServers, p, at) {
    const partition = this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition];
    return partition ? endOffset(partition, at) : void 0;
  }
  /** Earliest offset Kafka still holds for one partition; undefined while it cannot be reached. */
  earliestOffset(bootstrapServers, p) {
    return this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition]?.earliest;
  }
  /** Produce rate of one partition in records per second, for time lag. */
  rate(bootstrapServers, p) {
    return this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition]?.ratePerSec ?? 0;
  }
  topic(clusterName, topic) {
    const found = this.cluster(clusterName).topics.get(topic);
    if (!found) throw new Error(`no topic ${topic} in ${clusterName}`);
    return found;
  }
};
function endOffset(p, at) {
  return p.base + Math.max(0, Math.floor((at - p.baseAt) * p.ratePerSec / 1e3));
}
function recordTime(p, offset) {
  if (offset < p.base || p.ratePerSec <= 0) return p.baseAt;
  return p.baseAt + Math.floor((offset - p.base) * 1e3 / p.ratePerSec);
}
function fail(message, blocks) {
  const exceptionClass = message.slice(0, message.indexOf(":"));
  return { ok: false, error: { exceptionClass, message, streamException: true }, blocks };
}

// src/emulator/http.ts
var json = (status, value, headers) => ({
  status,
  body: { json: value },
  ...headers ? { headers } : {}
});
var text = (status, value, contentType = "text/plain") => ({
  status,
  body: { text: value, contentType }
});
var empty = (status, headers) => ({
  status,
  ...headers ? { headers } : {}
});
var emptyJson = (status) => text(status, "", "application/json");
var ReplyError = class extends Error {
  constructor(reply) {
    super(`HTTP ${reply.status}`);
    this.reply = reply;
  }
  reply;
};
var EscapedException = class extends Error {
  constructor(message, javaClass2 = "org.apache.druid.error.DruidException") {
    super(message);
    this.javaClass = javaClass2;
  }
  javaClass;
};
var errorJson = (status, message) => new ReplyError(json(status, { error: message }));
var druidException = (status, errorCode, category, errorMessage) => json(status, { error: "druidException", errorCode, persona: "USER", category, errorMessage, context: {} });
function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
function jettyErrorPage(status, uri, message, exception = false) {
  const reason = exception ? message : REASONS[status] ?? "Error";
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  const page = [
    "<html>",
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>',
    `<title>Error ${status} ${reason}</title>`,
    "</head>",
    `<body><h2>HTTP ERROR ${status} ${reason}</h2>`,
    "<table>",
    `<tr><th>URI:</th><td>${escape(uri)}</td></tr>`,
    `<tr><th>STATUS:</th><td>${status}</td></tr>`,
    `<tr><th>MESSAGE:</th><td>${escape(message)}</td></tr>`,
    "<tr><th>SERVLET:</th><td>default</td></tr>",
    ...exception ? [`<tr><th>CAUSED BY:</th><td>${escape(message)}</td></tr>`] : [],
    "</table>",
    ...exception ? [`<h3>Caused by:</h3><pre>${escape(message)}</pre>`] : [],
    "",
    "</body>",
    "</html>",
    ""
  ].join("\n");
  return text(status, page, "text/html;charset=iso-8859-1");
}
var REASONS = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  415: "Unsupported Media Type",
  500: "Server Error",
  503: "Service Unavailable"
};
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function send(res, reply) {
  const headers = { ...reply.headers };
  let payload = "";
  if (reply.body && "json" in reply.body) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(reply.body.json);
  } else if (reply.body) {
    headers["Content-Type"] = reply.body.contentType;
    payload = reply.body.text;
  }
  headers["Content-Length"] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

// src/emulator/metadata-store.ts
import { isDeepStrictEqual } from "node:util";
var MetadataStore = class {
  /** Oldest first; the API serves newest first. */
  history = /* @__PURE__ */ new Map();
  offsets = /* @__PURE__ */ new Map();
  segments = [];
  datasourceCreated = /* @__PURE__ */ new Map();
  /** As GET serves them (captured on 33.0). */
  rules = /* @__PURE__ */ new Map([
    [
      "_default",
      [{ tieredReplicants: { _default_tier: 2 }, useDefaultTierForNull: true, type: "loadForever" }]
    ]
  ]);
  compaction = /* @__PURE__ */ new Map();
  /** Druid's audit log of rule and compaction changes per datasource, oldest first. */
  rulesAudit = /* @__PURE__ */ new Map();
  compactionAudit = /* @__PURE__ */ new Map();
  addHistory(id, spec, version) {
    this.history.set(id, [...this.history.get(id) ?? [], { spec: structuredClone(spec), version }]);
  }
  /** The latest non-tombstone spec of every id, as SupervisorManager.start() loads them. */
  activeSpecs() {
    const active = /* @__PURE__ */ new Map();
    for (const [id, versions] of this.history) {
      const latest = versions[versions.length - 1];
      if (latest && latest.spec.type !== "noop") active.set(id, structuredClone(latest.spec));
    }
    return active;
  }
  /**
   * Stores a Coordinator config and appends its audit entry; a write that changes nothing adds no
   * entry (captured on 33.0). The same for rules and compaction configs.
   */
  changeConfig(configs, log, key, value, entry) {
    if (isDeepStrictEqual(configs.get(key), value)) return;
    configs.set(key, value);
    log.set(key, [...log.get(key) ?? [], entry()]);
  }
  commitOffsets(supervisorId, committed) {
    this.offsets.set(supervisorId, { ...this.offsets.get(supervisorId), ...committed });
  }
  addSegment(segment, created) {
    if (!this.datasourceCreated.has(segment.dataSource))
      this.datasourceCreated.set(segment.dataSource, created);
    this.segments.push(segment);
  }
};

// src/emulator/jackson.ts
var JAVA_CLASSES = {
  supervisor: "org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec",
  "supervisor.spec": "org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIngestionSpec",
  ioConfig: "org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIOConfig",
  tuningConfig: "org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorTuningConfig",
  dataSchema: "org.apache.druid.segment.indexing.DataSchema",
  dimension: "org.apache.druid.data.input.impl.DimensionSchema",
  aggregator: "org.apache.druid.query.aggregation.AggregatorFactory",
  granularity: "org.apache.druid.java.util.common.granularity.Granularity",
  granularitySpec: "org.apache.druid.segment.indexing.granularity.GranularitySpec",
  inputFormat: "org.apache.druid.data.input.InputFormat",
  filter: "org.apache.druid.query.filter.DimFilter"
};
var javaClass = (id) => JAVA_CLASSES[id] ?? id;
function cannotDeserialize(type, value, reason) {
  const from = typeof value === "string" ? `String ${JSON.stringify(value)}` : Array.isArray(value) ? "Array value (token `JsonToken.START_ARRAY`)" : isObject(value) ? "Object value (token `JsonToken.START_OBJECT`)" : `${typeof value} value`;
  return errorJson(
    400,
    `Cannot deserialize value of type \`${type}\` from ${from}${reason ? `: ${reason}` : ""}`
  );
}
function constructorProblem(javaClassName, problem) {
  return errorJson(400, `Cannot construct instance of \`${javaClassName}\`, problem: ${problem}`);
}
function unknownTypeId(type, javaClassName, known) {
  return `Please make sure to load all the necessary extensions and jars with type '${String(type)}' on 'druid/coordinator' service. Could not resolve type id '${String(type)}' as a subtype of \`${javaClassName}\` known type ids = [${[...known].sort().join(", ")}]`;
}
function referenceChain(path) {
  const steps = [];
  let node = kafkaSupervisor;
  for (const key of path) {
    if (node?.kind !== "object" || typeof key !== "string" || !JAVA_CLASSES[node.id]) return "";
    steps.push(`${javaClass(node.id)}["${key}"]`);
    node = node.fields[key]?.node;
  }
  return steps.length > 0 ? ` (through reference chain: ${steps.join("->")})` : "";
}
function holderClass(path) {
  let node = kafkaSupervisor;
  let holder;
  for (const key of path) {
    if (node?.kind !== "object" || typeof key !== "string") return void 0;
    holder = javaClass(node.id);
    node = node.fields[key]?.node;
  }
  return holder;
}
function readLikeJackson(node, value, path) {
  const json2 = value;
  switch (node.kind) {
    case "integer":
      readInteger(node.java, json2);
      return;
    case "number":
      if (typeof json2 === "number" || typeof json2 === "string" && Number.isFinite(Number(json2))) return;
      throw cannotDeserialize("double", json2);
    case "boolean":
      readBoolean(json2);
      return;
    case "string":
      if (isObject(json2) || Array.isArray(json2)) throw cannotDeserialize("java.lang.String", json2);
      if (node.format === "duration" || node.format === "period") readPeriod(node.format, json2, path);
      if (node.format === "datetime" && dateTimeMillis(json2) === void 0)
        throw cannotDeserialize("org.joda.time.DateTime", json2);
      return;
    case "union":
      if (node === granularity && typeof json2 === "string") readGranularityName(json2);
      if (!node.variants.some((variant) => jsonTypesOf(variant).includes(jsonType(json2))))
        throw cannotDeserialize(unionType(node.variants), json2);
      return;
    case "typed":
      if (!isObject(json2)) throw cannotDeserialize(javaClass(node.id), json2);
      readTypeId(node, json2, path);
      return;
    case "object":
      if (!isObject(json2)) throw cannotDeserialize(objectType(node), json2);
      return;
    case "array":
      if (!Array.isArray(json2)) throw cannotDeserialize("java.util.ArrayList", json2);
      return;
    case "any":
      return;
  }
}
function jsonType(value) {
  if (Array.isArray(value)) return "array";
  if (isObject(value)) return "object";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
var unionType = (variants) => {
  const typed = variants.find((variant) => variant.kind === "typed");
  return typed ? javaClass(typed.id) : "java.lang.Object";
};
var objectType = (node) => JAVA_CLASSES[node.id] ?? (node.unknownKeys === "keep" ? "java.util.Map<java.lang.String,java.lang.Object>" : node.id);
function readInteger(java, value) {
  const limit = java === "int" ? 2 ** 31 : 2 ** 63;
  let n;
  if (typeof value === "number")
    n = Math.trunc(value);
  else if (typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value)) n = Number.parseInt(value, 10);
  else if (typeof value === "string") throw cannotDeserialize(java, value, `not a valid \`${java}\` value`);
  else throw cannotDeserialize(java, value);
  if (n >= limit || n < -limit)
    throw cannotDeserialize(java, value, `Numeric value (${String(value)}) out of range of ${java}`);
}
function readBoolean(value) {
  if (typeof value === "boolean" || typeof value === "number") return;
  if (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value)) return;
  const reason = typeof value === "string" ? 'only "true" or "false" recognized' : void 0;
  throw cannotDeserialize("java.lang.Boolean", value, reason);
}
function readPeriod(format, value, path) {
  if (typeof value === "number") return;
  const period = typeof value === "string" ? parsePeriod(value) : void 0;
  if (!period) throw errorJson(400, `Invalid format: ${JSON.stringify(value)}${referenceChain(path)}`);
  if (format !== "duration") return;
  const unit = period.years !== 0 ? "years" : period.months !== 0 ? "months" : void 0;
  if (unit === void 0) return;
  const problem = `Cannot convert to Duration as this period contains ${unit} and ${unit} vary in length`;
  throw constructorProblem(holderClass(path) ?? "org.joda.time.Period", problem);
}
function readGranularityName(name) {
  const upper = name.toUpperCase();
  if (GRANULARITY_NAMES.includes(upper)) return;
  throw constructorProblem(
    javaClass("granularity"),
    `No enum constant org.apache.druid.java.util.common.granularity.GranularityType.${upper}`
  );
}
function readTypeId(node, value, path) {
  const tag = node.tag ?? "type";
  const type = value[tag];
  const property = typeof path.at(-1) === "string" ? ` (for POJO property '${String(path.at(-1))}')` : "";
  if (type === void 0 || type === null) {
    if (node.defaultVariant !== void 0) return;
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${javaClass(node.id)}]: missing type id property '${tag}'${property}`
    );
  }
  const name = String(type);
  if (Object.hasOwn(node.variants, name) || node.unknownType === "replace") return;
  if (node.unknownType === "extension" && node.extensionTypes && Object.hasOwn(node.extensionTypes, name))
    return;
  throw errorJson(400, `${unknownTypeId(name, javaClass(node.id), Object.keys(node.variants))}${property}`);
}

// src/emulator/constructor-checks.ts
function checkConstructors(ingestion, written, version) {
  if (!isObject(ingestion.dataSchema)) throw constructorProblem(javaClass("supervisor"), "dataSchema");
  if (!isObject(ingestion.ioConfig)) throw constructorProblem(javaClass("supervisor"), "ioConfig");
  const writtenDataSchema = isObject(written.dataSchema) ? written.dataSchema : {};
  const writtenIo = isObject(written.ioConfig) ? written.ioConfig : {};
  checkDataSchema(ingestion.dataSchema, writtenDataSchema, version);
  checkIoConfig(ingestion.ioConfig, writtenIo, version);
  if (atLeast(version, "38.0.0") && isObject(ingestion.tuningConfig))
    checkStreamingPartitions(ingestion.tuningConfig.streamingPartitionsSpec, version);
}
function checkDataSchema(dataSchema, written, version) {
  const problem = (text3) => constructorProblem(javaClass("dataSchema"), text3);
  if (atLeast(version, "37.0.0") && written.parser !== void 0 && written.parser !== null)
    throw problem(
      "parser was removed in Druid 37, define the timestampSpec and dimensionsSpec on the schema directly instead of nested inside the parser definition"
    );
  const dataSource = dataSchema.dataSource;
  if (typeof dataSource !== "string" || dataSource === "")
    throw problem("Invalid value for field [dataSource]: must not be null");
  if (dataSource.includes("/"))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot contain '/'.`);
  if (dataSource.startsWith("."))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot start with '.'.`);
  if (atLeast(version, "37.0.0") && !isObject(dataSchema.timestampSpec))
    throw problem("timestampSpec must not be null");
  const dimensionsSpec = isObject(dataSchema.dimensionsSpec) ? dataSchema.dimensionsSpec : {};
  const names = (list) => (Array.isArray(list) ? list : []).map((item) => String(isObject(item) ? item.name : item));
  const duplicates = columnsSeenTwice(names(dimensionsSpec.dimensions), names(dataSchema.metricsSpec));
  if (duplicates.length > 0)
    throw problem(`Cannot specify a column more than once: ${duplicates.join("; ")}`);
}
function columnsSeenTwice(dimensions, metrics) {
  const seen = /* @__PURE__ */ new Map();
  const add = (name, where) => {
    seen.set(name, [...seen.get(name) ?? [], where]);
  };
  dimensions.forEach((name) => add(name, "dimensions list"));
  metrics.forEach((name) => add(name, "metricsSpec list"));
  return [...seen.entries()].filter(([, where]) => where.length > 1).sort(([a], [b]) => a < b ? -1 : 1).map(([name, where]) => `[${name}] seen in ${describe(where)}`);
}
function describe(where) {
  const counts = /* @__PURE__ */ new Map();
  for (const w of where) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].map(([w, n]) => n === 1 ? w : `${w} (${n} occurrences)`).join(", ");
}
function checkIoConfig(io, written, version) {
  const problem = (text3) => constructorProblem(javaClass("ioConfig"), text3);
  const topic = io.topic ?? null;
  const topicPattern = io.topicPattern ?? null;
  if (topic === null && topicPattern === null)
    throw problem("Either topic or topicPattern must be specified");
  if (topic !== null && topicPattern !== null) {
    throw problem(
      `Only one of topic [${String(topic)}] or topicPattern [${String(topicPattern)}] must be specified`
    );
  }
  const properties = io.consumerProperties;
  if (!isObject(properties)) throw problem("consumerProperties");
  if (properties["bootstrap.servers"] == null)
    throw problem("consumerProperties must contain entry for [bootstrap.servers]");
  if (io.lateMessageRejectionPeriod != null && io.lateMessageRejectionStartDateTime != null) {
    throw problem(
      "SeekableStreamSupervisorIOConfig does not support both properties lateMessageRejectionStartDateTime and lateMessageRejectionPeriod."
    );
  }
  if (atLeast(version, "37.0.0"))
    checkServerPriorities(io.serverPriorityToReplicas, written.replicas, problem);
  if (atLeast(version, "38.0.0")) checkBoundedStream(io.boundedStreamConfig);
}
function checkServerPriorities(priorities, replicas, problem) {
  if (!isObject(priorities)) return;
  const shown = `{${Object.entries(priorities).map(([key, value]) => `${key}=${String(value)}`).join(", ")}}`;
  let sum = 0;
  for (const [priority, count] of Object.entries(priorities)) {
    if (typeof count !== "number" || count < 0)
      throw problem(
        `Found invalid server replica[${String(count)}] for priority[${priority}] in serverPriorityToReplicas[${shown}]. Replicas must be >= 0.`
      );
    sum += count;
  }
  if (replicas !== void 0 && replicas !== null && Number(replicas) !== sum)
    throw problem(
      `Configured replicas[${String(replicas)}] does not match the sum of replicas[${sum}] specified in serverPriorityToReplicas[${shown}]. To avoid ambiguity, consider removing [ioConfig.replicas] in favor of [ioConfig.serverPriorityToReplicas].`
    );
}
function checkBoundedStream(bounded) {
  if (!isObject(bounded)) return;
  const problem = (text3) => constructorProblem("org.apache.druid.indexing.seekablestream.supervisor.BoundedStreamConfig", text3);
  const { startSequenceNumbers: start, endSequenceNumbers: end } = bounded;
  if (!isObject(start) || !isObject(end) || Object.keys(start).length === 0 || Object.keys(end).length === 0)
    throw problem("startSequenceNumbers and endSequenceNumbers cannot be null or empty");
  const startKeys = Object.keys(start);
  const endKeys = Object.keys(end);
  if (startKeys.length !== endKeys.length || !startKeys.every((key) => key in end))
    throw problem(
      `startSequenceNumbers and endSequenceNumbers must have matching partition sets. Start: [${startKeys.join(", ")}], End: [${endKeys.join(", ")}]`
    );
}
function checkStreamingPartitions(spec, version) {
  if (!isObject(spec)) return;
  const max = spec.maxValuesPerDimension;
  if (typeof max !== "number" || max > 0) return;
  const owner = atLeast(version, "39.0.0") ? "DimensionValueSetPartitionsSpec" : "StreamingPartitionsSpec";
  throw constructorProblem(
    `org.apache.druid.indexing.seekablestream.${owner}`,
    `maxValuesPerDimension must be > 0, got [${max}]`
  );
}

// src/emulator/java-hash-set.ts
function javaStringHash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(31, h) + s.charCodeAt(i) | 0;
  return h;
}
function javaHashSetOrder(items) {
  const unique = [...new Set(items)];
  let capacity = 1;
  const wanted = Math.max(Math.floor(unique.length / 0.75) + 1, 16);
  while (capacity < wanted) capacity *= 2;
  const bucket = (s) => {
    const h = javaStringHash(s);
    return (h ^ h >>> 16) & capacity - 1;
  };
  return unique.map((s, i) => ({ s, i, b: bucket(s) })).sort((x, y) => x.b - y.b || x.i - y.i).map((x) => x.s);
}

// src/emulator/reserialise.ts
var SPEC = "org.apache.druid.indexing.overlord.supervisor.SupervisorSpec";
function readSupervisorSpec(body2, version) {
  if (!isObject(body2)) throw cannotDeserialize(SPEC, body2);
  checkSupervisorType(body2.type);
  const layout = canonicalLayout(body2);
  checkTuningType(isObject(layout.spec) ? layout.spec.tuningConfig : void 0);
  const stored = applyDefaults(kafkaSupervisor, layout, {
    druidVersion: version,
    form: "stored",
    scalar: asJodaWrites,
    reader: readLikeJackson
  });
  const ingestion = isObject(stored.spec) ? stored.spec : {};
  const written = isObject(layout.spec) ? layout.spec : {};
  checkConstructors(ingestion, written, version);
  const dataSchema = ingestion.dataSchema;
  const ioConfig = ingestion.ioConfig;
  const tuningConfig = ingestion.tuningConfig;
  orderExclusions(dataSchema);
  const dataSource = String(dataSchema.dataSource);
  const idRead = atLeast(version, "34.0.0");
  const id = idRead && typeof stored.id === "string" && stored.id !== "" ? stored.id : dataSource;
  const suspended = stored.suspended === true;
  const json2 = {
    type: "kafka",
    ...idRead ? { id } : {},
    spec: ingestion,
    dataSchema,
    tuningConfig,
    ioConfig,
    context: stored.context ?? null,
    suspended
  };
  const writtenIo = isObject(written.ioConfig) ? written.ioConfig : {};
  return {
    id,
    dataSource,
    stream: String(ioConfig.topic ?? ioConfig.topicPattern),
    multiTopic: (ioConfig.topic ?? null) === null,
    suspended,
    taskCountExplicit: writtenIo.taskCount !== void 0 && writtenIo.taskCount !== null,
    json: structuredClone(json2)
  };
}
function withTaskCount(spec, taskCount) {
  const json2 = structuredClone(spec.json);
  const ingestion = json2.spec;
  const ioConfig = { ...ingestion.ioConfig, taskCount };
  ingestion.ioConfig = ioConfig;
  json2.ioConfig = ioConfig;
  return { ...spec, json: json2 };
}
function withSuspended(spec, suspended) {
  return { ...spec, suspended, json: { ...structuredClone(spec.json), suspended } };
}
function checkSupervisorType(type) {
  if (type === void 0 || type === null)
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${SPEC}]: missing type id property 'type'`
    );
  if (type === "kafka") return;
  throw errorJson(
    400,
    unknownTypeId(type, SPEC, ["NoopSupervisorSpec", "autocompact", "kafka", "scheduled_batch"])
  );
}
function checkTuningType(tuning) {
  if (tuning === void 0 || tuning === null) return;
  const type = isObject(tuning) ? tuning.type : void 0;
  const property = " (for POJO property 'tuningConfig')";
  if (type === void 0 || type === null) {
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${javaClass("tuningConfig")}]: missing type id property 'type'${property}`
    );
  }
  if (type === "kafka") return;
  throw errorJson(400, `${unknownTypeId(type, javaClass("tuningConfig"), ["kafka"])}${property}`);
}
function asJodaWrites(node, value) {
  if (node.kind === "union")
    return node.variants.some((item) => item.kind === "string" && item.format === "datetime") ? canonicalDateTime(value) : value;
  if (node.kind !== "string") return value;
  switch (node.format) {
    case "duration": {
      const millis = typeof value === "number" ? value : periodToMillis(String(value));
      return millis === void 0 ? value : millisToDruidDuration(millis);
    }
    case "period":
      if (typeof value === "number") return millisToPeriod(value);
      return typeof value === "string" && parsePeriod(value) ? canonicalPeriod(value) ?? value : value;
    case "datetime":
      return canonicalDateTime(value);
    default:
      return value;
  }
}
function orderExclusions(dataSchema) {
  const spec = dataSchema.dimensionsSpec;
  if (isObject(spec) && Array.isArray(spec.dimensionExclusions))
    spec.dimensionExclusions = javaHashSetOrder(spec.dimensionExclusions.map(String));
}

// src/emulator/supervisor.ts
import { createHash } from "node:crypto";

// src/emulator/starting-offsets.ts
function startingOffset(s, env, at, p, stored) {
  const checkpoint = s.nextOffsets[p.key];
  if (checkpoint !== void 0) return { offset: checkpoint };
  const earliest = env.world.earliestOffset(s.cfg.bootstrap, p) ?? 0;
  if (stored !== void 0) {
    if (s.cfg.skipAvailabilityCheck || stored >= earliest) return { offset: stored };
    const partition = javaPartition(p, s.spec.multiTopic);
    if (!s.cfg.resetOffsetAutomatically) {
      return {
        error: streamError(
          `Previous sequenceNumber [${stored}] is no longer available for partition [${partition}]. You can clear the previous sequenceNumber and start reading from a valid message by using the supervisor's reset API.`
        )
      };
    }
    const offsets = env.store.offsets.get(s.spec.id);
    if (offsets) delete offsets[p.key];
    return {
      error: streamError(
        `Previous sequenceNumber [${stored}] is no longer available for partition [${partition}] - automatically resetting offset`
      )
    };
  }
  const end = env.world.endOffset(s.cfg.bootstrap, p, at) ?? 0;
  return { offset: s.cfg.useEarliestOffset ? earliest : end };
}
function streamError(message) {
  return { exceptionClass: "org.apache.druid.java.util.common.ISE", message, streamException: true };
}
function javaPartition(p, multiTopic) {
  return `KafkaTopicPartition{partition=${p.partition}, topic='${multiTopic ? p.topic : "null"}', multiTopicPartition=${multiTopic}}`;
}

// src/emulator/supervisor.ts
var ms = (value) => typeof value === "string" ? periodToMillis(value) ?? 0 : 0;
function supervisorConfig(spec) {
  const io = spec.json.ioConfig;
  const tuning = spec.json.tuningConfig ?? {};
  const props = io.consumerProperties;
  return {
    taskCount: Number(io.taskCount),
    replicas: Number(io.replicas),
    taskDurationMs: ms(io.taskDuration),
    startDelayMs: ms(io.startDelay),
    periodMs: Math.max(1, ms(io.period)),
    completionTimeoutMs: ms(io.completionTimeout),
    useEarliestOffset: io.useEarliestOffset === true,
    resetOffsetAutomatically: tuning.resetOffsetAutomatically === true,
    skipAvailabilityCheck: tuning.skipSequenceNumberAvailabilityCheck === true,
    bootstrap: String(props["bootstrap.servers"]),
    apiTimeoutMs: positiveNumber(props["default.api.timeout.ms"]) ?? 6e4,
    offsetFetchPeriodMs: ms(tuning.offsetFetchPeriod) || 3e4
  };
}
function positiveNumber(value) {
  const n = typeof value === "number" || typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : void 0;
}
function startSupervisor(spec, at) {
  const { suspended: _suspended, ...rest } = spec.json;
  const cfg = supervisorConfig(spec);
  return {
    spec,
    cfg,
    specHash: createHash("sha1").update(JSON.stringify(rest)).digest("hex"),
    state: initialState(spec.suspended),
    firstRunAt: at + cfg.startDelayMs,
    nextRunAt: at + cfg.startDelayMs,
    partitions: [],
    activeGroups: /* @__PURE__ */ new Map(),
    publishing: /* @__PURE__ */ new Set(),
    inherited: /* @__PURE__ */ new Map(),
    nextOffsets: {}
  };
}
function nextRun(s, start, end) {
  const ticks = Math.floor((start - s.firstRunAt) / s.cfg.periodMs) + 1;
  return Math.max(end, s.firstRunAt + ticks * s.cfg.periodMs);
}
function runOnce(s, env, at) {
  s.state = propose(s.state, "CONNECTING_TO_STREAM", env.thresholds);
  const lookup = env.world.lookupPartitions(s.cfg.bootstrap, s.spec.stream, s.spec.multiTopic, at);
  if (!lookup.ok && lookup.blocks) {
    const until = at + s.cfg.apiTimeoutMs;
    s.blocked = { until, lookup };
    s.nextRunAt = nextRun(s, at, until);
    return;
  }
  s.nextRunAt = nextRun(s, at, at);
  finishRunAfterLookup(s, env, at, lookup);
}
function unblock(s, env) {
  const blocked = s.blocked;
  if (!blocked) return;
  s.blocked = void 0;
  finishRunAfterLookup(s, env, blocked.until, blocked.lookup);
}
function finishRunAfterLookup(s, env, at, lookup) {
  const th = env.thresholds;
  if (!lookup.ok) {
    s.state = recordError(s.state, { timestamp: at, ...lookup.error }, th);
    if (!s.state.atLeastOneSuccessfulRun) {
      s.state = finishRun(s.state, th);
      return;
    }
  } else {
    s.partitions = lookup.partitions;
  }
  s.state = propose(s.state, "DISCOVERING_INITIAL_TASKS", th);
  discoverTasks(s, env, at);
  forgetFinishedTasks(s, env);
  checkTaskDuration(s, env, at, () => s.spec.suspended);
  if (!s.spec.suspended) {
    s.state = propose(s.state, "CREATING_TASKS", th);
    const error = createNewTasks(s, env, at);
    if (error) s.state = recordError(s.state, { timestamp: at, ...error }, th);
  }
  s.state = finishRun(s.state, th);
  if (lookup.ok) updateLatestOffsets(s, env, at);
}
function stopGracefully(s, env, at) {
  checkTaskDuration(s, env, at, () => true);
}
function handoffGroups(s, env, at, groups) {
  checkTaskDuration(s, env, at, (group) => groups.includes(group));
}
function discoverTasks(s, env, at) {
  const tracked = /* @__PURE__ */ new Set([...s.publishing, ...[...s.activeGroups.values()].flat()]);
  for (const task of env.tasks.of(s.spec.id)) {
    if (tracked.has(task.id)) continue;
    if (task.status === "PUBLISHING") {
      s.publishing.add(task.id);
      s.inherited.set(task.id, at);
      for (const [key, offset] of Object.entries(task.currentOffsets)) {
        s.nextOffsets[key] = Math.max(s.nextOffsets[key] ?? 0, offset);
      }
    } else if (task.status === "READING") {
      if (task.specHash === s.specHash && task.groupId < groupCount(s)) {
        s.activeGroups.set(task.groupId, [...s.activeGroups.get(task.groupId) ?? [], task.id]);
      } else {
        env.tasks.kill(task, at);
      }
    }
  }
}
function forgetFinishedTasks(s, env) {
  const alive = (id) => {
    const status = env.tasks.tasks.get(id)?.status;
    return status === "READING" || status === "PUBLISHING";
  };
  for (const id of s.publishing) {
    if (alive(id)) continue;
    s.publishing.delete(id);
    s.inherited.delete(id);
  }
  for (const [group, ids] of s.activeGroups) {
    const left = ids.filter(alive);
    if (left.length === 0) s.activeGroups.delete(group);
    else s.activeGroups.set(group, left);
  }
}
function checkTaskDuration(s, env, at, force) {
  for (const [group, ids] of s.activeGroups) {
    const tasks = ids.map((id) => env.tasks.tasks.get(id)).filter((t) => t?.status === "READING");
    const started = Math.min(...tasks.map((t) => t.startTime));
    if (!force(group) && at < started + s.cfg.taskDurationMs) continue;
    tasks.forEach((t) => env.tasks.observe(t, at));
    const end = {};
    for (const t of tasks) {
      for (const [k, v] of Object.entries(t.currentOffsets)) end[k] = Math.max(end[k] ?? 0, v);
    }
    for (const t of tasks) {
      env.tasks.checkpoint(t, at, end);
      s.publishing.add(t.id);
    }
    Object.assign(s.nextOffsets, end);
    s.activeGroups.delete(group);
  }
}
var groupCount = (s) => Math.min(s.cfg.taskCount, s.partitions.length);
function createNewTasks(s, env, at) {
  const stored = env.store.offsets.get(s.spec.id) ?? {};
  for (let group = 0; group < groupCount(s); group++) {
    const partitions = s.partitions.filter((_, i) => i % s.cfg.taskCount === group);
    const existing = (s.activeGroups.get(group) ?? []).map((id) => env.tasks.tasks.get(id)).filter((t) => !!t);
    const starting = existing[0] ? { ...existing[0].startingOffsets } : {};
    if (!existing[0]) {
      for (const p of partitions) {
        const found = startingOffset(s, env, at, p, stored[p.key]);
        if ("error" in found) return found.error;
        starting[p.key] = found.offset;
      }
    }
    const ids = existing.map((t) => t.id);
    for (let replica = existing.length; replica < s.cfg.replicas; replica++) {
      const task = {
        id: env.tasks.newId(s.spec.dataSource, s.specHash, group, starting),
        supervisorId: s.spec.id,
        dataSource: s.spec.dataSource,
        specHash: s.specHash,
        groupId: group,
        bootstrap: s.cfg.bootstrap,
        partitions,
        startingOffsets: { ...starting },
        currentOffsets: { ...starting },
        // A new task reads (and shows in the status) once its process is up: taskStartMs later.
        startTime: existing[0]?.startTime ?? at + env.tasks.timings.taskStartMs,
        durationMs: s.cfg.taskDurationMs,
        completionTimeoutMs: s.cfg.completionTimeoutMs,
        status: "READING",
        ...env.taskShouldFail(s.spec.id) ? { failAt: at + env.tasks.timings.taskStartMs + env.tasks.timings.failAfterMs } : {}
      };
      const limit = env.readLimit(s.spec.id);
      if (limit !== void 0) task.maxRecordsPerSec = limit;
      env.tasks.add(task);
      ids.push(task.id);
    }
    s.activeGroups.set(group, ids);
  }
  return void 0;
}
function updateLatestOffsets(s, env, at) {
  const offsets = {};
  for (const p of s.partitions) {
    const end = env.world.endOffset(s.cfg.bootstrap, p, at);
    if (end !== void 0) offsets[p.key] = end;
  }
  s.latest = { offsets, at };
}

// src/emulator/tasks.ts
import { createHash as createHash2 } from "node:crypto";
var DEFAULT_TIMINGS = {
  readLagMs: 1e3,
  publishMs: 15e3,
  failAfterMs: 2e3,
  taskStartMs: 5e3
};
var TaskRunner = class {
  constructor(world, timings) {
    this.world = world;
    this.timings = timings;
  }
  world;
  timings;
  tasks = /* @__PURE__ */ new Map();
  counter = 0;
  /** index_kafka_<dataSource>_<15 hex of the sequence name>_<8 letters>, deterministic per run. */
  newId(dataSource, specHash, groupId, offsets) {
    this.counter += 1;
    const base = createHash2("sha1").update(`${specHash}|${groupId}|${JSON.stringify(offsets)}`).digest("hex").slice(0, 15);
    const suffix = createHash2("sha1").update(`${this.counter}`).digest().subarray(0, 8).reduce((s, b) => s + String.fromCharCode(97 + b % 26), "");
    return `index_kafka_${dataSource}_${base}_${suffix}`;
  }
  add(task) {
    this.tasks.set(task.id, task);
  }
  of(supervisorId) {
    return [...this.tasks.values()].filter((t) => t.supervisorId === supervisorId);
  }
  /**
   * Brings a reading task's offsets up to `at`; offsets freeze while its brokers are unreachable.
   * A task with a read limit falls behind the partition end when the topic grows faster.
   */
  observe(task, at) {
    if (task.status !== "READING" || at < task.startTime) return;
    for (const p of task.partitions) {
      const end = this.world.endOffset(task.bootstrap, p, at - this.timings.readLagMs);
      const current = task.currentOffsets[p.key] ?? task.startingOffsets[p.key] ?? 0;
      if (end === void 0) continue;
      const from = task.limitFrom ?? { at: task.startTime, offsets: task.startingOffsets };
      const reachable = task.maxRecordsPerSec === void 0 ? end : Math.min(
        end,
        (from.offsets[p.key] ?? 0) + Math.floor(task.maxRecordsPerSec * (at - from.at) / 1e3)
      );
      task.currentOffsets[p.key] = Math.max(current, reachable);
    }
  }
  /** Stops reading and starts publishing what was read. */
  checkpoint(task, at, endOffsets) {
    task.status = "PUBLISHING";
    task.currentOffsets = { ...endOffsets };
    task.publishStartedAt = at;
    task.publishDoneAt = at + this.timings.publishMs;
  }
  /** Killed tasks fail; whatever they read and did not publish is gone. */
  kill(task, at) {
    if (task.status === "SUCCESS" || task.status === "FAILED") return;
    task.status = "FAILED";
    task.finishedAt = at;
  }
  /** Next time something happens to a task on its own (failure or end of publishing). */
  nextEvent(task) {
    if (task.status === "READING") return task.failAt;
    if (task.status === "PUBLISHING")
      return Math.min(task.publishDoneAt ?? Infinity, this.publishDeadline(task));
    return void 0;
  }
  /** Publishing longer than completionTimeout gets the task killed by its supervisor. */
  publishDeadline(task) {
    return (task.publishStartedAt ?? task.startTime) + task.completionTimeoutMs;
  }
  processed(task) {
    return task.partitions.reduce(
      (sum, p) => sum + (task.currentOffsets[p.key] ?? 0) - (task.startingOffsets[p.key] ?? 0),
      0
    );
  }
};

// src/emulator/overlord.ts
var Overlord = class {
  constructor(world, version, thresholds, timings, clock) {
    this.world = world;
    this.version = version;
    this.thresholds = thresholds;
    this.clock = clock;
    this.tasks = new TaskRunner(world, timings);
    this.now = clock.now();
  }
  world;
  version;
  thresholds;
  clock;
  store = new MetadataStore();
  tasks;
  supervisors = /* @__PURE__ */ new Map();
  /** Supervisor id → number of new tasks that will fail ('all' until repaired). */
  taskFaults = /* @__PURE__ */ new Map();
  /** Supervisor id → records per second per partition its tasks can read. */
  readLimits = /* @__PURE__ */ new Map();
  now;
  get time() {
    return this.now;
  }
  get env() {
    return {
      world: this.world,
      tasks: this.tasks,
      store: this.store,
      thresholds: this.thresholds,
      taskShouldFail: (id) => {
        const left = this.taskFaults.get(id);
        if (left === void 0) return false;
        if (left === "all") return true;
        if (left <= 1) this.taskFaults.delete(id);
        else this.taskFaults.set(id, left - 1);
        return true;
      },
      readLimit: (id) => this.readLimits.get(id)
    };
  }
  /** Caps how fast the supervisor's tasks read (undefined: they keep up), for new and running tasks. */
  limitReadRate(id, recordsPerSec) {
    if (recordsPerSec === void 0) this.readLimits.delete(id);
    else this.readLimits.set(id, recordsPerSec);
    for (const task of this.tasks.of(id)) {
      if (task.status !== "READING") continue;
      this.tasks.observe(task, this.now);
      if (recordsPerSec === void 0) delete task.maxRecordsPerSec;
      else task.maxRecordsPerSec = recordsPerSec;
      task.limitFrom = { at: Math.max(this.now, task.startTime), offsets: { ...task.currentOffsets } };
    }
  }
  /** Replays everything due up to `at`: task failures and publishes first, then supervisor runs. */
  advanceTo(at) {
    for (; ; ) {
      let next;
      for (const task of this.tasks.tasks.values()) {
        const time = this.tasks.nextEvent(task);
        if (time !== void 0 && time <= at && (!next || time < next.time))
          next = { time, run: () => this.taskEvent(task, time) };
      }
      for (const s of this.supervisors.values()) {
        const blocked = s.blocked;
        if (blocked && blocked.until <= at && (!next || blocked.until < next.time))
          next = { time: blocked.until, run: () => unblock(s, this.env) };
        else if (!blocked && !s.stopping && s.nextRunAt <= at && (!next || s.nextRunAt < next.time)) {
          const time = s.nextRunAt;
          next = { time, run: () => runOnce(s, this.env, time) };
        }
      }
      if (!next) break;
      this.now = Math.max(this.now, next.time);
      next.run();
    }
    this.now = Math.max(this.now, at);
  }
  taskEvent(task, at) {
    const owner = this.supervisors.get(task.supervisorId);
    const report = (success) => {
      if (owner) owner.state = recordTask(owner.state, success);
    };
    if (task.status === "READING") {
      this.tasks.observe(task, at);
      this.tasks.kill(task, at);
      report(false);
      return;
    }
    if (at >= this.tasks.publishDeadline(task) || task.commitRejected) {
      this.tasks.kill(task, at);
      report(false);
      return;
    }
    task.status = "SUCCESS";
    task.finishedAt = at;
    this.store.commitOffsets(task.supervisorId, task.currentOffsets);
    this.addSegment(task, at);
    report(true);
  }
  addSegment(task, at) {
    const hour = Math.floor(task.startTime / 36e5) * 36e5;
    const published = this.store.segments.filter((s) => s.dataSource === task.dataSource).length;
    this.store.addSegment(
      {
        dataSource: task.dataSource,
        interval: `${isoTime(hour)}/${isoTime(hour + 36e5)}`,
        version: isoTime(task.startTime),
        partitionNum: published,
        size: Math.max(1, this.tasks.processed(task)) * 100
      },
      isoTime(at)
    );
  }
  /**
   * SM.createOrUpdateAndStartSupervisor: up to 37.0.0 every change (and, without
   * skipRestartIfUnmodified, every POST) restarts the supervisor; from 38.0.0 the update is merged
   * and classified first (update38).
   */
  createOrUpdate(body2, skipRestartIfUnmodified) {
    const spec = readSupervisorSpec(body2, this.version);
    const current = this.supervisors.get(spec.id);
    if (atLeast(this.version, "38.0.0")) return this.update38(spec, current, skipRestartIfUnmodified);
    const changed = !current || !sameJson(shownSpec(current).json, spec.json);
    if (current && !changed && skipRestartIfUnmodified && atLeast(this.version, "33.0.0"))
      return { spec: current.spec };
    if (current && changed && atLeast(this.version, "34.0.0")) validateSpecUpdate(shownSpec(current), spec);
    if (current) this.stop(current);
    if (changed) this.store.addHistory(spec.id, spec.json, isoTime(this.now));
    this.supervisors.set(spec.id, startSupervisor(spec, this.now));
    return { spec };
  }
  /**
   * 38.0.0+ (#19541, #19700; SupervisorManager at the 38 branch): merge the running taskCount in,
   * then, with skipRestartIfUnmodified, store an update the spec classifies as NONE without touching
   * the running supervisor; otherwise stop and recreate it. The answer says which.
   */
  update38(spec, current, skip) {
    const shown = current && shownSpec(current);
    if (!skip || !current || !shown) {
      const changed = !shown || !sameJson(shown.json, spec.json);
      if (current && shown && changed) validateSpecUpdate(shown, spec);
      if (current) this.stop(current);
      const merged2 = mergeTaskCount(spec, shown);
      if (changed) this.store.addHistory(merged2.id, merged2.json, isoTime(this.now));
      this.supervisors.set(merged2.id, startSupervisor(merged2, this.now));
      return { spec: merged2, modified: changed, restarted: true };
    }
    if (sameJson(shown.json, spec.json)) return { spec: shown, modified: false, restarted: false };
    const merged = mergeTaskCount(spec, shown);
    if (sameJson(shown.json, merged.json)) return { spec: shown, modified: false, restarted: false };
    validateSpecUpdate(shown, merged);
    this.store.addHistory(merged.id, merged.json, isoTime(this.now));
    if (updateAction(shown, merged) === "NONE") {
      current.shown = merged;
      return { spec: merged, modified: true, restarted: false };
    }
    this.stop(current);
    this.supervisors.set(merged.id, startSupervisor(merged, this.now));
    return { spec: merged, modified: true, restarted: true };
  }
  /** false when the supervisor already is in the requested state. */
  suspendOrResume(id, suspend) {
    const current = this.supervisors.get(id);
    const shown = current && shownSpec(current);
    if (!current || !shown || shown.suspended === suspend) return false;
    const spec = withSuspended(shown, suspend);
    this.stop(current);
    this.store.addHistory(id, spec.json, isoTime(this.now));
    this.supervisors.set(id, startSupervisor(spec, this.now));
    return true;
  }
  /**
   * The autoscaler's scale action (SeekableStreamSupervisor.changeTaskCount): the reading task
   * groups publish (gracefulShutdownInternal), the running spec's ioConfig.taskCount is rewritten and
   * that spec is inserted into the history; the next run starts the new number of task groups. When
   * the emulated autoscaler acts is the test's to say.
   */
  autoscale(id, taskCount) {
    const s = this.mustGet(id);
    const scaler = s.spec.json.ioConfig?.autoScalerConfig;
    if (!isObject(scaler) || scaler.enableTaskAutoScaler !== true || s.spec.suspended)
      throw new Error(`the autoscaler of ${id} is not running (not enabled, or suspended)`);
    if (!Number.isInteger(taskCount) || taskCount < 1) throw new Error(`taskCount ${taskCount} is not >= 1`);
    stopGracefully(s, this.env, this.now);
    s.spec = withTaskCount(s.spec, taskCount);
    s.cfg = { ...s.cfg, taskCount };
    this.store.addHistory(id, s.spec.json, isoTime(this.now));
  }
  /** Tombstone into the history, graceful stop; committed offsets stay. */
  terminate(id) {
    const current = this.supervisors.get(id);
    if (!current) return false;
    this.stop(current);
    this.store.addHistory(
      id,
      { type: "noop", id: null, dataSources: [current.spec.dataSource], suspended: false, source: "noop" },
      isoTime(this.now)
    );
    this.supervisors.delete(id);
    return true;
  }
  /**
   * supervisor.stop(true): waits for a run blocked in the consumer (emulated time passes: the
   * clock is moved to its end), then reading task groups checkpoint and publish.
   */
  stop(s) {
    s.stopping = true;
    if (s.blocked) this.waitUntil(s.blocked.until);
    stopGracefully(s, this.env, this.now);
  }
  /** Moves the emulated clock (and the world with it) to `time`, as a request that takes that long. */
  waitUntil(time) {
    if (this.clock.now() < time) this.clock.set(time);
    this.advanceTo(time);
  }
  /**
   * Hard reset: committed offsets deleted, reading tasks killed (their unpublished data is lost),
   * publishes in flight fail their compare-and-swap. New tasks start from earliest or latest.
   */
  reset(id) {
    const s = this.mustGet(id);
    this.store.offsets.delete(id);
    this.killReading(s, () => true);
    s.nextOffsets = {};
    for (const taskId of s.publishing) {
      const task = this.tasks.tasks.get(taskId);
      if (task) task.commitRejected = true;
    }
  }
  /** resetOffsets: the given partitions' committed offsets are replaced, their reading groups killed. */
  resetOffsets(id, body2) {
    const s = this.mustGet(id);
    const partitions = isObject(body2) && isObject(body2.partitions) ? body2.partitions : void 0;
    const map = partitions && isObject(partitions.partitionOffsetMap) ? partitions.partitionOffsetMap : void 0;
    if (!partitions || partitions.type !== "end" || !map) {
      const found = partitions ? String(partitions.type) : "null";
      throw new EscapedException(
        `Provided datasourceMetadata[${JSON.stringify(body2)}] is invalid. Sequence numbers can only be of type[SeekableStreamEndSequenceNumbers], but found[${found}].`
      );
    }
    if (partitions.stream !== s.spec.stream) {
      throw new EscapedException(
        `Stream[${String(partitions.stream)}] doesn't exist in the supervisor[KafkaSupervisor-${id}]. Supervisor is consuming stream[${s.spec.stream}].`
      );
    }
    const offsets = {};
    for (const [k, v] of Object.entries(map)) offsets[k] = Number(v);
    this.store.commitOffsets(id, offsets);
    this.killReading(s, (task) => task.partitions.some((p) => p.key in offsets));
    for (const k of Object.keys(offsets)) delete s.nextOffsets[k];
  }
  handoff(id, groups) {
    handoffGroups(this.mustGet(id), this.env, this.now, groups);
  }
  /**
   * Overlord restart or leader change: supervisor state (runs, errors, lag) is lost, tasks keep
   * running, and SM.start() reloads the latest non-tombstone spec of every id.
   */
  restart() {
    for (const s of this.supervisors.values()) s.stopping = true;
    const blocked = [...this.supervisors.values()].flatMap((s) => s.blocked ? [s.blocked.until] : []);
    if (blocked.length > 0) this.waitUntil(Math.max(...blocked));
    this.supervisors.clear();
    for (const [id, json2] of this.store.activeSpecs()) {
      const spec = readSupervisorSpec(json2, this.version);
      this.supervisors.set(id, startSupervisor({ ...spec, id }, this.now));
    }
  }
  killReading(s, which) {
    for (const [group, ids] of s.activeGroups) {
      const tasks = ids.map((id) => this.tasks.tasks.get(id)).filter((t) => !!t);
      if (!tasks.some(which)) continue;
      tasks.forEach((t) => this.tasks.kill(t, this.now));
      s.activeGroups.delete(group);
    }
  }
  mustGet(id) {
    const s = this.supervisors.get(id);
    if (!s) throw new Error(`no supervisor ${id}`);
    return s;
  }
};
var shownSpec = (s) => s.shown ?? s.spec;
var autoscalerOf = (spec) => {
  const scaler = spec.json.ioConfig?.autoScalerConfig;
  return isObject(scaler) ? scaler : void 0;
};
var taskCountOf = (spec) => Number(spec.json.ioConfig.taskCount);
function mergeTaskCount(spec, existing) {
  const scaler = autoscalerOf(spec);
  const start = scaler?.enableTaskAutoScaler === true ? scaler.taskCountStart : void 0;
  if (typeof start === "number") return withTaskCount(spec, start);
  if (spec.taskCountExplicit || !existing) return spec;
  return withTaskCount(spec, taskCountOf(existing));
}
function updateAction(current, proposed) {
  const autoscaled = (spec) => autoscalerOf(spec)?.enableTaskAutoScaler === true;
  const compared = autoscaled(current) || autoscaled(proposed) ? withTaskCount(proposed, taskCountOf(current)) : proposed;
  return deepEqual(compared.json, current.json) ? "NONE" : "RESTART_SUPERVISOR_AND_TASKS";
}
function validateSpecUpdate(from, to) {
  if (from.stream === to.stream && from.multiTopic === to.multiTopic) return;
  const label = (s) => from.multiTopic === to.multiTopic ? s.stream : `(${s.multiTopic ? "multi" : "single"}-topic) ${s.stream}`;
  const message = `Update of the input source stream from [${label(from)}] to [${label(to)}] is not supported for a running supervisor.
To perform the update safely, follow these steps:
(1) Suspend this supervisor, reset its offsets and then terminate it. 
(2) Create a new supervisor with the new input source stream.
Note that doing the reset can cause data duplication or loss if any topic used in the old supervisor is included in the new one too.`;
  throw new EscapedException(message);
}

// src/emulator/request-log.ts
var SAMPLER = "/druid/indexer/v1/sampler";
var RequestLog = class {
  records = [];
  add(method, path, query, at, audit) {
    const record = { method, path, query, status: null, at, ...audit ? { audit } : {} };
    this.records.push(record);
    return record;
  }
  list() {
    return this.records.map((r) => ({ ...r }));
  }
  /**
   * Requests that could change the cluster: anything but GET, HEAD and OPTIONS, and the sampler's
   * POST, which reads records and starts or stores nothing (SamplerResource).
   */
  writes() {
    return this.list().filter(
      (r) => !["GET", "HEAD", "OPTIONS"].includes(r.method) && !(r.method === "POST" && r.path === SAMPLER)
    );
  }
  clear() {
    this.records = [];
  }
};

// src/emulator/server.ts
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

// src/emulator/auth.ts
var UNSECURED = ["/status/health", "/druid/indexer/v1/isLeader"];
function authenticate(req, path, config) {
  if (!config || UNSECURED.includes(path)) return { ok: true, access: "write" };
  const header2 = req.headers.authorization;
  if (!header2 || !/^basic /i.test(header2)) {
    return {
      ok: false,
      reply: json(
        401,
        { error: "Unauthorized request", errorMessage: null, errorClass: null, host: null },
        { "WWW-Authenticate": "Basic" }
      )
    };
  }
  const decoded = Buffer.from(header2.slice(6).trim(), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon < 0 ? void 0 : config.users[decoded.slice(0, colon)];
  if (!user || user.password !== decoded.slice(colon + 1)) {
    return { ok: false, reply: jettyErrorPage(401, path, "Unauthorized") };
  }
  return { ok: true, access: user.access };
}
var forbidden = () => json(403, { "Access-Check-Result": "Unauthorized" });
var allowed = (access, method) => access === "write" || method === "GET";

// src/emulator/routes-control.ts
var CONTROL_PREFIX = "/__emulator";
function body(req) {
  if (req.body.trim() === "") return {};
  const value = JSON.parse(req.body);
  if (!isObject(value)) throw errorJson(400, "control requests take a JSON object");
  return value;
}
var num = (v) => typeof v === "number" ? v : void 0;
var str = (v) => typeof v === "string" ? v : void 0;
function controlRoutes(router, control) {
  const p = CONTROL_PREFIX;
  router.on(
    "GET",
    `${p}/time`,
    () => json(200, { now: control.now(), iso: new Date(control.now()).toISOString() })
  ).on("POST", `${p}/time/advance`, (req) => {
    control.advance(num(body(req).ms) ?? 0);
    return json(200, { now: control.now() });
  }).on("POST", `${p}/time`, (req) => {
    control.setTime(num(body(req).now) ?? control.now());
    return json(200, { now: control.now() });
  }).on("POST", `${p}/kafka/topics`, (req) => {
    const b = body(req);
    const topic = str(b.topic);
    if (!topic) throw errorJson(400, "topic is required");
    control.createTopic(topic, {
      partitions: num(b.partitions),
      ratePerSec: num(b.ratePerSec),
      cluster: str(b.cluster)
    });
    return empty(200);
  }).on("DELETE", `${p}/kafka/topics/{topic}`, (req) => {
    control.deleteTopic(req.params.topic ?? "", req.query.get("cluster") ?? void 0);
    return empty(200);
  }).on("POST", `${p}/kafka/topics/{topic}/produce`, (req) => {
    const b = body(req);
    control.produce(req.params.topic ?? "", num(b.records) ?? 0, {
      partition: num(b.partition),
      cluster: str(b.cluster)
    });
    return empty(200);
  }).on("POST", `${p}/kafka/topics/{topic}/records`, (req) => {
    const b = body(req);
    const values = Array.isArray(b.values) ? b.values : void 0;
    if (!values || !values.every((value) => value === null || typeof value === "string"))
      throw errorJson(400, "values must be a list of record contents (strings, or null for a tombstone)");
    control.produceRecords(req.params.topic ?? "", values, {
      partition: num(b.partition),
      cluster: str(b.cluster)
    });
    return empty(200);
  }).on("POST", `${p}/kafka/topics/{topic}/delete-records`, (req) => {
    const b = body(req);
    control.deleteRecords(req.params.topic ?? "", num(b.before) ?? 0, {
      partition: num(b.partition),
      cluster: str(b.cluster)
    });
    return empty(200);
  }).on("POST", `${p}/kafka/topics/{topic}/rate`, (req) => {
    const b = body(req);
    control.setRate(req.params.topic ?? "", num(b.ratePerSec) ?? 0, str(b.cluster));
    return empty(200);
  }).on("POST", `${p}/supervisors/{id}/autoscale`, (req) => {
    const taskCount = num(body(req).taskCount);
    if (taskCount === void 0) throw errorJson(400, "taskCount is required");
    control.autoscale(req.params.id ?? "", taskCount);
    return empty(200);
  }).on("POST", `${p}/kafka/clusters/{name}/break`, (req) => {
    control.breakBrokers(req.params.name);
    return empty(200);
  }).on("POST", `${p}/kafka/clusters/{name}/repair`, (req) => {
    control.repairBrokers(req.params.name);
    return empty(200);
  }).on("POST", `${p}/supervisors/{id}/fail-tasks`, (req) => {
    control.failTasks(req.params.id ?? "", num(body(req).count) ?? "all");
    return empty(200);
  }).on("POST", `${p}/supervisors/{id}/repair-tasks`, (req) => {
    control.repairTasks(req.params.id ?? "");
    return empty(200);
  }).on("POST", `${p}/supervisors/{id}/read-rate`, (req) => {
    control.limitReadRate(req.params.id ?? "", num(body(req).recordsPerSec));
    return empty(200);
  }).on("POST", `${p}/faults`, (req) => json(200, { id: control.injectFault(faultRule(body(req))) })).on("DELETE", `${p}/faults`, () => {
    control.clearFaults();
    return empty(200);
  }).on("DELETE", `${p}/faults/{id}`, (req) => {
    control.removeFault(req.params.id ?? "");
    return empty(200);
  }).on("GET", `${p}/requests`, () => json(200, control.requests())).on("DELETE", `${p}/requests`, () => {
    control.clearRequests();
    return empty(200);
  }).on("POST", `${p}/restart`, () => {
    control.restartOverlord();
    return empty(200);
  }).on("POST", `${p}/leader`, (req) => {
    const url = body(req).url;
    control.setLeader(typeof url === "string" ? url : null);
    return empty(200);
  }).on("POST", `${p}/ready`, (req) => {
    control.setReady(body(req).ready !== false);
    return empty(200);
  });
}
function faultRule(b) {
  const path = str(b.regex) !== void 0 ? new RegExp(str(b.regex) ?? "") : str(b.path);
  if (path === void 0) throw errorJson(400, "a fault needs path or regex");
  const rule = { path };
  if (str(b.method)) rule.method = str(b.method);
  if (num(b.status) !== void 0) rule.status = num(b.status);
  if (b.body !== void 0) rule.body = b.body;
  if (isObject(b.headers))
    rule.headers = Object.fromEntries(Object.entries(b.headers).map(([k, v]) => [k, String(v)]));
  if (num(b.retryAfter) !== void 0) rule.retryAfter = num(b.retryAfter);
  if (b.hang === true) rule.hang = true;
  if (b.reset === true) rule.reset = true;
  if (b.afterHandling === true) rule.afterHandling = true;
  if (num(b.latencyMs) !== void 0) rule.latencyMs = num(b.latencyMs);
  if (num(b.times) !== void 0) rule.times = num(b.times);
  return rule;
}

// src/emulator/coordinator-configs.ts
var RULE = "org.apache.druid.server.coordinator.rules.Rule";
var RULE_TYPES = Object.keys(retentionRule.variants);
var RULE_CLASS = {
  loadByPeriod: "PeriodLoadRule",
  loadByInterval: "IntervalLoadRule",
  loadForever: "ForeverLoadRule",
  dropByPeriod: "PeriodDropRule",
  dropBeforeByPeriod: "PeriodDropBeforeRule",
  dropByInterval: "IntervalDropRule",
  dropForever: "ForeverDropRule",
  broadcastForever: "ForeverBroadcastDistributionRule",
  broadcastByInterval: "IntervalBroadcastDistributionRule",
  broadcastByPeriod: "PeriodBroadcastDistributionRule"
};
function readRules(body2, version) {
  if (!Array.isArray(body2))
    throw errorJson(
      400,
      "Cannot deserialize value of type `java.util.ArrayList<org.apache.druid.server.coordinator.rules.Rule>` from Object value (token `JsonToken.START_OBJECT`)"
    );
  return body2.map((rule, index) => readRule(rule, index, version));
}
function readRule(rule, index, version) {
  const type = isObject(rule) ? rule.type : void 0;
  if (type === void 0 || type === null)
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${RULE}]: missing type id property 'type'`
    );
  if (typeof type !== "string" || !Object.hasOwn(retentionRule.variants, type))
    throw errorJson(400, unknownTypeId(type, RULE, RULE_TYPES));
  const given = rule;
  const chain = (field) => `(through reference chain: java.util.ArrayList[${index}]->org.apache.druid.server.coordinator.rules.${RULE_CLASS[type]}["${field}"])`;
  if (typeof given.period === "string" && !parsePeriod(given.period))
    throw errorJson(400, `Invalid format: ${JSON.stringify(given.period)} ${chain("period")}`);
  if (typeof given.interval === "string" && !given.interval.includes("/"))
    throw errorJson(
      400,
      `Invalid interval[${given.interval}]: [Format requires a '/' separator: ${given.interval}] ${chain("interval")}`
    );
  if (isObject(given.tieredReplicants)) {
    for (const [tier, replicas] of Object.entries(given.tieredReplicants))
      if (typeof replicas !== "number" || replicas < 0)
        throw errorJson(
          400,
          `Cannot construct instance of \`org.apache.druid.server.coordinator.rules.${RULE_CLASS[type]}\`, problem: Invalid number of replicas for tier [${tier}]. Value [${String(replicas)}] must be positive.`
        );
  }
  const stored = applyDefaults(retentionRule, given, {
    druidVersion: version,
    form: "stored"
  });
  const { type: _type, ...fields } = stored;
  if (typeof fields.interval === "string") fields.interval = utcInterval(fields.interval);
  return { ...fields, type };
}
var utcInterval = (interval) => interval.split("/").map((instant) => String(canonicalDateTime(instant))).join("/");
var COMPACTION = "org.apache.druid.server.coordinator.InlineSchemaDataSourceCompactionConfig";
function readCompactionConfig(body2, version) {
  if (!isObject(body2) || typeof body2.dataSource !== "string" || body2.dataSource === "")
    throw errorJson(400, `Cannot construct instance of \`${COMPACTION}\`, problem: dataSource`);
  const skip = body2.skipOffsetFromLatest;
  if (skip !== void 0 && skip !== null && !(typeof skip === "string" && parsePeriod(skip)))
    throw errorJson(
      400,
      `Invalid format: ${JSON.stringify(skip)} (through reference chain: ${COMPACTION}["skipOffsetFromLatest"])`
    );
  if (typeof body2.engine === "string" && body2.engine.toLowerCase() === "msq")
    throw new ReplyError(
      druidException(
        400,
        "invalidInput",
        "INVALID_INPUT",
        "MSQ engine is supported only with supervisor-based compaction on the Overlord."
      )
    );
  return applyDefaults(compactionConfig, body2, {
    druidVersion: version,
    form: "stored",
    reader: readLikeJackson
  });
}

// src/emulator/request-body.ts
function jsonBody(req) {
  const type = String(req.headers["content-type"] ?? "").toLowerCase();
  if (!type.startsWith("application/json")) {
    throw new ReplyError(empty(415));
  }
  if (req.body.trim() === "") {
    throw new EscapedException(
      'Cannot invoke "org.apache.druid.indexing.overlord.supervisor.SupervisorSpec.getDataSources()" because "spec" is null',
      "java.lang.NullPointerException"
    );
  }
  try {
    return JSON.parse(req.body);
  } catch (e) {
    throw new EscapedException(
      `com.fasterxml.jackson.core.JsonParseException: ${e.message}`,
      "javax.servlet.ServletException"
    );
  }
}

// src/emulator/routes-coordinator.ts
function coordinatorRoutes(router, overlord) {
  const store = overlord.store;
  const writer = (handler) => (req) => allowed(req.access, "POST") ? handler(req) : forbidden();
  const auditInfo = (req) => ({
    author: header(req, "x-druid-author"),
    identity: "allowAll",
    comment: header(req, "x-druid-comment"),
    ip: "127.0.0.1"
  });
  const auditTime = () => new Date(overlord.time).toISOString();
  router.on("GET", "/druid/coordinator/v1/rules", () => json(200, Object.fromEntries(store.rules))).on("GET", "/druid/coordinator/v1/rules/{ds}", (req) => {
    const own = store.rules.get(req.params.ds ?? "") ?? [];
    const full = req.query.has("full") ? store.rules.get("_default") ?? [] : [];
    return json(200, [...own, ...full]);
  }).on(
    "POST",
    "/druid/coordinator/v1/rules/{ds}",
    writer((req) => {
      const ds = req.params.ds ?? "";
      const rules = readRules(jsonBody(req), overlord.version);
      store.changeConfig(store.rules, store.rulesAudit, ds, rules, () => ({
        key: ds,
        type: "rules",
        auditInfo: auditInfo(req),
        request: null,
        payload: JSON.stringify(rules),
        auditTime: auditTime()
      }));
      return empty(200);
    })
  ).on(
    "GET",
    "/druid/coordinator/v1/rules/{ds}/history",
    (req) => json(200, history(store.rulesAudit.get(req.params.ds ?? ""), req))
  ).on(
    "GET",
    "/druid/coordinator/v1/config/compaction",
    () => json(200, { compactionConfigs: [...store.compaction.values()], ...CLUSTER_COMPACTION })
  ).on(
    "POST",
    "/druid/coordinator/v1/config/compaction",
    writer((req) => {
      const config = readCompactionConfig(jsonBody(req), overlord.version);
      const ds = String(config.dataSource);
      store.changeConfig(store.compaction, store.compactionAudit, ds, config, () => ({
        globalConfig: CLUSTER_COMPACTION,
        compactionConfig: config,
        auditInfo: auditInfo(req),
        auditTime: auditTime()
      }));
      return json(200, { success: true });
    })
  ).on("GET", "/druid/coordinator/v1/config/compaction/{ds}", (req) => {
    const config = store.compaction.get(req.params.ds ?? "");
    return config ? json(200, config) : compactionNotFound();
  }).on(
    "GET",
    "/druid/coordinator/v1/config/compaction/{ds}/history",
    (req) => json(200, history(store.compactionAudit.get(req.params.ds ?? ""), req))
  ).on(
    "DELETE",
    "/druid/coordinator/v1/config/compaction/{ds}",
    writer((req) => {
      if (!store.compaction.delete(req.params.ds ?? "")) return compactionNotFound();
      return json(200, { success: true });
    })
  ).on(
    "GET",
    "/druid/coordinator/v1/metadata/datasources",
    () => json(200, [...new Set(store.segments.map((s) => s.dataSource))].sort())
  ).on("GET", "/druid/coordinator/v1/metadata/datasources/{ds}", (req) => {
    const ds = req.params.ds ?? "";
    const segments = store.segments.filter((s) => s.dataSource === ds);
    if (segments.length === 0) return emptyJson(404);
    return json(200, {
      name: ds,
      properties: { created: store.datasourceCreated.get(ds) ?? null },
      segments: segments.map(dataSegment)
    });
  }).on("GET", "/druid/coordinator/v1/metadata/datasources/{ds}/segments", (req) => {
    const segments = store.segments.filter((s) => s.dataSource === req.params.ds);
    if (segments.length === 0) return emptyJson(404);
    return json(200, req.query.has("full") ? segments.map(dataSegment) : segments.map(segmentId));
  });
}
var compactionNotFound = () => druidException(404, "notFound", "NOT_FOUND", "Datasource compaction config does not exist");
var CLUSTER_COMPACTION = {
  compactionTaskSlotRatio: 0.1,
  maxCompactionTaskSlots: 2147483647,
  compactionPolicy: { type: "newestSegmentFirst", priorityDatasource: null },
  useSupervisors: false,
  engine: "native"
};
var header = (req, name) => headerValue(req.headers, name) ?? "";
function history(entries, req) {
  const all = entries ?? [];
  const count = req.query.get("count");
  if (count === null) return [...all];
  return [...all].reverse().slice(0, Math.max(0, Number(count) || 0));
}
var segmentId = (s) => `${s.dataSource}_${s.interval.replace("/", "_")}_${s.version}_${s.partitionNum}`;
function dataSegment(s) {
  return {
    dataSource: s.dataSource,
    interval: s.interval,
    version: s.version,
    loadSpec: { type: "local", path: `var/druid/segments/${segmentId(s)}/index.zip` },
    dimensions: "",
    metrics: "",
    shardSpec: { type: "numbered", partitionNum: s.partitionNum, partitions: 0 },
    binaryVersion: 9,
    size: s.size,
    identifier: segmentId(s)
  };
}

// src/emulator/routes-status.ts
function statusRoutes(router, version, leader) {
  router.on(
    "GET",
    "/status",
    () => json(200, {
      version,
      modules: [
        {
          name: "org.apache.druid.indexing.kafka.KafkaIndexTaskModule",
          artifact: "druid-kafka-indexing-service",
          version
        }
      ],
      memory: {
        maxMemory: 1073741824,
        totalMemory: 536870912,
        freeMemory: 268435456,
        usedMemory: 268435456,
        directMemory: 1073741824
      }
    })
  ).on("GET", "/status/health", () => json(200, true)).on("GET", "/druid/indexer/v1/leader", (req) => {
    const url = leader.leader();
    return url ? text(200, url, "application/json") : jettyErrorPage(503, req.path, "Service Unavailable");
  }).on(
    "GET",
    "/druid/indexer/v1/isLeader",
    () => leader.leader() === leader.self() ? json(200, { leader: true }) : json(404, { leader: false })
  );
}

// src/emulator/sampler-formats.ts
function notEmulated(what) {
  return new EscapedException(`the emulator does not implement ${what}`, "druid-gitops.emulator.NotEmulated");
}
function readRecord(format, source, discoverNested) {
  const type = String(format.type);
  if (type === "kafka") return readKafka(format, source, discoverNested);
  if (type === "json") {
    if (source.inline) return [withLine(readJson(source.text, format, discoverNested), source.line)];
    return [readJson(source.text, format, discoverNested)];
  }
  const lines = source.inline ? [source.text] : source.text.split(/\r\n|\r|\n/);
  return lines.map(
    (text3, index) => withLine(readTextLine(type, format, text3), source.inline ? source.line : index + 1)
  );
}
function withLine(result, line) {
  if (line === void 0) return result;
  return "error" in result ? { ...result, error: lineSuffixed(result.error, line) } : { ...result, line };
}
function lineSuffixed(error, line) {
  return line === void 0 ? error : `${error} (Line: ${line})`;
}
function readJson(text3, format, discoverNested) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch {
    return { error: `Unable to parse row [${text3}] into JSON` };
  }
  if (!isObject(value)) return { error: `Unable to parse row [${text3}] into JSON` };
  return { input: value, event: flatten(value, format.flattenSpec, discoverNested) };
}
function flatten(input, flattenSpec, discoverNested) {
  const spec = isObject(flattenSpec) ? flattenSpec : {};
  const event = {};
  if (spec.useFieldDiscovery !== false) {
    for (const [key, value] of Object.entries(input))
      if (discoverNested || !isObject(value)) event[key] = value;
  }
  for (const field of Array.isArray(spec.fields) ? spec.fields : []) {
    if (!isObject(field) || typeof field.name !== "string") continue;
    if (field.type === "root") event[field.name] = input[field.name] ?? null;
    else if (field.type === "path") event[field.name] = jsonPath(input, String(field.expr));
    else throw notEmulated(`flattenSpec fields of type ${JSON.stringify(field.type)}`);
  }
  return event;
}
function jsonPath(input, expr) {
  if (!expr.startsWith("$")) throw notEmulated(`the JsonPath ${JSON.stringify(expr)}`);
  const steps = [...expr.slice(1).matchAll(/\.([^.[\]]+)|\['([^']*)'\]|\[(\d+)\]/g)];
  if (steps.map((step) => step[0]).join("") !== expr.slice(1))
    throw notEmulated(`the JsonPath ${JSON.stringify(expr)}`);
  let value = input;
  for (const step of steps) {
    const key = step[1] ?? step[2] ?? Number(step[3]);
    if (typeof key === "number") value = Array.isArray(value) ? value[key] ?? null : null;
    else value = isObject(value) ? value[key] ?? null : null;
  }
  return value;
}
function readTextLine(type, format, text3) {
  if (type === "csv" || type === "tsv") {
    if (format.findColumnsFromHeader === true) throw notEmulated("findColumnsFromHeader");
    const columns = Array.isArray(format.columns) ? format.columns.map(String) : [];
    const values = type === "csv" ? splitCsv(text3) : text3.split(String(format.delimiter ?? "	"));
    const row = {};
    values.slice(0, columns.length).forEach((value, index) => {
      row[columns[index]] = multiValue(value === "" ? null : value, format.listDelimiter);
    });
    return { input: row, event: row };
  }
  if (type === "regex") {
    const match = new RegExp(`^(?:${String(format.pattern)})$`).exec(text3);
    if (!match) return { error: `Incorrect Regex: ${String(format.pattern)} . No match found.` };
    const groups = match.slice(1);
    const columns = Array.isArray(format.columns) ? format.columns.map(String) : groups.map((_, index) => `column_${index + 1}`);
    const row = {};
    groups.forEach((value, index) => {
      if (index < columns.length)
        row[columns[index]] = multiValue(value ?? null, format.listDelimiter);
    });
    return { input: row, event: row };
  }
  throw notEmulated(`the ${JSON.stringify(type)} input format`);
}
function splitCsv(line) {
  const values = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current === "") quoted = true;
    else if (char === ",") {
      values.push(current);
      current = "";
    } else current += char;
  }
  if (quoted) return [line];
  values.push(current);
  return values;
}
function multiValue(value, delimiter) {
  const separator = typeof delimiter === "string" ? delimiter : "";
  if (value === null || !value.includes(separator)) return value;
  return value.split(separator);
}
function readKafka(format, source, discoverNested) {
  if (source.inline) throw notEmulated("the kafka input format on inline data");
  if (format.keyFormat !== void 0 || format.headerFormat !== void 0)
    throw notEmulated("the kafka input format with keyFormat or headerFormat");
  const valueFormat = isObject(format.valueFormat) ? format.valueFormat : void 0;
  if (!valueFormat) throw notEmulated("the kafka input format without a valueFormat");
  const columns = {
    [String(format.timestampColumnName ?? "kafka.timestamp")]: source.timestamp ?? null,
    [String(format.topicColumnName ?? "kafka.topic")]: source.topic ?? null
  };
  return readRecord(valueFormat, source, discoverNested).map(
    (result) => "event" in result ? { input: { ...result.input, ...columns }, event: { ...result.event, ...columns } } : result
  );
}
function javaString(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return `[${value.map(javaString).join(", ")}]`;
  if (isObject(value))
    return `{${Object.entries(value).map(([key, entry]) => `${key}=${javaString(entry)}`).join(", ")}}`;
  return String(value);
}

// src/emulator/sampler-transforms.ts
function applyTransforms(row, transformSpec) {
  const spec = isObject(transformSpec) ? transformSpec : {};
  const transforms = Array.isArray(spec.transforms) ? spec.transforms : [];
  if (transforms.length === 0) return row;
  const out = { ...row };
  for (const transform of transforms) {
    if (!isObject(transform) || transform.type !== "expression")
      throw notEmulated(`transforms other than "expression"`);
    const name = String(transform.name);
    if (name === "__time") throw notEmulated("a transform of __time");
    out[name] = evaluate(String(transform.expression), row);
  }
  return out;
}
function passesFilter(row, transformSpec) {
  const filter = isObject(transformSpec) ? transformSpec.filter : void 0;
  return filter === void 0 || filter === null || matches2(filter, row);
}
function matches2(filter, row) {
  if (!isObject(filter)) throw notEmulated("a filter that is not an object");
  const values = (column) => {
    const value = row[String(column)];
    if (Array.isArray(value)) return value.length === 0 ? [null] : value.map((item) => text2(item));
    return [text2(value ?? null)];
  };
  switch (filter.type) {
    case "selector":
      return values(filter.dimension).includes(text2(filter.value ?? null));
    case "equals":
      return values(filter.column).includes(text2(filter.matchValue ?? null));
    case "in": {
      const wanted = (Array.isArray(filter.values) ? filter.values : []).map((value) => text2(value));
      return values(filter.dimension).some((value) => wanted.includes(value));
    }
    case "null":
      return values(filter.column).includes(null);
    case "not":
      return !matches2(filter.field ?? null, row);
    case "and":
      return (Array.isArray(filter.fields) ? filter.fields : []).every((field) => matches2(field, row));
    case "or":
      return (Array.isArray(filter.fields) ? filter.fields : []).some((field) => matches2(field, row));
    default:
      throw notEmulated(`the ${JSON.stringify(filter.type)} filter`);
  }
}
function text2(value) {
  return value === null ? null : typeof value === "string" ? value : JSON.stringify(value);
}
function evaluate(expression, row) {
  const tokens = tokenize(expression);
  let at = 0;
  const next = () => tokens[at++];
  const expect = (value2) => {
    if (next()?.value !== value2) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  };
  const term = () => {
    const token = next();
    if (!token) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
    if (token.kind === "string") return token.value;
    if (token.kind === "number") return Number(token.value);
    if (token.kind === "name" && tokens[at]?.value === "(") {
      expect("(");
      const args = [];
      while (tokens[at]?.value !== ")") {
        args.push(term());
        if (tokens[at]?.value === ",") at++;
      }
      expect(")");
      return call(token.value, args, expression);
    }
    if (token.kind === "name") return row[token.value] ?? null;
    throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  };
  const value = term();
  if (at !== tokens.length) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  return value;
}
function call(name, args, expression) {
  const asText = (value) => value === null || value === void 0 ? null : typeof value === "string" ? value : String(value);
  switch (name) {
    case "concat":
      return args.some((arg) => arg === null) ? null : args.map(asText).join("");
    case "lower":
      return asText(args[0])?.toLowerCase() ?? null;
    case "upper":
      return asText(args[0])?.toUpperCase() ?? null;
    case "nvl":
      return args[0] ?? args[1] ?? null;
    default:
      throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  }
}
function tokenize(expression) {
  const tokens = [];
  const pattern = /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*)|([(),]))/y;
  let index = 0;
  while (index < expression.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(expression);
    if (!match) {
      if (expression.slice(index).trim() === "") break;
      throw notEmulated(`the expression ${JSON.stringify(expression)}`);
    }
    index = pattern.lastIndex;
    if (match[1] !== void 0) tokens.push({ kind: "string", value: match[1] });
    else if (match[2] !== void 0) tokens.push({ kind: "name", value: match[2] });
    else if (match[3] !== void 0) tokens.push({ kind: "number", value: match[3] });
    else if (match[4] !== void 0) tokens.push({ kind: "name", value: match[4] });
    else tokens.push({ kind: "punct", value: match[5] });
  }
  return tokens;
}

// src/emulator/sampler-rows.ts
var EVENT_PRINTED = 100;
var METRIC_TYPES = {
  count: "LONG",
  longSum: "LONG",
  longMin: "LONG",
  longMax: "LONG",
  doubleSum: "DOUBLE",
  doubleMin: "DOUBLE",
  doubleMax: "DOUBLE",
  floatSum: "FLOAT",
  floatMin: "FLOAT",
  floatMax: "FLOAT"
};
var GRANULARITY_MS = {
  SECOND: 1e3,
  MINUTE: 6e4,
  FIVE_MINUTE: 3e5,
  TEN_MINUTE: 6e5,
  FIFTEEN_MINUTE: 9e5,
  THIRTY_MINUTE: 18e5,
  HOUR: 36e5,
  SIX_HOUR: 216e5,
  EIGHT_HOUR: 288e5,
  DAY: 864e5
};
function sampleRows(records, dataSchema, inputFormat, numRows) {
  const dimensionsSpec = isObject(dataSchema.dimensionsSpec) ? dataSchema.dimensionsSpec : {};
  const discovery = dimensionsSpec.useSchemaDiscovery === true;
  const declared = declaredDimensions(dimensionsSpec.dimensions);
  const metrics = metricsOf(dataSchema.metricsSpec);
  const excluded = exclusions(dataSchema, dimensionsSpec, metrics);
  const granularity2 = isObject(dataSchema.granularitySpec) ? dataSchema.granularitySpec : {};
  const truncate = truncation(granularity2.queryGranularity ?? "NONE");
  const rollup = granularity2.rollup !== false;
  const timestampSpec = isObject(dataSchema.timestampSpec) ? dataSchema.timestampSpec : {};
  const discovered = [];
  const data = [];
  const groups = /* @__PURE__ */ new Map();
  let read = 0;
  let indexed = 0;
  for (const record of records) {
    if (read >= numRows) break;
    for (const result of readRecord(inputFormat, record, discovery)) {
      if (read >= numRows) break;
      if (!("event" in result)) {
        read++;
        data.push({
          ...result.input ? { input: result.input } : {},
          unparseable: true,
          error: result.error
        });
        continue;
      }
      const time = timestampOf(result.event, timestampSpec);
      if (typeof time === "string") {
        read++;
        data.push({ input: result.input, unparseable: true, error: lineSuffixed(time, result.line) });
        continue;
      }
      const row = applyTransforms(result.event, dataSchema.transformSpec);
      if (!passesFilter(row, dataSchema.transformSpec)) continue;
      read++;
      const dimensions2 = declared.length > 0 ? declared : grow(discovered, row, excluded, discovery);
      const parsed = { __time: truncate(time) };
      const errors = [];
      for (const dimension of dimensions2)
        parsed[dimension.name] = convert(row[dimension.name], dimension, errors);
      for (const metric of metrics) parsed[metric.name] = aggregate(metric, row);
      if (errors.length > 0) {
        const printed = `{timestamp=${isoTime(time)}, event=${javaString(result.event)}, dimensions=[${dimensions2.map((d) => d.name).join(", ")}]}`;
        data.push({
          input: result.input,
          parsed,
          unparseable: true,
          // Found while indexing, after the reader: no line number, unlike the reader's errors.
          error: `Found unparseable columns in row: [SamplerInputRow{row=${printed}}], exceptions: [${errors.join(",")}]`
        });
        continue;
      }
      indexed++;
      const key = JSON.stringify([
        parsed.__time,
        ...dimensions2.map((dimension) => parsed[dimension.name] ?? null)
      ]);
      const first = rollup ? groups.get(key) : void 0;
      if (first) {
        for (const metric of metrics)
          first[metric.name] = combine(metric, first[metric.name] ?? null, parsed[metric.name] ?? null);
        continue;
      }
      if (rollup) groups.set(key, parsed);
      data.push({ input: result.input, parsed });
    }
  }
  const dimensions = declared.length > 0 ? declared : discovered;
  return {
    numRowsRead: read,
    numRowsIndexed: indexed,
    logicalDimensions: dimensions.map(
      (dimension) => dimensionSchema(dimension.name, logicalType(dimension, data))
    ),
    physicalDimensions: dimensions.map((dimension) => dimensionSchema(dimension.name, dimension.type)),
    logicalSegmentSchema: [
      { name: "__time", type: "LONG" },
      ...dimensions.map((dimension) => ({ name: dimension.name, type: columnType(dimension, data) })),
      ...metrics.map((metric) => ({ name: metric.name, type: METRIC_TYPES[metric.type] }))
    ],
    data
  };
}
function declaredDimensions(value) {
  return (Array.isArray(value) ? value : []).map((dimension) => {
    if (typeof dimension === "string") return { name: dimension, type: "string" };
    if (!isObject(dimension)) throw notEmulated("a dimension that is neither a name nor an object");
    const type = String(dimension.type ?? "string");
    if (!["string", "long", "float", "double", "auto", "json"].includes(type))
      throw notEmulated(`dimensions of type ${JSON.stringify(type)}`);
    return { name: String(dimension.name), type };
  });
}
function metricsOf(value) {
  return (Array.isArray(value) ? value : []).map((metric) => {
    if (!isObject(metric) || !(String(metric.type) in METRIC_TYPES))
      throw notEmulated(`the ${JSON.stringify(isObject(metric) ? metric.type : metric)} aggregator`);
    return {
      name: String(metric.name),
      type: String(metric.type),
      ...typeof metric.fieldName === "string" ? { fieldName: metric.fieldName } : {}
    };
  });
}
function exclusions(dataSchema, dimensionsSpec, metrics) {
  const timestamp = isObject(dataSchema.timestampSpec) ? dataSchema.timestampSpec.column : void 0;
  return /* @__PURE__ */ new Set([
    "__time",
    String(timestamp ?? "timestamp"),
    ...metrics.flatMap((metric) => [metric.name, ...metric.fieldName ? [metric.fieldName] : []]),
    ...Array.isArray(dimensionsSpec.dimensionExclusions) ? dimensionsSpec.dimensionExclusions.map(String) : []
  ]);
}
function grow(found, row, excluded, discovery) {
  for (const name of Object.keys(row))
    if (!excluded.has(name) && !found.some((dimension) => dimension.name === name))
      found.push({ name, type: discovery ? "auto" : "string" });
  return found;
}
function timestampOf(event, spec) {
  const column = String(spec.column ?? "timestamp");
  const format = String(spec.format ?? "auto");
  const value = event[column];
  if (value === null || value === void 0) {
    const missing = dateTimeMillis(spec.missingValue);
    if (missing !== void 0) return missing;
  } else {
    const time = parseTime(value, format);
    if (time !== void 0) return time;
  }
  const printed = javaString(event);
  const cut = printed.length > EVENT_PRINTED ? `${printed.slice(0, EVENT_PRINTED)}...` : printed;
  return `Timestamp[${javaString(value ?? null)}] is unparseable! Event: ${cut}`;
}
function parseTime(value, format) {
  const number = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : void 0;
  switch (format.toLowerCase()) {
    case "auto":
      return number ?? (typeof value === "string" ? dateTimeMillis(value.replace(" ", "T")) : void 0);
    case "iso":
      return typeof value === "string" ? dateTimeMillis(value) : void 0;
    case "millis":
      return number;
    case "posix":
      return number === void 0 ? void 0 : number * 1e3;
    case "micro":
      return number === void 0 ? void 0 : Math.floor(number / 1e3);
    case "nano":
      return number === void 0 ? void 0 : Math.floor(number / 1e6);
    default:
      throw notEmulated(`the timestamp format ${JSON.stringify(format)}`);
  }
}
function truncation(granularity2) {
  const name = isObject(granularity2) ? String(granularity2.type) : String(granularity2);
  const upper = name.toUpperCase();
  if (upper === "NONE") return (time) => time;
  const size = GRANULARITY_MS[upper];
  if (size === void 0) throw notEmulated(`the query granularity ${JSON.stringify(granularity2)}`);
  return (time) => Math.floor(time / size) * size;
}
function convert(value, dimension, errors) {
  if (value === null || value === void 0) return null;
  if (dimension.type === "auto" || dimension.type === "json") return value;
  if (dimension.type === "string") {
    if (Array.isArray(value)) return value.map((item) => javaString(item));
    return javaString(value);
  }
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (Number.isNaN(number)) {
    errors.push(
      `Could not convert value [${javaString(value)}] to ${dimension.type} for dimension [${dimension.name}].`
    );
    return null;
  }
  return dimension.type === "long" ? Math.trunc(number) : number;
}
function aggregate(metric, row) {
  if (metric.type === "count") return 1;
  const value = metric.fieldName === void 0 ? null : row[metric.fieldName];
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  if (value === null || value === void 0 || Number.isNaN(number)) return null;
  return metric.type.startsWith("long") ? Math.trunc(number) : number;
}
function combine(metric, a, b) {
  if (typeof a !== "number") return b;
  if (typeof b !== "number") return a;
  if (metric.type === "count" || metric.type.endsWith("Sum")) return a + b;
  return metric.type.endsWith("Min") ? Math.min(a, b) : Math.max(a, b);
}
function dimensionSchema(name, type) {
  return {
    type,
    name,
    multiValueHandling: "SORTED_ARRAY",
    createBitmapIndex: !["long", "float", "double"].includes(type)
  };
}
function logicalType(dimension, data) {
  if (dimension.type !== "auto") return dimension.type;
  const found = valuesOf(dimension, data);
  if (found.every((value) => typeof value === "string")) return "string";
  if (found.every((value) => typeof value === "number" && Number.isInteger(value))) return "long";
  if (found.every((value) => typeof value === "number")) return "double";
  return "auto";
}
function columnType(dimension, data) {
  const logical = logicalType(dimension, data);
  return logical === "auto" || logical === "json" ? "COMPLEX<json>" : logical.toUpperCase();
}
function valuesOf(dimension, data) {
  return data.flatMap((row) => {
    const value = isObject(row.parsed) ? row.parsed[dimension.name] : void 0;
    return value === void 0 || value === null ? [] : [value];
  });
}

// src/emulator/routes-sampler.ts
var PATH = "/druid/indexer/v1/sampler";
var SAMPLER_SPEC = "org.apache.druid.client.indexing.SamplerSpec";
var DEFAULT_ROWS = 200;
var MAX_ROWS = 5e3;
function samplerRoutes(router, world, version) {
  router.on("POST", PATH, (req) => {
    if (req.access !== "write") return forbidden();
    const body2 = jsonBody(req);
    if (!isObject(body2)) throw cannotDeserialize(SAMPLER_SPEC, body2);
    if (body2.type === void 0 || body2.type === null)
      throw errorJson(
        400,
        `Could not resolve subtype of [simple type, class ${SAMPLER_SPEC}]: missing type id property 'type'`
      );
    if (body2.type !== "kafka" && body2.type !== "index")
      throw errorJson(400, unknownTypeId(body2.type, SAMPLER_SPEC, ["index", "kafka"]));
    const numRows = rowsOf(body2.samplerConfig);
    return body2.type === "kafka" ? sampleKafka(body2.spec, numRows, world, version) : sampleInline(body2.spec, numRows);
  });
}
function rowsOf(config) {
  const numRows = isObject(config) && typeof config.numRows === "number" ? config.numRows : DEFAULT_ROWS;
  if (numRows > MAX_ROWS)
    throw constructorProblem(
      "org.apache.druid.indexing.overlord.sampler.SamplerConfig",
      `numRows must be <= ${MAX_ROWS}`
    );
  return numRows;
}
function sampleKafka(spec, numRows, world, version) {
  if (!isObject(spec) || spec.type === void 0 || spec.type === null)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec]: missing type id property 'type' (for POJO property 'spec')"
    );
  const stored = readSupervisorSpec(spec, version);
  const sections = isObject(spec.spec) ? spec.spec : spec;
  const dataSchema = sections.dataSchema;
  const ioConfig = sections.ioConfig;
  if (!isObject(ioConfig.inputFormat))
    throw new EscapedException("[spec.ioConfig.inputFormat] is required", "java.lang.NullPointerException");
  const earliest = ioConfig.useEarliestOffset === true;
  const servers = String(ioConfig.consumerProperties["bootstrap.servers"]);
  const lookup = world.lookupPartitions(servers, stored.stream, stored.multiTopic);
  if (!lookup.ok) {
    if (!lookup.blocks && !stored.multiTopic)
      throw errorJson(
        400,
        "Failed to sample data: Consumer is not subscribed to any topics or assigned any partitions"
      );
    const cause = lookup.blocks ? "Timeout expired while fetching topic metadata" : `No partitions found for topics that match given pattern [${stored.stream}].Check that the pattern regex is correct and matching topics exists`;
    throw errorJson(
      400,
      `Exception while seeking to the [${earliest ? "earliest" : "latest"}] offset of partitions in topic [${stored.stream}]: ${cause}`
    );
  }
  return json(
    200,
    sampleRows(
      earliest ? recordsOf(world, servers, lookup.partitions) : [],
      dataSchema,
      ioConfig.inputFormat,
      numRows
    )
  );
}
var RECORDS_READ_IN_TIME = 1e5;
function* recordsOf(world, servers, partitions) {
  let read = 0;
  for (const record of world.readRecords(servers, partitions)) {
    if (++read > RECORDS_READ_IN_TIME) return;
    if (record.value !== null)
      yield { text: record.value, inline: false, topic: record.topic, timestamp: record.timestamp };
  }
}
function sampleInline(spec, numRows) {
  const sections = isObject(spec) ? spec : {};
  if (!isObject(sections.dataSchema))
    throw constructorProblem(
      "org.apache.druid.indexing.common.task.IndexTask$IndexIngestionSpec",
      'Cannot invoke "org.apache.druid.segment.indexing.DataSchema.getParserMap()" because "dataSchema" is null'
    );
  const ioConfig = isObject(sections.ioConfig) ? sections.ioConfig : {};
  if (ioConfig.type === void 0)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.indexing.common.task.IndexTask$IndexIOConfig]: missing type id property 'type' (for POJO property 'ioConfig')"
    );
  const source = isObject(ioConfig.inputSource) ? ioConfig.inputSource : {};
  if (source.type === void 0)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.data.input.InputSource]: missing type id property 'type' (for POJO property 'inputSource')"
    );
  if (source.type !== "inline")
    throw new EscapedException(
      `the emulator does not implement the ${JSON.stringify(source.type)} input source`,
      "druid-gitops.emulator.NotEmulated"
    );
  if (typeof source.data !== "string" || source.data === "")
    throw constructorProblem("org.apache.druid.data.input.impl.InlineInputSource", "empty data");
  if (!isObject(ioConfig.inputFormat))
    throw new EscapedException("[spec.ioConfig.inputFormat] is required", "java.lang.NullPointerException");
  const records = source.data.split(/\r\n|\r|\n/).map((text3, index) => ({ text: text3, inline: true, line: index + 1 }));
  return json(200, sampleRows(records, sections.dataSchema, ioConfig.inputFormat, numRows));
}

// src/emulator/routes-supervisor.ts
var BASE = "/druid/indexer/v1/supervisor";
function supervisorRoutes(router, overlord) {
  const filtered = (handler) => (req) => {
    const s = overlord.supervisors.get(req.params.id ?? "");
    if (!s) return text(404, `Cannot find any supervisor with id: [${req.params.id ?? ""}]`);
    if (!allowed(req.access, req.method)) return forbidden();
    return handler(s, req);
  };
  const writer = (handler) => (req) => allowed(req.access, "POST") ? handler(req) : forbidden();
  const visibleIds = (req) => req.access === "write" || atLeast(overlord.version, "38.0.0") ? javaHashSetOrder([...overlord.supervisors.keys()]) : [];
  const writableIds = (req) => req.access === "write" ? javaHashSetOrder([...overlord.supervisors.keys()]) : [];
  router.on(
    "POST",
    BASE,
    writer((req) => {
      const body2 = jsonBody(req);
      const skip = (req.query.get("skipRestartIfUnmodified") ?? "").toLowerCase() === "true";
      const { spec, modified, restarted } = overlord.createOrUpdate(body2, skip);
      return json(
        200,
        modified === void 0 || restarted === void 0 ? { id: spec.id } : { id: spec.id, modified, restarted }
      );
    })
  ).on("GET", BASE, (req) => json(200, listSupervisors(overlord, visibleIds(req), req.query))).on("GET", `${BASE}/history`, (req) => {
    const all = {};
    if (allowed(req.access, "GET"))
      for (const [id, versions] of overlord.store.history)
        all[id] = [...versions].reverse();
    return json(200, all);
  }).on("POST", `${BASE}/suspendAll`, (req) => forAll(req, (id) => overlord.suspendOrResume(id, true))).on("POST", `${BASE}/resumeAll`, (req) => forAll(req, (id) => overlord.suspendOrResume(id, false))).on("POST", `${BASE}/terminateAll`, (req) => forAll(req, (id) => overlord.terminate(id))).on(
    "GET",
    `${BASE}/{id}`,
    filtered((s) => json(200, shownSpec(s).json))
  ).on(
    "GET",
    `${BASE}/{id}/status`,
    filtered(
      (s) => json(200, statusReport(s, overlord.tasks, overlord.world, overlord.time, overlord.version))
    )
  ).on(
    "GET",
    `${BASE}/{id}/health`,
    filtered((s) => {
      const healthy = isHealthy(s.state.state);
      return json(healthy ? 200 : 503, { healthy });
    })
  ).on(
    "GET",
    `${BASE}/{id}/stats`,
    filtered((s) => json(200, taskStats(s, overlord.tasks, overlord.time)))
  ).on(
    "GET",
    `${BASE}/{id}/parseErrors`,
    filtered(() => json(200, []))
  ).on("GET", `${BASE}/{id}/history`, (req) => history2(overlord, req)).on(
    "POST",
    `${BASE}/{id}/suspend`,
    filtered((s) => suspendOrResume(overlord, s.spec.id, true))
  ).on(
    "POST",
    `${BASE}/{id}/resume`,
    filtered((s) => suspendOrResume(overlord, s.spec.id, false))
  ).on(
    "POST",
    `${BASE}/{id}/terminate`,
    filtered((s) => terminate(overlord, s.spec.id))
  ).on(
    "POST",
    `${BASE}/{id}/shutdown`,
    filtered((s) => terminate(overlord, s.spec.id))
  ).on(
    "POST",
    `${BASE}/{id}/reset`,
    filtered((s) => {
      overlord.reset(s.spec.id);
      return json(200, { id: s.spec.id });
    })
  ).on(
    "POST",
    `${BASE}/{id}/resetOffsets`,
    filtered((s, req) => {
      overlord.resetOffsets(s.spec.id, jsonBody(req));
      return json(200, { id: s.spec.id });
    })
  ).on(
    "POST",
    `${BASE}/{id}/taskGroups/handoff`,
    filtered((s, req) => {
      const body2 = jsonBody(req);
      const groups = isObject(body2) && Array.isArray(body2.taskGroupIds) ? body2.taskGroupIds.map(Number) : [];
      if (groups.length === 0) throw errorJson(400, "List of task groups to handoff can't be empty");
      overlord.handoff(s.spec.id, groups);
      return atLeast(overlord.version, "36.0.0") ? empty(202) : emptyJson(200);
    })
  );
  function forAll(req, action) {
    for (const id of writableIds(req)) action(id);
    return json(200, { status: "success" });
  }
}
function listSupervisors(overlord, ids, query) {
  const full = query.has("full");
  const state = (query.get("state") ?? "").toLowerCase() === "true";
  const system = query.has("system");
  if (!full && !state && !system) return ids;
  return ids.map((id) => {
    const s = overlord.supervisors.get(id);
    const entry = { id };
    if (atLeast(overlord.version, "34.0.0")) entry.dataSource = s.spec.dataSource;
    entry.state = basicState(s.state.state);
    entry.detailedState = s.state.state;
    entry.healthy = isHealthy(s.state.state);
    const shown = shownSpec(s);
    if (full) entry.spec = shown.json;
    if (system)
      Object.assign(entry, { specString: JSON.stringify(shown.json), type: "kafka", source: shown.stream });
    entry.suspended = system ? shown.suspended : false;
    return entry;
  });
}
function history2(overlord, req) {
  const id = req.params.id ?? "";
  const raw = req.query.get("count");
  let count;
  if (raw !== null && atLeast(overlord.version, "35.0.0")) {
    if (!/^-?\d+$/.test(raw.trim())) return empty(404);
    count = Number.parseInt(raw, 10);
    if (count <= 0) throw errorJson(400, `Count must be greater than zero if set (count was ${count})`);
  }
  const versions = allowed(req.access, "GET") ? [...overlord.store.history.get(id) ?? []].reverse() : [];
  if (versions.length === 0) return json(404, { error: `No history for [${id}].` });
  return json(200, count === void 0 ? versions : versions.slice(0, count));
}
function suspendOrResume(overlord, id, suspend) {
  if (!overlord.suspendOrResume(id, suspend)) {
    throw errorJson(400, `[${id}] is already ${suspend ? "suspended" : "running"}`);
  }
  const s = overlord.supervisors.get(id);
  return json(200, s ? shownSpec(s).json : null);
}
function terminate(overlord, id) {
  if (!overlord.terminate(id)) throw new ReplyError(json(404, { error: `[${id}] does not exist` }));
  return json(200, { id });
}

// src/emulator/router.ts
var Router = class {
  routes = [];
  on(method, template, handler) {
    this.routes.push({ method, parts: template.split("/"), handler });
    return this;
  }
  match(method, path) {
    const segments = path.split("/");
    let pathMatched = false;
    for (const route2 of this.routes) {
      const params = bind(route2.parts, segments);
      if (!params) continue;
      if (route2.method !== method) {
        pathMatched = true;
        continue;
      }
      return { handler: route2.handler, params };
    }
    return pathMatched ? "wrong-method" : void 0;
  }
};
function bind(parts, segments) {
  if (parts.length !== segments.length) return void 0;
  const params = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? "";
    if (part.startsWith("{") && part.endsWith("}")) {
      if (segment === "") return void 0;
      params[part.slice(1, -1)] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return void 0;
    }
  }
  return params;
}

// src/emulator/server.ts
var LOCAL_PATHS = ["/druid/indexer/v1/leader", "/druid/indexer/v1/isLeader", "/status", "/status/health"];
function createEmulatorServer(core, control) {
  const api = new Router();
  supervisorRoutes(api, core.overlord);
  coordinatorRoutes(api, core.overlord);
  samplerRoutes(api, core.world, core.overlord.version);
  statusRoutes(api, core.overlord.version, { self: () => core.url, leader: () => core.leader });
  const controls = new Router();
  controlRoutes(controls, control);
  return createServer((req, res) => {
    handle(core, api, controls, req, res).catch((e) => {
      if (!res.headersSent) send(res, jettyErrorPage(500, req.url ?? "/", String(e)));
    });
  });
}
async function handle(core, api, controls, req, res) {
  const url = new URL(req.url ?? "/", "http://emulator");
  const method = (req.method ?? "GET").toUpperCase();
  const path = url.pathname;
  const body2 = await readBody(req);
  const request = (access) => ({
    method,
    path,
    query: url.searchParams,
    headers: req.headers,
    body: body2,
    access
  });
  if (path.startsWith(`${CONTROL_PREFIX}/`)) {
    send(res, await route(controls, request("write")));
    return;
  }
  const record = core.log.add(method, path, url.search, core.clock.now(), auditOf(req));
  const fault = core.faults.take(method, path);
  if (fault) {
    record.fault = fault.id;
    if (fault.rule.latencyMs) await sleep(fault.rule.latencyMs);
    let handled;
    if (fault.rule.afterHandling) {
      core.overlord.advanceTo(core.clock.now());
      handled = await answer(core, api, req, path, url.search, request);
      record.handled = true;
    }
    if (fault.rule.hang) return;
    if (fault.rule.reset) {
      req.socket.destroy();
      return;
    }
    if (fault.rule.status !== void 0) {
      const reply2 = faultReply(fault.rule);
      record.status = reply2.status;
      send(res, reply2);
      return;
    }
    if (handled) {
      record.status = handled.status;
      send(res, handled);
      return;
    }
  }
  core.overlord.advanceTo(core.clock.now());
  const reply = await answer(core, api, req, path, url.search, request);
  record.status = reply.status;
  send(res, reply);
}
async function answer(core, api, req, path, search, request) {
  const auth = authenticate(req, path, core.auth);
  if (!auth.ok) return auth.reply;
  if (core.leader !== core.url && !LOCAL_PATHS.includes(path)) {
    if (!core.leader) return jettyErrorPage(503, path, "Service Unavailable");
    return empty(307, { Location: `${core.leader.replace(/\/$/, "")}${path}${search}` });
  }
  if (!core.ready && path.startsWith("/druid/indexer/v1/supervisor")) return empty(503);
  return route(api, request(auth.access));
}
async function route(router, req) {
  const found = router.match(req.method, req.path);
  if (found === "wrong-method") return jettyErrorPage(405, req.path, "Method Not Allowed");
  if (!found) return jettyErrorPage(404, req.path, "Not Found");
  try {
    return await found.handler({ ...req, params: found.params });
  } catch (e) {
    if (e instanceof ReplyError) return e.reply;
    if (e instanceof EscapedException)
      return jettyErrorPage(500, req.path, `${e.javaClass}: ${e.message}`, true);
    throw e;
  }
}
function auditOf(req) {
  const author = headerValue(req.headers, "x-druid-author");
  const comment = headerValue(req.headers, "x-druid-comment");
  if (author === void 0 && comment === void 0) return void 0;
  return { ...author === void 0 ? {} : { author }, ...comment === void 0 ? {} : { comment } };
}
function faultReply(rule) {
  const headers = { ...rule.headers };
  if (rule.retryAfter !== void 0) headers["Retry-After"] = String(rule.retryAfter);
  const status = rule.status ?? 500;
  if (rule.body === void 0) return empty(status, headers);
  if (typeof rule.body === "string") return { ...text(status, rule.body), headers };
  return json(status, rule.body, headers);
}

// src/emulator/index.ts
var DEFAULT_CLUSTERS = [
  { name: "demo", servers: ["kafka:9092", "localhost:9092", "127.0.0.1:9092"] }
];
async function startEmulator(options = {}) {
  const clock = options.clock ?? (options.timeScale ? new ScaledClock(options.startTime ?? Date.now(), options.timeScale) : new ManualClock(options.startTime ?? Date.UTC(2026, 0, 1)));
  const world = new KafkaWorld(() => clock.now());
  for (const c of options.clusters ?? DEFAULT_CLUSTERS) seedCluster(world, c);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  if (options.thresholds?.maxStoredExceptionEvents === void 0) {
    thresholds.maxStoredExceptionEvents = Math.max(
      thresholds.healthinessThreshold,
      thresholds.unhealthinessThreshold
    );
  }
  const version = options.version ?? NEWEST_VERSION;
  if (!parseVersion(version) || modelCoverage(version) !== "covered")
    throw new Error(
      `The emulator plays Druid ${OLDEST_DRUID_VERSION} to ${NEWEST_VERSION}, not ${version}: it follows what the spec model knows of each release.`
    );
  const overlord = new Overlord(
    world,
    version,
    thresholds,
    { ...DEFAULT_TIMINGS, ...options.timings },
    clock
  );
  const core = {
    clock,
    world,
    overlord,
    faults: new FaultTable(),
    log: new RequestLog(),
    auth: options.auth,
    leader: void 0,
    ready: true,
    url: ""
  };
  const control = new EmulatorControl(core);
  const server = createEmulatorServer(core, control);
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address();
  core.url = `http://${host}:${port}`;
  core.leader = options.leader ?? core.url;
  return {
    url: core.url,
    control,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
function seedCluster(world, c) {
  const cluster = world.addCluster(c.name, c.servers, c.autoCreateTopics);
  for (const t of c.topics ?? []) world.createTopic(c.name, t.name, t.partitions ?? 1, t.ratePerSec ?? 0);
  return cluster;
}

// src/emulator/serve.ts
var USAGE = `usage: druid-gitops emulator [--port N] [--time-scale X] [--druid-version V] [--auth USER:PASSWORD]
  --druid-version: the Druid release to play, ${OLDEST_DRUID_VERSION} to ${NEWEST_DRUID_VERSION} (default ${NEWEST_DRUID_VERSION})`;
var EMULATOR_USAGE = `Usage: druid-gitops emulator [--port N] [--time-scale X] [--druid-version V] [--auth USER:PASSWORD]

Serves an imitation of Druid's Overlord and Coordinator on 127.0.0.1 for trying the CLI by hand,
and prints its base URL on the first line of stdout; Ctrl-C stops it. Its Kafka answers to
kafka:9092, localhost:9092, 127.0.0.1:9092 and the example brokers of supervisors/
(kafka-broker-01:9092, kafka-broker-02:9092), and has every topic a spec names.
  --port N              the port (default: any free one)
  --time-scale X        X emulated seconds per real second (default 1)
  --druid-version V     the Druid release it imitates (default: the newest it knows)
  --auth USER:PASSWORD  require basic auth
See docs/emulator.md.`;
function parseServeArgs(argv) {
  const options = {
    // The demo world: any topic a spec names exists (3 partitions, 10 records/s each).
    clusters: [
      {
        name: "demo",
        // The example specs in supervisors/ name kafka-broker-01/02, so they deploy here as written.
        servers: [
          "kafka:9092",
          "localhost:9092",
          "127.0.0.1:9092",
          "kafka-broker-01:9092",
          "kafka-broker-02:9092"
        ],
        autoCreateTopics: { partitions: 3, ratePerSec: 10 }
      }
    ],
    timeScale: 1
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === void 0) throw new Error(`${flag} needs a value
${USAGE}`);
    i += 1;
    if (flag === "--port" && /^\d+$/.test(value) && Number(value) < 65536) options.port = Number(value);
    else if (flag === "--time-scale" && Number(value) > 0) options.timeScale = Number(value);
    else if (flag === "--druid-version" && /^\d+\.\d+\.\d+$/.test(value) && modelCoverage(value) === "covered")
      options.version = value;
    else if (flag === "--auth" && value.includes(":")) {
      const colon = value.indexOf(":");
      options.auth = {
        users: { [value.slice(0, colon)]: { password: value.slice(colon + 1), access: "write" } }
      };
    } else throw new Error(`bad option ${flag} ${value}
${USAGE}`);
  }
  return options;
}
async function serveEmulator(argv) {
  const emulator = await startEmulator(parseServeArgs(argv));
  process.stdout.write(`${emulator.url}
`);
  await new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void emulator.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
export {
  EMULATOR_USAGE,
  parseServeArgs,
  serveEmulator
};
