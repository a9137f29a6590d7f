import { AppError, isRoleAllowedForOrg, type StaffRequest } from '@deedroom/shared';
import type { StaffMemberRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

/**
 * Staffs a person on a deal or changes their role. Only people of the deal's parties can be
 * staffed; anyone else answers 404, as if they did not exist.
 */
export async function staffMember(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  input: StaffRequest,
): Promise<StaffMemberRecord> {
  await requireDealAccess(deps, actor, dealId, 'staffing.manage');
  const [user, parties] = await Promise.all([
    deps.stores.users.findById(input.userId),
    deps.stores.deals.listParties([dealId]),
  ]);
  if (!user || !parties.some((p) => p.orgId === user.orgId)) {
    throw new AppError('NOT_FOUND', 'Personne introuvable parmi les intervenants du dossier.');
  }
  if (!isRoleAllowedForOrg(input.role, user.orgKind)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Le rôle ${input.role} n’est pas ouvert à une organisation de type ${user.orgKind}.`,
    );
  }
  const current = await deps.stores.staffing.findRole(dealId, user.id);
  if (current?.role === 'bank_manager' && input.role !== 'bank_manager')
    await assertAnotherManager(deps, dealId, user.id);
  await deps.stores.staffing.upsert({
    dealId,
    userId: user.id,
    role: input.role,
    addedBy: actor.user.id,
    addedAt: deps.clock.now().toISOString(),
  });
  deps.accessEvents.publish({ type: 'access-changed', dealId, userId: user.id });
  await recordAudit(deps, {
    action: 'staffing.change',
    actor,
    dealId,
    target: `user:${user.id}`,
    detail: { from: current?.role ?? null, to: input.role },
  });
  const members = await deps.stores.staffing.list(dealId);
  const member = members.find((m) => m.userId === user.id);
  if (!member) throw new Error('staffed member missing after upsert');
  return member;
}

/** A deal always keeps at least one bank manager, or nobody could staff it any more. */
export async function assertAnotherManager(
  deps: ServiceDeps,
  dealId: string,
  leavingUserId: string,
): Promise<void> {
  const members = await deps.stores.staffing.list(dealId);
  if (!members.some((m) => m.role === 'bank_manager' && m.userId !== leavingUserId)) {
    throw new AppError('CONFLICT', 'Le dossier doit garder au moins un chargé d’affaires.');
  }
}
