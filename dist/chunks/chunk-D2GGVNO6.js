import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  code,
  escapeMarkdown
} from "./chunk-T34DK2WN.js";
import {
  DruidNotFoundError
} from "./chunk-WU6CUPLN.js";
import {
  canonicalLayout
} from "./chunk-TH2Y4WOA.js";

// src/deploy/repair.ts
async function repairSuspension(client, record, audit) {
  try {
    const stored = await client.getSupervisorSpec(record.id);
    if (stored.suspended !== true) return { kind: "running" };
    if (!record.previousSpec) return { kind: "created-suspended" };
    if (record.previousSpec.suspended === true) return { kind: "person-suspended" };
    await client.submitSupervisor(
      { ...canonicalLayout(record.previousSpec), suspended: true },
      { audit, skipRestartIfUnmodified: true }
    );
    await client.resumeSupervisor(record.id, { audit });
    const { payload } = await client.getSupervisorStatus(record.id);
    return { kind: "restored", state: payload.state };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return { kind: "gone" };
    return { kind: "failed", error: error.message };
  }
}
function settles(outcome) {
  return outcome.kind !== "created-suspended" && outcome.kind !== "failed";
}

// src/report/repair-report.ts
function repairMarkdown(id, outcome) {
  const name = code(id);
  switch (outcome.kind) {
    case "running":
      return `- ${name}: running; nothing to repair.`;
    case "created-suspended":
      return `- ${name}: created by the interrupted deploy and left **suspended** (it was never verified). Resume it once its spec is right.`;
    case "restored":
      return `- ${name}: was left suspended; the spec that ran before the deploy was put back and resumed (now ${code(outcome.state)}).`;
    case "person-suspended":
      return `- ${name}: a person had suspended it before the deploy; it stays suspended.`;
    case "gone":
      return `- ${name}: Druid no longer has it.`;
    case "failed":
      return `- ${name}: **could not be repaired** (${escapeMarkdown(outcome.error)}). Check it now: Kafka lag grows while it is suspended.`;
  }
}
function repairText(id, outcome, resume) {
  switch (outcome.kind) {
    case "running":
      return `${id}: running; nothing to repair.`;
    case "created-suspended":
      return `${id}: created by this run and left SUSPENDED (its spec was never verified). Resume it once its spec is right: ${resume}`;
    case "restored":
      return `${id}: the spec that ran before the deploy was put back and resumed (now ${outcome.state}).`;
    case "person-suspended":
      return `${id}: a person had suspended it before the deploy; it stays suspended.`;
    case "gone":
      return `${id}: Druid no longer has it.`;
    case "failed":
      return `${id}: could NOT be repaired (${outcome.error}); it may still be suspended and Kafka lag grows: ${resume}`;
  }
}

export {
  repairSuspension,
  settles,
  repairMarkdown,
  repairText
};
