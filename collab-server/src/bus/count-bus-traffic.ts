import type { Bus } from '../types';

/** The part of the bus that carries messages. */
export type BusChannels = Pick<Bus, 'publish' | 'subscribe'>;

export interface BusTraffic {
  /** Messages this server published. */
  published: number;
  /** Messages delivered to this server's handlers. */
  received: number;
}

/** The bus's channels, counting what this server sends and receives through them (for `stats()`). */
export function countBusTraffic(bus: BusChannels): { channels: BusChannels; traffic: BusTraffic } {
  const traffic: BusTraffic = { published: 0, received: 0 };
  return {
    traffic,
    channels: {
      publish(channel, payload) {
        traffic.published += 1;
        bus.publish(channel, payload);
      },
      subscribe(channel, handler) {
        return bus.subscribe(channel, (payload) => {
          traffic.received += 1;
          handler(payload);
        });
      },
    },
  };
}
