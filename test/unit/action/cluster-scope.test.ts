import { clusterScoped, keyPart, onCluster } from '../../../src/action/cluster-scope.js';
import { parseActionSettings } from '../../../src/settings/action-settings.js';
import { markerFor } from '../../../src/github/index.js';

describe('keys of comments and issues per cluster', () => {
  test('one cluster keeps the plain key; a named cluster gets its own', () => {
    expect(clusterScoped('review', undefined)).toBe('review');
    expect(clusterScoped('review', 'Production')).toBe('review/production');
    expect(onCluster('eu-1')).toBe(' on eu-1');
    expect(onCluster(undefined)).toBe('');
  });

  test('any supervisor id becomes a valid marker key, and two ids never share one', () => {
    const ids = ['events', 'Events', 'web events', 'web/events', 'événements', '-x', '日本'];
    const keys = ids.map((id) => `restore-failed/${keyPart(id)}`);
    for (const key of keys) expect(() => markerFor(key)).not.toThrow();
    expect(new Set(keys).size).toBe(ids.length);
    expect(keyPart('events_realtime')).toBe('events_realtime');
  });

  test('the cluster input is a short name that fits a branch and a marker', () => {
    const settings = (cluster: string) =>
      parseActionSettings((name) => (name === 'cluster' ? cluster : ''), { eventName: 'push' });
    expect(settings('eu-prod').cluster).toBe('eu-prod');
    expect(settings('').cluster).toBeUndefined();
    expect(() => settings('prod cluster')).toThrow(/cluster must be/);
    expect(() => settings('x'.repeat(41))).toThrow(/cluster must be/);
  });
});
