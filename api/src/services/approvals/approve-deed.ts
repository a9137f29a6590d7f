import { AppError, type ApproveDeedRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { DeedApprovalRecord, DeedVersionSummaryRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from '../versions/find-deed-version';
import { readDeedContent } from '../versions/read-deed-content';
import { saveDeedVersion } from '../versions/save-deed-version';
import { closeLinkedWorkflowItems } from '../workflow/close-linked-workflow-items';
import { selectCurrentApprovals } from './evaluate-approvals';

export function approvalsFrozenConflict(): AppError {
  return new AppError(
    'CONFLICT',
    'Le texte définitif est verrouillé : les accords ne peuvent plus changer. Il faut d’abord le déverrouiller.',
  );
}

/** Refuses people whose organisation is not a party of the deal (an approval is given for one). */
export async function requireDealParty(deps: ServiceDeps, actor: Actor, dealId: string): Promise<void> {
  const parties = await deps.stores.deals.listParties([dealId]);
  if (!parties.some((p) => p.orgId === actor.user.orgId)) {
    throw new AppError(
      'FORBIDDEN',
      'Votre organisation n’est pas partie à ce dossier : elle ne peut pas approuver l’acte.',
    );
  }
}

/** Every party of the deal has an approval in force, all of the same text. */
async function isApprovedByEveryParty(
  deps: ServiceDeps,
  dealId: string,
  deedId: string,
  contentHash: string,
): Promise<boolean> {
  const [parties, approvals] = await Promise.all([
    deps.stores.deals.listParties([dealId]),
    deps.stores.deedApprovals.listByDeed(deedId),
  ]);
  const current = selectCurrentApprovals(approvals);
  return parties.every((party) => current.get(party.orgId)?.contentHash === contentHash);
}

/**
 * « Bon pour accord »: the caller approves a version of the deed for their organisation, which
 * replaces the organisation's earlier approval. Without a version, the text now is approved: it
 * is saved as an automatic version unless the latest version already has exactly this text.
 */
export async function approveDeed(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  input: ApproveDeedRequest,
): Promise<DeedApprovalRecord> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.approve');
  if (deed.lock) throw approvalsFrozenConflict();
  await requireDealParty(deps, actor, deed.dealId);

  let version: DeedVersionSummaryRecord;
  let hasCreatedVersion = false;
  if (input.versionId) {
    version = await findDeedVersion(deps, deedId, input.versionId);
  } else {
    const snapshot = await readDeedContent(deps, deedId);
    const latest = await deps.stores.deedVersions.findLatest(deedId);
    if (latest?.contentHash === snapshot.contentHash) version = latest;
    else {
      version = await saveDeedVersion(deps, {
        deedId,
        kind: 'approval',
        name: `Bon pour accord – ${actor.user.orgName}`,
        note: '',
        createdBy: actor.user.id,
        snapshot,
      });
      hasCreatedVersion = true;
    }
  }
  const approval: DeedApprovalRecord = {
    id: createId(),
    deedId,
    orgId: actor.user.orgId,
    versionId: version.id,
    contentHash: version.contentHash,
    approvedBy: actor.user.id,
    approvedAt: deps.clock.now().toISOString(),
    withdrawnBy: null,
    withdrawnAt: null,
    supersededBy: null,
  };
  await deps.stores.deedApprovals.create(approval);
  await recordAudit(deps, {
    action: 'deed.approve',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: {
      orgId: actor.user.orgId,
      versionId: version.id,
      number: version.number,
      contentHash: version.contentHash,
    },
  });
  if (await isApprovedByEveryParty(deps, deed.dealId, deedId, approval.contentHash)) {
    await closeLinkedWorkflowItems(deps, actor, {
      kind: 'deed_approved',
      targetId: deedId,
      label: deed.title,
    });
  }
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
  if (hasCreatedVersion) deps.deedSignals.publish({ deedId, topic: 'versions', orgId: null });
  return approval;
}
