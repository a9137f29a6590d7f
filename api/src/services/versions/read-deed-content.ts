import { type DeedJsonNode, getDeedSchema, summariseSuggestions } from '@deedroom/shared';
import type { ServiceDeps } from '../deps';
import { deedJsonFromState } from './deed-json-from-state';
import { hashDeedContent } from './hash-deed-content';

export interface DeedContentSnapshot {
  /** Yjs state of the deed body, every received update committed. */
  state: Uint8Array;
  content: DeedJsonNode;
  contentHash: string;
  /** Suggestions nobody has accepted or rejected yet. */
  pendingSuggestions: number;
}

/** The deed's text now, as the collaboration server holds it, with its hash. */
export async function readDeedContent(deps: ServiceDeps, deedId: string): Promise<DeedContentSnapshot> {
  const state = await deps.deedContent.readState(deedId);
  const content = deedJsonFromState(state);
  const pendingSuggestions = summariseSuggestions(getDeedSchema().nodeFromJSON(content)).length;
  return { state, content, contentHash: hashDeedContent(content), pendingSuggestions };
}
