import type { Bus } from '../types';

/** The single-node bus: publish calls the subscribers of this process synchronously. */
export function createInProcessBus(): Bus {
  const handlers = new Map<string, Set<(payload: Uint8Array) => void>>();
  return {
    publish(channel, payload) {
      for (const handler of handlers.get(channel) ?? []) handler(payload);
    },
    subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
      }
      set.add(handler);
      return () => {
        set.delete(handler);
        if (set.size === 0) handlers.delete(channel);
      };
    },
    async close() {
      handlers.clear();
    },
  };
}
