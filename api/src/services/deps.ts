import type { AccessEvent, DeedSignal } from '@deedroom/shared';
import type * as Y from 'yjs';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { UserWithOrg } from '../store/records';
import type { Stores } from '../store/stores';

/** What every service operation receives: storage, time and logs, passed in rather than imported. */
export interface ServiceDeps {
  stores: Stores;
  clock: Clock;
  logger: Logger;
  /** Tells open collaboration sockets that someone's access or session changed. */
  accessEvents: AccessEventSink;
  /** Tells the sockets open on a deed that something about it changed (they fetch it again). */
  deedSignals: DeedSignalSink;
  /** Signs the short-lived collaboration tokens. */
  collabSecret: Buffer;
  /** The deeds' live content, held by the collaboration server (restore, lock). */
  deedContent: DeedContentPort;
}

/**
 * What services may do to a deed's live text, implemented by the collaboration server of this
 * node (`collab.content`), so that a server-made change is committed and broadcast like any other.
 */
export interface DeedContentPort {
  /** The Yjs state of the current content, once every update received is committed. */
  readState(deedId: string): Promise<Uint8Array>;
  /** A change made by the server (a restore): committed, then sent to every open connection. */
  applyChange(
    deedId: string,
    change: (doc: Y.Doc) => void,
    origin: { actorId: string | null; reason: string },
  ): Promise<void>;
  /** Refuses every content update from now on; resolves once pending ones are committed. */
  freeze(deedId: string): Promise<void>;
  thaw(deedId: string): Promise<void>;
}

export interface AccessEventSink {
  publish(event: AccessEvent): void;
}

export interface DeedSignalSink {
  publish(signal: DeedSignal): void;
}

/** The authenticated caller of an operation. */
export interface Actor {
  user: UserWithOrg;
  ip: string | null;
}
