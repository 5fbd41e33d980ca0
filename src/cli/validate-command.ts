/**
 * `druid-gitops validate [PATH...] [--config FILE] [--format text|json|sarif] [--profile NAME]`
 * (docs/design.md; --profile selects the environment profile of .druid-gitops.yml).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, selectProfile, type ProjectConfig } from '../config/config-file.js';
import { runValidation } from '../flows/validate-files.js';
import { renderValidation, type OutputFormat } from '../report/validation-output.js';
import { MissingPathError } from '../spec/load.js';
import type { SourceFile } from '../spec/git-source.js';
import { segmentKindOf, type SegmentFolders } from '../spec/segment-files.js';
import { segmentFolders } from '../config/segment-folders.js';
import { cliSettings, settingsFlags } from '../settings/cli-settings.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const VALIDATE_USAGE = `Usage: druid-gitops validate [PATH...] [--config FILE] [--format text|json|sarif] [--profile NAME]
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

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...settingsFlags('config'),
      format: { type: 'string', default: 'text' },
      profile: { type: 'string' },
      'stdin-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}".`);
  try {
    const settings = cliSettings(values, io.env);
    const loaded = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
    const config = values.profile === undefined ? loaded : selectProfile(loaded, values.profile);
    const fromStdin = positionals.includes('-');
    const named = positionals.filter((given) => given !== '-');
    const paths = positionals.length > 0 ? named : ['supervisors'];
    const folders = await segmentFoldersFor(named, io.cwd, config);
    const { report } = await runValidation({
      paths,
      cwd: io.cwd,
      config,
      // A spec from stdin alone is checked alone, as a file named alone is.
      ...(folders && !(fromStdin && named.length === 0) ? { segmentFolders: folders } : {}),
      ...(fromStdin ? { given: [await stdinFile(io, values['stdin-name'])] } : {}),
    });
    io.stdout(renderValidation(report, format));
    return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MissingPathError)
      throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The segment folders to check: those of the supervisors folder (the default PATH or the first
 * folder PATH), or of the default layout when a PATH lies inside one. Files named alone are
 * checked alone, as before segment files existed.
 */
async function segmentFoldersFor(
  positionals: readonly string[],
  cwd: string,
  config: ProjectConfig,
): Promise<SegmentFolders | undefined> {
  const shown = (given: string): string =>
    path.posix.normalize(given.split(path.sep).join('/')).replace(/\/+$/, '');
  const defaults = segmentFolders('supervisors', config);
  const inside = (given: string): boolean => {
    const name = shown(given);
    return (
      name === defaults.retention ||
      name === defaults.compaction ||
      segmentKindOf(name, defaults) !== undefined
    );
  };
  if (positionals.length === 0 || positionals.some(inside)) return defaults;
  for (const given of positionals) {
    const info = await stat(path.resolve(cwd, given)).catch(() => undefined);
    if (info?.isDirectory()) return segmentFolders(shown(given), config);
  }
  return undefined;
}

async function stdinFile(io: CliIO, name: string | undefined): Promise<SourceFile> {
  if (!io.stdin) throw new UsageError('"-" reads a spec from standard input, which this run does not have.');
  return { path: name ?? '<stdin>', bytes: await io.stdin() };
}
