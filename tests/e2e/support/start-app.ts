import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type RunningServer, startServer } from '@deedroom/api';

export const E2E_PASSWORD = 'e2e-demo-password-2026';

/** The real product (API + built web app) on port 0, on a fresh SQLite folder seeded with the demo. */
export async function startApp(
  env: Record<string, string> = {},
): Promise<RunningServer & { dataDir: string; dispose(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEEDROOM_DATA_DIR: dataDir,
    DEEDROOM_DEMO_PASSWORD: E2E_PASSWORD,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const server = await startServer({ config });
  return {
    ...server,
    dataDir,
    async dispose() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
