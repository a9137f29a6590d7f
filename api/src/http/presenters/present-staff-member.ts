import type { StaffMember } from '@deedroom/shared';
import type { StaffMemberRecord } from '../../store/records';

export function presentStaffMember(m: StaffMemberRecord): StaffMember {
  return {
    userId: m.userId,
    name: m.name,
    email: m.email,
    orgId: m.orgId,
    orgName: m.orgName,
    orgKind: m.orgKind,
    role: m.role,
  };
}
