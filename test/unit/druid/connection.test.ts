import { auditHeaders, headerSafe } from '../../../src/druid/audit.js';
import { endpointUrl, resolveConnection } from '../../../src/druid/connection.js';
import { DruidSettingsError } from '../../../src/druid/errors.js';

const basic = (header: string | undefined) =>
  Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString();

describe('resolveConnection', () => {
  test('basic auth keeps a password that contains ":" and registers the secrets', () => {
    const resolved = resolveConnection({ url: 'https://druid:8888', username: 'admin', password: 'a:b:c' });
    expect(basic(resolved.headers.Authorization)).toBe('admin:a:b:c');
    expect(resolved.secrets).toEqual(['a:b:c', Buffer.from('admin:a:b:c').toString('base64')]);
  });

  test('a token becomes a bearer header', () => {
    const resolved = resolveConnection({ url: 'http://druid:8888', token: 'tok-123' });
    expect(resolved.headers).toEqual({ Authorization: 'Bearer tok-123' });
    expect(resolved.secrets).toEqual(['tok-123']);
  });

  test('credentials in the URL move into basic auth and out of the URL', () => {
    const resolved = resolveConnection({ url: 'https://admin:p%40ss%3Aword@druid:8888/gateway/' });
    expect(resolved.overlordUrl.href).toBe('https://druid:8888/gateway/');
    expect(basic(resolved.headers.Authorization)).toBe('admin:p@ss:word');
    expect(resolved.secrets).toContain('p%40ss%3Aword');
    expect(resolved.secrets).toContain('p@ss:word');
  });

  test('extra headers are sent and their values kept secret', () => {
    const resolved = resolveConnection({ url: 'http://druid', headers: { 'X-Api-Key': 'k-999' } });
    expect(resolved.headers).toEqual({ 'X-Api-Key': 'k-999' });
    expect(resolved.secrets).toEqual(['k-999']);
  });

  test('the Coordinator URL defaults to the Druid URL', () => {
    expect(resolveConnection({ url: 'http://router:8888' }).coordinatorUrl.href).toBe('http://router:8888/');
    const split = resolveConnection({
      url: 'http://overlord:8090',
      coordinatorUrl: 'http://coordinator:8081',
    });
    expect(split.coordinatorUrl.href).toBe('http://coordinator:8081/');
  });

  test.each([
    [{ url: 'ftp://druid' }, 'must start with http:// or https://'],
    [{ url: 'not a url with secret' }, 'the Druid URL is not a valid URL'],
    [{ url: 'http://druid?x=1' }, 'must not have a query'],
    [{ url: 'http://druid', token: 't', username: 'u', password: 'p' }, 'not both'],
    [{ url: 'http://druid', password: 'p' }, 'without a username'],
    [{ url: 'http://druid', username: 'u' }, 'No password'],
    [{ url: 'http://u:p@druid', username: 'v', password: 'q' }, 'in both the Druid URL and the username'],
    [{ url: 'http://druid', token: 't', headers: { authorization: 'x' } }, 'Authorization header'],
    [{ url: 'http://druid', headers: { 'bad header': 'x' } }, 'Invalid header name'],
    [{ url: 'http://druid', coordinatorUrl: 'http://u:p@coordinator' }, 'must not contain credentials'],
  ])('unusable settings are refused before any request: %j', (settings, message) => {
    expect(() => resolveConnection(settings)).toThrow(DruidSettingsError);
    expect(() => resolveConnection(settings)).toThrow(message);
  });

  test('an invalid URL is not echoed, since it may hold credentials', () => {
    expect(() => resolveConnection({ url: 'http://u:secret@[bad' })).toThrow(
      /^the Druid URL is not a valid URL$/,
    );
  });
});

describe('endpointUrl', () => {
  test('keeps a path prefix, encodes values, and sends present-only flags bare', () => {
    const base = new URL('https://gateway.example.com/druid-prod/');
    expect(endpointUrl(base, '/druid/indexer/v1/supervisor', { full: true }).href).toBe(
      'https://gateway.example.com/druid-prod/druid/indexer/v1/supervisor?full',
    );
    expect(endpointUrl(new URL('http://o:8090'), '/x', { count: '3', a: 'b c' }).href).toBe(
      'http://o:8090/x?count=3&a=b%20c',
    );
  });
});

describe('audit headers', () => {
  test('are folded to header-safe ASCII', () => {
    expect(
      auditHeaders({
        author: 'José Müller',
        comment: 'druid-gitops: deploy abc1234 (PR #12)\r\nby @octocat ✓',
      }),
    ).toEqual({
      'X-Druid-Author': 'Jose Muller',
      'X-Druid-Comment': 'druid-gitops: deploy abc1234 (PR #12) by @octocat ?',
    });
  });

  test('are capped in length and never empty', () => {
    expect(headerSafe('a'.repeat(300), 255)).toHaveLength(255);
    expect(auditHeaders({ author: '\n', comment: '' })).toEqual({
      'X-Druid-Author': 'druid-gitops',
      'X-Druid-Comment': 'druid-gitops',
    });
  });
});
