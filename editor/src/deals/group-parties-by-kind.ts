import { type DealParty, ORG_KINDS, type OrgKind } from '@deedroom/shared';

export interface PartyGroup {
  kind: OrgKind;
  parties: DealParty[];
}

/** The deal's parties grouped by kind, always in the order bank, developer, notary. */
export function groupPartiesByKind(parties: readonly DealParty[]): PartyGroup[] {
  return ORG_KINDS.map((kind) => ({ kind, parties: parties.filter((party) => party.kind === kind) }));
}
