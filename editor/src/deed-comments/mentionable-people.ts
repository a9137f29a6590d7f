import type { StaffMember } from '@deedroom/shared';

/**
 * Who may be mentioned in a thread: people staffed on the deal who can read it (only the
 * thread's organisation for an internal one), except the writer. The server checks it again.
 */
export function listMentionablePeople(
  people: readonly StaffMember[] | null,
  thread: { visibility: 'all' | 'internal'; orgId: string },
  selfId: string,
): StaffMember[] {
  return (people ?? []).filter(
    (p) => p.userId !== selfId && (thread.visibility === 'all' || p.orgId === thread.orgId),
  );
}
