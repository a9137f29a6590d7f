import type { CollabLogger } from '../logger';
import type { BusPresence } from '../types';

/** A node missing this many heartbeats in a row counts as gone. */
const MISSED_HEARTBEATS = 3;

/**
 * Announces this node on the bus's presence every `intervalMs`, so that a node asking every node
 * (a freeze) knows whom to wait for, and watches the others: `onNodeGone` runs when a node that
 * was live stops announcing itself (it died, or withdrew). `stop` withdraws this node at once.
 */
export function startNodeHeartbeat(
  presence: BusPresence | undefined,
  nodeId: string,
  intervalMs: number,
  logger: CollabLogger,
  onNodeGone: () => void = () => {},
): { stop(): Promise<void> } {
  if (!presence) return { stop: async () => {} };
  let live = new Set<string>();
  const announce = () => {
    presence
      .announce(nodeId, intervalMs * MISSED_HEARTBEATS)
      .then(() => presence.listLive())
      .then((ids) => {
        const now = new Set(ids);
        const isAnyGone = [...live].some((id) => !now.has(id));
        live = now;
        if (isAnyGone) onNodeGone();
      })
      .catch((err: unknown) => {
        logger.warn({ err, nodeId }, 'node heartbeat failed');
      });
  };
  announce();
  const timer = setInterval(announce, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await presence.withdraw(nodeId).catch((err: unknown) => {
        logger.warn({ err, nodeId }, 'node withdrawal failed');
      });
    },
  };
}
