/**
 * `druid-gitops status|diagnose|suspend|resume|resync|handoff|reset|reset-offsets|terminate ID
 * --druid-url URL [--confirm ID]` (docs/design.md): the recover operations from a terminal, with the
 * action's rules — destructive operations need `--confirm` equal to the id and a person at the
 * keyboard (refused when CI is set outside a workflow_dispatch run). Connection settings come
 * from flags or from DRUID_URL, DRUID_USERNAME, DRUID_PASSWORD, DRUID_TOKEN, DRUID_CA_CERT.
 * Exit status: 0 done (or nothing to do), 1 refused or failed, 2 usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config-file.js';
import { systemClock } from '../common/clock.js';
import { openCluster } from './cluster.js';
import { readCommand, READ_FLAGS, READ_HELP, STATUS_USAGE } from './status-command.js';
import { styleFor } from './terminal.js';
import { cliSettings, requireDruid, settingsFlags } from '../settings/cli-settings.js';
import { recoverDeployContext, runRecover, type RecoverInput, type RecoverReport } from '../flows/recover.js';
import type { GitAtHead } from '../flows/recover-writes.js';
import type { DruidConnectionSettings } from '../druid/connection.js';
import { deployText } from '../report/deploy-text.js';
import { forgetSuspension, journalFolder, readSuspensions } from './local-journal.js';
import { clusterOf, runSafely, type SafeRun } from './safe-run.js';
import { ALL, isOperation, READ_ONLY, type RecoverOperation } from '../health/operations.js';
import { recoverSummaryMarkdown } from '../report/recover-markdown.js';
import { recoverText } from '../report/recover-text.js';
import { LocalGitSource } from '../spec/git-source.js';
import { segmentFolders } from '../config/segment-folders.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const RECOVER_USAGE = `Usage: ${STATUS_USAGE}
       druid-gitops suspend|resume|handoff ID --druid-url URL [--reason TEXT] [--health-timeout SECONDS|PT5M]
       druid-gitops resync ID --druid-url URL [--head REF] [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite]
         [--health-timeout SECONDS|PT5M]
       druid-gitops reset|terminate ID --druid-url URL --confirm ID [--reason TEXT]
       druid-gitops reset-offsets ID --druid-url URL --offsets '{"0": 1200}' --confirm ID [--reason TEXT]

status and diagnose read only (every supervisor when ID is left out); diagnose also reads parse
errors, task stats, history, retention rules and compaction, and says what to do next. reset,
reset-offsets and terminate lose or re-read data or remove the supervisor: they need --confirm
equal to the id, and print the offsets before and after. --reason goes to Druid's audit headers.
--timeout limits each request to Druid, retries included (default 30 s for status and diagnose,
2 min for the others). The operations that write exit 0 when done (or nothing was to do), 1 when
refused or failed, 2 on a usage error or when Druid cannot be read.
${READ_HELP}`;

export async function recoverCommand(
  operation: RecoverOperation,
  args: string[],
  io: CliIO,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...settingsFlags(
        'druid-url',
        'confirm',
        'offsets',
        'reason',
        'supervisors',
        'config',
        'on-drift',
        'max-parallel',
        'health-timeout',
        'timeout',
      ),
      ...READ_FLAGS,
      head: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(RECOVER_USAGE);
    return EXIT.ok;
  }
  const supervisor = positionals[0] ?? (READ_ONLY.has(operation) ? ALL : undefined);
  if (!supervisor || positionals.length > 1)
    throw new UsageError(`${operation} takes one supervisor id.\n\n${RECOVER_USAGE}`);
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, RECOVER_USAGE);
  if (!['text', 'markdown', 'json'].includes(values.format))
    throw new UsageError('--format must be text, markdown or json.');
  const { offsets } = settings;

  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const user = io.env.USER ?? io.env.USERNAME ?? 'unknown';
  const audit = {
    author: `druid-gitops CLI (${user})`,
    comment: `${operation} ${supervisor} by ${user}: ${settings.reason || 'no reason given'}`,
  };
  const session = openCluster(io, druid, settings, {
    use: READ_ONLY.has(operation) ? 'read' : 'write',
    audit,
  });
  const { client, progress } = session;
  const cluster = clusterOf(druid);
  const journal = journalFolder(io.env);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? 'supervisors', config);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  const readGit = async (): Promise<GitAtHead> => ({
    commit: values.head,
    head: await source.files(values.head, folders),
    base: await source.files(`${values.head}^`, folders).catch(() => []),
    segmentFolders: segments,
  });
  // git is read once per run (resync asks twice, status for files and segments), and again per
  // reading of `status --watch`, which may outlast a commit.
  const gitOnce = (): (() => Promise<GitAtHead>) => {
    let read: Promise<GitAtHead> | undefined;
    return () => (read ??= readGit());
  };
  try {
    const input: RecoverInput = {
      request: {
        operation,
        supervisor,
        confirm: settings.confirm,
        ...(offsets ? { offsets } : {}),
        // A CI job is automation, unless a person started it from the Actions form.
        startedBy: io.env.CI && io.env.GITHUB_EVENT_NAME !== 'workflow_dispatch' ? 'automation' : 'person',
        via: 'cli',
      },
      client,
      clock: io.clock ?? systemClock,
      audit,
      config,
      git: gitOnce(),
      onDrift: settings.onDrift,
      secrets: (name) => io.env[name],
      ...(settings.healthTimeoutMs === undefined ? {} : { healthTimeoutMs: settings.healthTimeoutMs }),
      journal: { suspended: async () => {}, settled: async () => {} },
      maxParallel: settings.maxParallel,
      ...(READ_ONLY.has(operation) && !values.trend ? { oneSample: true } : {}),
      waitingFor: (activity, wait) => progress.waitingFor(activity, wait),
      log: (message) => progress.log(message),
      suspensions: () => readSuspensions(journal, cluster),
    };
    const render = (report: RecoverReport): string =>
      values.format === 'json'
        ? JSON.stringify(report, null, 2)
        : values.format === 'markdown'
          ? recoverSummaryMarkdown(report)
          : recoverText(report, styleFor(io, 'stdout'));
    if (READ_ONLY.has(operation))
      return await readCommand(
        io,
        operation,
        values,
        () => runRecover({ ...input, git: gitOnce() }).finally(() => progress.idle()),
        render,
      );
    const { report, safety } = await run(operation, supervisor, input, io, druid);
    if (
      report &&
      ['resume', 'suspend', 'terminate'].includes(operation) &&
      ['done', 'unchanged'].includes(report.outcome)
    )
      // Resumed, or suspended or terminated by a person's command: no longer druid-gitops's suspension.
      await forgetSuspension(journal, cluster, supervisor);
    if (values.format === 'json')
      io.stdout(
        JSON.stringify(
          {
            ...report,
            ...(safety && safety.settled.length > 0 ? { settled: safety.settled } : {}),
            ...(safety?.interrupted ? { interrupted: safety.interrupted } : {}),
          },
          null,
          2,
        ),
      );
    else if (report && values.format === 'markdown') io.stdout(recoverSummaryMarkdown(report));
    else if (report) io.stdout(recoverText(report, styleFor(io, 'stdout')));
    if (safety && values.format !== 'json') {
      const lines = deployText({
        results: [],
        segments: [],
        settled: safety.settled,
        ...(safety.interrupted
          ? { interrupted: { ...safety.interrupted, resumeCommand: safety.resumeCommand } }
          : {}),
      });
      for (const line of lines) io.stdout(line);
    }
    if (safety?.exitCode !== undefined) return safety.exitCode;
    if (safety?.settled.some((one) => !one.ok)) return EXIT.findings;
    return !report || report.outcome === 'refused' || report.outcome === 'failed' ? EXIT.findings : EXIT.ok;
  } finally {
    await session.close();
  }
}

/**
 * Runs the operation; resync suspends like a deploy, so it runs inside the CLI's safety net
 * (journal, Ctrl-C, what an earlier run of it left), the others as they are.
 */
async function run(
  operation: RecoverOperation,
  supervisor: string,
  input: RecoverInput,
  io: CliIO,
  druid: DruidConnectionSettings,
): Promise<{ report?: RecoverReport; safety?: SafeRun<RecoverReport> }> {
  if (operation !== 'resync') return { report: await runRecover(input) };
  const context = recoverDeployContext(input);

  const safety = await runSafely<RecoverReport>(
    io,
    druid,
    context,
    {
      command: 'resync',
      only: (id) => id === supervisor,
      leftBecause: (report) => report?.message ?? 'left suspended by the resync',
    },
    (safe) =>
      runRecover({ ...input, journal: safe.journal, ...(safe.signal ? { signal: safe.signal } : {}) }),
  );
  return { ...(safety.report ? { report: safety.report } : {}), safety };
}

/** The dispatcher's entry: the operation is the command name. */
export function recoverCommandFor(name: string): (args: string[], io: CliIO) => Promise<number> {
  if (!isOperation(name)) throw new Error(`${name} is not a recover operation`);
  return (args, io) => recoverCommand(name, args, io);
}
