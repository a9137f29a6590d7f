import { DEAL_ROLES, type DealRole, ORG_KINDS, type OrgKind } from '@deedroom/shared';

/** A person in the deed, as the server stamps them into awareness (`user` field). */
export interface Collaborator {
  /** Awareness client id: one per open tab. */
  clientId: number;
  id: string;
  name: string;
  orgName: string;
  orgKind: OrgKind | null;
  role: DealRole | null;
  color: string;
}

const FALLBACK_COLOR = '#64748b';

function readString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/**
 * Any CSS colour the browser accepts; anything else (or markup) falls back to slate. Tiptap's caret
 * extension turns colours other than #rrggbb into "transparent", which also falls back.
 */
export function readSafeColor(value: unknown): string {
  if (typeof value !== 'string' || value.length > 64 || value === 'transparent') return FALLBACK_COLOR;
  return CSS.supports('color', value) ? value : FALLBACK_COLOR;
}

/** Reads the `user` field of an awareness state, which comes from the network: checked, not trusted. */
export function readCollaborator(clientId: number, state: Record<string, unknown>): Collaborator | undefined {
  const user = state.user;
  if (typeof user !== 'object' || user === null) return undefined;
  const record = user as Record<string, unknown>;
  const name = readString(record, 'name');
  if (!name) return undefined;
  const orgKind = readString(record, 'orgKind');
  const role = readString(record, 'role');
  return {
    clientId,
    id: readString(record, 'id') ?? `client-${clientId}`,
    name,
    orgName: readString(record, 'orgName') ?? '',
    orgKind: isOneOf(ORG_KINDS, orgKind) ? orgKind : null,
    role: isOneOf(DEAL_ROLES, role) ? role : null,
    color: readSafeColor(record.color),
  };
}

/** "Paul Girard" -> "PG" */
export function readInitials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

const OWN_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

/** A stable colour for the local user until the server's own choice comes back through awareness. */
export function pickColorForUser(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return OWN_COLORS[hash % OWN_COLORS.length] ?? FALLBACK_COLOR;
}
