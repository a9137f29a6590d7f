import type { CollabSettings } from '../limits';
import type { CollabLogger } from '../logger';
import type { GroupCommitter } from '../persistence/group-committer';
import type { ContentGuard, DeedUpdateLog } from '../types';
import { Room, type RoomHooks } from './room';

interface Entry {
  room: Promise<Room>;
  unloadTimer?: NodeJS.Timeout;
  /** Set while the room is being flushed and dropped; a new visitor waits for it. */
  unloading?: Promise<void>;
}

/** Loads rooms on first use, shares them between connections, unloads them when idle. */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  /** Deeds refusing content updates (a lock); applied to their room now and whenever it loads. */
  private readonly frozen = new Set<string>();

  constructor(
    private readonly log: DeedUpdateLog,
    private readonly committer: GroupCommitter,
    private readonly settings: CollabSettings,
    private readonly hooks: RoomHooks,
    private readonly logger: CollabLogger,
    private readonly guard: ContentGuard | undefined,
  ) {}

  get loadedCount(): number {
    return this.entries.size;
  }

  /** The room of a deed, loading it from the store when needed. */
  async acquire(deedId: string): Promise<Room> {
    let entry = this.entries.get(deedId);
    if (entry?.unloading) {
      await entry.unloading;
      entry = this.entries.get(deedId);
    }
    if (!entry) {
      const room = this.log.load(deedId).then((stored) => {
        const loaded = new Room(deedId, stored, this.settings, this.hooks, this.logger, this.guard);
        loaded.isFrozen = this.frozen.has(deedId);
        return loaded;
      });
      entry = { room };
      this.entries.set(deedId, entry);
      room.catch(() => this.entries.delete(deedId));
    }
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = undefined;
    return entry.room;
  }

  /** Freezes or thaws a deed: its loaded room at once, and the room whenever it loads again. */
  setFrozen(deedId: string, isFrozen: boolean): void {
    if (isFrozen) this.frozen.add(deedId);
    else this.frozen.delete(deedId);
    const entry = this.entries.get(deedId);
    void entry?.room.then(
      (room) => {
        room.isFrozen = isFrozen;
      },
      () => undefined,
    );
  }

  /** A loaded room, if any (for updates arriving from other nodes). */
  async peek(deedId: string): Promise<Room | undefined> {
    const entry = this.entries.get(deedId);
    return entry && !entry.unloading ? entry.room : undefined;
  }

  /** Called when a connection leaves: an idle room is unloaded after the configured delay. */
  release(room: Room): void {
    const entry = this.entries.get(room.deedId);
    if (!entry || !room.isIdle) return;
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unload(room.deedId), this.settings.idleUnloadMs);
    entry.unloadTimer.unref();
  }

  /** Flushes, compacts and forgets a room. */
  async unload(deedId: string): Promise<void> {
    const entry = this.entries.get(deedId);
    if (!entry || entry.unloading) return entry?.unloading;
    const room = await entry.room;
    if (!room.isIdle) return;
    entry.unloading = (async () => {
      try {
        await this.committer.compactNow(room);
      } finally {
        room.destroy();
        this.entries.delete(deedId);
      }
    })();
    return entry.unloading;
  }

  /** Drops a room whose persistence failed, without touching the store again. */
  discard(room: Room): void {
    const entry = this.entries.get(room.deedId);
    if (entry) clearTimeout(entry.unloadTimer);
    this.entries.delete(room.deedId);
    room.destroy();
  }

  async unloadAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.unload(id)));
  }

  async rooms(): Promise<Room[]> {
    return Promise.all([...this.entries.values()].map((e) => e.room));
  }
}
