import type { Bus } from '../types';

/**
 * The single-process bus: publish calls the subscribers of this process synchronously. Several
 * collaboration servers sharing one such bus see each other as nodes (tests do this).
 */
export function createInProcessBus(): Bus {
  const handlers = new Map<string, Set<(payload: Uint8Array) => void>>();
  const announced = new Map<string, number>();
  return {
    publish(channel, payload) {
      for (const handler of [...(handlers.get(channel) ?? [])]) handler(payload);
    },
    subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
      }
      set.add(handler);
      return {
        ready: Promise.resolve(),
        unsubscribe() {
          set.delete(handler);
          if (set.size === 0 && handlers.get(channel) === set) handlers.delete(channel);
        },
      };
    },
    presence: {
      async announce(nodeId, ttlMs) {
        announced.set(nodeId, Date.now() + ttlMs);
      },
      async withdraw(nodeId) {
        announced.delete(nodeId);
      },
      async listLive() {
        const now = Date.now();
        return [...announced].filter(([, expiresAt]) => expiresAt > now).map(([nodeId]) => nodeId);
      },
    },
    async ping() {},
    async close() {
      handlers.clear();
      announced.clear();
    },
  };
}
