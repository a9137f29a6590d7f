import { WebSocket } from 'ws';

export interface RawSocket {
  ws: WebSocket;
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;
}

/** A bare WebSocket to `/collab/<deedId>`, for sending hand-made (or hostile) frames. */
export function openRawSocket(
  baseUrl: string,
  deedId: string,
  token: string | null,
  headers: Record<string, string> = {},
): RawSocket {
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab/${deedId}${query}`, { headers });
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.on('unexpected-response', (_req, res) => resolve({ code: res.statusCode ?? 0, reason: 'http' }));
  });
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  return { ws, messages, closed, opened };
}
