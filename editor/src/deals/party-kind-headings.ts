import type { OrgKind } from '@deedroom/shared';

/**
 * How a party is introduced in lists and headings ("Notaire", not the legal form "Office notarial"
 * of ORG_KIND_LABELS, which names the organisation itself).
 */
export const PARTY_KIND_HEADINGS: Record<OrgKind, { one: string; many: string }> = {
  bank: { one: 'Banque', many: 'Banques' },
  developer: { one: 'Promoteur', many: 'Promoteurs' },
  notary: { one: 'Notaire', many: 'Notaires' },
};
