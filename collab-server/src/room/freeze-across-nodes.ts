import { randomUUID } from 'node:crypto';
import type { BusChannels } from '../bus/count-bus-traffic';
import type { CollabLogger } from '../logger';
import type { BusPresence } from '../types';
import type { RoomRegistry } from './room-registry';

/** Freeze and thaw requests and their confirmations, between every node. */
export const FREEZE_CHANNEL = 'deed-freeze';

/** While some live node has not confirmed, the request goes out again (to a node that just started). */
const REPUBLISH_MS = 250;

type FreezeMessage =
  | { type: 'freeze' | 'thaw'; requestId: string; deedId: string }
  | { type: 'ack'; requestId: string; nodeId: string };

/** Rejected by `freeze` when a live node did not confirm in time: the deed may still be moving there. */
export class DeedFreezeTimeoutError extends Error {
  constructor(
    readonly deedId: string,
    /** The nodes that did not confirm. */
    readonly silentNodeIds: string[],
    timeoutMs: number,
  ) {
    super(
      `deed ${deedId} could not be frozen: ${silentNodeIds.length} collaboration node(s) did not confirm within ${timeoutMs} ms`,
    );
    this.name = 'DeedFreezeTimeoutError';
  }
}

export interface FreezeAcrossNodes {
  /** Every live node refuses the deed's updates and has committed those it took; else rejects and thaws. */
  freeze(deedId: string): Promise<void>;
  /** Every live node takes the deed's updates again (logged, not rejected, when a node is silent). */
  thaw(deedId: string): Promise<void>;
  stop(): void;
}

/**
 * Freezing a deed on every node: the request goes on the bus; each node (this one included, when
 * the request comes back to it) freezes its room, or remembers it for a later load, waits for the
 * room's pending commits, and confirms. The asking node resolves once every node the bus's
 * presence lists as alive confirmed.
 */
export function startFreezeAcrossNodes(deps: {
  bus: BusChannels;
  /** Without it (a bus without presence), this node is the only one. */
  presence: BusPresence | undefined;
  nodeId: string;
  registry: RoomRegistry;
  timeoutMs: number;
  logger: CollabLogger;
}): FreezeAcrossNodes {
  const { bus, presence, nodeId, registry, timeoutMs, logger } = deps;
  const onConfirmed = new Map<string, (fromNodeId: string) => void>();
  const publish = (message: FreezeMessage) =>
    bus.publish(FREEZE_CHANNEL, new TextEncoder().encode(JSON.stringify(message)));

  const subscription = bus.subscribe(FREEZE_CHANNEL, (payload) => {
    const message = readFreezeMessage(payload);
    if (!message) return;
    if (message.type === 'ack') {
      onConfirmed.get(message.requestId)?.(message.nodeId);
      return;
    }
    registry.setFrozen(message.deedId, message.type === 'freeze');
    void registry
      .whenCommitted(message.deedId)
      .then(() => publish({ type: 'ack', requestId: message.requestId, nodeId }));
  });

  async function listLiveNodes(): Promise<Set<string>> {
    const live = new Set(presence ? await presence.listLive() : []);
    live.add(nodeId); // this node answers its own requests, announced yet or not
    return live;
  }

  /**
   * Publishes a request and waits until every node `listExpected` names confirmed it, or the
   * timeout; answers who confirmed and who stayed silent.
   */
  async function request(
    type: 'freeze' | 'thaw',
    deedId: string,
    listExpected: () => Promise<Set<string>>,
  ): Promise<{ confirmed: Set<string>; silent: string[] }> {
    const requestId = randomUUID();
    const confirmed = new Set<string>();
    let wake = () => {};
    onConfirmed.set(requestId, (fromNodeId) => {
      confirmed.add(fromNodeId);
      wake();
    });
    const deadline = Date.now() + timeoutMs;
    let republishAt = Date.now() + REPUBLISH_MS;
    try {
      publish({ type, requestId, deedId });
      for (;;) {
        // Armed before listing, so a confirmation arriving meanwhile is not slept through.
        const confirmation = new Promise<void>((resolve) => {
          wake = resolve;
        });
        const silent = [...(await listExpected())].filter((id) => !confirmed.has(id));
        const now = Date.now();
        if (silent.length === 0 || now >= deadline) return { confirmed, silent };
        if (now >= republishAt) {
          publish({ type, requestId, deedId });
          republishAt = now + REPUBLISH_MS;
        }
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          confirmation,
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, Math.min(deadline, republishAt) - now);
          }),
        ]);
        clearTimeout(timer);
      }
    } finally {
      onConfirmed.delete(requestId);
    }
  }

  /**
   * The caller's lock fails and will not thaw: no node may stay frozen by it. Waits for the nodes
   * that confirmed the freeze (they answer), not for the silent ones, so that a retry finds the
   * deed editable everywhere it was frozen.
   */
  async function thawAfterFailedFreeze(deedId: string, frozenOn: Set<string>): Promise<void> {
    try {
      await request('thaw', deedId, async () => frozenOn);
    } catch (err) {
      logger.warn({ err, deedId }, 'thaw after a failed freeze failed');
    }
  }

  return {
    async freeze(deedId) {
      let outcome: { confirmed: Set<string>; silent: string[] };
      try {
        outcome = await request('freeze', deedId, listLiveNodes);
      } catch (err) {
        await thawAfterFailedFreeze(deedId, new Set([nodeId]));
        throw err;
      }
      if (outcome.silent.length === 0) return;
      logger.warn({ deedId, silentNodeIds: outcome.silent }, 'freeze not confirmed by every node');
      await thawAfterFailedFreeze(deedId, outcome.confirmed);
      throw new DeedFreezeTimeoutError(deedId, outcome.silent, timeoutMs);
    },
    async thaw(deedId) {
      try {
        const { silent } = await request('thaw', deedId, listLiveNodes);
        if (silent.length > 0)
          logger.warn({ deedId, silentNodeIds: silent }, 'thaw not confirmed by every node');
      } catch (err) {
        logger.warn({ err, deedId }, 'thaw confirmation failed');
      }
    },
    stop: () => subscription.unsubscribe(),
  };
}

function readFreezeMessage(payload: Uint8Array): FreezeMessage | undefined {
  try {
    const message = JSON.parse(new TextDecoder().decode(payload)) as FreezeMessage;
    if (typeof message.requestId !== 'string') return undefined;
    if (message.type === 'ack') return typeof message.nodeId === 'string' ? message : undefined;
    if (message.type === 'freeze' || message.type === 'thaw')
      return typeof message.deedId === 'string' ? message : undefined;
    return undefined;
  } catch {
    return undefined;
  }
}
