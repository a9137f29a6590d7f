/** The two wire protocols the benchmark speaks. */
export type WireProtocol = 'y-websocket' | 'hocuspocus';

/** Everything a simulated client needs to join one document on one server. */
export interface ClientSpec {
  protocol: WireProtocol;
  /** WebSocket URL, token included where the server wants it in the query. */
  url: string;
  /** Document name; for Hocuspocus it travels in every message. */
  docName: string;
  /** Hocuspocus authentication message payload (ignored by y-websocket). */
  token: string;
}
