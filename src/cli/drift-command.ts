/**
 * `druid-gitops drift --druid-url URL [--head REF]`: compares git's specs at a commit with what the
 * cluster runs, on effective specs, read-only. Exit status: 0 they agree, 1 they differ, 2 usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config-file.js';
import { specComparison } from '../diff/compare.js';
import { openCluster } from './cluster.js';
import { cliSettings, requireDruid, settingsFlags } from '../settings/cli-settings.js';
import { runDrift } from '../flows/drift.js';
import { readDruidRelease, withRelease } from '../flows/druid-release.js';
import { segmentFolders } from '../config/segment-folders.js';
import { driftSummaryMarkdown } from '../report/drift-markdown.js';
import { driftText } from '../report/recover-text.js';
import { LocalGitSource } from '../spec/git-source.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const DRIFT_USAGE = `Usage: druid-gitops drift --druid-url URL [--head REF] [--supervisors PATH] [--config FILE]
         [--format text|markdown|json] [--timeout SECONDS|PT30S]

Compares every supervisor git describes at --head (default HEAD) with what the cluster runs, and
lists supervisors the cluster runs that git does not know. Reads only.
Exit status: 0 git and the cluster agree, 1 they differ, 2 usage.`;

export async function driftCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags('druid-url', 'supervisors', 'config', 'max-parallel', 'timeout'),
      head: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(DRIFT_USAGE);
    return EXIT.ok;
  }
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, DRIFT_USAGE);
  if (!['text', 'markdown', 'json'].includes(values.format))
    throw new UsageError('--format must be text, markdown or json.');
  const { maxParallel } = settings;
  const loaded = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? 'supervisors', loaded);
  const files = await new LocalGitSource(io.cwd).files(values.head, [
    ...settings.supervisorsPaths,
    segments.retention,
    segments.compaction,
  ]);
  const session = openCluster(io, druid, settings, { use: 'read' });
  const { client } = session;
  try {
    // The cluster's own release decides which defaults and fields the comparison uses.
    const release = await readDruidRelease(client, loaded);
    const config = withRelease(loaded, release);
    const report = await runDrift({
      secrets: (name) => io.env[name],
      commit: values.head,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel,
      segmentFolders: segments,
      release,
    });
    if (values.format === 'json') io.stdout(JSON.stringify(report, null, 2));
    else if (values.format === 'markdown') io.stdout(driftSummaryMarkdown(report));
    else io.stdout(driftText(report));
    const differ = [...report.drifted, ...report.segmentsDrifted];
    if (differ.length === 0) return EXIT.ok;
    io.stderr(`druid-gitops drift: exit 1: git and the cluster differ for ${differ.join(', ')}`);
    return EXIT.findings;
  } finally {
    await session.close();
  }
}
