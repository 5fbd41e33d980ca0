import { json, jettyErrorPage, text, type Reply } from './http.js';
import type { Router } from './router.js';

/** Process endpoints: /status, /status/health, and Overlord leader discovery. */

export interface LeaderView {
  /** This process's own base URL. */
  self: () => string;
  /** The leader's base URL; undefined when no leader is known. */
  leader: () => string | undefined;
}

export function statusRoutes(router: Router, version: string, leader: LeaderView): void {
  router
    .on('GET', '/status', () =>
      json(200, {
        version,
        modules: [
          {
            name: 'org.apache.druid.indexing.kafka.KafkaIndexTaskModule',
            artifact: 'druid-kafka-indexing-service',
            version,
          },
        ],
        memory: {
          maxMemory: 1073741824,
          totalMemory: 536870912,
          freeMemory: 268435456,
          usedMemory: 268435456,
          directMemory: 1073741824,
        },
      }),
    )
    .on('GET', '/status/health', () => json(200, true))
    .on('GET', '/druid/indexer/v1/leader', (req): Reply => {
      const url = leader.leader();
      // Captured: the leader URL as plain text, labelled application/json.
      return url ? text(200, url, 'application/json') : jettyErrorPage(503, req.path, 'Service Unavailable');
    })
    .on('GET', '/druid/indexer/v1/isLeader', () =>
      leader.leader() === leader.self() ? json(200, { leader: true }) : json(404, { leader: false }),
    );
}
