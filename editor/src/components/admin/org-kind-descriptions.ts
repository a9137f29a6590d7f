import type { OrgKind } from '@deedroom/shared';

/** Who each kind of organisation stands for, shown when an administrator creates one. */
export const ORG_KIND_DESCRIPTIONS: Record<OrgKind, string> = {
  bank: 'Banque prêteuse, ou partenaire d’un pool bancaire',
  developer: 'Promoteur immobilier ou société de programme (SCCV)',
  notary: 'Office notarial : notaires et clercs',
};
