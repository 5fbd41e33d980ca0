#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runValidation
} from "./chunks/chunk-PNHQVBYQ.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  VERSION
} from "./chunks/chunk-VMCOGDTS.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  settingsFlags
} from "./chunks/chunk-Z5GUWCUA.js";
import {
  ConfigError,
  MissingPathError,
  OPERATIONS,
  RULES_BY_ID,
  closest,
  loadConfig,
  ruleAnchor,
  rulePage,
  segmentFolders,
  segmentKindOf,
  selectProfile
} from "./chunks/chunk-MJ7KIQFN.js";
import "./chunks/chunk-TH2Y4WOA.js";

// src/cli/validate-command.ts
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/report/validation-output.ts
function renderValidation(report, format) {
  switch (format) {
    case "json":
      return JSON.stringify(toJson(report), null, 2);
    case "sarif":
      return JSON.stringify(toSarif(report), null, 2);
    case "text":
      return toText(report);
  }
}
function toJson(report) {
  return {
    summary: report.summary,
    files: report.files.map((file) => ({
      file: file.file,
      supervisor: file.supervisor,
      // Added for retention and compaction files only, so supervisor reports keep their exact shape.
      ...file.kind ? { kind: file.kind } : {},
      findings: file.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        pointer: finding.pointer,
        line: finding.line ?? null,
        column: finding.column ?? null,
        ...finding.suppressed ? { suppressed: finding.suppressed } : {}
      }))
    }))
  };
}
function toText(report) {
  const lines = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const where = `${file.file}:${finding.line ?? 1}:${finding.column ?? 1}`;
      const suppressed = finding.suppressed ? ` (suppressed: ${finding.suppressed.reason})` : "";
      const at = finding.pointer ? ` at ${finding.pointer}` : "";
      lines.push(`${where}: ${finding.severity}: ${finding.message}${suppressed} [${finding.rule}${at}]`);
    }
  }
  const { files, supervisors, errors, warnings, notices } = report.summary;
  if (lines.length > 0) lines.push("");
  lines.push(
    `${files} ${plural(files, "file")}, ${supervisors} ${plural(supervisors, "supervisor")}: ${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}, ${notices} ${plural(notices, "notice")}.`
  );
  return lines.join("\n");
}
var SARIF_LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(report) {
  const used = [
    ...new Set(report.files.flatMap((file) => file.findings.map((finding) => finding.rule)))
  ].sort();
  const ruleIndex = new Map(used.map((id, index) => [id, index]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: used.map((id) => {
              const info = RULES_BY_ID.get(id);
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_, next) => next.toUpperCase()),
                shortDescription: { text: info?.title ?? id },
                fullDescription: { text: info?.description ?? id },
                helpUri: `${INFORMATION_URI}/blob/main/${rulePage(id)}#${ruleAnchor(id)}`,
                defaultConfiguration: { level: SARIF_LEVEL[info?.severity ?? "warning"] }
              };
            })
          }
        },
        results: report.files.flatMap(
          (file) => file.findings.map((finding) => sarifResult(file.file, finding, ruleIndex))
        )
      }
    ]
  };
}
function sarifResult(file, finding, ruleIndex) {
  return {
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file },
          region: { startLine: finding.line ?? 1, startColumn: finding.column ?? 1 }
        },
        ...finding.pointer ? { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: "member" }] } : {}
      }
    ],
    ...finding.suppressed ? {
      suppressions: [
        {
          kind: finding.suppressed.source === "inline" ? "inSource" : "external",
          justification: finding.suppressed.reason
        }
      ]
    } : {}
  };
}
function plural(count, word) {
  return count === 1 ? word : `${word}s`;
}

