/**
 * Everything the action does to its runner — inputs, outputs, secrets masking, annotations, the
 * job summary, the exit status — behind one interface, so the flows can be run in tests with a
 * recording fake, and for real through @actions/core.
 */
import * as core from '@actions/core';
import type { Severity } from '../common/finding.js';

export interface Annotation {
  severity: Severity;
  message: string;
  title: string;
  /** Absent for a message about the run rather than a line of a file. */
  file?: string;
  line?: number;
  column?: number;
}

export interface ActionRuntime {
  getInput(name: string): string;
  /** State handed from the main step to the post step (core.saveState / core.getState). */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  annotate(annotation: Annotation): void;
  appendSummary(markdown: string): Promise<void>;
  info(message: string): void;
  /** Folds the log lines that follow, until endGroup, under `name` (core.startGroup). */
  startGroup(name: string): void;
  endGroup(): void;
  setFailed(message: string): void;
}

export function coreRuntime(): ActionRuntime {
  return {
    getInput: (name) => core.getInput(name),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    annotate: ({ severity, message, title, file, line, column }) => {
      const properties: core.AnnotationProperties = { title, file, startLine: line, startColumn: column };
      if (severity === 'error') core.error(message, properties);
      else if (severity === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    info: (message) => core.info(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setFailed: (message) => core.setFailed(message),
  };
}
