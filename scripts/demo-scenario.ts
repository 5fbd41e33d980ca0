/**
 * A scripted pull request over the example supervisors in supervisors/, for showing what
 * druid-gitops says about a change (the README's screenshot, the demo). The base is the examples
 * as committed; the head is a text edit of them, as a person would make it, so comments, key order
 * and line numbers stay as they are and findings point at real lines. Each edit must match exactly
 * once: when the examples change, the scenario fails loudly instead of quietly showing less.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../src/spec/git-source.js';

export interface DemoScenario {
  /** The pull request's title. */
  title: string;
  /** What the pull request does, one line per change, in the words of its author. */
  changes: readonly string[];
  base: SourceFile[];
  head: SourceFile[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVENTS = 'supervisors/events_realtime.yaml';
const PAGE_VIEWS = 'supervisors/page_views.json';
const ORDERS = 'supervisors/orders.json';
const SESSIONS = 'supervisors/sessions.yaml';

export async function demoScenario(root: string = ROOT): Promise<DemoScenario> {
  const events = await readFile(`${root}/${EVENTS}`, 'utf8');
  const pageViews = await readFile(`${root}/${PAGE_VIEWS}`, 'utf8');
  const head: Record<string, string> = {
    // Safe: more tasks for the same topic; the tasks restart and read on from their offsets.
    [EVENTS]: edit(events, '    taskCount: 2\n', '    taskCount: 4\n'),
    // Breaking: queries that group or filter on referrer stop finding it in new segments.
    [PAGE_VIEWS]: edit(pageViews, '          "referrer",\n', ''),
    // Blocked: an ISO period where Druid reads milliseconds, which Druid answers with HTTP 400.
    [ORDERS]: ordersSpec(pageViews),
    // Needs attention: minute segments from a stream leave many small segments for compaction.
    [SESSIONS]: sessionsSpec(events),
  };
  return {
    title: 'Scale events_realtime, drop referrer from page_views, add orders and sessions',
    changes: [
      `${EVENTS}: taskCount 2 → 4`,
      `${PAGE_VIEWS}: remove the referrer dimension`,
      `${ORDERS}: new supervisor, with handoffConditionTimeout written as "PT10M"`,
      `${SESSIONS}: new supervisor, with MINUTE segments`,
    ],
    base: [source(EVENTS, events), source(PAGE_VIEWS, pageViews)],
    head: Object.entries(head)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, text]) => source(file, text)),
  };
}

/** A new supervisor copied from page_views, as people start one. */
function ordersSpec(pageViews: string): string {
  let text = pageViews;
  for (const [from, to] of [
    ['"dataSource": "page_views"', '"dataSource": "orders"'],
    ['"topic": "page_views"', '"topic": "orders"'],
    ['"referrer",\n', '"status",\n'],
    ['"useEarliestOffset": true', '"useEarliestOffset": false'],
    ['"handoffConditionTimeout": 900000', '"handoffConditionTimeout": "PT10M"'],
  ] as const)
    text = edit(text, from, to);
  return text;
}

/** A new supervisor copied from events_realtime, with finer segments than a stream should write. */
function sessionsSpec(events: string): string {
  let text = events;
  for (const [from, to] of [
    ['id: events_realtime\n', 'id: sessions\n'],
    ['dataSource: events_realtime\n', 'dataSource: sessions\n'],
    ['topic: events.prod.v2\n', 'topic: sessions.prod.v1\n'],
    ['group.id: druid-events-realtime\n', 'group.id: druid-sessions\n'],
    ['segmentGranularity: HOUR\n', 'segmentGranularity: MINUTE\n'],
  ] as const)
    text = edit(text, from, to);
  return text;
}

function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`demo scenario: ${JSON.stringify(from)} is not in the example exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function source(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}
