import type { OrgKind } from './orgs';

/**
 * The permission matrix: what each deal role may do. This table is the single source of truth,
 * read by the API services, the collaboration server and the web app.
 */
export const DEAL_ROLES = [
  'bank_manager',
  'bank_legal',
  'bank_analyst',
  'developer_lead',
  'developer_member',
  'notary',
  'notary_clerk',
  'observer',
] as const;
export type DealRole = (typeof DEAL_ROLES)[number];

export const DEAL_ACTIONS = [
  'deal.view',
  'deal.update',
  'staffing.manage',
  'deed.create',
  'deed.edit',
  'deed.suggest',
  'deed.approve',
  'deed.manage',
  'deed.lock',
  'comment.create',
  'comment.internal',
  'vault.upload',
  'vault.review',
  'deadline.manage',
  'signature.request',
  'signature.sign',
] as const;
export type DealAction = (typeof DEAL_ACTIONS)[number];

const ALL_DEAL_ACTIONS: readonly DealAction[] = DEAL_ACTIONS;

export const PERMISSION_MATRIX: Record<DealRole, readonly DealAction[]> = {
  bank_manager: ALL_DEAL_ACTIONS.filter((a) => a !== 'deed.lock'),
  bank_legal: [
    'deal.view',
    'deed.create',
    'deed.edit',
    'deed.suggest',
    'deed.approve',
    'deed.manage',
    'deed.lock',
    'comment.create',
    'comment.internal',
    'vault.upload',
    'vault.review',
    'deadline.manage',
    'signature.request',
  ],
  bank_analyst: ['deal.view', 'comment.create', 'comment.internal'],
  developer_lead: [
    'deal.view',
    'deed.edit',
    'deed.suggest',
    'deed.approve',
    'comment.create',
    'vault.upload',
    'deadline.manage',
    'signature.sign',
  ],
  developer_member: ['deal.view', 'deed.suggest', 'comment.create', 'vault.upload'],
  notary: [
    'deal.view',
    'deed.create',
    'deed.edit',
    'deed.suggest',
    'deed.approve',
    'deed.manage',
    'deed.lock',
    'comment.create',
    'vault.upload',
    'deadline.manage',
  ],
  notary_clerk: ['deal.view', 'deed.edit', 'deed.suggest', 'comment.create', 'vault.upload'],
  observer: ['deal.view'],
};

/** Which deal roles a member of each kind of organisation may hold. */
export const ROLES_BY_ORG_KIND: Record<OrgKind, readonly DealRole[]> = {
  bank: ['bank_manager', 'bank_legal', 'bank_analyst', 'observer'],
  developer: ['developer_lead', 'developer_member', 'observer'],
  notary: ['notary', 'notary_clerk', 'observer'],
};

export const DEAL_ROLE_LABELS: Record<DealRole, string> = {
  bank_manager: 'Chargé d’affaires',
  bank_legal: 'Juriste banque',
  bank_analyst: 'Analyste crédit',
  developer_lead: 'Responsable de programme',
  developer_member: 'Collaborateur promoteur',
  notary: 'Notaire',
  notary_clerk: 'Clerc de notaire',
  observer: 'Observateur',
};

export function canPerform(role: DealRole, action: DealAction): boolean {
  return PERMISSION_MATRIX[role].includes(action);
}

export function listActions(role: DealRole): DealAction[] {
  return [...PERMISSION_MATRIX[role]];
}

export function isRoleAllowedForOrg(role: DealRole, kind: OrgKind): boolean {
  return ROLES_BY_ORG_KIND[kind].includes(role);
}
