/**
 * The Druid release a run followed, in one sentence or a few, for every report that acted on or read
 * a cluster: said when it matters (the cluster runs another release than druidVersion, did not say,
 * or is outside what the rules describe) and otherwise confirmed in a few words.
 */
import type { DruidRelease } from '../flows/druid-release.js';
import { escapeMarkdown } from './safe-markdown.js';

export function releaseText(release: DruidRelease | undefined): string | undefined {
  if (!release) return undefined;
  if (release.notes.length > 0) return release.notes.join(' ');
  if (!release.reported) return undefined;
  return `The cluster runs Druid ${release.reported}${release.configuredExplicitly ? ', as druidVersion says' : ''}.`;
}

/** The same as a Markdown note (escaped), or nothing. */
export function releaseMarkdown(release: DruidRelease | undefined): string[] {
  const text = releaseText(release);
  if (!text) return [];
  return release && release.notes.length > 0
    ? ['> [!NOTE]', `> ${escapeMarkdown(text)}`, '']
    : [`<sub>${escapeMarkdown(text)}</sub>`, ''];
}
