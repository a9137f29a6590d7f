import { AppError, type CreateOrgRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { OrgRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { requireAdmin } from './require-admin';

export async function createOrg(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateOrgRequest,
): Promise<OrgRecord> {
  await requireAdmin(deps, actor, 'org.create');
  const existing = await deps.stores.orgs.list();
  if (existing.some((o) => o.name.toLocaleLowerCase('fr') === input.name.toLocaleLowerCase('fr'))) {
    throw new AppError('CONFLICT', 'Une organisation porte déjà ce nom.');
  }
  const org: OrgRecord = {
    id: createId(),
    name: input.name,
    kind: input.kind,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.stores.orgs.create(org);
  await recordAudit(deps, {
    action: 'org.create',
    actor,
    target: `org:${org.id}`,
    detail: { kind: org.kind },
  });
  return org;
}
