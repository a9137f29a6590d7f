import { randomUUID } from 'node:crypto';
import type { IncomingMessage as HttpRequest } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type AccessEvent,
  COLLAB_CLOSE,
  COLLAB_PATH,
  DEED_SIGNAL_TOPICS,
  type DeedSignal,
} from '@deedroom/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import { countBusTraffic } from './bus/count-bus-traffic';
import { startNodeHeartbeat } from './bus/node-heartbeat';
import { CollabConnection } from './connection/collab-connection';
import { type CollabSettings, DEFAULT_COLLAB_SETTINGS } from './limits';
import type { CollabLogger } from './logger';
import type { CollabObserver } from './observer';
import { GroupCommitter } from './persistence/group-committer';
import { createInProcessLease, type Lease } from './persistence/lease';
import { encodeDeedSignalMessage, readIncomingMessage } from './protocol/messages';
import { MalformedMessageError } from './protocol/safe-decoder';
import { createDeedContent, type DeedContent } from './room/deed-content';
import { startFreezeAcrossNodes } from './room/freeze-across-nodes';
import type { Room } from './room/room';
import { RoomRegistry } from './room/room-registry';
import {
  ACCESS_CHANNEL,
  type Bus,
  type CollabAuthority,
  type ContentGuard,
  type DeedUpdateLog,
  SIGNAL_CHANNEL,
} from './types';

export interface CollabServerOptions {
  authority: CollabAuthority;
  log: DeedUpdateLog;
  bus: Bus;
  logger: CollabLogger;
  settings?: Partial<CollabSettings>;
  /** Origins allowed besides the request's own host (a browser always sends Origin). */
  allowedOrigins?: string[];
  /** Decides what a suggestion-only connection may change; without it, such connections may change nothing. */
  contentGuard?: ContentGuard;
  /** Who may compact a deed now; in process by default, `createRedisLease` across nodes. */
  compactionLease?: Lease;
  /** Metrics hooks. */
  observer?: CollabObserver;
}

export interface CollabServerStats {
  connections: number;
  rooms: number;
  /** Updates received and not yet committed, across rooms. */
  pendingUpdates: number;
  /** Updates committed since the server started. */
  updatesCommitted: number;
  /** Bus messages this server published since it started. */
  busPublished: number;
  /** Bus messages delivered to this server since it started (its own echoes included). */
  busReceived: number;
}

export interface CollabServer {
  /** Takes an HTTP upgrade for `/collab/<deedId>`; returns false for any other path. */
  handleUpgrade(request: HttpRequest, socket: Duplex, head: Buffer): boolean;
  stats(): CollabServerStats;
  /** The deeds' live content: read, change (restore), freeze on every node (lock). */
  content: DeedContent;
  /** Stops taking sockets, closes them (1001), commits and compacts every room. Leaves the bus open. */
  close(): Promise<void>;
}

const DEED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** How long shutdown waits for clients to acknowledge the 1001 close before cutting them off. */
const SHUTDOWN_GRACE_MS = 1000;

/** Lets close frames reach the clients (so they see 1001 and reconnect elsewhere), then cuts stragglers. */
async function closeSocketsGracefully(sockets: WebSocket[], graceMs: number): Promise<void> {
  const open = sockets.filter((ws) => ws.readyState !== ws.CLOSED);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(open.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())))),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    }),
  ]);
  clearTimeout(timer);
  for (const ws of open) if (ws.readyState !== ws.CLOSED) ws.terminate();
}

