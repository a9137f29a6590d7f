export const ORG_KINDS = ['bank', 'developer', 'notary'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  bank: 'Banque',
  developer: 'Promoteur',
  notary: 'Office notarial',
};
