import type { CollabCloseCode } from '@deedroom/shared';
import type { CollabAccess } from '../types';

/** What the server needs of a WebSocket (the `ws` adapter provides it). */
export interface SocketLike {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly isOpen: boolean;
}

let nextConnectionId = 1;

/** One authenticated socket on one deed. */
export class CollabConnection {
  readonly id = nextConnectionId++;
  /** Awareness client ids this socket announced (its own browser tab). */
  readonly clientIds = new Set<number>();
  private tokens: number;
  private refilledAt: number;
  private isClosed = false;

  constructor(
    readonly deedId: string,
    private readonly socket: SocketLike,
    public access: CollabAccess,
    private readonly rate: { perSecond: number; burst: number },
  ) {
    this.tokens = rate.burst;
    this.refilledAt = Date.now();
  }

  get identity() {
    return this.access.identity;
  }

  get editMode() {
    return this.access.editMode;
  }

  send(message: Uint8Array): void {
    if (!this.isClosed && this.socket.isOpen) this.socket.send(message);
  }

  close(code: CollabCloseCode, reason: string): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.socket.close(code, reason);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Token bucket: false when the connection exceeds its sustained update rate plus burst. */
  takeUpdateToken(now = Date.now()): boolean {
    this.tokens = Math.min(
      this.rate.burst,
      this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
