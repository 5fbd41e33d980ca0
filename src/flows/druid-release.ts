/**
 * Which Druid release a run follows. When a cluster is reachable its own release decides (GET
 * /status reports the druid-server jar's version): validation, Druid's defaults, the autoscaler's
 * task count and the update path then follow what the cluster runs, not what `.druid-gitops.yml`
 * says. The report says so whenever the two differ, when the cluster cannot tell, and when the
 * rules do not describe the release.
 */
import type { ProjectConfig } from '../config/config-file.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import { compareVersions, parseVersion } from '../spec/model/version.js';
import { releaseCoverageNote } from '../validate/release-coverage.js';

export interface DruidRelease {
  /** The release this run follows: the cluster's when it reported one, else druidVersion. */
  version: string;
  /** druidVersion of .druid-gitops.yml (its default, the newest release described, when unset). */
  configured: string;
  /** Whether .druid-gitops.yml sets druidVersion (else a differing cluster is no news). */
  configuredExplicitly: boolean;
  /** What the cluster reported, when it was asked and answered with a release number. */
  reported?: string;
  /** Sentences for the report; empty when the cluster runs the configured release and the rules describe it. */
  notes: string[];
}

/** What asking the cluster gave: its `version` field, or why it could not be read. */
export type ReleaseAnswer = { version: string } | { error: string };

/** The release a run follows, from the configuration and what the cluster said (pure). */
export function resolveRelease(
  config: Pick<ProjectConfig, 'druidVersion' | 'druidVersionAt'>,
  answer: ReleaseAnswer | undefined,
): DruidRelease {
  const configured = config.druidVersion;
  const explicit = config.druidVersionAt !== undefined;
  const notes: string[] = [];
  let version = configured;
  let reported: string | undefined;
  if (answer && 'error' in answer) {
    notes.push(
      `The cluster's release could not be read (GET /status: ${answer.error}); this run follows ${followed(configured, explicit)}.`,
    );
  } else if (answer && !parseVersion(answer.version)) {
    notes.push(
      `The cluster does not say which release it runs (GET /status answered version ${JSON.stringify(answer.version)}); this run follows ${followed(configured, explicit)}.`,
    );
  } else if (answer) {
    reported = answer.version;
    version = answer.version;
    if (explicit && compareVersions(answer.version, configured) !== 0)
      notes.push(
        `The cluster runs Druid ${answer.version}, but druidVersion in .druid-gitops.yml says ${configured}: this run validates, compares and deploys for ${answer.version}, the cluster's release. Set druidVersion: ${answer.version}.`,
      );
  }
  const coverage = releaseCoverageNote(version);
  if (coverage) notes.push(coverage);
  return { version, configured, configuredExplicitly: explicit, ...(reported ? { reported } : {}), notes };
}

const followed = (configured: string, explicit: boolean): string =>
  explicit
    ? `druidVersion ${configured} from .druid-gitops.yml`
    : `Druid ${configured}, the newest release these rules describe (.druid-gitops.yml does not set druidVersion)`;

/** Asks the cluster which release it runs (GET /status, read-only); a failure is an answer too. */
export async function askRelease(client: OverlordClient): Promise<ReleaseAnswer> {
  try {
    return { version: (await client.getServerStatus()).version };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Asks the cluster which release it runs and resolves the release the run follows. */
export async function readDruidRelease(
  client: OverlordClient,
  config: Pick<ProjectConfig, 'druidVersion' | 'druidVersionAt'>,
): Promise<DruidRelease> {
  return resolveRelease(config, await askRelease(client));
}

/** The configuration with the run's release in place of druidVersion. */
export function withRelease(config: ProjectConfig, release: DruidRelease): ProjectConfig {
  return release.reported === undefined
    ? config
    : { ...config, druidVersion: release.version, druidVersionFromCluster: true };
}
