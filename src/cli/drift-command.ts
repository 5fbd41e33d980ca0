/**
 * `druid-gitops drift --druid-url URL [--head REF]`: compares git's specs at a commit with what the
 * cluster runs, on effective specs, read-only. Exit status: 0 they agree, 1 they differ, 2 usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config-file.js';
import { specComparison } from '../diff/compare.js';
import { connectionFromEnv, createOverlordClient } from '../druid/index.js';
import { runDrift } from '../flows/drift.js';
import { segmentFolders } from '../config/segment-folders.js';
import { driftSummaryMarkdown } from '../report/drift-markdown.js';
import { driftText } from '../report/recover-text.js';
import { LocalGitSource } from '../spec/git-source.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const DRIFT_USAGE = `Usage: druid-gitops drift --druid-url URL [--head REF] [--supervisors PATH] [--config FILE]
         [--format text|markdown|json]

Compares every supervisor git describes at --head (default HEAD) with what the cluster runs, and
lists supervisors the cluster runs that git does not know. Reads only.
Exit status: 0 git and the cluster agree, 1 they differ, 2 usage.`;

export async function driftCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'druid-url': { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      supervisors: { type: 'string', multiple: true },
      config: { type: 'string' },
      'max-parallel': { type: 'string', default: '4' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(DRIFT_USAGE);
    return EXIT.ok;
  }
  const connection = {
    ...connectionFromEnv(io.env),
    ...(values['druid-url'] ? { url: values['druid-url'] } : {}),
  };
  if (!connection.url) throw new UsageError(`--druid-url (or DRUID_URL) is required.\n\n${DRIFT_USAGE}`);
  if (!['text', 'markdown', 'json'].includes(values.format))
    throw new UsageError('--format must be text, markdown or json.');
  const maxParallel = Number(values['max-parallel']);
  if (!Number.isInteger(maxParallel) || maxParallel < 1)
    throw new UsageError('--max-parallel must be a whole number of at least 1.');
  const config = await loadConfig(values.config ?? '.druid-gitops.yml', io.cwd, values.config !== undefined);
  const segments = segmentFolders(values.supervisors?.[0] ?? 'supervisors', config);
  const files = await new LocalGitSource(io.cwd).files(values.head, [
    ...(values.supervisors ?? ['supervisors']),
    segments.retention,
    segments.compaction,
  ]);
  const client = createOverlordClient(connection as { url: string }, { readOnly: true });
  try {
    const report = await runDrift({
      commit: values.head,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel,
      segmentFolders: segments,
    });
    if (values.format === 'json') io.stdout(JSON.stringify(report, null, 2));
    else if (values.format === 'markdown') io.stdout(driftSummaryMarkdown(report));
    else io.stdout(driftText(report));
    return report.drifted.length > 0 || report.segmentsDrifted.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await client.close();
  }
}
