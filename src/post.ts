/** Entry point of the action's post step (bundled as dist/post.js; action.yml runs it always). */
import { context } from '@actions/github';
import { runPost } from './action/post-run.js';
import { runContextFrom } from './action/run-context.js';
import { coreRuntime } from './action/runtime.js';

const runtime = coreRuntime();
runPost(runtime, runContextFrom(context, process.env)).catch((error: unknown) => {
  runtime.setFailed(`druid-gitops post step failed: ${(error as Error).stack ?? String(error)}`);
});
