import type { BusChannels } from '../bus/count-bus-traffic';
import { type DeedFrame, deedChannel, encodeDeedFrame, readDeedFrame } from '../bus/deed-frame';
import type { CollabSettings } from '../limits';
import type { CollabLogger } from '../logger';
import type { GroupCommitter } from '../persistence/group-committer';
import type { BusSubscription, ContentGuard, DeedUpdateLog } from '../types';
import { Room, type RoomHooks } from './room';

interface Entry {
  room: Promise<Room>;
  /** The room once loaded: frames from the bus and freezes reach it synchronously. */
  readonly loaded: Room | undefined;
  /** The deed's bus channel, held from before the load until the room is dropped. */
  subscription: BusSubscription;
  unloadTimer?: NodeJS.Timeout;
  /** Set while the room is being flushed and dropped; a new visitor waits for it. */
  unloading?: Promise<void>;
}

export interface RoomRegistryDeps {
  log: DeedUpdateLog;
  committer: GroupCommitter;
  bus: BusChannels;
  /** This node's id, stamped on its frames so that it skips them when Redis echoes them back. */
  nodeId: string;
  settings: CollabSettings;
  logger: CollabLogger;
  guard: ContentGuard | undefined;
}

/**
 * Loads rooms on first use, shares them between connections, unloads them when idle. Each loaded
 * room listens to its deed's channel, so that updates committed on other nodes reach it.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  /** Deeds refusing content updates (a lock); applied to their room now and whenever it loads. */
  private readonly frozen = new Set<string>();
  /** Rooms re-reading the store now (one catch-up at a time per room). */
  private readonly catchingUp = new Set<Room>();
  private readonly hooks: RoomHooks;

  constructor(private readonly deps: RoomRegistryDeps) {
    const { committer, bus, nodeId } = deps;
    this.hooks = {
      persist: (room, update, origin) => committer.enqueue(room, update, origin),
      publish: (room, body) =>
        bus.publish(deedChannel(room.deedId), encodeDeedFrame({ kind: 'update', nodeId, body })),
      publishAwareness: (room, body) =>
        bus.publish(deedChannel(room.deedId), encodeDeedFrame({ kind: 'awareness', nodeId, body })),
    };
  }

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
    if (!entry) entry = this.open(deedId);
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = undefined;
    return entry.room;
  }

  /**
   * Subscribes to the deed's channel BEFORE reading the store: an update another node commits
   * during the read is either in what the read returns or in a frame received meanwhile (nodes
   * publish only after committing). Frames are held until the room exists, then applied; Yjs
   * updates are idempotent, so one in both places does no harm.
   */
  private open(deedId: string): Entry {
    const { bus, log, nodeId, settings, logger, guard } = this.deps;
    const held: DeedFrame[] = [];
    let loaded: Room | undefined;
    const subscription = bus.subscribe(deedChannel(deedId), (payload) => {
      const frame = readDeedFrame(payload);
      if (!frame || frame.nodeId === nodeId) return;
      if (loaded) this.applyFrame(loaded, frame);
      else held.push(frame);
    });
    const room = (async () => {
      await subscription.ready;
      const stored = await log.load(deedId);
      const created = new Room(deedId, stored, settings, this.hooks, logger, guard);
      created.isFrozen = this.frozen.has(deedId);
      for (const frame of held.splice(0)) this.applyFrame(created, frame);
      loaded = created;
      return created;
    })();
    const entry: Entry = {
      room,
      subscription,
      get loaded() {
        return loaded;
      },
    };
    this.entries.set(deedId, entry);
    room.catch(() => {
      subscription.unsubscribe();
      if (this.entries.get(deedId) === entry) this.entries.delete(deedId);
    });
    return entry;
  }

  private applyFrame(room: Room, frame: DeedFrame): void {
    try {
      if (frame.kind === 'update') {
        room.applyRemoteUpdate(frame.body);
        // An update that depends on one this room never received: a node committed it and died
        // before publishing it. The store has it.
        if (room.awaitsMissingUpdates) void this.catchUpRoom(room);
      } else room.applyRemoteAwareness(frame.body);
    } catch (err) {
      this.deps.logger.warn({ err, deedId: room.deedId, from: frame.nodeId }, 'bad frame from another node');
    }
  }

  private async catchUpRoom(room: Room): Promise<void> {
    if (this.catchingUp.has(room)) return;
    this.catchingUp.add(room);
    try {
      room.catchUpWith(await this.deps.log.load(room.deedId));
    } catch (err) {
      this.deps.logger.warn({ err, deedId: room.deedId }, 'catching up with the store failed');
    } finally {
      this.catchingUp.delete(room);
    }
  }

  /** Freezes or thaws a deed: its loaded room at once, and the room whenever it loads again. */
  setFrozen(deedId: string, isFrozen: boolean): void {
    if (isFrozen) this.frozen.add(deedId);
    else this.frozen.delete(deedId);
    const room = this.entries.get(deedId)?.loaded;
    if (room) room.isFrozen = isFrozen;
  }

  /** Resolves once the deed's room (if loaded here) has committed every update it received. */
  async whenCommitted(deedId: string): Promise<void> {
    await this.entries.get(deedId)?.loaded?.whenCommitted();
  }

  /**
   * After the bus dropped messages, or a node died (its last commits may never have been
   * published): every loaded room merges in what the store has now.
   */
  async catchUp(): Promise<void> {
    await Promise.all(this.rooms().map((room) => this.catchUpRoom(room)));
  }

  /** Called when a connection leaves: an idle room is unloaded after the configured delay. */
  release(room: Room): void {
    const entry = this.entries.get(room.deedId);
    if (!entry || !room.isIdle) return;
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unload(room.deedId), this.deps.settings.idleUnloadMs);
    entry.unloadTimer.unref();
  }

  /** Flushes, compacts and forgets a room. */
  async unload(deedId: string): Promise<void> {
    const entry = this.entries.get(deedId);
    if (!entry || entry.unloading) return entry?.unloading;
    const room = await entry.room.catch(() => undefined);
    if (!room?.isIdle) return;
    entry.unloading = (async () => {
      try {
        await this.deps.committer.compactNow(room);
      } finally {
        // Unless a persistence failure already discarded it.
        if (this.entries.get(deedId) === entry) this.drop(entry, room);
      }
    })();
    return entry.unloading;
  }

  /** Drops a room whose persistence failed, without touching the store again. */
  discard(room: Room): void {
    const entry = this.entries.get(room.deedId);
    if (entry?.loaded === room) this.drop(entry, room);
  }

  private drop(entry: Entry, room: Room): void {
    clearTimeout(entry.unloadTimer);
    entry.subscription.unsubscribe();
    this.entries.delete(room.deedId);
    room.destroy();
  }

  async unloadAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.unload(id)));
  }

  /** The rooms loaded (not those still loading). */
  rooms(): Room[] {
    return [...this.entries.values()].flatMap((e) => (e.loaded ? [e.loaded] : []));
  }
}
