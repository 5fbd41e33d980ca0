/**
 * The validate flow: load every spec under the given paths, check each one (validation and
 * guardrails), apply the repository's configuration, and gather the findings per file. Shared by
 * `druid-gitops validate` and the action's review.
 */
import type { ProjectConfig } from '../config/config-file.js';
import { checkFile } from '../check/supervisor-check.js';
import { checkSegmentFile, loadSegmentFiles, segmentsFor } from '../check/segment-check.js';
import { summarise, type FileReport, type ValidationReport } from '../check/validation-report.js';
import { loadSpecFiles, markDuplicateIds, readSpec, type SpecFile } from '../spec/load.js';
import type { SourceFile } from '../spec/git-source.js';
import { segmentKindOf, type SegmentFile, type SegmentFolders } from '../spec/segment-files.js';
import { collectSecrets, redactText } from '../common/redact.js';
import { releaseCoverageFinding } from '../validate/release-coverage.js';

export interface ValidateFlowOptions {
  paths: readonly string[];
  cwd: string;
  config: ProjectConfig;
  /** Also check the retention and compaction files in these folders (missing folders: none). */
  segmentFolders?: SegmentFolders;
  /** Supervisor files that are not on disk (`validate -` reads one from stdin), checked with the others. */
  given?: readonly SourceFile[];
}

export async function runValidation(
  options: ValidateFlowOptions,
): Promise<{ report: ValidationReport; specs: SpecFile[]; segments: SegmentFile[] }> {
  const load = { cwd: options.cwd, druidVersion: options.config.druidVersion };
  const folders = options.segmentFolders;
  // A supervisors folder that holds the segment folders (supervisors-path ".") must not read them as specs.
  const isSegmentFile = (shown: string): boolean =>
    folders !== undefined && segmentKindOf(shown, folders) !== undefined;
  const [loaded, segments] = await Promise.all([
    options.paths.length > 0 ? loadSpecFiles(options.paths, { ...load, exclude: isSegmentFile }) : [],
    folders ? loadSegmentFiles(folders, load) : Promise.resolve([]),
  ]);
  const given = (options.given ?? []).map((file) => readSpec(file.path, file.bytes, load.druidVersion));
  const specs = given.length > 0 ? markDuplicateIds([...loaded, ...given]) : loaded;
  const secrets = new Set<string>();
  for (const spec of specs) if (spec.document) collectSecrets(spec.document.value, secrets);
  const segmentsOf = segmentsFor(segments);
  const release = releaseCoverageFinding(options.config.druidVersion, options.config.druidVersionAt);
  const files = [
    ...(release
      ? [
          {
            file: options.config.druidVersionAt?.file ?? '.druid-gitops.yml',
            supervisor: null,
            findings: [release],
          },
        ]
      : []),
    ...specs.map((spec) => {
      const datasource = spec.document ? segmentsOf(spec.document.value) : undefined;
      return scrub(checkFile(spec, options.config, datasource ? { segments: datasource } : {}), secrets);
    }),
    ...segments.map((file) => checkSegmentFile(file, options.config)),
  ];
  return { report: summarise(files), specs, segments };
}

/** Findings quote values from the files; no credential found in any spec may appear in them. */
function scrub(file: FileReport, secrets: ReadonlySet<string>): FileReport {
  if (secrets.size === 0) return file;
  return {
    ...file,
    findings: file.findings.map((finding) => ({ ...finding, message: redactText(finding.message, secrets) })),
  };
}
