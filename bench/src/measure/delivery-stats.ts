import type { ArrivalColumns, SendRecord } from './delivery-log';
import { LatencyHistogram, type LatencySummary } from './latency-histogram';

export interface DeliveryStats {
  /** Each (keystroke, other client) arrival: edit typed -> update received by that client. */
  perDelivery: LatencySummary;
  /** Each keystroke: edit typed -> received by the LAST other client of the deed. */
  toAllPeers: LatencySummary;
  keystrokesPerSecond: number;
  deliveredPerSecond: number;
  /** Deliveries owed for keystrokes typed in the window that never arrived (after the drain). */
  missingDeliveries: number;
  expectedDeliveries: number;
}

interface SenderIndex {
  times: Float64Array;
  peers: number;
  lastArrival: Float64Array;
  arrivals: Uint16Array;
}

/**
 * Joins what was typed with what arrived, across every load worker, for keystrokes typed inside
 * the measurement window [from, to) (shared clock).
 *
 * `include(sender, setIndex)`, when given, keeps only the arrivals from that sender in that
 * arrival set (e.g. the sets of the receivers on another node than the sender's); `peersOf` must
 * then count only the receivers it keeps.
 */
export function computeDeliveryStats(
  sends: SendRecord[],
  arrivalSets: ArrivalColumns[],
  peersOf: Map<number, number>,
  window: { from: number; to: number },
  include?: (sender: number, setIndex: number) => boolean,
): DeliveryStats {
  const seconds = (window.to - window.from) / 1000;
  const inWindow = (t: number) => t >= window.from && t < window.to;
  const senders = new Map<number, SenderIndex>();
  let keystrokes = 0;
  let expected = 0;
  for (const { clientId, times } of sends) {
    const peers = peersOf.get(clientId) ?? 0;
    senders.set(clientId, {
      times,
      peers,
      lastArrival: new Float64Array(times.length),
      arrivals: new Uint16Array(times.length),
    });
    for (const t of times) {
      if (!inWindow(t)) continue;
      keystrokes += 1;
      expected += peers;
    }
  }

  const perDelivery = new LatencyHistogram(64 * 1024);
  let deliveredInWindow = 0;
  let receivedForWindow = 0;
  for (const [setIndex, { sender, clock, time }] of arrivalSets.entries()) {
    for (let i = 0; i < time.length; i++) {
      if (include && !include(sender[i] ?? 0, setIndex)) continue;
      const arrivedAt = time[i] ?? 0;
      if (inWindow(arrivedAt)) deliveredInWindow += 1;
      const index = senders.get(sender[i] ?? 0);
      const c = clock[i] ?? 0;
      const sentAt = index?.times[c];
      if (!index || sentAt === undefined || !inWindow(sentAt)) continue;
      receivedForWindow += 1;
      perDelivery.record(arrivedAt - sentAt);
      index.arrivals[c] = (index.arrivals[c] ?? 0) + 1;
      if (arrivedAt > (index.lastArrival[c] ?? 0)) index.lastArrival[c] = arrivedAt;
    }
  }

  const toAllPeers = new LatencyHistogram(16 * 1024);
  for (const index of senders.values()) {
    index.times.forEach((sentAt, c) => {
      if (inWindow(sentAt) && index.peers > 0 && index.arrivals[c] === index.peers) {
        toAllPeers.record((index.lastArrival[c] ?? sentAt) - sentAt);
      }
    });
  }

  return {
    perDelivery: perDelivery.summary(),
    toAllPeers: toAllPeers.summary(),
    keystrokesPerSecond: keystrokes / seconds,
    deliveredPerSecond: deliveredInWindow / seconds,
    missingDeliveries: expected - receivedForWindow,
    expectedDeliveries: expected,
  };
}
