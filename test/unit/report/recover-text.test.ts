/** The CLI's text for status and the recovery operations, from real Druid 33.0.0 answers. */
import { supervisorRow } from '../../../src/flows/recover-rows.js';
import type { RecoverReport } from '../../../src/flows/recover.js';
import { recoverText } from '../../../src/report/recover-text.js';
import { realSpec, realStatus } from '../../support/druid-real.js';

const at = Date.parse('2026-11-25T10:24:32.366Z');

function report(operation: RecoverReport['request']['operation'], status: string): RecoverReport {
  return {
    request: { operation, supervisor: 'fx-main', startedBy: 'person' },
    outcome: operation === 'status' ? 'read' : 'done',
    message:
      operation === 'status'
        ? 'Read 1 supervisor; nothing on the cluster was changed.'
        : 'fx-main is suspended.',
    rows: [
      supervisorRow({ id: 'fx-main', spec: realSpec(), samples: [{ at, payload: realStatus(status) }] }),
    ],
    consequences: [],
    timeline: [],
  };
}

describe('recoverText', () => {
  test('each problem of an unhealthy supervisor is printed once', () => {
    const text = recoverText(report('status', 'supervisor-status-unhealthy'));
    expect(text.match(/cannot reach Kafka/g)).toHaveLength(1);
    expect(text).toContain('[CRITICAL] cannot reach Kafka');
  });

  test('a healthy supervisor gets its one-line summary', () => {
    expect(recoverText(report('status', 'supervisor-status-running'))).toMatch(/^ {2}ok: healthy: /m);
  });

  test('a write says the row it shows was read before the write', () => {
    const text = recoverText(report('suspend', 'supervisor-status-running'));
    expect(text).toMatch(/\n\nBefore the suspend:\nfx-main {2}RUNNING/);
  });
});
