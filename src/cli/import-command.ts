/**
 * `druid-gitops import --druid-url URL [--supervisors PATH] [--format yaml|json] [--segments]
 * [--force]`: writes what a cluster runs as the files the rest of the tool reads, like `terraform
 * import`: one spec per Kafka supervisor (and with --segments one retention and one compaction file
 * per datasource), Druid's defaults left out and credentials as `${env:NAME}` references. Reads the
 * cluster only. A file already in git for the same supervisor or datasource is left alone when it
 * means what the cluster runs, and overwritten only with --force when it does not.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { plural } from '../common/plural.js';
import { loadConfig } from '../config/config-file.js';
import { segmentFolders } from '../config/segment-folders.js';
import { specComparison } from '../diff/compare.js';
import { sameSegmentConfig } from '../diff/segment-normalize.js';
import { canonicalJson } from '../diff/spec-diff.js';
import { runImport, type ImportedSupervisor, type ImportResult } from '../flows/import.js';
import { cliSettings, requireDruid, settingsFlags } from '../settings/cli-settings.js';
import { loadSpecFiles } from '../spec/load.js';
import { readDruidRelease } from '../flows/druid-release.js';
import { matchSecretReferences } from '../spec/secret-references.js';
import { readSegmentFile } from '../check/segment-check.js';
import type { SegmentKind } from '../spec/segment-files.js';
import { openCluster } from './cluster.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const IMPORT_USAGE = `Usage: druid-gitops import --druid-url URL [--supervisors PATH] [--format yaml|json] [--segments]
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

type FileFormat = 'yaml' | 'json';

interface Planned {
  path: string;
  text: string;
  /** What it is, for the output line. */
  what: string;
  /** Already in git and meaning the same. */
  same: boolean;
  exists: boolean;
  extra: string[];
}

