import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  JOURNAL_STATE,
  context,
  coreRuntime,
  parseActionSettings,
  readJournal,
  runContextFrom
} from "./chunks/chunk-ZUPLZO4T.js";
import "./chunks/chunk-VMCOGDTS.js";
import "./chunks/chunk-ZYOB3HDS.js";
import "./chunks/chunk-Y4O32763.js";
import "./chunks/chunk-B4JBFYHS.js";
import {
  repairMarkdown,
  repairSuspension
} from "./chunks/chunk-D2GGVNO6.js";
import "./chunks/chunk-36CLXPUS.js";
import "./chunks/chunk-2PI5O4G6.js";
import "./chunks/chunk-D3SV2YOB.js";
import "./chunks/chunk-T34DK2WN.js";
import {
  createOverlordClient
} from "./chunks/chunk-WU6CUPLN.js";
import "./chunks/chunk-LSGZIHYI.js";
import {
  timeLimitFor
} from "./chunks/chunk-MJ7KIQFN.js";
import "./chunks/chunk-TH2Y4WOA.js";

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
  const client = services.overlord ?? (settings.druid ? createOverlordClient(settings.druid, { timeLimitMs: timeLimitFor(settings, "write") }) : void 0);
  if (!client) {
    runtime2.setFailed(
      `The deploy stopped with ${entries.map((entry) => entry.id).join(", ")} possibly suspended, and no druid-url is set to repair it.`
    );
    return;
  }
  for (const secret of client.secrets()) runtime2.setSecret(secret);
  const lines = [];
  const audit = { author: "druid-gitops post step", comment: "repair after an interrupted deploy" };
  for (const entry of entries)
    lines.push(repairMarkdown(entry.id, await repairSuspension(client, entry, audit)));
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

// src/post.ts
var runtime = coreRuntime();
runPost(runtime, runContextFrom(context, process.env)).catch((error) => {
  runtime.setFailed(`druid-gitops post step failed: ${error.stack ?? String(error)}`);
});
