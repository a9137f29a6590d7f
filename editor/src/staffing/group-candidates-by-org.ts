import { ORG_KIND_LABELS } from '@deedroom/shared';
import type { StaffCandidate } from '../api/staffing-api';
import { sortByOrganisation } from './sort-by-organisation';

export interface CandidateGroup {
  group: string;
  items: Array<{ value: string; label: string }>;
}

/** Select options for the candidates, one group per organisation ("Atlantique Promotion · Promoteur"). */
export function groupCandidatesByOrg(candidates: readonly StaffCandidate[]): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const candidate of sortByOrganisation(candidates)) {
    let group = groups.get(candidate.orgId);
    if (!group) {
      group = { group: `${candidate.orgName} · ${ORG_KIND_LABELS[candidate.orgKind]}`, items: [] };
      groups.set(candidate.orgId, group);
    }
    group.items.push({ value: candidate.userId, label: candidate.name });
  }
  return [...groups.values()];
}
