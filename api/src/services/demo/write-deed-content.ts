import { DEED_FIELD, getDeedSchema } from '@deedroom/shared';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { ServiceDeps } from '../deps';
import type { JsonNode } from './deed-content/build-deed-json';

/** Stores a deed body given as ProseMirror JSON as the first entry of its Yjs update log. */
export async function writeDeedContent(deps: ServiceDeps, deedId: string, content: JsonNode): Promise<void> {
  const schema = getDeedSchema();
  schema.nodeFromJSON(content).check();
  const doc = prosemirrorJSONToYDoc(schema, content, DEED_FIELD);
  await deps.stores.deedUpdates.append([{ deedId, update: Y.encodeStateAsUpdate(doc), userId: null }]);
  doc.destroy();
}
