import { parseOffsets, refusal, type RecoverRequest } from '../../../src/health/operations.js';

const request = (overrides: Partial<RecoverRequest>): RecoverRequest => ({
  operation: 'status',
  supervisor: 'clicks',
  confirm: '',
  startedBy: 'person',
  ...overrides,
});

describe('which recovery requests may run', () => {
  test('reading needs nothing, and may name every supervisor', () => {
    expect(refusal(request({ operation: 'status', supervisor: '*' }))).toBeUndefined();
    expect(refusal(request({ operation: 'diagnose', startedBy: 'automation' }))).toBeUndefined();
  });

  test('a write names one supervisor', () => {
    expect(refusal(request({ operation: 'suspend', supervisor: '*' }))).toMatch(
      /suspend acts on one supervisor/,
    );
    expect(refusal(request({ operation: 'resume', supervisor: '' }))).toMatch(/acts on one supervisor/);
    expect(refusal(request({ operation: 'suspend' }))).toBeUndefined();
  });

  test.each(['reset', 'reset-offsets', 'terminate'] as const)(
    '%s needs confirm equal to the id',
    (operation) => {
      expect(refusal(request({ operation }))).toBe(
        `${operation} is destructive: set confirm to clicks to go ahead.`,
      );
      expect(refusal(request({ operation, confirm: 'Clicks' }))).toMatch(
        /confirm must be exactly the supervisor id clicks, got "Clicks"/,
      );
    },
  );

  test.each(['reset', 'reset-offsets', 'terminate'] as const)(
    '%s never runs automatically, even confirmed',
    (operation) => {
      expect(
        refusal(request({ operation, confirm: 'clicks', startedBy: 'automation', offsets: { '0': 1 } })),
      ).toMatch(/never runs automatically/);
    },
  );

  test('reset-offsets also needs the offsets', () => {
    expect(refusal(request({ operation: 'reset-offsets', confirm: 'clicks' }))).toMatch(/needs offsets/);
    expect(
      refusal(request({ operation: 'reset-offsets', confirm: 'clicks', offsets: { '0': 5 } })),
    ).toBeUndefined();
    expect(refusal(request({ operation: 'terminate', confirm: 'clicks' }))).toBeUndefined();
  });
});

describe('the offsets input', () => {
  test('partition → whole number, numbers written as strings accepted', () => {
    expect(parseOffsets('{"0": 1200, "1": "1180", "events:2": 0}')).toEqual({
      '0': 1200,
      '1': 1180,
      'events:2': 0,
    });
  });

  test.each([
    ['not json', /offsets must be JSON/],
    ['[1,2]', /JSON object of partition → offset/],
    ['{}', /at least one partition/],
    ['{"0": -1}', /partition 0 needs a whole number of at least 0, got -1/],
    ['{"0": 1.5}', /partition 0 needs a whole number/],
    ['{"0": "latest"}', /partition 0 needs a whole number of at least 0, got "latest"/],
  ])('%s is refused with a message', (text, message) => {
    expect(() => parseOffsets(text)).toThrow(message);
  });
});
