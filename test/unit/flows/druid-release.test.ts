/** Which release a run follows, and what the report says about it (flows/druid-release.ts). */
import { resolveRelease, withRelease } from '../../../src/flows/druid-release.js';
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import { releaseText } from '../../../src/report/release-text.js';

const configured = {
  druidVersion: '35.0.0',
  druidVersionAt: { file: '.druid-gitops.yml', line: 1, column: 15 },
};

describe('the release a run follows', () => {
  test('the cluster’s release decides, and a differing druidVersion is said', () => {
    const release = resolveRelease(configured, { version: '38.0.0' });
    expect(release).toMatchObject({ version: '38.0.0', reported: '38.0.0', configured: '35.0.0' });
    expect(release.notes).toEqual([
      "The cluster runs Druid 38.0.0, but druidVersion in .druid-gitops.yml says 35.0.0: this run validates, compares and deploys for 38.0.0, the cluster's release. Set druidVersion: 38.0.0.",
    ]);
    expect(withRelease({ ...DEFAULT_CONFIG, ...configured }, release).druidVersion).toBe('38.0.0');
  });

  test('the same release is confirmed in a few words; a druidVersion left unset is no news', () => {
    expect(releaseText(resolveRelease(configured, { version: '35.0.0' }))).toBe(
      'The cluster runs Druid 35.0.0, as druidVersion says.',
    );
    const unset = resolveRelease(DEFAULT_CONFIG, { version: '33.0.0' });
    expect(unset.version).toBe('33.0.0');
    expect(releaseText(unset)).toBe('The cluster runs Druid 33.0.0.');
  });

  test('a cluster that cannot be read, or does not say, leaves druidVersion in charge, and says why', () => {
    const unreadable = resolveRelease(configured, { error: 'connect ECONNREFUSED' });
    expect(unreadable.version).toBe('35.0.0');
    expect(unreadable.notes[0]).toContain('could not be read (GET /status: connect ECONNREFUSED)');
    const unknown = resolveRelease(configured, { version: 'unknown' });
    expect(unknown).toMatchObject({ version: '35.0.0' });
    expect(unknown.notes[0]).toContain('does not say which release it runs');
  });

  test('a release newer than the rules is followed, with the notice', () => {
    const newer = resolveRelease(configured, { version: '40.0.0-SNAPSHOT' });
    expect(newer.version).toBe('40.0.0-SNAPSHOT');
    expect(newer.notes[1]).toContain('newer than 39.0.0, the newest release these rules describe');
  });
});
