/**
 * The CLI's connection to a cluster: the Druid client with the command's time limit (--timeout,
 * else 30 s for reading and 2 min for writing) and progress on stderr for every wait.
 */
import type { AuditContext } from '../druid/audit.js';
import type { DruidConnectionSettings } from '../druid/connection.js';
import { createOverlordClient, type OverlordClient } from '../druid/index.js';
import { timeLimitFor, type Settings } from '../settings/settings.js';
import type { CliIO } from './io.js';
import { startProgress, type Progress } from './progress.js';

export interface ClusterSession {
  client: OverlordClient;
  progress: Progress;
  /** Closes the client and stops the progress line. */
  close(): Promise<void>;
}

export function openCluster(
  io: CliIO,
  druid: DruidConnectionSettings,
  settings: Settings,
  options: { use: 'read' | 'write'; audit?: AuditContext },
): ClusterSession {
  const timeLimitMs = timeLimitFor(settings, options.use);
  const progress = startProgress(io, { timeLimitMs });
  // A client handed in (tests: the emulator, instrumented) belongs to whoever made it.
  const client =
    io.overlord ??
    createOverlordClient(druid, {
      readOnly: options.use === 'read',
      timeLimitMs,
      onRequestStart: (event) => progress.requestStarted(event),
      ...(options.audit ? { audit: options.audit } : {}),
    });
  return {
    client,
    progress,
    close: async () => {
      progress.stop();
      if (client !== io.overlord) await client.close();
    },
  };
}
