import { suspensionOwner } from '../../../src/deploy/suspension-owner.js';
import type { SupervisorHistoryEntry } from '../../../src/druid/payloads.js';

const run = { host: 'laptop', pid: 4242, command: 'deploy', alive: false };
const version = (at: string, suspended: boolean, type = 'kafka'): SupervisorHistoryEntry => ({
  spec: { type, suspended },
  version: at,
});
// Newest first, as Druid serves it.
const history = [
  version('2026-03-14T10:00:02Z', true), // the run's submit of the new spec, suspended
  version('2026-03-14T10:00:01Z', true), // the run's suspend
  version('2026-03-14T09:00:00Z', false), // created, running
];
const record = { seenAt: '2026-03-14T10:00:00Z', run };

test('suspended by the run and untouched since: druid-gitops left it so', () => {
  expect(suspensionOwner({ record, suspended: true, history })).toBe('druid-gitops');
});

test('running again: the record is stale', () => {
  expect(suspensionOwner({ record, suspended: false, history })).toBe('not-suspended');
});

test('the run that suspended it still runs: not ours to touch', () => {
  expect(
    suspensionOwner({ record: { ...record, run: { ...run, alive: true } }, suspended: true, history }),
  ).toBe('run-in-progress');
});

test('resumed after the run and suspended again: a person’s suspension', () => {
  const later = [version('2026-03-14T11:00:00Z', true), version('2026-03-14T10:30:00Z', false), ...history];
  expect(suspensionOwner({ record, suspended: true, history: later })).toBe('person');
});

test('the run’s own resume before it recorded again (a restore) is not a person’s', () => {
  const restore = [version('2026-03-14T10:05:00Z', true), version('2026-03-14T10:03:00Z', false), ...history];
  expect(
    suspensionOwner({ record: { seenAt: '2026-03-14T10:04:00Z', run }, suspended: true, history: restore }),
  ).toBe('druid-gitops');
});

test('without the Overlord time (a supervisor the run created), every version since the last terminate counts', () => {
  const created = [version('2026-03-14T10:00:00Z', true), version('2026-03-13T00:00:00Z', false, 'noop')];
  expect(suspensionOwner({ record: { run }, suspended: true, history: created })).toBe('druid-gitops');
  const resumedSince = [
    version('2026-03-14T10:10:00Z', true),
    version('2026-03-14T10:05:00Z', false),
    ...created,
  ];
  expect(suspensionOwner({ record: { run }, suspended: true, history: resumedSince })).toBe('person');
});
