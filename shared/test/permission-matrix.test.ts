import { describe, expect, it } from 'vitest';
import {
  canPerform,
  DEAL_ACTIONS,
  DEAL_ROLE_LABELS,
  DEAL_ROLES,
  isRoleAllowedForOrg,
  PERMISSION_MATRIX,
  ROLES_BY_ORG_KIND,
} from '../src/permissions';

describe('the permission matrix', () => {
  it('names only known actions, once each', () => {
    for (const role of DEAL_ROLES) {
      const actions = PERMISSION_MATRIX[role];
      expect(new Set(actions).size, role).toBe(actions.length);
      for (const a of actions) expect(DEAL_ACTIONS).toContain(a);
    }
  });

  it('lets every role view its deal, and gives the observer nothing else', () => {
    for (const role of DEAL_ROLES) expect(canPerform(role, 'deal.view')).toBe(true);
    expect(PERMISSION_MATRIX.observer).toEqual(['deal.view']);
  });

  it('keeps bank-internal comments to bank roles', () => {
    const internal = DEAL_ROLES.filter((r) => canPerform(r, 'comment.internal'));
    for (const role of internal) expect(ROLES_BY_ORG_KIND.bank).toContain(role);
  });

  it('gives staffing to the bank manager alone and the final lock to the notary and bank legal', () => {
    expect(DEAL_ROLES.filter((r) => canPerform(r, 'staffing.manage'))).toEqual(['bank_manager']);
    expect(DEAL_ROLES.filter((r) => canPerform(r, 'deed.lock'))).toEqual(['bank_legal', 'notary']);
  });

  it('keeps the vault checklist decisions to the bank manager and bank legal', () => {
    expect(DEAL_ROLES.filter((r) => canPerform(r, 'vault.review'))).toEqual(['bank_manager', 'bank_legal']);
  });

  it('never lets a commenter or a viewer write the deed', () => {
    for (const role of ['bank_analyst', 'observer'] as const) {
      expect(canPerform(role, 'deed.edit')).toBe(false);
      expect(canPerform(role, 'deed.suggest')).toBe(false);
    }
  });

  it('places every role in at least one kind of organisation, and never a bank role outside the bank', () => {
    for (const role of DEAL_ROLES) {
      expect(
        (['bank', 'developer', 'notary'] as const).some((k) => isRoleAllowedForOrg(role, k)),
        role,
      ).toBe(true);
      expect(DEAL_ROLE_LABELS[role].length).toBeGreaterThan(0);
    }
    expect(isRoleAllowedForOrg('bank_manager', 'developer')).toBe(false);
    expect(isRoleAllowedForOrg('notary', 'bank')).toBe(false);
  });
});
