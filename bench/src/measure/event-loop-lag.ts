import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Event-loop lag (delay beyond the monitor's own timer period), in milliseconds. */
export interface DelayStats {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const RESOLUTION_MS = 10;

/** Measures how late the event loop of this process runs its timers. */
export class EventLoopLag {
  private readonly histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

  start(): void {
    this.histogram.reset();
    this.histogram.enable();
  }

  stop(): void {
    this.histogram.disable();
  }

  /** Lag since the last start or read; the samples include the timer period, taken off here. */
  read(): DelayStats {
    const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    const stats = {
      p50Ms: lag(this.histogram.percentile(50)),
      p99Ms: lag(this.histogram.percentile(99)),
      maxMs: lag(this.histogram.max),
    };
    this.histogram.reset();
    return stats;
  }
}
