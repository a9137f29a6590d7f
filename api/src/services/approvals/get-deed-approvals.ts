import type { ArticleApproval, DeedJsonNode, PersonRef } from '@deedroom/shared';
import type { DeedVersionSummaryRecord } from '../../store/records';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadPeople } from '../versions/load-people';
import { readDeedContent } from '../versions/read-deed-content';
import { type ApprovalEvaluation, evaluateApprovals } from './evaluate-approvals';
import { markApprovedArticles } from './mark-approved-articles';

export interface DeedApprovalsView extends ApprovalEvaluation {
  currentHash: string;
  isLocked: boolean;
  myOrgId: string;
  versions: Map<string, DeedVersionSummaryRecord>;
  people: Map<string, PersonRef>;
  articles: ArticleApproval[];
}

/** Which party approved which version, whether the text changed since, and whether it may be locked. */
export async function getDeedApprovals(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
): Promise<DeedApprovalsView> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const [parties, approvals, versionList, current] = await Promise.all([
    deps.stores.deals.listParties([deed.dealId]),
    deps.stores.deedApprovals.listByDeed(deedId),
    deps.stores.deedVersions.listByDeed(deedId),
    readDeedContent(deps, deedId),
  ]);
  const evaluation = evaluateApprovals(parties, approvals, current, deed.lock !== null);
  const inForce = evaluation.parties.flatMap((p) => (p.approval ? [p.approval] : []));
  let articles: ArticleApproval[] = [];
  if (inForce.length === parties.length && parties.length > 0) {
    const contents: DeedJsonNode[] = [];
    for (const versionId of new Set(inForce.map((a) => a.versionId))) {
      const version = await deps.stores.deedVersions.findById(versionId);
      if (version) contents.push(JSON.parse(version.contentJson) as DeedJsonNode);
    }
    articles = markApprovedArticles(current.content, contents);
  }
  return {
    ...evaluation,
    currentHash: current.contentHash,
    isLocked: deed.lock !== null,
    myOrgId: actor.user.orgId,
    versions: new Map(versionList.map((v) => [v.id, v])),
    people: await loadPeople(
      deps,
      inForce.map((a) => a.approvedBy),
    ),
    articles,
  };
}
