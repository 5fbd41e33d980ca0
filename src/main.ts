/** Entry point of the GitHub Action (bundled as dist/index.js; action.yml runs it on node24). */
import { runAction } from './action/run.js';
import { coreRuntime } from './action/runtime.js';

const runtime = coreRuntime();
runAction(runtime, process.env, process.cwd()).catch((error: unknown) => {
  runtime.setFailed(`druid-gitops failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
});
