import {
  captureRequest,
  capturedRecords,
  liveRequest,
  replayRequest,
} from '../../../src/sample/sampler-requests.js';

const SOURCE = {
  topic: 'events',
  consumerProperties: { 'bootstrap.servers': 'kafka:9092', 'group.id': 'g' },
};

test('the capture reads from the earliest offset, each record whole, with the metadata fetch bounded', () => {
  const request = captureRequest(SOURCE, { numRows: 100, timeoutMs: 8000 });
  expect(request).toMatchObject({
    type: 'kafka',
    spec: {
      type: 'kafka',
      spec: {
        ioConfig: {
          topic: 'events',
          useEarliestOffset: true,
          inputFormat: { type: 'regex', pattern: '([\\s\\S]*)', columns: ['raw'] },
          consumerProperties: {
            'bootstrap.servers': 'kafka:9092',
            'group.id': 'g',
            'default.api.timeout.ms': '8000',
          },
        },
        tuningConfig: { type: 'kafka' },
      },
    },
    samplerConfig: { numRows: 100, timeoutMs: 8000 },
  });
});

test("a shorter default.api.timeout.ms of the spec's is kept; a longer one is bounded", () => {
  const props = (value: string) =>
    captureRequest(
      { ...SOURCE, consumerProperties: { ...SOURCE.consumerProperties, 'default.api.timeout.ms': value } },
      { numRows: 1, timeoutMs: 5000 },
    ).spec.spec as { ioConfig: { consumerProperties: Record<string, string> } };
  expect(props('2000').ioConfig.consumerProperties['default.api.timeout.ms']).toBe('2000');
  expect(props('60000').ioConfig.consumerProperties['default.api.timeout.ms']).toBe('5000');
});

test('the replay sends the spec flat inside an index spec, the records as inline lines, and reads them all', () => {
  const request = replayRequest({ dataSource: 'events' }, { type: 'json' }, ['{"a":1}', 'not json'], 3000);
  expect(request).toEqual({
    type: 'index',
    spec: {
      type: 'index',
      dataSchema: { dataSource: 'events' },
      ioConfig: {
        type: 'index',
        inputSource: { type: 'inline', data: '{"a":1}\nnot json' },
        inputFormat: { type: 'json' },
      },
    },
    samplerConfig: { numRows: 2, timeoutMs: 3000 },
  });
});

test('a live sample is the spec as written, from the earliest offset', () => {
  const request = liveRequest(
    { dataSource: 'events' },
    { topic: 'old', taskCount: 2, useEarliestOffset: false },
    SOURCE,
    { numRows: 10, timeoutMs: 1000 },
  );
  expect(request.spec.spec).toMatchObject({
    ioConfig: { topic: 'events', taskCount: 2, useEarliestOffset: true },
  });
});

test('the captured records are the raw column of the rows, in order; rows without one are skipped', () => {
  expect(
    capturedRecords([{ input: { raw: 'a' } }, {}, { input: { raw: 'b' } }, { input: { other: 'c' } }]),
  ).toEqual(['a', 'b']);
});
