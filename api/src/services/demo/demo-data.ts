import type { DealRole, DealStatus, DeedKind, OrgKind } from '@deedroom/shared';

/** The demo world: one bank, two competing developers, one notary, one deal per developer. */
export const DEMO_ORGS: ReadonlyArray<{ key: string; name: string; kind: OrgKind }> = [
  { key: 'bank', name: 'Banque Horizon', kind: 'bank' },
  { key: 'atlantique', name: 'Atlantique Promotion', kind: 'developer' },
  { key: 'rhone', name: 'Rhône Habitat', kind: 'developer' },
  { key: 'notary', name: 'Office notarial Dupuis', kind: 'notary' },
];

export const DEMO_USERS: ReadonlyArray<{
  email: string;
  name: string;
  org: string;
  isAdmin?: boolean;
  /** Role on each demo deal, by deal key. */
  roles: Partial<Record<'tilleuls' | 'terrasses', DealRole>>;
}> = [
  {
    email: 'marie.lefevre@banque-horizon.example',
    name: 'Marie Lefèvre',
    org: 'bank',
    isAdmin: true,
    roles: { tilleuls: 'bank_manager', terrasses: 'bank_manager' },
  },
  {
    email: 'paul.girard@banque-horizon.example',
    name: 'Paul Girard',
    org: 'bank',
    roles: { tilleuls: 'bank_legal', terrasses: 'bank_legal' },
  },
  {
    email: 'sophie.martin@banque-horizon.example',
    name: 'Sophie Martin',
    org: 'bank',
    roles: { tilleuls: 'bank_analyst' },
  },
  {
    email: 'julie.morel@atlantique-promotion.example',
    name: 'Julie Morel',
    org: 'atlantique',
    roles: { tilleuls: 'developer_lead' },
  },
  {
    email: 'lucas.bernard@atlantique-promotion.example',
    name: 'Lucas Bernard',
    org: 'atlantique',
    roles: { tilleuls: 'developer_member' },
  },
  {
    email: 'karim.benali@rhone-habitat.example',
    name: 'Karim Benali',
    org: 'rhone',
    roles: { terrasses: 'developer_lead' },
  },
  {
    email: 'anne.dupuis@notaires-dupuis.example',
    name: 'Anne Dupuis',
    org: 'notary',
    roles: { tilleuls: 'notary', terrasses: 'notary' },
  },
  {
    email: 'claire.petit@notaires-dupuis.example',
    name: 'Claire Petit',
    org: 'notary',
    roles: { tilleuls: 'notary_clerk' },
  },
];

export const DEMO_DEALS: ReadonlyArray<{
  key: 'tilleuls' | 'terrasses';
  name: string;
  city: string;
  lots: number;
  amountCents: number;
  status: DealStatus;
  developer: string;
  /** The single-project company (SCCV) that borrows. */
  borrower: string;
  deeds: ReadonlyArray<{ title: string; kind: DeedKind }>;
}> = [
  {
    key: 'tilleuls',
    name: 'Résidence Les Tilleuls',
    city: 'Nantes',
    lots: 42,
    amountCents: 8_400_000_00,
    status: 'under_review',
    developer: 'atlantique',
    borrower: 'SCCV Les Tilleuls',
    deeds: [
      { title: 'Convention de crédit promoteur – Résidence Les Tilleuls', kind: 'convention_credit' },
      { title: 'Garantie financière d’achèvement – Résidence Les Tilleuls', kind: 'gfa' },
    ],
  },
  {
    key: 'terrasses',
    name: 'Les Terrasses du Rhône',
    city: 'Lyon',
    lots: 64,
    amountCents: 12_750_000_00,
    status: 'approved',
    developer: 'rhone',
    borrower: 'SCCV Terrasses du Rhône',
    deeds: [{ title: 'Convention de crédit promoteur – Les Terrasses du Rhône', kind: 'convention_credit' }],
  },
];
