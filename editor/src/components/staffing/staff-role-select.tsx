import type { StaffMember } from '@deedroom/shared';
import { Loader, Select } from '@mantine/core';
import type { ApiError } from '../../api/api-error';
import { assignStaffRole } from '../../api/staffing-api';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../../session/session-context';
import { isDealRole, listRoleOptions } from '../../staffing/list-role-options';

interface StaffRoleSelectProps {
  dealId: string;
  member: StaffMember;
  onChanged: (member: StaffMember) => void;
  onFailed: (error: ApiError) => void;
}

/** A member's role, changed in place among the roles open to their kind of organisation. */
export function StaffRoleSelect({ dealId, member, onChanged, onFailed }: StaffRoleSelectProps) {
  const { csrfToken } = useAuthenticatedSession();
  const change = useApiMutation(assignStaffRole);

  async function changeRole(value: string | null) {
    if (!isDealRole(value) || value === member.role) return;
    const outcome = await change.run(dealId, { userId: member.userId, role: value }, csrfToken);
    if (outcome.ok) onChanged(outcome.data);
    else onFailed(outcome.error);
  }

  return (
    <Select
      size="sm"
      w={240}
      aria-label={`Rôle de ${member.name} sur le dossier`}
      allowDeselect={false}
      data={listRoleOptions(member.orgKind)}
      value={member.role}
      onChange={changeRole}
      disabled={change.isPending}
      rightSection={change.isPending ? <Loader size={14} aria-label="Enregistrement du rôle" /> : undefined}
      data-testid={`staff-role-select-${member.userId}`}
    />
  );
}
