import { code, codeBlock, escapeMarkdown } from '../../../src/report/safe-markdown.js';

describe('markdown escaping', () => {
  test('HTML, links, images, mentions and emphasis from user files are inert', () => {
    const hostile =
      '<img src=x onerror=alert(1)> [click](https://evil.example) ![i](x) @octocat **bold** `code` | cell';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/<img/);
    expect(escaped).not.toMatch(/(^|[^\\])\]\(/);
    expect(escaped).not.toContain('@octocat');
    expect(escaped).not.toMatch(/(^|[^\\])\*\*/);
    expect(escaped).not.toContain('`');
    expect(escaped).not.toMatch(/(^|[^\\&#0-9;])\|/);
    expect(escaped).not.toContain('https://');
  });

  test('code spans cannot be closed from inside', () => {
    expect(code('a`b</code><script>')).toBe('<code>aˋb&lt;/code&gt;&lt;script&gt;</code>');
  });

  test('code blocks use a fence longer than any backtick run inside', () => {
    expect(codeBlock('x ``` y')).toBe('````\nx ``` y\n````');
  });
});
