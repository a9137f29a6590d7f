import type { VaultPerson } from '@deedroom/shared';
import type { VaultRequestRecord } from '../../store/vault-records';
import type { ServiceDeps } from '../deps';

export interface VaultRequestView {
  request: VaultRequestRecord;
  decidedBy: VaultPerson | null;
}

export async function loadVaultRequestViews(
  deps: ServiceDeps,
  requests: VaultRequestRecord[],
): Promise<VaultRequestView[]> {
  const ids = [...new Set(requests.flatMap((r) => (r.decidedBy ? [r.decidedBy] : [])))];
  const users = await deps.stores.users.listByIds(ids);
  const people = new Map(users.map((u) => [u.id, { id: u.id, name: u.name, orgName: u.orgName }]));
  return requests.map((request) => ({
    request,
    decidedBy: request.decidedBy ? (people.get(request.decidedBy) ?? null) : null,
  }));
}
