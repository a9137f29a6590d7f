import type { ProvisionedWorld, ProvisionRequest } from '../ipc/server-messages';

/** A collaboration server started inside a server child process. */
export interface BenchServer {
  port: number;
  /** One line on what the server persists, and when. */
  persistence: string;
  /** Creates the deeds and users a load needs (servers without accounts have none to create). */
  provision?(request: ProvisionRequest): Promise<ProvisionedWorld>;
  close(): Promise<void>;
}
