import * as Y from 'yjs';
import { nowMs } from '../measure/clock';
import { GrowableFloat64 } from '../measure/growable-arrays';
import type { CollabClient } from '../protocol/collab-client';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ,.';

/** From `at` (shared clock) on, type at this rate. */
export interface RateStep {
  at: number;
  keystrokesPerSecond: number;
}

/**
 * One simulated lawyer typing into a shared Y.Text: one insert (one character, so one Yjs clock)
 * per keystroke at their own caret, at a jittered rate. Records when each keystroke was typed.
 */
export class TypingClient {
  readonly text: Y.Text;
  private readonly sendTimes = new GrowableFloat64(256);
  private caret = 0;
  private timer: NodeJS.Timeout | undefined;
  clockMismatches = 0;

  constructor(
    readonly client: CollabClient,
    private readonly keystrokesPerSecond: number,
  ) {
    this.text = client.doc.getText('deed');
  }

  /**
   * Types until `stopAt` (shared clock), starting at a random phase of the first interval; the
   * rate changes at each of `rateSteps` (a ramp), from the keystroke after the change on.
   */
  start(stopAt: number, rateSteps: readonly RateStep[] = []): void {
    const meanMs = () => {
      const now = nowMs();
      let rate = this.keystrokesPerSecond;
      for (const step of rateSteps) if (step.at <= now) rate = step.keystrokesPerSecond;
      return 1000 / rate;
    };
    this.caret = Math.floor(Math.random() * (this.text.length + 1));
    const next = (delayMs: number) => {
      this.timer = setTimeout(() => {
        if (nowMs() >= stopAt) return;
        this.typeOne();
        next(meanMs() * (0.5 + Math.random()));
      }, delayMs);
    };
    next(meanMs() * Math.random());
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  sends(): Float64Array {
    return this.sendTimes.toArray();
  }

  private typeOne(): void {
    const { doc } = this.client;
    const clock = Y.getState(doc.store, doc.clientID);
    if (clock !== this.sendTimes.length) this.clockMismatches += 1;
    const position = Math.min(this.caret, this.text.length);
    const char = ALPHABET[Math.floor(Math.random() * ALPHABET.length)] ?? 'a';
    this.sendTimes.push(nowMs());
    this.text.insert(position, char);
    this.caret = position + 1;
  }
}
