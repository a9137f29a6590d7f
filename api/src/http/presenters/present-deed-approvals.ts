import type { DeedApprovals } from '@deedroom/shared';
import type { DeedApprovalsView } from '../../services/approvals/get-deed-approvals';
import { personOf } from '../../services/versions/load-people';

export function presentDeedApprovals(view: DeedApprovalsView): DeedApprovals {
  return {
    parties: view.parties.map(({ party, approval, isStale }) => {
      const version = approval && view.versions.get(approval.versionId);
      return {
        org: { id: party.orgId, name: party.name, kind: party.kind },
        approval:
          approval && version
            ? {
                id: approval.id,
                version: { id: version.id, number: version.number, name: version.name },
                contentHash: approval.contentHash,
                approvedBy: personOf(view.people, approval.approvedBy),
                approvedAt: approval.approvedAt,
              }
            : null,
        isStale,
        isMine: party.orgId === view.myOrgId,
      };
    }),
    currentHash: view.currentHash,
    canLock: view.canLock,
    lockBlocker: view.lockBlocker,
    isLocked: view.isLocked,
    articles: view.articles,
  };
}
