import type { VaultPerson } from '@deedroom/shared';
import type { VaultDocumentRecord, VaultVersionRecord } from '../../store/vault-records';
import type { ServiceDeps } from '../deps';

/** A document with what its presentation needs: its versions (newest first) and the people named. */
export interface VaultDocumentView {
  document: VaultDocumentRecord;
  orgName: string;
  versions: VaultVersionRecord[];
  people: Map<string, VaultPerson>;
}

/** Loads versions, organisation names and uploaders of many documents in a few queries. */
export async function loadVaultDocumentViews(
  deps: ServiceDeps,
  documents: VaultDocumentRecord[],
): Promise<VaultDocumentView[]> {
  const versions = await deps.stores.vault.listVersions(documents.map((d) => d.id));
  const userIds = new Set(versions.map((v) => v.uploadedBy));
  const users = await deps.stores.users.listByIds([...userIds]);
  const people = new Map<string, VaultPerson>(
    users.map((u) => [u.id, { id: u.id, name: u.name, orgName: u.orgName }]),
  );
  const orgNames = new Map<string, string>();
  for (const orgId of new Set(documents.map((d) => d.orgId))) {
    orgNames.set(orgId, (await deps.stores.orgs.findById(orgId))?.name ?? '');
  }
  return documents.map((document) => ({
    document,
    orgName: orgNames.get(document.orgId) ?? '',
    versions: versions.filter((v) => v.documentId === document.id),
    people,
  }));
}

export async function loadVaultDocumentView(
  deps: ServiceDeps,
  document: VaultDocumentRecord,
): Promise<VaultDocumentView> {
  const [view] = await loadVaultDocumentViews(deps, [document]);
  if (!view) throw new Error('unreachable: one document in, one view out');
  return view;
}