// src/cli/validate-command.ts
var VALIDATE_USAGE = `Usage: druid-gitops validate [PATH...] [--config FILE] [--format text|json|sarif] [--profile NAME]
         [--stdin-name NAME]

Checks supervisor specs (*.json, *.yaml, *.yml) against what Druid accepts, and against the
guardrails (operational rules) as .druid-gitops.yml configures them.
PATH defaults to "supervisors"; folders are searched recursively.
The retention and compaction files (docs/segments.md) beside the supervisors folder (the first
folder PATH, default "supervisors") or named by "segments" in the config are checked as well.
--profile selects an environment profile (e.g. production), overriding "profile" in the config.
PATH "-" reads one spec from standard input, shown as <stdin> (or as --stdin-name, whose extension
then says JSON or YAML; without it, text starting with "{" is JSON, anything else YAML).
Exit status: 0 no error-level finding, 1 at least one, 2 usage or I/O error.`;
var FORMATS = ["text", "json", "sarif"];
async function validateCommand(args, io2) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...settingsFlags("config"),
      format: { type: "string", default: "text" },
      profile: { type: "string" },
      "stdin-name": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io2.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${values.format}".`);
  try {
    const settings = cliSettings(values, io2.env);
    const loaded = await loadConfig(settings.configFile, io2.cwd, settings.configFileExplicit);
    const config = values.profile === void 0 ? loaded : selectProfile(loaded, values.profile);
    const fromStdin = positionals.includes("-");
    const named = positionals.filter((given) => given !== "-");
    const paths = positionals.length > 0 ? named : ["supervisors"];
    const folders = await segmentFoldersFor(named, io2.cwd, config);
    const { report } = await runValidation({
      paths,
      cwd: io2.cwd,
      config,
      // A spec from stdin alone is checked alone, as a file named alone is.
      ...folders && !(fromStdin && named.length === 0) ? { segmentFolders: folders } : {},
      ...fromStdin ? { given: [await stdinFile(io2, values["stdin-name"])] } : {}
    });
    io2.stdout(renderValidation(report, format));
    return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MissingPathError)
      throw new UsageError(error.message);
    throw error;
  }
}
async function segmentFoldersFor(positionals, cwd, config) {
  const shown = (given) => path.posix.normalize(given.split(path.sep).join("/")).replace(/\/+$/, "");
  const defaults = segmentFolders("supervisors", config);
  const inside = (given) => {
    const name = shown(given);
    return name === defaults.retention || name === defaults.compaction || segmentKindOf(name, defaults) !== void 0;
  };
  if (positionals.length === 0 || positionals.some(inside)) return defaults;
  for (const given of positionals) {
    const info = await stat(path.resolve(cwd, given)).catch(() => void 0);
    if (info?.isDirectory()) return segmentFolders(shown(given), config);
  }
  return void 0;
}
async function stdinFile(io2, name) {
  if (!io2.stdin) throw new UsageError('"-" reads a spec from standard input, which this run does not have.');
  return { path: name ?? "<stdin>", bytes: await io2.stdin() };
}

// src/cli/run.ts
var COMMANDS = {
  validate: validateCommand,
  plan: async (args, io2) => (await import("./chunks/plan-command-74HRLZLE.js")).planCommand(args, io2),
  deploy: async (args, io2) => (await import("./chunks/deploy-command-DQE6SBNY.js")).deployCommand(args, io2),
  ...Object.fromEntries(
    OPERATIONS.map((operation) => [
      operation,
      async (args, io2) => (await import("./chunks/recover-command-AB7QZ2LT.js")).recoverCommandFor(operation)(args, io2)
    ])
  ),
  drift: async (args, io2) => (await import("./chunks/drift-command-B3WS6YAU.js")).driftCommand(args, io2),
  import: async (args, io2) => (await import("./chunks/import-command-MYOHDTDC.js")).importCommand(args, io2),
  emulator: async (args, io2) => {
    const { serveEmulator, EMULATOR_USAGE } = await import("./chunks/serve-RJKUP3DS.js");
    if (args.includes("--help") || args.includes("-h")) {
      io2.stdout(EMULATOR_USAGE);
      return EXIT.ok;
    }
    await serveEmulator(args);
    return EXIT.ok;
  }
};
var USAGE = `Usage: druid-gitops <command> [options]

Commands:
  validate [PATH...]   check supervisor specs against what Druid accepts
  plan                 show what a merge would change (review)
  deploy               apply git's specs to a cluster
  status|diagnose [ID]  what state supervisors are in, what is wrong, what to do next
  suspend|resume|resync|handoff|reset|reset-offsets|terminate ID
                       recovery operations on one supervisor (reset, reset-offsets and
                       terminate need --confirm ID)
  drift                compare git with the cluster
  import               write what a cluster runs as spec files (reads only)
  emulator             serve the Overlord emulator on 127.0.0.1

Run "druid-gitops <command> --help" for a command's options.

${VALIDATE_USAGE}`;
async function runCli(argv, io2) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(USAGE);
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    io2.stdout(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = closest(name, Object.keys(COMMANDS));
    io2.stderr(
      `druid-gitops: unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ""} Run "druid-gitops --help" for the commands.`
    );
    return EXIT.usage;
  }
  try {
    return await command(args, io2);
  } catch (error) {
    io2.stderr(`druid-gitops ${name}: ${error.message}`);
    return EXIT.usage;
  }
}

// src/cli.ts
var io = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
  cwd: process.cwd(),
  env: process.env,
  tty: {
    stdout: process.stdout.isTTY === true,
    stderr: process.stderr.isTTY === true,
    ...process.stderr.columns ? { columns: process.stderr.columns } : {}
  },
  stderrRaw: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
  // Only while a command listens: otherwise Node's default (exit at once) applies.
  signals: {
    subscribe(listener) {
      const handlers = ["SIGINT", "SIGTERM"].map((signal) => {
        const handler = () => listener(signal);
        process.on(signal, handler);
        return () => process.off(signal, handler);
      });
      return () => handlers.forEach((off) => off());
    }
  },
  exitNow: (code) => process.exit(code)
};
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`druid-gitops: ${error.stack ?? String(error)}
`);
    process.exitCode = 2;
  }
);
