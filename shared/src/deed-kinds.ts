export const DEED_KINDS = [
  'convention_credit',
  'acte_pret',
  'gfa',
  'caution',
  'nantissement',
  'lettre_engagement',
  'offre_credit',
  'autre',
] as const;
export type DeedKind = (typeof DEED_KINDS)[number];

export const DEED_KIND_LABELS: Record<DeedKind, string> = {
  convention_credit: 'Convention de crédit promoteur',
  acte_pret: 'Acte de prêt',
  gfa: 'Garantie financière d’achèvement',
  caution: 'Acte de caution',
  nantissement: 'Nantissement / cession de créances',
  lettre_engagement: 'Lettre d’engagement',
  offre_credit: 'Offre de crédit',
  autre: 'Autre acte',
};
