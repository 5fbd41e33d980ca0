import { decideAction, desiredRunState, type DecisionInput } from '../../../src/deploy/decide.js';

const spec = (taskCount: number) => ({ spec: { ioConfig: { taskCount } } });
const decide = (input: Partial<DecisionInput>) =>
  decideAction({ onDrift: 'fail', prune: false, confirmed: false, ...input });

describe('decideAction', () => {
  test('live equal to head does nothing (a re-run is a no-op)', () => {
    expect(decide({ head: spec(2), base: spec(1), live: spec(2) })).toEqual({ kind: 'unchanged' });
  });

  test('live equal to base is updated', () => {
    expect(decide({ head: spec(2), base: spec(1), live: spec(1) })).toEqual({
      kind: 'update',
      overwritesDrift: false,
    });
  });

  test('live differing from base and head is drift, overwritten only on request', () => {
    expect(decide({ head: spec(2), base: spec(1), live: spec(3) })).toEqual({ kind: 'drift' });
    expect(decide({ head: spec(2), base: spec(1), live: spec(3), onDrift: 'overwrite' })).toEqual({
      kind: 'update',
      overwritesDrift: true,
    });
  });

  test('a new file for a supervisor that already runs differently is drift', () => {
    expect(decide({ head: spec(2), live: spec(3) })).toEqual({ kind: 'drift' });
  });

  test('a supervisor Druid does not have is created', () => {
    expect(decide({ head: spec(2), base: spec(1) })).toEqual({ kind: 'create' });
    expect(decide({ head: spec(2) })).toEqual({ kind: 'create' });
  });

  test('a deleted file terminates only with prune and a confirmation', () => {
    expect(decide({ base: spec(1), live: spec(1) })).toEqual({ kind: 'deleted-kept' });
    expect(decide({ base: spec(1), live: spec(1), prune: true })).toEqual({ kind: 'prune-unconfirmed' });
    expect(decide({ base: spec(1), live: spec(1), prune: true, confirmed: true })).toEqual({ kind: 'prune' });
    expect(decide({ base: spec(1), prune: true, confirmed: true })).toEqual({ kind: 'gone' });
  });
});

describe('desiredRunState', () => {
  test('git decides when the file asks for suspended, or flips the flag back', () => {
    expect(desiredRunState({ head: true, base: false, live: false })).toBe('suspended');
    expect(desiredRunState({ head: false, base: true, live: true })).toBe('running');
    expect(desiredRunState({ head: false })).toBe('running');
  });

  test('otherwise a suspension made on the cluster is left alone', () => {
    expect(desiredRunState({ head: false, base: false, live: true })).toBe('suspended');
    expect(desiredRunState({ head: false, base: false, live: false })).toBe('running');
  });
});
