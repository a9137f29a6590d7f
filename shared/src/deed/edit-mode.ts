import type { OrgKind } from '../orgs';
import { canPerform, type DealRole } from '../permissions';

/**
 * How a person may change a deed's text right now:
 * - `edit`: directly (and may accept or reject suggestions);
 * - `suggest`: only as tracked suggestions, enforced by the collaboration server;
 * - `read`: not at all (role, or the deed is locked).
 */
export const DEED_EDIT_MODES = ['edit', 'suggest', 'read'] as const;
export type DeedEditMode = (typeof DEED_EDIT_MODES)[number];

export interface EditModeInput {
  role: DealRole;
  orgKind: OrgKind;
  /** Kinds of organisation the deed currently holds to suggestion mode. */
  suggestionOnlyFor: readonly OrgKind[];
  isLocked: boolean;
}

/** The one rule, read by the API (for the web app) and by the collaboration server (to enforce). */
export function resolveDeedEditMode({
  role,
  orgKind,
  suggestionOnlyFor,
  isLocked,
}: EditModeInput): DeedEditMode {
  if (isLocked) return 'read';
  if (canPerform(role, 'deed.edit') && !suggestionOnlyFor.includes(orgKind)) return 'edit';
  if (canPerform(role, 'deed.suggest')) return 'suggest';
  return 'read';
}
