/**
 * Whether the rules describe a Druid release: one sentence when they do not, for the reports that
 * name the release (the validation report, the review, the deploy, drift and recovery summaries).
 */
import type { Finding } from '../common/finding.js';
import { modelCoverage, NEWEST_DRUID_VERSION, OLDEST_DRUID_VERSION } from '../spec/model/version.js';

export function releaseCoverageNote(druidVersion: string): string | undefined {
  switch (modelCoverage(druidVersion)) {
    case 'newer':
      return `Druid ${druidVersion} is newer than ${NEWEST_DRUID_VERSION}, the newest release these rules describe: fields and defaults it added or changed are unknown here, so a key the rules do not know is only a notice (Druid may drop it). Update druid-gitops when it describes ${druidVersion}.`;
    case 'older':
      return `Druid ${druidVersion} is older than ${OLDEST_DRUID_VERSION}, the oldest release these rules describe (it does not read the "spec" wrapper druid-gitops submits): findings and deploys may be wrong for it.`;
    case 'covered':
      return undefined;
  }
}

/** The note as a finding on `druidVersion` of .druid-gitops.yml, where the release was named. */
export function releaseCoverageFinding(
  druidVersion: string,
  at: { line: number; column: number } | undefined,
): Finding | undefined {
  const message = releaseCoverageNote(druidVersion);
  return message
    ? { rule: 'druid/release', severity: 'notice', pointer: '/druidVersion', message, ...at }
    : undefined;
}
