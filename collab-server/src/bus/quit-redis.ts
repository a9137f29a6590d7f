import type { Redis } from 'ioredis';

/** QUIT when connected (pending replies still arrive); otherwise just stop reconnecting. */
export async function quitRedis(connection: Redis): Promise<void> {
  if (connection.status === 'ready') {
    try {
      await connection.quit();
      return;
    } catch {
      // Fall through: the connection is going away anyway.
    }
  }
  connection.disconnect();
}
