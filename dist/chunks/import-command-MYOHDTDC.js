import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openCluster
} from "./chunk-A2N3XLZI.js";
import {
  canonicalJson,
  inParallel,
  normalizeSegmentConfig,
  normalizeSpec,
  readDruidRelease,
  sameSegmentConfig,
  specComparison
} from "./chunk-WU6CUPLN.js";
import "./chunk-LSGZIHYI.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  requireDruid,
  settingsFlags
} from "./chunk-Z5GUWCUA.js";
import {
  loadConfig,
  loadSpecFiles,
  matchSecretReferences,
  plural,
  readSegmentFile,
  referenceSecrets,
  require_dist,
  segmentFolders
} from "./chunk-MJ7KIQFN.js";
import {
  __toESM,
  canonicalLayout,
  isPlainObject,
  millisToReadablePeriod,
  supervisorId,
  viewSupervisor
} from "./chunk-TH2Y4WOA.js";

// src/cli/import-command.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/diff/minimal-spec.ts
function minimalSupervisorSpec(stored, druidVersion) {
  const { suspended: _state, ...spec } = canonicalLayout(stored);
  const id = supervisorId(viewSupervisor(spec), druidVersion);
  const meaning = (candidate) => `${supervisorId(viewSupervisor(candidate), druidVersion)}\0${canonicalJson(normalizeSpec(candidate, { druidVersion }).spec)}`;
  const target = `${id}\0${canonicalJson(normalizeSpec(stored, { druidVersion }).spec)}`;
  return minimise(spec, (candidate) => meaning(candidate) === target);
}
function minimalSegmentConfig(kind, stored, druidVersion) {
  const meaning = (candidate) => canonicalJson(normalizeSegmentConfig(kind, candidate, druidVersion) ?? null);
  const target = meaning(stored);
  const root = { value: stored };
  return minimise(root, (candidate) => meaning(candidate.value) === target, ["value"]).value ?? stored;
}
function minimise(value, same, keep = []) {
  const root = structuredClone(value);
  const visit = (node, parents) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, [...parents, node]);
        if (isPlainObject(item) && typeof item.name === "string" && onlyNameAndType(item)) {
          node[index] = item.name;
          if (!same(root)) node[index] = item;
        }
      });
      return;
    }
    if (!isPlainObject(node)) return;
    const order = Object.keys(node);
    for (const key of order) {
      const item = node[key];
      if (key !== "type" && !(parents.length === 0 && keep.includes(key))) {
        delete node[key];
        if (same(root)) continue;
        node[key] = item;
      }
      const readable = typeof item === "string" ? readablePeriod(item) : void 0;
      if (readable !== void 0) {
        node[key] = readable;
        if (!same(root)) node[key] = item;
      }
      visit(node[key], [...parents, node]);
    }
    const kept = order.filter((key) => key in node).map((key) => [key, node[key]]);
    for (const [key] of kept) delete node[key];
    for (const [key, item] of kept) node[key] = item;
  };
  visit(root, []);
  return root;
}
function readablePeriod(text) {
  if (!/^PT\d+S$/.test(text)) return void 0;
  const readable = millisToReadablePeriod(Number(text.slice(2, -1)) * 1e3);
  return readable === text ? void 0 : readable;
}
function onlyNameAndType(item) {
  return Object.keys(item).every((key) => key === "name" || key === "type");
}

// src/flows/import.ts
async function runImport(input) {
  const { client, druidVersion } = input;
  const listed = await client.listSupervisors();
  const skipped = [];
  const kafka = listed.filter((summary2) => {
    const type = summary2.spec.type;
    if (type === "kafka") return true;
    skipped.push({
      id: summary2.id,
      why: `a ${typeof type === "string" ? type : "untyped"} supervisor: druid-gitops manages Kafka supervisors`
    });
    return false;
  });
  const supervisors = await inParallel(kafka, input.maxParallel, async (summary2) => {
    const minimal = minimalSupervisorSpec(summary2.spec, druidVersion);
    const { spec, secrets } = referenceSecrets(minimal, summary2.id);
    const dataSource = viewSupervisor(spec).dataSource;
    return {
      id: supervisorId(viewSupervisor(spec), druidVersion) ?? summary2.id,
      ...typeof dataSource === "string" ? { dataSource } : {},
      spec,
      secrets,
      suspended: summary2.suspended
    };
  });
  const segments = input.segments ? await segmentConfigs(client, druidVersion) : [];
  return { supervisors: supervisors.sort((a, b) => a.id.localeCompare(b.id)), skipped, segments };
}
async function segmentConfigs(client, druidVersion) {
  const [rules, compaction] = await Promise.all([
    client.getAllRetentionRules(),
    client.getCompactionConfig()
  ]);
  const retention = Object.entries(rules).filter(([dataSource, list]) => dataSource !== "_default" && list.length > 0).map(([dataSource, list]) => ({
    kind: "retention",
    dataSource,
    value: minimalSegmentConfig("retention", list, druidVersion)
  }));
  const configs = compaction.compactionConfigs.map((config) => ({
    kind: "compaction",
    dataSource: config.dataSource,
    value: minimalSegmentConfig("compaction", config, druidVersion)
  }));
  return [...retention, ...configs].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.dataSource.localeCompare(b.dataSource)
  );
}

