import {
  type Deal,
  DealListSchema,
  DealSchema,
  type Deed,
  DeedListSchema,
  StaffListSchema,
  type StaffMember,
} from '@deedroom/shared';
import { requestJson } from './client';

function dealPath(dealId: string): string {
  return `/api/deals/${encodeURIComponent(dealId)}`;
}

export async function fetchDeals(signal: AbortSignal): Promise<Deal[]> {
  const { deals } = await requestJson('/api/deals', DealListSchema, { signal });
  return deals;
}

export function fetchDeal(dealId: string, signal: AbortSignal): Promise<Deal> {
  return requestJson(dealPath(dealId), DealSchema, { signal });
}

export async function fetchDealStaff(dealId: string, signal: AbortSignal): Promise<StaffMember[]> {
  const { members } = await requestJson(`${dealPath(dealId)}/staff`, StaffListSchema, { signal });
  return members;
}

export async function fetchDealDeeds(dealId: string, signal: AbortSignal): Promise<Deed[]> {
  const { deeds } = await requestJson(`${dealPath(dealId)}/deeds`, DeedListSchema, { signal });
  return deeds;
}
