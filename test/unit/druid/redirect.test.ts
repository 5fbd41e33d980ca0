import { displayUrl, redirectDecision } from '../../../src/druid/redirect.js';

const current = new URL('https://overlord-b:8281/druid/indexer/v1/supervisor?full');
const decide = (status: number, location: string | undefined, visited = [current.href], maxRedirects = 3) =>
  redirectDecision({ status, location, current, visited, maxRedirects });

describe('redirectDecision', () => {
  test("a 307 to the leader is followed, with the path and query of Druid's Location", () => {
    const decision = decide(307, 'https://overlord-a:8281/druid/indexer/v1/supervisor?full');
    expect(decision).toEqual({ follow: new URL('https://overlord-a:8281/druid/indexer/v1/supervisor?full') });
  });

  test('a relative Location resolves against the current URL, and 308 is followed too', () => {
    expect(decide(308, '/druid/indexer/v1/supervisor')).toEqual({
      follow: new URL('https://overlord-b:8281/druid/indexer/v1/supervisor'),
    });
  });

  test('a scheme change is refused: credentials never go from https to http', () => {
    expect(decide(307, 'http://overlord-a:8090/druid/indexer/v1/supervisor')).toEqual({
      refuse:
        'a redirect from https: to http://overlord-a:8090/druid/indexer/v1/supervisor was refused: credentials stay on one scheme',
    });
  });

  test('a loop and a long chain are refused', () => {
    expect(decide(307, current.href)).toEqual({ refuse: `a redirect loop back to ${current.href}` });
    const visited = ['https://a/', 'https://b/', 'https://c/', 'https://d/'];
    expect(decide(307, 'https://e/', visited)).toEqual({
      refuse: 'more than 3 redirects (last to https://e/)',
    });
  });

  test('a redirect without Location, or one that is not 307/308, is refused', () => {
    expect(decide(307, undefined)).toEqual({ refuse: 'a 307 redirect without a Location header' });
    expect(decide(302, 'https://login.example.com/')).toEqual({
      refuse:
        'an unexpected 302 redirect to https://login.example.com/; configure that URL directly if it is right',
    });
  });

  test('credentials in a Location are neither shown nor followed', () => {
    const decision = decide(307, 'https://u:secret@overlord-a/x');
    expect(decision).toEqual({ follow: new URL('https://overlord-a/x') });
    expect(displayUrl(new URL('https://u:secret@overlord-a/x'))).toBe('https://overlord-a/x');
  });
});
