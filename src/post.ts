/** Entry point of the action's post step (bundled as dist/post.js; action.yml runs it always). */
import { runPost } from './action/post-run.js';
import { coreRuntime } from './action/runtime.js';

const runtime = coreRuntime();
runPost(runtime, process.env).catch((error: unknown) => {
  runtime.setFailed(`druid-gitops post step failed: ${(error as Error).stack ?? String(error)}`);
});
