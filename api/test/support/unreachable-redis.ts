import net, { type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

/** A loopback port nothing listens on (taken, then released). */
export async function findClosedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A Redis client whose server is gone: every command fails at once, nothing retries. */
export async function openUnreachableRedis(): Promise<Redis> {
  const gone = new Redis({
    host: '127.0.0.1',
    port: await findClosedPort(),
    lazyConnect: true,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  gone.on('error', () => undefined); // the refused connection is the point
  return gone;
}
