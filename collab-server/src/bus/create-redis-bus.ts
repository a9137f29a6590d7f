import { Redis } from 'ioredis';
import { type CollabLogger, SILENT_LOGGER } from '../logger';
import type { Bus } from '../types';
import { quitRedis } from './quit-redis';
import { createRedisPresence } from './redis-presence';

export interface RedisBusOptions {
  /** `redis://host:port/db` */
  url: string;
  /** Put before every channel and key, so several deployments can share one Redis. */
  prefix?: string;
  logger?: CollabLogger;
}

export const DEFAULT_REDIS_PREFIX = 'deedroom:';

type Handler = (payload: Uint8Array) => void;

interface Channel {
  handlers: Set<Handler>;
  ready: Promise<void>;
}

/**
 * The bus across nodes: Redis pub/sub on one publishing and one subscribing connection, binary
 * payloads as they are. Redis delivers a node's own messages back to it, and that echo is the
 * only local delivery: every handler, the publisher's included, sees each message exactly once.
 * Presence lives in a sorted set beside the channels.
 */
export function createRedisBus(options: RedisBusOptions): Bus & { ping(): Promise<void> } {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  const logger = options.logger ?? SILENT_LOGGER;
  // Named, so that CLIENT LIST tells which connections are whose.
  const publisher = new Redis(options.url, { connectionName: `${prefix}publisher` });
  const subscriber = new Redis(options.url, { connectionName: `${prefix}subscriber` });
  const channels = new Map<string, Channel>();
  const resubscribedListeners = new Set<() => void>();
  for (const [role, connection] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const)
    connection.on('error', (err: unknown) => logger.warn({ err, role }, 'redis bus connection error'));

  subscriber.on('messageBuffer', (channelName: Buffer, message: Buffer) => {
    const name = channelName.toString();
    const channel = name.startsWith(prefix) ? channels.get(name.slice(prefix.length)) : undefined;
    if (!channel) return;
    const payload = new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
    for (const handler of [...channel.handlers]) {
      try {
        handler(payload);
      } catch (err) {
        logger.error({ err, channel: name }, 'bus handler failed');
      }
    }
  });

  let hasBeenReady = false;
  subscriber.on('ready', () => {
    if (!hasBeenReady) {
      hasBeenReady = true;
      return;
    }
    // After a reconnection ioredis re-sends every SUBSCRIBE before 'ready'; a PING answered after
    // them means they took effect, and whatever was published while disconnected is lost.
    subscriber.ping().then(
      () => {
        logger.warn({ channels: channels.size }, 'redis bus resubscribed after a disconnection');
        for (const listener of [...resubscribedListeners]) listener();
      },
      (err: unknown) => logger.warn({ err }, 'redis bus resubscription check failed'),
    );
  });

  function openChannel(name: string): Channel {
    const channel: Channel = {
      handlers: new Set(),
      ready: subscriber.subscribe(`${prefix}${name}`).then(() => undefined),
    };
    channel.ready.catch((err: unknown) => {
      logger.warn({ err, channel: name }, 'redis subscribe failed');
      // The next subscriber tries again rather than inheriting the failure.
      if (channels.get(name) === channel) channels.delete(name);
    });
    channels.set(name, channel);
    return channel;
  }

  return {
    publish(channel, payload) {
      const body = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
      publisher.publish(`${prefix}${channel}`, body).catch((err: unknown) => {
        logger.error({ err, channel }, 'redis publish failed');
      });
    },
    subscribe(name, handler) {
      // One Redis SUBSCRIBE per channel, however many local handlers.
      const channel = channels.get(name) ?? openChannel(name);
      channel.handlers.add(handler);
      return {
        ready: channel.ready,
        unsubscribe() {
          if (!channel.handlers.delete(handler) || channel.handlers.size > 0) return;
          if (channels.get(name) !== channel) return;
          channels.delete(name);
          subscriber.unsubscribe(`${prefix}${name}`).catch((err: unknown) => {
            logger.debug({ err, channel: name }, 'redis unsubscribe failed');
          });
        },
      };
    },
    presence: createRedisPresence(publisher, `${prefix}nodes`),
    onResubscribed(listener) {
      resubscribedListeners.add(listener);
      return () => resubscribedListeners.delete(listener);
    },
    async ping() {
      await Promise.all([publisher.ping(), subscriber.ping()]);
    },
    async close() {
      channels.clear();
      resubscribedListeners.clear();
      await Promise.all([quitRedis(publisher), quitRedis(subscriber)]);
    },
  };
}
