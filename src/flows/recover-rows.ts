/**
 * One row of the status table: what the newest status says (state, health, tasks, recent errors
 * with secrets removed), the lag trend, and the diagnosis. Reports render rows; they never see raw
 * Druid payloads.
 */
import { describeState, expectedReadingTasks } from '../health/health-verdict.js';
import { collectSecrets, redactText } from '../common/redact.js';
import { errorLine } from '../health/check-context.js';
import { diagnoseSupervisor } from '../health/diagnose.js';
import { specSettings } from '../spec/spec-settings.js';
import type { Diagnosis, SupervisorFacts } from '../health/diagnosis.js';
import type { DatasourceSegmentView } from './recover-segments.js';

export interface SupervisorRow {
  id: string;
  /** Why there is no status: Druid does not know the id, or the read failed. */
  missing?: string;
  state?: string;
  healthy?: boolean;
  suspended?: boolean;
  readingTasks?: number;
  publishingTasks?: number;
  /** Reading tasks the spec asks for: min(taskCount, partitions) × replicas. */
  expectedTasks?: number;
  /** Druid's recent errors, newest last, redacted. */
  recentErrors: string[];
  diagnosis?: Diagnosis;
  /** The datasource's retention rules and compaction config, and whether they are git's. */
  segments?: DatasourceSegmentView;
}

export function supervisorRow(facts: SupervisorFacts): SupervisorRow {
  const diagnosis = diagnoseSupervisor(facts);
  const payload = facts.samples.at(-1)?.payload;
  if (!payload) return { id: facts.id, missing: 'the status could not be read', recentErrors: [], diagnosis };
  const settings = specSettings(facts.spec);
  const secrets = collectSecrets(facts.spec ?? {});
  const suspended = facts.spec?.suspended === true || payload.suspended;
  return {
    id: facts.id,
    // Druid keeps reporting the run loop's state (UNHEALTHY_SUPERVISOR, say) while suspended.
    state:
      suspended && payload.state !== 'SUSPENDED'
        ? `${describeState(payload)}, suspended`
        : describeState(payload),
    healthy: payload.healthy,
    suspended,
    readingTasks: payload.activeTasks.length,
    publishingTasks: payload.publishingTasks.length,
    expectedTasks: suspended
      ? 0
      : expectedReadingTasks(settings.taskCount, settings.replicas, payload.partitions),
    recentErrors: payload.recentErrors
      .slice(-3)
      .map((error) => errorLine(error, (text) => redactText(text, secrets))),
    diagnosis,
  };
}

export function missingRow(id: string, why: string): SupervisorRow {
  return { id, missing: why, recentErrors: [] };
}
