import {
  OkSchema,
  StaffCandidateListSchema,
  StaffListSchema,
  type StaffMember,
  StaffMemberSchema,
  type StaffRequest,
} from '@deedroom/shared';
import { requestJson } from './client';
import { dealPath } from './deals-api';

/** People of the deal's organisations who are not staffed on it yet (action `staffing.manage`). */
export type StaffCandidate = Omit<StaffMember, 'role'>;

export async function fetchStaffCandidates(dealId: string, signal: AbortSignal): Promise<StaffCandidate[]> {
  const { candidates } = await requestJson(`${dealPath(dealId)}/staff-candidates`, StaffCandidateListSchema, {
    signal,
  });
  return candidates;
}

/** Staffs someone on the deal, or changes the role of someone already staffed. */
export function assignStaffRole(
  dealId: string,
  request: StaffRequest,
  csrfToken: string,
): Promise<StaffMember> {
  return requestJson(`${dealPath(dealId)}/staff`, StaffMemberSchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

/** Removes someone from the deal: they lose access at once. */
export async function removeStaffMember(dealId: string, userId: string, csrfToken: string): Promise<void> {
  await requestJson(`${dealPath(dealId)}/staff/${encodeURIComponent(userId)}`, OkSchema, {
    method: 'DELETE',
    csrfToken,
  });
}

/** People staffed on the deal, with their organisation (action `deal.view`). */
export async function fetchStaff(dealId: string, signal?: AbortSignal): Promise<StaffMember[]> {
  const { members } = await requestJson(
    `${dealPath(dealId)}/staff`,
    StaffListSchema,
    signal ? { signal } : {},
  );
  return members;
}
