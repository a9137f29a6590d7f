import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, loadConfig, type RunningServer, startServer } from '@deedroom/api';
import { type ApiSession, callApi, logIn } from './api-session';
import { PASSWORD } from './fixtures';

export interface VaultWorld {
  server: RunningServer;
  dataDir: string;
  logIn(email: string): Promise<ApiSession>;
  dealIdOf(session: ApiSession, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The real server in this process on port 0, on a fresh data folder seeded with the demo world. */
export async function startVaultWorld(prefix: string): Promise<VaultWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEEDROOM_DATA_DIR: dataDir,
    DEEDROOM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'silent',
  });
  const server = await startServer({ config, logger: createLogger('silent') });
  return {
    server,
    dataDir,
    logIn: (email) => logIn(server.url, email, PASSWORD),
    async dealIdOf(session, name) {
      const { deals } = await callApi<{ deals: Array<{ id: string; name: string }> }>(
        session,
        'GET',
        '/api/deals',
      );
      const deal = deals.find((d) => d.name === name);
      if (!deal) throw new Error(`deal ${name} not visible`);
      return deal.id;
    },
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** GET with the session cookie, the raw response. */
export function getAs(
  session: ApiSession,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${session.baseUrl}${urlPath}`, { headers: { cookie: session.cookie, ...headers } });
}
