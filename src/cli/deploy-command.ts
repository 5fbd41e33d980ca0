/**
 * `druid-gitops deploy --druid-url URL --base REF [--head REF] [--dry-run]` (docs/design.md): the
 * merge deploy from a laptop, with git refs read from the local repository. Connection settings come
 * from flags or from DRUID_URL, DRUID_USERNAME, DRUID_PASSWORD, DRUID_TOKEN, DRUID_CA_CERT.
 * Its safety net (docs/design.md, invariant 1): a journal on disk of what it suspends, what an
 * earlier interrupted run left settled first, and Ctrl-C brings back what this run suspended.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config-file.js';
import { previewDeploy } from '../deploy/preview.js';
import type { DeployContext } from '../deploy/context.js';
import { systemClock } from '../common/clock.js';
import { specComparison } from '../diff/compare.js';
import { openCluster } from './cluster.js';
import { cliSettings, requireDruid, settingsFlags } from '../settings/cli-settings.js';
import { FAILING_SEGMENT_OUTCOMES, previewSegment } from '../deploy/deploy-segment.js';
import { deployPlan, runDeploy, type DeployReport } from '../flows/deploy.js';
import { readDruidRelease, withRelease } from '../flows/druid-release.js';
import { segmentFolders } from '../config/segment-folders.js';
import { LocalGitSource } from '../spec/git-source.js';
import { deployText } from '../report/deploy-text.js';
import { clusterOf, runSafely } from './safe-run.js';
import { journalFolder, readSuspensions } from './local-journal.js';
import { previewInterrupted } from '../flows/settle-interrupted.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const DEPLOY_USAGE = `Usage: druid-gitops deploy --druid-url URL --base REF [--head REF] [--dry-run]
         [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite] [--prune --confirm ID,...]
         [--max-parallel N] [--health-timeout SECONDS|PT5M] [--timeout SECONDS|PT2M] [--format text|json]

Applies git's specs at --head (default HEAD) to the cluster, comparing with --base to know what
"previous" means. Each changed supervisor is suspended, updated, resumed and verified; a failure
restores the previous spec. --dry-run reads the cluster and prints what would happen, writing nothing.
Exit status: 0 every supervisor runs its spec, 1 some do not (drift refused, restored, failed), 2 usage.`;

export async function deployCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags(
        'druid-url',
        'supervisors',
        'config',
        'on-drift',
        'prune',
        'confirm',
        'max-parallel',
        'health-timeout',
        'timeout',
      ),
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(DEPLOY_USAGE);
    return EXIT.ok;
  }
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, DEPLOY_USAGE);
  if (!values.base)
    throw new UsageError(`--base is required: the commit the cluster ran before.\n\n${DEPLOY_USAGE}`);
  const { healthTimeoutMs, maxParallel } = settings;

  const loaded = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? 'supervisors', loaded);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  const [headFiles, baseFiles] = await Promise.all([
    source.files(values.head, folders),
    source.files(values.base, folders),
  ]);
  const session = openCluster(io, druid, settings, { use: values['dry-run'] ? 'read' : 'write' });
  const { client } = session;
  // The cluster's own release decides what is validated, compared and how each update is applied.
  const release = await readDruidRelease(client, loaded);
  for (const note of release.notes) session.progress.log(note);
  const config = withRelease(loaded, release);
  const compare = specComparison(config.druidVersion);
  // `${env:NAME}` credentials in the specs take their values from this shell's environment.
  const secrets = (name: string): string | undefined => io.env[name];
  const context: DeployContext = {
    client,
    clock: io.clock ?? systemClock,
    druidVersion: config.druidVersion,
    audit: {
      author: `druid-gitops CLI (${io.env.USER ?? 'unknown'})`,
      comment: `deploy of ${values.head} from ${io.cwd}`,
    },
    onDrift: settings.onDrift,
    prune: settings.prune,
    confirmed: new Set(settings.confirm.split(/[\s,]+/).filter(Boolean)),
    ...(healthTimeoutMs === undefined ? {} : { healthTimeoutMs }),
    journal: { suspended: async () => {}, settled: async () => {} },
    log: (message) => session.progress.log(message),
    waitingFor: (activity, wait) => session.progress.waitingFor(activity, wait),
  };
  try {
    if (values['dry-run']) {
      const plan = deployPlan({ headFiles, baseFiles, config, segmentFolders: segments, secrets });
      const { targets, blocked } = plan;
      const segmentPreviews = await Promise.all(
        plan.segmentTargets.map((target) => previewSegment(target, context)),
      );
      const previews = await Promise.all(targets.map((target) => previewDeploy(target, context, compare)));
      const interrupted = await previewInterrupted(
        client,
        await readSuspensions(journalFolder(io.env), clusterOf(druid)),
      );
      if (values.format === 'json')
        io.stdout(
          JSON.stringify(
            {
              previews,
              blocked,
              segments: segmentPreviews,
              release,
              ...(interrupted.length > 0 ? { interrupted } : {}),
            },
            null,
            2,
          ),
        );
      else {
        for (const one of interrupted) io.stdout(`note: ${one.id}: ${one.message}`);
        for (const preview of segmentPreviews)
          io.stdout(
            `${preview.kind} of ${preview.dataSource} (${preview.file}): ${preview.message} [live: ${preview.before ?? '–'}]`,
          );
        for (const preview of previews)
          io.stdout(
            `${preview.id} (${preview.file}): ${preview.sentence}${preview.live ? ` [live: ${preview.live}]` : ''}`,
          );
        for (const result of blocked) io.stdout(`${result.id} (${result.file}): ${result.message}`);
      }
      return blocked.length > 0 ||
        previews.some((preview) => preview.action === 'drift') ||
        segmentPreviews.some((preview) => FAILING_SEGMENT_OUTCOMES.has(preview.outcome))
        ? EXIT.findings
        : EXIT.ok;
    }
    const run = await runSafely<DeployReport>(
      io,
      druid,
      context,
      {
        command: 'deploy',
        leftBecause: (done, id) =>
          done?.results.find((result) => result.id === id)?.message ?? 'left suspended by the deploy',
      },
      (safe) =>
        runDeploy({
          headFiles,
          baseFiles,
          config,
          secrets,
          context: safe,
          compare,
          maxParallel,
          segmentFolders: segments,
          release,
        }),
    );
    const { report } = run;
    const results = report?.results ?? [];
    const segmentResults = report?.segments ?? [];
    if (values.format === 'json')
      io.stdout(
        JSON.stringify(
          {
            results,
            segments: segmentResults,
            release,
            ...(run.settled.length > 0 ? { settled: run.settled } : {}),
            ...(run.interrupted ? { interrupted: run.interrupted } : {}),
          },
          null,
          2,
        ),
      );
    else
      for (const line of deployText({
        results,
        segments: segmentResults,
        settled: run.settled,
        ...(run.interrupted ? { interrupted: { ...run.interrupted, resumeCommand: run.resumeCommand } } : {}),
      }))
        io.stdout(line);
    if (run.exitCode !== undefined) return run.exitCode;
    return report?.failed || run.settled.some((one) => !one.ok) ? EXIT.findings : EXIT.ok;
  } finally {
    await session.close();
  }
}
