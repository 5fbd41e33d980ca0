/** A recording ActionRuntime: what the action would have told the runner. */
import type { ActionRuntime, Annotation } from '../../src/action/runtime.js';

export interface Recorded {
  secrets: string[];
  outputs: Record<string, string>;
  state: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  info: string[];
  failed?: string;
}

export function fakeRuntime(
  inputs: Record<string, string>,
  state: Record<string, string> = {},
): { runtime: ActionRuntime; recorded: Recorded } {
  const recorded: Recorded = {
    secrets: [],
    outputs: {},
    state: { ...state },
    annotations: [],
    summary: '',
    info: [],
  };
  const runtime: ActionRuntime = {
    getInput: (name) => inputs[name] ?? '',
    saveState: (name, value) => {
      recorded.state[name] = value;
    },
    getState: (name) => recorded.state[name] ?? '',
    setSecret: (value) => {
      recorded.secrets.push(value);
    },
    setOutput: (name, value) => {
      recorded.outputs[name] = value;
    },
    annotate: (annotation) => {
      recorded.annotations.push(annotation);
    },
    appendSummary: async (markdown) => {
      recorded.summary += markdown;
    },
    info: (message) => {
      recorded.info.push(message);
    },
    // Recorded in the log as the runner writes them, so a test sees what each group holds.
    startGroup: (name) => {
      recorded.info.push(`::group::${name}`);
    },
    endGroup: () => {
      recorded.info.push('::endgroup::');
    },
    setFailed: (message) => {
      recorded.failed = message;
    },
  };
  return { runtime, recorded };
}
