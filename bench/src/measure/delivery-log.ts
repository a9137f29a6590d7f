import * as Y from 'yjs';
import { GrowableFloat64, GrowableUint32 } from './growable-arrays';

/** When each keystroke (a sender's client id and Yjs clock) was typed. */
export interface SendRecord {
  clientId: number;
  /** Index = Yjs clock of the keystroke (one character per keystroke); value = time typed. */
  times: Float64Array;
}

/** Every (keystroke, receiving client) arrival, as three parallel columns. */
export interface ArrivalColumns {
  sender: Uint32Array;
  clock: Uint32Array;
  time: Float64Array;
}

/**
 * Records what a receiving client got and when: the update's clock ranges per sender (read with
 * `Y.parseUpdateMeta`, which does not apply anything), each clock counted once per receiver.
 */
export class DeliveryLog {
  private readonly sender = new GrowableUint32(64 * 1024);
  private readonly clock = new GrowableUint32(64 * 1024);
  private readonly time = new GrowableFloat64(64 * 1024);

  /** Returns a listener for one receiving client. */
  receiver(ownClientId: () => number): (update: Uint8Array, receivedAt: number) => void {
    const nextClock = new Map<number, number>();
    return (update, receivedAt) => {
      const meta = Y.parseUpdateMeta(update);
      const own = ownClientId();
      for (const [client, to] of meta.to) {
        if (client === own) continue;
        const from = Math.max(meta.from.get(client) ?? 0, nextClock.get(client) ?? 0);
        for (let c = from; c < to; c++) {
          this.sender.push(client);
          this.clock.push(c);
          this.time.push(receivedAt);
        }
        if (to > (nextClock.get(client) ?? 0)) nextClock.set(client, to);
      }
    };
  }

  get count(): number {
    return this.time.length;
  }

  columns(): ArrivalColumns {
    return { sender: this.sender.toArray(), clock: this.clock.toArray(), time: this.time.toArray() };
  }
}
