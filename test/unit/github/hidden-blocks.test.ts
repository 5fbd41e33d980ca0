import fc from 'fast-check';
import {
  BODY_LIMIT,
  BodyTooLongError,
  bodyBudget,
  composeBody,
  decodeMetadata,
  encodeMetadata,
  hasMarker,
  markerFor,
  type JsonObject,
} from '../../../src/github/hidden-blocks.js';
import { VERSION } from '../../../src/common/version.js';

const metadata: JsonObject = {
  specs: { 'supervisors/events.json': 'sha256:1f2e', clicks: 'sha256:9a8b' },
  headSha: 'abc',
};

describe('metadata in a comment body', () => {
  test('round-trips with the tool version', () => {
    const body = composeBody('review', '## Review\n\nAll good.', metadata);
    expect(decodeMetadata(body, 'review')).toEqual({ version: VERSION, data: metadata });
  });

  test('any JSON object round-trips, whatever strings it holds (HTML, comment ends, Markdown, emoji)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('-->', '<!--', '--!>', '`', '|', '\u0000', '🙂', '</details>'),
    );
    const json = fc.dictionary(
      text,
      fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text)),
    );
    fc.assert(
      fc.property(json, fc.string(), (data, markdown) => {
        const body = composeBody('review', markdown.replaceAll('druid-gitops', 'x'), data as JsonObject);
        expect(decodeMetadata(body, 'review')?.data).toEqual(data);
      }),
    );
  });

  test('the block is an HTML comment of base64, which Markdown renders as nothing', () => {
    expect(encodeMetadata('review', { a: '-->' })).toMatch(
      /^<!-- druid-gitops:review:metadata [A-Za-z0-9+/]+=* -->$/,
    );
  });

  test('the metadata of another key is not read', () => {
    expect(decodeMetadata(composeBody('drift', 'x', metadata), 'review')).toBeUndefined();
  });
});

describe('hostile comment text never breaks the reader', () => {
  const block = (payload: string) => `<!-- druid-gitops:review:metadata ${payload} -->`;
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

  test.each([
    ['no block', 'just text'],
    ['not base64', block('{"tool":"druid-gitops"}')],
    ['base64 of text that is not JSON', block(Buffer.from('hello').toString('base64'))],
    ['JSON that is not an object', block(b64([1, 2]))],
    ['another tool', block(b64({ tool: 'other', version: '1', data: {} }))],
    ['data not an object', block(b64({ tool: 'druid-gitops', version: '1', data: 'x' }))],
    ['version not a string', block(b64({ tool: 'druid-gitops', version: 1, data: {} }))],
    [
      'two blocks (one forged after ours)',
      `${encodeMetadata('review', { a: 1 })}\n${encodeMetadata('review', { a: 2 })}`,
    ],
    ['an unterminated block', '<!-- druid-gitops:review:metadata eyJ0b29sIjoi'],
    ['an oversized block', block('A'.repeat(70_000))],
    [
      'nesting deep enough to exhaust a recursive reader',
      block(
        Buffer.from(
          `{"tool":"druid-gitops","version":"1","data":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
        ).toString('base64'),
      ),
    ],
  ])('%s → no metadata', (_name, body) => {
    expect(decodeMetadata(body, 'review')).toBeUndefined();
  });

  test('arbitrary text, with or without a block prefix, never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, prefixed) => {
        const body = prefixed ? `<!-- druid-gitops:review:metadata ${text}` : text;
        expect(() => decodeMetadata(body, 'review')).not.toThrow();
      }),
    );
  });

  test('null and missing bodies have no metadata', () => {
    expect(decodeMetadata(null, 'review')).toBeUndefined();
    expect(decodeMetadata(undefined, 'review')).toBeUndefined();
  });
});

describe('markers', () => {
  test('the marker is the first line of the body and identifies it', () => {
    const body = composeBody('review', 'text');
    expect(body.split('\n')[0]).toBe('<!-- druid-gitops:review -->');
    expect(hasMarker(body, 'review')).toBe(true);
    expect(hasMarker(body, 'drift')).toBe(false);
  });

  test.each(['', 'Review', 'a b', 'x-->', 'a'.repeat(101)])(
    'a key that could break the HTML comment is refused: %j',
    (key) => {
      expect(() => markerFor(key)).toThrow('invalid marker key');
    },
  );
});

describe('GitHub body limit', () => {
  test('a body over 65,536 characters is refused before it is sent, with the budget to render within', () => {
    const budget = bodyBudget('review', metadata);
    expect(composeBody('review', 'x'.repeat(budget), metadata)).toHaveLength(BODY_LIMIT);
    expect(() => composeBody('review', 'x'.repeat(budget + 1), metadata)).toThrow(BodyTooLongError);
    expect(() => composeBody('review', 'x'.repeat(budget + 1), metadata)).toThrow(
      `render it within ${budget}`,
    );
  });
});
