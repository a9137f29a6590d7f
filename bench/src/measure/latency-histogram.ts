/** Latency samples in milliseconds, summarised by percentiles (exact: samples are kept and sorted). */
export class LatencyHistogram {
  private samples: Float64Array;
  private count = 0;
  private sorted: Float64Array | undefined;

  constructor(initialCapacity = 1024) {
    this.samples = new Float64Array(initialCapacity);
  }

  record(ms: number): void {
    if (this.count === this.samples.length) {
      const next = new Float64Array(this.samples.length * 2);
      next.set(this.samples);
      this.samples = next;
    }
    this.samples[this.count++] = ms;
    this.sorted = undefined;
  }

  get size(): number {
    return this.count;
  }

  /** Nearest-rank percentile, NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    this.sorted ??= this.samples.slice(0, this.count).sort();
    const rank = Math.min(this.count - 1, Math.max(0, Math.ceil((p / 100) * this.count) - 1));
    return this.sorted[rank] ?? Number.NaN;
  }

  summary(): LatencySummary {
    return {
      samples: this.count,
      p50Ms: this.percentile(50),
      p95Ms: this.percentile(95),
      p99Ms: this.percentile(99),
      maxMs: this.percentile(100),
    };
  }
}

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}
