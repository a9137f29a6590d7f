import {
  type CreateDealRequest,
  type Deal,
  DealListSchema,
  DealSchema,
  type Deed,
  DeedListSchema,
  StaffListSchema,
  type StaffMember,
  type UpdateDealRequest,
} from '@deedroom/shared';
import { requestJson } from './client';

export function dealPath(dealId: string): string {
  return `/api/deals/${encodeURIComponent(dealId)}`;
}

export async function fetchDeals(signal: AbortSignal): Promise<Deal[]> {
  const { deals } = await requestJson('/api/deals', DealListSchema, { signal });
  return deals;
}

export function fetchDeal(dealId: string, signal: AbortSignal): Promise<Deal> {
  return requestJson(dealPath(dealId), DealSchema, { signal });
}

/** Opens a deal (bank staff only); the caller becomes its first bank manager. */
export function createDeal(request: CreateDealRequest, csrfToken: string): Promise<Deal> {
  return requestJson('/api/deals', DealSchema, { method: 'POST', body: request, csrfToken });
}

/** Changes the programme details or the status (action `deal.update`). */
export function updateDeal(dealId: string, patch: UpdateDealRequest, csrfToken: string): Promise<Deal> {
  return requestJson(dealPath(dealId), DealSchema, { method: 'PATCH', body: patch, csrfToken });
}

export async function fetchDealStaff(dealId: string, signal: AbortSignal): Promise<StaffMember[]> {
  const { members } = await requestJson(`${dealPath(dealId)}/staff`, StaffListSchema, { signal });
  return members;
}

export async function fetchDealDeeds(dealId: string, signal: AbortSignal): Promise<Deed[]> {
  const { deeds } = await requestJson(`${dealPath(dealId)}/deeds`, DeedListSchema, { signal });
  return deeds;
}
