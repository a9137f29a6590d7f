import type { DeedVersionKind } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { DeedVersionRecord } from '../../store/records';
import type { ServiceDeps } from '../deps';
import type { DeedContentSnapshot } from './read-deed-content';

export interface NewDeedVersion {
  deedId: string;
  kind: DeedVersionKind;
  name: string;
  note: string;
  createdBy: string;
  snapshot: DeedContentSnapshot;
  restoredFrom?: string | null;
}

/** Stores a version of the deed (numbered after the last one); callers check rights and audit. */
export function saveDeedVersion(deps: ServiceDeps, input: NewDeedVersion): Promise<DeedVersionRecord> {
  return deps.stores.deedVersions.create({
    id: createId(),
    deedId: input.deedId,
    name: input.name,
    note: input.note,
    kind: input.kind,
    contentHash: input.snapshot.contentHash,
    contentJson: JSON.stringify(input.snapshot.content),
    state: input.snapshot.state,
    createdBy: input.createdBy,
    createdAt: deps.clock.now().toISOString(),
    restoredFrom: input.restoredFrom ?? null,
  });
}
