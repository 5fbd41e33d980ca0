/**
 * `druid-gitops plan --base REF [--head REF] [--druid-url URL] [--format markdown|json]`
 * (docs/design.md): the pull-request review, locally. The cluster, when given, is only read.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config-file.js';
import { plural } from '../common/plural.js';
import { planBlockers, reviewText } from '../report/review-text.js';
import { openCluster } from './cluster.js';
import { styleFor } from './terminal.js';
import { cliSettings, settingsFlags } from '../settings/cli-settings.js';
import { runReview } from '../flows/review.js';
import { renderReview } from '../report/review-markdown.js';
import { SUMMARY_BUDGET } from '../report/validation-markdown.js';
import { LocalGitSource } from '../spec/git-source.js';
import { segmentFolders } from '../config/segment-folders.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const PLAN_USAGE = `Usage: druid-gitops plan --base REF [--head REF] [--druid-url URL] [--format text|markdown|json]
         [--supervisors PATH] [--config FILE] [--timeout SECONDS|PT30S]

Shows what merging --head (default HEAD) into --base would change: per supervisor the effective
diff, the schema verdict, what happens on merge and the findings, and the same for the retention
and compaction files beside the supervisors (docs/segments.md), with a dry run of retention
changes against the cluster's segments. With --druid-url (or DRUID_URL)
the live cluster is read, never written, and the topics of created and changed supervisors are
sampled through Druid's sampler to show what each spec does to the rows (docs/sampling.md).
--format text is the default on a terminal, markdown (the review comment) otherwise. The plan
compares commits: uncommitted edits are left out, with a warning.
Exit status: 0 nothing blocks, 1 something is blocked (each reason is named on stderr), 2 usage.`;

export async function planCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags('druid-url', 'supervisors', 'config', 'timeout'),
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(PLAN_USAGE);
    return EXIT.ok;
  }
  if (!values.base) throw new UsageError(`--base is required.\n\n${PLAN_USAGE}`);
  const format = values.format ?? (io.tty?.stdout ? 'text' : 'markdown');
  if (format !== 'text' && format !== 'markdown' && format !== 'json')
    throw new UsageError('--format must be text, markdown or json.');
  const settings = cliSettings(values, io.env);
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const supervisors = settings.supervisorsPaths;
  const segments = segmentFolders(supervisors[0] ?? 'supervisors', config);
  // The retention and compaction folders are read with the supervisors (once, when one holds the other).
  const folders = [...new Set([...supervisors, segments.retention, segments.compaction])];
  const source = new LocalGitSource(io.cwd);
  // One `git ls-tree` per ref lists a file once, even where one folder holds another.
  const [base, head] = await Promise.all([
    source.files(values.base, folders),
    source.files(values.head, folders),
  ]);
  const left = await source.uncommitted(values.head, [...folders, settings.configFile]);
  if (left.length > 0)
    io.stderr(
      `druid-gitops plan: ${plural(left.length, 'uncommitted change')} left out (the plan reads ${values.head} as committed): ${left.slice(0, 10).join(', ')}${left.length > 10 ? ', …' : ''}. Commit ${left.length === 1 ? 'it' : 'them'} to plan ${left.length === 1 ? 'it' : 'them'} too.`,
    );
  const session = settings.druid ? openCluster(io, settings.druid, settings, { use: 'read' }) : undefined;
  const client = session?.client;
  try {
    const { plan, cluster, samples } = await runReview({
      base,
      head,
      config,
      segmentFolders: segments,
      ...(client ? { client } : {}),
    });
    io.stdout(
      format === 'json'
        ? JSON.stringify({ ...plan, cluster, ...(samples ? { samples } : {}) }, null, 2)
        : format === 'text'
          ? reviewText(plan, cluster, styleFor(io, 'stdout'), samples)
          : renderReview(plan, {
              budget: SUMMARY_BUDGET,
              ...(cluster ? { cluster } : {}),
              ...(samples ? { samples } : {}),
            }),
    );
    const blockers = planBlockers(plan);
    for (const blocker of blockers) io.stderr(`druid-gitops plan: exit 1: ${blocker}`);
    return blockers.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await session?.close();
  }
}
