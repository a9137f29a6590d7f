interface Sample {
  at: number;
  bytes: number;
}

/** How far back the speed looks: long enough to smooth chunk bursts, short enough to follow the network. */
const WINDOW_MS = 6_000;

/**
 * The speed of a transfer over the last few seconds, from its progress events. Restarting (after
 * a pause or a retry) forgets the old samples so the speed does not count the time spent waiting.
 */
export class TransferRateMeter {
  private samples: Sample[] = [];

  record(bytes: number, at: number = performance.now()): void {
    this.samples.push({ at, bytes });
    while (this.samples.length > 2 && (this.samples[0]?.at ?? at) < at - WINDOW_MS) this.samples.shift();
  }

  restart(): void {
    this.samples = [];
  }

  /** Bytes per second, or null until there is a second's worth of progress to judge from. */
  bytesPerSecond(): number | null {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last) return null;
    const elapsed = last.at - first.at;
    if (elapsed < 800) return null;
    return ((last.bytes - first.bytes) * 1000) / elapsed;
  }

  /** Seconds until `total` at the current speed; null while the speed is unknown or nil. */
  secondsLeft(total: number): number | null {
    const speed = this.bytesPerSecond();
    const last = this.samples[this.samples.length - 1];
    if (speed === null || speed <= 0 || !last) return null;
    return (total - last.bytes) / speed;
  }
}