// src/cli/import-command.ts
var IMPORT_USAGE = `Usage: druid-gitops import --druid-url URL [--supervisors PATH] [--format yaml|json] [--segments]
         [--force] [--config FILE] [--timeout SECONDS|PT30S]

Writes the Kafka supervisors the cluster runs as spec files in the supervisors folder (default
"supervisors"), one per supervisor, as a person would write them: the defaults Druid filled in are
left out, so "druid-gitops validate" passes and "druid-gitops drift" reports git and the cluster in
agreement. Credentials are never written: each becomes a reference "\${env:NAME}" that deploy
fills in from its environment (docs/secrets.md); the variables to set are listed. --segments also
writes each datasource's own retention rules and compaction config (docs/segments.md). Reads only;
terminated supervisors are not listed by Druid and not imported. Without .druid-gitops.yml, one is
written with druidVersion set to the cluster's release. A file already there for a supervisor is
left alone when it means what the cluster runs, and overwritten only with --force.
Exit status: 0 every file written or already right, 1 a file differs and was not overwritten, 2 usage.`;
async function importCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags("druid-url", "supervisors", "config", "max-parallel", "timeout"),
      format: { type: "string", default: "yaml" },
      segments: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(IMPORT_USAGE);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== "yaml" && format !== "json") throw new UsageError("--format must be yaml or json.");
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, IMPORT_USAGE);
  const configPath = path.resolve(io.cwd, settings.configFile);
  const hasConfig = existsSync(configPath);
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const session = openCluster(io, druid, settings, { use: "read" });
  try {
    const release = await readDruidRelease(session.client, config);
    for (const note of release.notes) session.progress.log(`druid-gitops import: ${note}`);
    const druidVersion = release.version;
    session.progress.waitingFor("reading the supervisors and leaving out the defaults Druid filled in");
    const result = await runImport({
      client: session.client,
      druidVersion,
      segments: values.segments,
      maxParallel: settings.maxParallel
    });
    const folder = settings.supervisorsPaths[0] ?? "supervisors";
    const planned = [
      ...await planSupervisors(io.cwd, folder, format, druidVersion, result.supervisors),
      ...await planSegments(io.cwd, segmentFolders(folder, config), format, druidVersion, result.segments)
    ];
    if (!hasConfig)
      planned.unshift({
        path: settings.configFile,
        text: `# druid-gitops configuration (docs/configuration.md). Written by druid-gitops import.
druidVersion: ${druidVersion}
`,
        what: `the configuration: druidVersion ${druidVersion}${release.reported ? ", the cluster\u2019s release" : ""}`,
        same: false,
        exists: false,
        extra: []
      });
    let refused = 0;
    for (const file of planned) {
      if (file.same) {
        io.stdout(`unchanged  ${file.path}: ${file.what}, already as the cluster runs it`);
        continue;
      }
      if (file.exists && !values.force) {
        refused++;
        io.stdout(`not written  ${file.path}: it differs from what the cluster runs (--force overwrites it)`);
        continue;
      }
      await mkdir(path.dirname(path.resolve(io.cwd, file.path)), { recursive: true });
      await writeFile(path.resolve(io.cwd, file.path), file.text);
      io.stdout(`${file.exists ? "overwrote" : "wrote"}  ${file.path}: ${file.what}`);
      for (const line of file.extra) io.stdout(`  ${line}`);
    }
    for (const { id, why } of result.skipped) io.stdout(`skipped  ${id}: ${why}`);
    io.stdout(summary(result, planned));
    if (refused > 0) {
      io.stderr(
        `druid-gitops import: exit 1: ${plural(refused, "file")} already in git ${refused === 1 ? "differs" : "differ"} from the cluster and ${refused === 1 ? "was" : "were"} not overwritten.`
      );
      return EXIT.findings;
    }
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
async function planSupervisors(cwd, folder, format, druidVersion, supervisors) {
  const existing = existsSync(path.resolve(cwd, folder)) ? await loadSpecFiles([folder], { cwd, druidVersion }) : [];
  const byId = new Map(existing.flatMap((file) => file.supervisorId ? [[file.supervisorId, file]] : []));
  const compare = specComparison(druidVersion);
  return supervisors.map((supervisor) => {
    const present = byId.get(supervisor.id);
    const filePath = present?.path ?? `${folder}/${fileName(supervisor.id)}.${format}`;
    const same = present?.document !== void 0 && canonicalJson(compare.effective(matchSecretReferences(present.document.value, supervisor.spec))) === canonicalJson(compare.effective(supervisor.spec));
    const extra = [
      ...supervisor.secrets.length > 0 ? [
        `${plural(supervisor.secrets.length, "credential")} written as \${env:\u2026}: ${supervisor.secrets.map((secret) => `${secret.name} (${secret.pointer})`).join(", ")}`
      ] : [],
      ...supervisor.suspended ? [
        "suspended on the cluster: the file leaves `suspended` out (a deploy keeps a suspension a person made)"
      ] : []
    ];
    return {
      path: filePath,
      text: render(supervisor.spec, formatOf(filePath, format), `Kafka supervisor ${supervisor.id}`),
      what: `supervisor ${supervisor.id}`,
      same,
      exists: present !== void 0 || existsSync(path.resolve(cwd, filePath)),
      extra
    };
  });
}
async function planSegments(cwd, folders, format, druidVersion, configs) {
  return Promise.all(
    configs.map(async ({ kind, dataSource, value }) => {
      const folder = folders[kind];
      const candidates = ["yaml", "yml", "json"].map((ext) => `${folder}/${fileName(dataSource)}.${ext}`);
      const present = candidates.find((candidate) => existsSync(path.resolve(cwd, candidate)));
      const filePath = present ?? `${folder}/${fileName(dataSource)}.${format}`;
      const current = present ? readSegmentFile(kind, present, await readFile(path.resolve(cwd, present)), druidVersion).document?.value : void 0;
      return {
        path: filePath,
        text: render(
          value,
          formatOf(filePath, format),
          `${kind === "retention" ? "Retention rules" : "Compaction"} of ${dataSource}`
        ),
        what: `${kind} of ${dataSource}`,
        same: current !== void 0 && sameSegmentConfig(kind, current, value, druidVersion),
        exists: present !== void 0,
        extra: []
      };
    })
  );
}
function formatOf(filePath, fallback) {
  return filePath.endsWith(".json") ? "json" : /\.ya?ml$/.test(filePath) ? "yaml" : fallback;
}
function render(value, format, what) {
  if (format === "json") return `${JSON.stringify(value, null, 2)}
`;
  return `# ${what}, imported from the cluster by druid-gitops import. Druid's defaults are left out.
${(0, import_yaml.stringify)(value, { lineWidth: 0 })}`;
}
function fileName(id) {
  return id.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_") || "_";
}
function summary(result, planned) {
  const variables = [
    ...new Set(result.supervisors.flatMap((supervisor) => supervisor.secrets.map((secret) => secret.name)))
  ];
  const segments = result.segments.length > 0 ? ` and ${plural(result.segments.length, "retention or compaction config")}` : "";
  const lines = [
    "",
    `Imported ${plural(result.supervisors.length, "supervisor")}${segments}. Nothing on the cluster was changed.`
  ];
  if (variables.length > 0)
    lines.push(
      `Set ${variables.length === 1 ? "this variable" : "these variables"} where druid-gitops deploys (in the action: the step's env, from secrets): ${variables.join(", ")}.`
    );
  const folders = [...new Set(planned.map((file) => file.path.split("/")[0]))];
  lines.push(
    `Next: git add ${folders.join(" ")}, commit, then druid-gitops validate and druid-gitops drift.`
  );
  return lines.join("\n");
}
export {
  IMPORT_USAGE,
  importCommand
};
