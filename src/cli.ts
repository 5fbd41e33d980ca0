/** Entry point of the `druid-gitops` command (bundled as dist/cli.js). */
import { runCli } from './cli/run.js';
import type { CliIO, StopSignal } from './cli/io.js';

const io: CliIO = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  env: process.env,
  tty: {
    stdout: process.stdout.isTTY === true,
    stderr: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  },
  stderrRaw: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  // Only while a command listens: otherwise Node's default (exit at once) applies.
  signals: {
    subscribe(listener) {
      const handlers = (['SIGINT', 'SIGTERM'] as StopSignal[]).map((signal) => {
        const handler = (): void => listener(signal);
        process.on(signal, handler);
        return () => process.off(signal, handler);
      });
      return () => handlers.forEach((off) => off());
    },
  },
  exitNow: (code) => process.exit(code),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`druid-gitops: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
