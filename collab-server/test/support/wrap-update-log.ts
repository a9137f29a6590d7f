import type { DeedUpdateLog } from '../../src/types';

/**
 * One node's access to the shared log, cut by `kill()` like a process dying: from then on every
 * call fails (a transaction in flight rolls back), so the dead node writes nothing more.
 */
export function withKillSwitch(log: DeedUpdateLog): { log: DeedUpdateLog; kill(): void } {
  let isDead = false;
  const alive = () => {
    if (isDead) throw new Error('node killed');
  };
  return {
    kill() {
      isDead = true;
    },
    log: {
      async load(deedId) {
        alive();
        return log.load(deedId);
      },
      async append(entries) {
        alive();
        const ids = await log.append(entries);
        alive();
        return ids;
      },
      async compact(deedId, compaction) {
        alive();
        return log.compact(deedId, compaction);
      },
    },
  };
}

/** One node's access to the shared log, whose appends can be held back (a slow commit). */
export function withAppendGate(log: DeedUpdateLog): {
  log: DeedUpdateLog;
  hold(): void;
  open(): void;
  /** Appends waiting at the gate. */
  readonly waiting: number;
} {
  let gate: { promise: Promise<void>; open(): void } | undefined;
  let waiting = 0;
  return {
    hold() {
      let open = () => {};
      const promise = new Promise<void>((resolve) => {
        open = resolve;
      });
      gate ??= { promise, open };
    },
    open() {
      gate?.open();
      gate = undefined;
    },
    get waiting() {
      return waiting;
    },
    log: {
      load: (deedId) => log.load(deedId),
      async append(entries) {
        if (gate) {
          waiting += 1;
          await gate.promise;
          waiting -= 1;
        }
        return log.append(entries);
      },
      compact: (deedId, compaction) => log.compact(deedId, compaction),
    },
  };
}
