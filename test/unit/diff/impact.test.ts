/** What merging does to a supervisor, told before it happens: one test per impact. */
import { mergeImpact, type Impact } from '../../../src/diff/impact.js';
import { edited, type Spec } from './specs.js';

const io = (spec: Spec): Spec => spec.spec.ioConfig;
const data = (spec: Spec): Spec => spec.spec.dataSchema;
const same = (): void => undefined;
const kinds = (impacts: Impact[]): Array<[Impact['kind'], Impact['severity']]> =>
  impacts.map((impact) => [impact.kind, impact.severity]);

describe('mergeImpact', () => {
  test('an identical effective spec is a no-op: nothing is submitted, nothing restarts', () => {
    const base = edited('events', same);
    const head = edited('events', (spec) => (io(spec).taskDuration = 'PT60M'));
    const impacts = mergeImpact(base, head, { druidVersion: '34.0.0' });
    expect(impacts).toEqual([
      {
        kind: 'no-op',
        severity: 'info',
        message:
          'The effective spec is unchanged: the deploy submits nothing and the supervisor is not restarted.',
      },
    ]);
  });

  test('any other change restarts: tasks publish and new ones start from the stored offsets', () => {
    const head = edited('events', (spec) => (io(spec).taskCount = 4));
    const [restart] = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(restart).toMatchObject({ kind: 'restart', severity: 'info' });
    expect(restart?.message).toContain(
      'Druid 34.0.0 restarts the supervisor on every spec change, so druid-gitops suspends it first',
    );
    expect(restart?.message).toContain('new tasks start from the stored offsets');
  });

  test('38.0.0 says in advance that an autoscaled taskCount change is applied in place, nothing restarting', () => {
    const scaled = (taskCount: number) =>
      edited(
        'events',
        (spec) => {
          io(spec).taskCount = taskCount;
          io(spec).autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 8 };
        },
        '38.0.0',
      );
    const [inPlace] = mergeImpact(scaled(2), scaled(4), { druidVersion: '38.0.0' });
    expect(inPlace).toMatchObject({ kind: 'in-place', severity: 'info' });
    expect(inPlace?.message).toContain(
      'Druid 38.0.0 applies this without restarting the supervisor or its tasks',
    );
    // Before 38.0.0 the autoscaler's taskCount is no change at all.
    const older = (taskCount: number) =>
      edited('events', (spec) => {
        io(spec).taskCount = taskCount;
        io(spec).autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 8 };
      });
    expect(kinds(mergeImpact(older(2), older(4), { druidVersion: '34.0.0' }))).toEqual([['no-op', 'info']]);
  });

  test('38.0.0: the same taskCount change that also resumes the supervisor is a restart, as the deploy does it', () => {
    const scaled = (taskCount: number, suspended: boolean) =>
      edited(
        'events',
        (spec) => {
          spec.suspended = suspended;
          io(spec).taskCount = taskCount;
          io(spec).autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 8 };
        },
        '38.0.0',
      );
    const impacts = mergeImpact(scaled(2, true), scaled(4, false), { druidVersion: '38.0.0' });
    const path = impacts.find((impact) => impact.kind === 'restart' || impact.kind === 'in-place');
    expect(path).toMatchObject({ kind: 'restart', severity: 'info' });
    expect(path?.message).toContain('But the supervisor is also resumed');
  });

  test('38.0.0 says any other change restarts the supervisor and its tasks', () => {
    const head = edited('events', (spec) => (io(spec).taskDuration = 'PT2H'), '38.0.0');
    const [restart] = mergeImpact(edited('events', same, '38.0.0'), head, { druidVersion: '38.0.0' });
    expect(restart).toMatchObject({ kind: 'restart' });
    expect(restart?.message).toContain(
      'Druid 38.0.0 restarts the supervisor and its tasks for this change (its update classification applies only an autoscaled taskCount in place)',
    );
  });

  test('a topic change is blocking on 34+: Druid refuses it', () => {
    const head = edited('events', (spec) => (io(spec).topic = 'events.prod.v3'));
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(kinds(impacts)).toEqual([['stream-change', 'blocking']]);
    expect(impacts[0]?.message).toMatch(
      /^Topic changes from "events.prod.v2" to "events.prod.v3": Druid 34.0.0 refuses this update \("Update of the input source stream from \[events.prod.v2\] to \[events.prod.v3\] is not supported for a running supervisor"\)/,
    );
    expect(impacts[0]?.message).toContain('planned migration with an explicit offset decision');
  });

  test('a topic change is blocking on 33 too: accepted, stored offsets ignored, publishes fail until a reset', () => {
    const base = edited('events', same, '33.0.0');
    const head = edited('events', (spec) => (io(spec).topic = 'events.prod.v3'), '33.0.0');
    const impacts = mergeImpact(base, head, { druidVersion: '33.0.0' });
    expect(kinds(impacts)).toEqual([['stream-change', 'blocking']]);
    const message = impacts[0]?.message ?? '';
    expect(message).toContain('Druid 33.0.0 accepts this update, but ignores the stored offsets');
    expect(message).toContain(
      'at the latest offset (useEarliestOffset: false), skipping what the topic already holds',
    );
    expect(message).toContain('first publish fails ("Inconsistency between stored metadata state');
  });

  test('switching topic to topicPattern is a stream change even with the same string', () => {
    const base = edited('events', same, '33.0.0');
    const head = edited(
      'events',
      (spec) => {
        io(spec).topicPattern = io(spec).topic;
        delete io(spec).topic;
      },
      '33.0.0',
    );
    const [impact] = mergeImpact(base, head, { druidVersion: '33.0.0' });
    expect(impact?.message).toMatch(/^The supervisor switches from topic "events.prod.v2" to topicPattern/);
    expect(impact?.message).not.toContain('Inconsistency');
  });

  test('a new supervisor reading from the earliest offset re-reads the retained topic', () => {
    const [impact] = mergeImpact(undefined, edited('pageViews', same), { druidVersion: '34.0.0' });
    expect(impact).toMatchObject({ kind: 'new-supervisor', severity: 'info' });
    expect(impact?.message).toContain('re-reads everything the topic holds');
    expect(impact?.message).toContain('Offsets Druid still holds for this supervisor id');
  });

  test('a new supervisor reading from the latest offset skips what the topic holds: a warning', () => {
    const [impact] = mergeImpact(undefined, edited('events', same, '33.0.0'), { druidVersion: '33.0.0' });
    expect(impact).toMatchObject({ kind: 'new-supervisor', severity: 'warning' });
    expect(impact?.message).toContain('events already in the topic are never ingested');
    expect(impact?.message).toContain('for this datasource');
  });

  test('on 34+ a new dataSource under the same id continues from the stored offsets into an empty datasource', () => {
    const head = edited('events', (spec) => (data(spec).dataSource = 'events_v2'));
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(kinds(impacts)).toEqual([
      ['datasource-change', 'warning'],
      ['restart', 'info'],
    ]);
    expect(impacts[0]?.message).toContain('keeps its id and stored offsets');
    expect(impacts[0]?.message).toContain('"events_realtime" stops growing');
  });

  test('below 34 a new dataSource is a new supervisor beside the old one', () => {
    const base = edited('events', same, '33.0.0');
    const head = edited('events', (spec) => (data(spec).dataSource = 'events_v2'), '33.0.0');
    const impacts = mergeImpact(base, head, { druidVersion: '33.0.0' });
    expect(kinds(impacts)).toEqual([
      ['datasource-change', 'warning'],
      ['new-supervisor', 'warning'],
    ]);
    expect(impacts[0]?.message).toContain(
      'supervisor "events_realtime" keeps reading the topic into "events_realtime"',
    );
  });

  test('on 34+ a new id is a second supervisor while the old keeps running: every event twice', () => {
    const head = edited('events', (spec) => (spec.id = 'events_realtime_v2'));
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(kinds(impacts)).toEqual([
      ['id-change', 'warning'],
      ['new-supervisor', 'warning'],
    ]);
    expect(impacts[0]?.message).toContain('so every event arrives twice until "events_realtime" stops');
  });

  test('a new id on a new topic is a new supervisor, not a refused stream update', () => {
    const head = edited('events', (spec) => {
      spec.id = 'events_v3';
      io(spec).topic = 'events.prod.v3';
    });
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(impacts.map((impact) => impact.kind)).toEqual(['id-change', 'new-supervisor']);
  });

  test('a deleted spec leaves the supervisor running unless pruned; terminate keeps the offsets', () => {
    const impacts = mergeImpact(edited('events', same), undefined, { druidVersion: '34.0.0' });
    expect(kinds(impacts)).toEqual([['deleted', 'warning']]);
    expect(impacts[0]?.message).toContain('unless prune is on and confirm names it');
    expect(impacts[0]?.message).toContain('Terminating keeps its stored offsets');
  });

  test('suspended in git: stored suspended, data accumulates in Kafka', () => {
    const head = edited('events', (spec) => (spec.suspended = true));
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '34.0.0' });
    expect(kinds(impacts)).toEqual([['suspended', 'warning']]);
    expect(impacts[0]?.message).toContain('events accumulate in the topic until it is resumed');
  });

  test('a supervisor that stays suspended is told, without a warning', () => {
    const suspended = (spec: Spec): void => void (spec.suspended = true);
    const impacts = mergeImpact(edited('events', suspended), edited('events', suspended), {
      druidVersion: '34.0.0',
    });
    expect(kinds(impacts)).toEqual([
      ['no-op', 'info'],
      ['suspended', 'info'],
    ]);
    const changed = mergeImpact(
      edited('events', suspended),
      edited('events', (spec) => {
        suspended(spec);
        io(spec).taskCount = 3;
      }),
      { druidVersion: '34.0.0' },
    );
    expect(kinds(changed)).toEqual([['suspended', 'info']]);
  });

  test('dropping suspended resumes from the stored offsets', () => {
    const impacts = mergeImpact(
      edited('events', (spec) => (spec.suspended = true)),
      edited('events', same),
      {
        druidVersion: '34.0.0',
      },
    );
    expect(kinds(impacts)).toEqual([['resumed', 'info']]);
  });

  test('a new supervisor created suspended is told both ways', () => {
    const impacts = mergeImpact(
      undefined,
      edited('pageViews', (spec) => (spec.suspended = true)),
      {
        druidVersion: '34.0.0',
      },
    );
    expect(kinds(impacts)).toEqual([
      ['suspended', 'warning'],
      ['new-supervisor', 'info'],
    ]);
  });

  test('impacts come most severe first', () => {
    const head = edited('events', (spec) => {
      data(spec).dataSource = 'events_v2';
      io(spec).topic = 'other';
    });
    const impacts = mergeImpact(edited('events', same), head, { druidVersion: '35.0.0' });
    expect(kinds(impacts)).toEqual([
      ['stream-change', 'blocking'],
      ['datasource-change', 'warning'],
    ]);
  });

  test('nothing on either side: nothing to tell', () => {
    expect(mergeImpact(undefined, undefined, { druidVersion: '34.0.0' })).toEqual([]);
  });
});