function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The y-websocket protocol server: authenticates each socket before loading the deed, enforces
 * the role's rights on every message, commits updates before broadcasting them, and applies
 * access events (staffing changes, logouts) to open sockets at once.
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const settings: CollabSettings = { ...DEFAULT_COLLAB_SETTINGS, ...options.settings };
  const { authority, log, logger } = options;
  const nodeId = randomUUID();
  const { channels: bus, traffic } = countBusTraffic(options.bus);
  const connections = new Set<CollabConnection>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: settings.maxMessageBytes,
    perMessageDeflate: false,
  });
  let isClosing = false;

  const committer = new GroupCommitter({
    log,
    lease: options.compactionLease ?? createInProcessLease(),
    compactAfterUpdates: settings.compactAfterUpdates,
    onRoomFailed: (room, error) => failRoom(room, error),
    logger,
    observer: options.observer,
  });
  const registry = new RoomRegistry({
    log,
    committer,
    bus,
    nodeId,
    settings,
    logger,
    guard: options.contentGuard,
  });
  const freezer = startFreezeAcrossNodes({
    bus,
    presence: options.bus.presence,
    nodeId,
    registry,
    timeoutMs: settings.freezeTimeoutMs,
    logger,
  });
  // A node that died may have committed updates it never published: the store has them.
  const heartbeat = startNodeHeartbeat(
    options.bus.presence,
    nodeId,
    settings.nodeHeartbeatMs,
    logger,
    () => void registry.catchUp(),
  );
  const stopCatchingUp = options.bus.onResubscribed?.(() => void registry.catchUp());

  function failRoom(room: Room, error: unknown): void {
    logger.error({ err: error, deedId: room.deedId }, 'closing room after a persistence failure');
    for (const conn of room.connections) conn.close(COLLAB_CLOSE.INTERNAL, 'storage failure, reconnect');
    registry.discard(room);
  }

  // Access events and signals come back through the bus to the node that published them too:
  // every node, this one included, applies each one once.
  const accessSubscription = bus.subscribe(ACCESS_CHANNEL, (payload) => {
    let event: AccessEvent;
    try {
      event = JSON.parse(new TextDecoder().decode(payload)) as AccessEvent;
    } catch {
      return;
    }
    void applyAccessEvent(event);
  });

  const signalSubscription = bus.subscribe(SIGNAL_CHANNEL, (payload) => {
    let signal: DeedSignal;
    try {
      signal = JSON.parse(new TextDecoder().decode(payload)) as DeedSignal;
    } catch {
      return;
    }
    if (!DEED_SIGNAL_TOPICS.includes(signal.topic)) return;
    const message = encodeDeedSignalMessage(signal.topic);
    for (const conn of connections) {
      if (conn.deedId !== signal.deedId) continue;
      if (signal.orgId !== null && conn.identity.orgId !== signal.orgId) continue;
      conn.send(message);
    }
  });

  async function recheckConnection(conn: CollabConnection): Promise<void> {
    const now = await authority.recheck(conn.identity, conn.deedId);
    if (!now) conn.close(COLLAB_CLOSE.FORBIDDEN, 'access withdrawn');
    else if (now.editMode !== conn.editMode || now.identity.role !== conn.identity.role) {
      // Enforced from this instant; the client reconnects to learn its new rights.
      conn.access = now;
      conn.close(COLLAB_CLOSE.ACCESS_CHANGED, 'access changed, reconnect');
    }
  }

  async function applyAccessEvent(event: AccessEvent): Promise<void> {
    if (event.type === 'deed-changed') {
      const onDeed = [...connections].filter((c) => c.deedId === event.deedId);
      await Promise.all(onDeed.map(recheckConnection));
      return;
    }
    const affected = [...connections].filter((c) => c.identity.userId === event.userId);
    for (const conn of affected) {
      if (event.type === 'session-ended' && conn.identity.sessionKey === event.sessionKey) {
        conn.close(COLLAB_CLOSE.UNAUTHORIZED, 'session ended');
      } else if (event.type === 'sessions-ended' && conn.identity.sessionKey !== event.exceptSessionKey) {
        conn.close(COLLAB_CLOSE.UNAUTHORIZED, 'session ended');
      } else if (event.type === 'access-changed' && conn.access.dealId === event.dealId) {
        await recheckConnection(conn);
      }
    }
  }

  function isOriginAllowed(request: HttpRequest): boolean {
    const origin = request.headers.origin;
    if (!origin) return true; // non-browser clients; they still need a token
    if (options.allowedOrigins?.includes(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }

  async function acceptSocket(
    ws: WebSocket,
    deedId: string,
    token: string | null,
    cookieHeader: string | undefined,
  ) {
    const queue: Uint8Array[] = [];
    let conn: CollabConnection | undefined;
    let room: Room | undefined;
    let chain = Promise.resolve();
    const socket = {
      send: (data: Uint8Array) => ws.send(data),
      close: (code: number, reason: string) => ws.close(code, reason),
      get isOpen() {
        return ws.readyState === ws.OPEN;
      },
    };

    const process = (bytes: Uint8Array) => {
      if (!conn || !room || conn.closed) return;
      const current = conn;
      const target = room;
      chain = chain.then(async () => {
        if (current.closed) return;
        try {
          await target.handleMessage(current, readIncomingMessage(bytes));
        } catch (err) {
          if (err instanceof MalformedMessageError) {
            logger.debug({ deedId, reason: err.message }, 'malformed message');
            current.close(COLLAB_CLOSE.MALFORMED, err.message.slice(0, 120));
          } else {
            logger.error({ err, deedId }, 'message handling failed');
            current.close(COLLAB_CLOSE.INTERNAL, 'internal error');
          }
        }
      });
    };

    let isAlive = true;
    ws.on('pong', () => {
      isAlive = true;
    });
    const ping = setInterval(() => {
      if (!isAlive) {
        ws.terminate();
        return;
      }
      isAlive = false;
      ws.ping();
    }, settings.pingIntervalMs);
    ping.unref();

    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(COLLAB_CLOSE.MALFORMED, 'binary messages only');
        return;
      }
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (!conn) {
        if (queue.length >= settings.maxQueuedMessages)
          ws.close(COLLAB_CLOSE.MALFORMED, 'too many messages before sync');
        else queue.push(bytes);
        return;
      }
      process(bytes);
    });
    ws.on('close', () => {
      clearInterval(ping);
      if (conn) {
        conn.close(COLLAB_CLOSE.GOING_AWAY, 'closed');
        connections.delete(conn);
        room?.removeConnection(conn);
        if (room) registry.release(room);
      }
    });
    ws.on('error', (err) => logger.debug({ err, deedId }, 'socket error'));

    // Authenticate before the document is even loaded: deny by default.
    let result: Awaited<ReturnType<CollabAuthority['authenticate']>>;
    try {
      result = await authority.authenticate({ deedId, token, cookieHeader });
    } catch (err) {
      logger.error({ err, deedId }, 'authentication failed');
      ws.close(COLLAB_CLOSE.INTERNAL, 'internal error');
      return;
    }
    if (!result.ok) {
      ws.close(
        result.reason === 'not-found' ? COLLAB_CLOSE.NOT_FOUND : COLLAB_CLOSE.UNAUTHORIZED,
        result.reason === 'not-found' ? 'deed not found' : 'unauthorized',
      );
      return;
    }
    if (ws.readyState !== ws.OPEN || isClosing) return;
    try {
      room = await registry.acquire(deedId);
    } catch (err) {
      logger.error({ err, deedId }, 'deed load failed');
      ws.close(COLLAB_CLOSE.INTERNAL, 'could not load the deed');
      return;
    }
    if (ws.readyState !== ws.OPEN) {
      registry.release(room);
      return;
    }
    conn = new CollabConnection(deedId, socket, result.access, {
      perSecond: settings.updatesPerSecond,
      burst: settings.updateBurst,
    });
    connections.add(conn);
    room.addConnection(conn);
    for (const bytes of queue.splice(0)) process(bytes);
  }

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== COLLAB_PATH && !url.pathname.startsWith(`${COLLAB_PATH}/`)) return false;
      const deedId = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
      if (isClosing) rejectUpgrade(socket, 503, 'Service Unavailable');
      else if (!DEED_ID_PATTERN.test(deedId)) rejectUpgrade(socket, 404, 'Not Found');
      else if (!isOriginAllowed(request)) rejectUpgrade(socket, 403, 'Forbidden');
      else {
        wss.handleUpgrade(request, socket, head, (ws) => {
          void acceptSocket(ws, deedId, url.searchParams.get('token'), request.headers.cookie);
        });
      }
      return true;
    },
    stats: () => ({
      connections: connections.size,
      rooms: registry.loadedCount,
      pendingUpdates: committer.pendingUpdates,
      updatesCommitted: committer.updatesCommitted,
      busPublished: traffic.published,
      busReceived: traffic.received,
    }),
    content: createDeedContent(registry, freezer),
    async close() {
      isClosing = true;
      accessSubscription.unsubscribe();
      signalSubscription.unsubscribe();
      for (const conn of connections) conn.close(COLLAB_CLOSE.GOING_AWAY, 'server shutting down');
      await closeSocketsGracefully([...wss.clients], SHUTDOWN_GRACE_MS);
      for (const room of registry.rooms())
        for (const conn of [...room.connections]) room.removeConnection(conn);
      connections.clear();
      await committer.drain();
      // Still answering freezes until here: a lock elsewhere waited for these commits.
      await heartbeat.stop();
      freezer.stop();
      stopCatchingUp?.();
      await registry.unloadAll();
      await committer.settle();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
