import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  JOURNAL_STATE,
  context,
  coreRuntime,
  parseActionSettings,
  readJournal,
  runContextFrom
} from "./chunks/chunk-OCWFTO2N.js";
import "./chunks/chunk-JX4JM7YR.js";
import "./chunks/chunk-B2DTFJR2.js";
import "./chunks/chunk-C6IXPAKS.js";
import "./chunks/chunk-36CLXPUS.js";
import "./chunks/chunk-KGG6HC7K.js";
import {
  code,
  escapeMarkdown
} from "./chunks/chunk-J5J3WDDA.js";
import "./chunks/chunk-R4K6BQKZ.js";
import {
  DruidNotFoundError,
  createOverlordClient
} from "./chunks/chunk-BQK452ME.js";
import "./chunks/chunk-IP5AAAWZ.js";
import "./chunks/chunk-DIO24CJC.js";
import {
  canonicalLayout
} from "./chunks/chunk-SZVT4BIF.js";

// src/action/post-run.ts
async function runPost(runtime2, context2, services = {}) {
  const journalPath = runtime2.getState(JOURNAL_STATE);
  if (!journalPath) return;
  const entries = await readJournal(journalPath);
  if (entries.length === 0) {
    runtime2.info("druid-gitops: every supervisor the deploy suspended was settled.");
    return;
  }
  const settings = parseActionSettings((name) => runtime2.getInput(name), context2);
  const client = services.overlord ?? (settings.druid ? createOverlordClient(settings.druid, { requestTimeoutMs: 12e4 }) : void 0);
  if (!client) {
    runtime2.setFailed(
      `The deploy stopped with ${entries.map((entry) => entry.id).join(", ")} possibly suspended, and no druid-url is set to repair it.`
    );
    return;
  }
  for (const secret of client.secrets()) runtime2.setSecret(secret);
  const lines = [];
  for (const entry of entries) lines.push(await repair(client, entry));
  if (!services.overlord) await client.close();
  await runtime2.appendSummary(
    [
      "## druid-gitops: deploy interrupted",
      "",
      "The deploy stopped before it finished with these supervisors (cancelled or crashed). What the post step did:",
      "",
      ...lines,
      "",
      "Re-run the deploy to apply git's specs.",
      ""
    ].join("\n")
  );
  runtime2.setFailed(
    `The deploy was interrupted while changing ${entries.map((entry) => entry.id).join(", ")}; see the job summary.`
  );
}
async function repair(client, entry) {
  const audit = { author: "druid-gitops post step", comment: "repair after an interrupted deploy" };
  try {
    const stored = await client.getSupervisorSpec(entry.id);
    if (stored.suspended !== true) return `- ${code(entry.id)}: running; nothing to repair.`;
    if (!entry.previousSpec) {
      return `- ${code(entry.id)}: created by the interrupted deploy and left **suspended** (it was never verified). Resume it once its spec is right.`;
    }
    if (entry.previousSpec.suspended !== true) {
      await client.submitSupervisor(
        { ...canonicalLayout(entry.previousSpec), suspended: true },
        { audit, skipRestartIfUnmodified: true }
      );
      await client.resumeSupervisor(entry.id, { audit });
      const { payload } = await client.getSupervisorStatus(entry.id);
      return `- ${code(entry.id)}: was left suspended; the spec that ran before the deploy was put back and resumed (now ${code(payload.state)}).`;
    }
    return `- ${code(entry.id)}: a person had suspended it before the deploy; it stays suspended.`;
  } catch (error) {
    if (error instanceof DruidNotFoundError) return `- ${code(entry.id)}: Druid no longer has it.`;
    return `- ${code(entry.id)}: **could not be repaired** (${escapeMarkdown(error.message)}). Check it now: Kafka lag grows while it is suspended.`;
  }
}

// src/post.ts
var runtime = coreRuntime();
runPost(runtime, runContextFrom(context, process.env)).catch((error) => {
  runtime.setFailed(`druid-gitops post step failed: ${error.stack ?? String(error)}`);
});
