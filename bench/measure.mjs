// Wall-clock timing of whole processes, as a user experiences them: spawn to exit, median of runs.
import { spawnSync } from 'node:child_process';

export function timeProcess(command, args, { runs = 5, env = process.env } = {}) {
  const samples = [];
  let last;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    last = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (last.error) throw last.error;
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor(samples.length / 2)],
    samples,
    status: last.status,
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  '))
    .join('\n');
}
