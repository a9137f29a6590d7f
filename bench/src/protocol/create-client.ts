import type { ClientSpec } from './client-spec';
import type { CollabClient } from './collab-client';
import { HocuspocusClient } from './hocuspocus-client';
import { YWebsocketClient } from './y-websocket-client';

export function createClient(spec: ClientSpec): CollabClient {
  return spec.protocol === 'hocuspocus'
    ? new HocuspocusClient(spec.url, spec.docName, spec.token)
    : new YWebsocketClient(spec.url);
}
