/**
 * What a repair of an interrupted deploy did, one line per supervisor: Markdown for the action's
 * post step summary, plain text for the CLI. Druid's messages are escaped in Markdown.
 */
import type { RepairOutcome } from '../deploy/repair.js';
import { code, escapeMarkdown } from './safe-markdown.js';

export function repairMarkdown(id: string, outcome: RepairOutcome): string {
  const name = code(id);
  switch (outcome.kind) {
    case 'running':
      return `- ${name}: running; nothing to repair.`;
    case 'created-suspended':
      return `- ${name}: created by the interrupted deploy and left **suspended** (it was never verified). Resume it once its spec is right.`;
    case 'restored':
      return `- ${name}: was left suspended; the spec that ran before the deploy was put back and resumed (now ${code(outcome.state)}).`;
    case 'person-suspended':
      return `- ${name}: a person had suspended it before the deploy; it stays suspended.`;
    case 'gone':
      return `- ${name}: Druid no longer has it.`;
    case 'failed':
      return `- ${name}: **could not be repaired** (${escapeMarkdown(outcome.error)}). Check it now: Kafka lag grows while it is suspended.`;
  }
}

/** The same for a terminal; `resume` is the command that resumes the supervisor by hand. */
export function repairText(id: string, outcome: RepairOutcome, resume: string): string {
  switch (outcome.kind) {
    case 'running':
      return `${id}: running; nothing to repair.`;
    case 'created-suspended':
      return `${id}: created by this run and left SUSPENDED (its spec was never verified). Resume it once its spec is right: ${resume}`;
    case 'restored':
      return `${id}: the spec that ran before the deploy was put back and resumed (now ${outcome.state}).`;
    case 'person-suspended':
      return `${id}: a person had suspended it before the deploy; it stays suspended.`;
    case 'gone':
      return `${id}: Druid no longer has it.`;
    case 'failed':
      return `${id}: could NOT be repaired (${outcome.error}); it may still be suspended and Kafka lag grows: ${resume}`;
  }
}
