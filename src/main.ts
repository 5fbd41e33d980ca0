/** Entry point of the GitHub Action (bundled as dist/index.js; action.yml runs it on node24). */
import { context } from '@actions/github';
import { runAction } from './action/run.js';
import { runContextFrom } from './action/run-context.js';
import { coreRuntime } from './action/runtime.js';

const runtime = coreRuntime();
runAction(runtime, runContextFrom(context, process.env), process.cwd()).catch((error: unknown) => {
  runtime.setFailed(`druid-gitops failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
});