export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags('druid-url', 'supervisors', 'config', 'max-parallel', 'timeout'),
      format: { type: 'string', default: 'yaml' },
      segments: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(IMPORT_USAGE);
    return EXIT.ok;
  }
  const format = values.format as FileFormat;
  if (format !== 'yaml' && format !== 'json') throw new UsageError('--format must be yaml or json.');
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, IMPORT_USAGE);
  const configPath = path.resolve(io.cwd, settings.configFile);
  const hasConfig = existsSync(configPath);
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const session = openCluster(io, druid, settings, { use: 'read' });
  try {
    // The release drift and deploy will follow (the cluster's own, when it says): its defaults are
    // the ones left out, so the comparison right after the import finds nothing.
    const release = await readDruidRelease(session.client, config);
    for (const note of release.notes) session.progress.log(`druid-gitops import: ${note}`);
    const druidVersion = release.version;
    session.progress.waitingFor('reading the supervisors and leaving out the defaults Druid filled in');
    const result = await runImport({
      client: session.client,
      druidVersion,
      segments: values.segments,
      maxParallel: settings.maxParallel,
    });
    const folder = settings.supervisorsPaths[0] ?? 'supervisors';
    const planned = [
      ...(await planSupervisors(io.cwd, folder, format, druidVersion, result.supervisors)),
      ...(await planSegments(io.cwd, segmentFolders(folder, config), format, druidVersion, result.segments)),
    ];
    if (!hasConfig)
      planned.unshift({
        path: settings.configFile,
        text: `# druid-gitops configuration (docs/configuration.md). Written by druid-gitops import.\ndruidVersion: ${druidVersion}\n`,
        what: `the configuration: druidVersion ${druidVersion}${release.reported ? ', the cluster’s release' : ''}`,
        same: false,
        exists: false,
        extra: [],
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
      io.stdout(`${file.exists ? 'overwrote' : 'wrote'}  ${file.path}: ${file.what}`);
      for (const line of file.extra) io.stdout(`  ${line}`);
    }
    for (const { id, why } of result.skipped) io.stdout(`skipped  ${id}: ${why}`);
    io.stdout(summary(result, planned));
    if (refused > 0) {
      io.stderr(
        `druid-gitops import: exit 1: ${plural(refused, 'file')} already in git ${refused === 1 ? 'differs' : 'differ'} from the cluster and ${refused === 1 ? 'was' : 'were'} not overwritten.`,
      );
      return EXIT.findings;
    }
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

async function planSupervisors(
  cwd: string,
  folder: string,
  format: FileFormat,
  druidVersion: string,
  supervisors: readonly ImportedSupervisor[],
): Promise<Planned[]> {
  const existing = existsSync(path.resolve(cwd, folder))
    ? await loadSpecFiles([folder], { cwd, druidVersion })
    : [];
  const byId = new Map(existing.flatMap((file) => (file.supervisorId ? [[file.supervisorId, file]] : [])));
  const compare = specComparison(druidVersion);
  return supervisors.map((supervisor) => {
    const present = byId.get(supervisor.id);
    const filePath = present?.path ?? `${folder}/${fileName(supervisor.id)}.${format}`;
    const same =
      present?.document !== undefined &&
      canonicalJson(compare.effective(matchSecretReferences(present.document.value, supervisor.spec))) ===
        canonicalJson(compare.effective(supervisor.spec));
    const extra = [
      ...(supervisor.secrets.length > 0
        ? [
            `${plural(supervisor.secrets.length, 'credential')} written as \${env:…}: ${supervisor.secrets
              .map((secret) => `${secret.name} (${secret.pointer})`)
              .join(', ')}`,
          ]
        : []),
      ...(supervisor.suspended
        ? [
            'suspended on the cluster: the file leaves `suspended` out (a deploy keeps a suspension a person made)',
          ]
        : []),
    ];
    return {
      path: filePath,
      text: render(supervisor.spec, formatOf(filePath, format), `Kafka supervisor ${supervisor.id}`),
      what: `supervisor ${supervisor.id}`,
      same,
      exists: present !== undefined || existsSync(path.resolve(cwd, filePath)),
      extra,
    };
  });
}

async function planSegments(
  cwd: string,
  folders: { retention: string; compaction: string },
  format: FileFormat,
  druidVersion: string,
  configs: ReadonlyArray<{ kind: SegmentKind; dataSource: string; value: unknown }>,
): Promise<Planned[]> {
  return Promise.all(
    configs.map(async ({ kind, dataSource, value }) => {
      const folder = folders[kind];
      const candidates = ['yaml', 'yml', 'json'].map((ext) => `${folder}/${fileName(dataSource)}.${ext}`);
      const present = candidates.find((candidate) => existsSync(path.resolve(cwd, candidate)));
      const filePath = present ?? `${folder}/${fileName(dataSource)}.${format}`;
      const current = present
        ? readSegmentFile(kind, present, await readFile(path.resolve(cwd, present)), druidVersion).document
            ?.value
        : undefined;
      return {
        path: filePath,
        text: render(
          value,
          formatOf(filePath, format),
          `${kind === 'retention' ? 'Retention rules' : 'Compaction'} of ${dataSource}`,
        ),
        what: `${kind} of ${dataSource}`,
        same: current !== undefined && sameSegmentConfig(kind, current, value, druidVersion),
        exists: present !== undefined,
        extra: [],
      };
    }),
  );
}

function formatOf(filePath: string, fallback: FileFormat): FileFormat {
  return filePath.endsWith('.json') ? 'json' : /\.ya?ml$/.test(filePath) ? 'yaml' : fallback;
}

function render(value: unknown, format: FileFormat, what: string): string {
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  return `# ${what}, imported from the cluster by druid-gitops import. Druid's defaults are left out.\n${stringify(value, { lineWidth: 0 })}`;
}

/** A file name for an id: what a file system and a reader can take (ids may hold any character). */
function fileName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || '_';
}

function summary(result: ImportResult, planned: readonly Planned[]): string {
  const variables = [
    ...new Set(result.supervisors.flatMap((supervisor) => supervisor.secrets.map((secret) => secret.name))),
  ];
  const segments =
    result.segments.length > 0
      ? ` and ${plural(result.segments.length, 'retention or compaction config')}`
      : '';
  const lines = [
    '',
    `Imported ${plural(result.supervisors.length, 'supervisor')}${segments}. Nothing on the cluster was changed.`,
  ];
  if (variables.length > 0)
    lines.push(
      `Set ${variables.length === 1 ? 'this variable' : 'these variables'} where druid-gitops deploys (in the action: the step's env, from secrets): ${variables.join(', ')}.`,
    );
  const folders = [...new Set(planned.map((file) => file.path.split('/')[0] as string))];
  lines.push(
    `Next: git add ${folders.join(' ')}, commit, then druid-gitops validate and druid-gitops drift.`,
  );
  return lines.join('\n');
}
