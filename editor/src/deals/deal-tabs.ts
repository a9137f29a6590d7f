import {
  IconCalendarDue,
  IconFileText,
  IconLock,
  IconUsers,
  IconWritingSign,
  type TablerIcon,
} from '@tabler/icons-react';

export const DEAL_TAB_VALUES = ['deeds', 'vault', 'deadlines', 'signatures', 'staff'] as const;
export type DealTabValue = (typeof DEAL_TAB_VALUES)[number];

export interface DealTab {
  value: DealTabValue;
  label: string;
  icon: TablerIcon;
}

/** The tabs of a deal page, in display order; `value` is also the last URL segment. */
export const DEAL_TABS: readonly DealTab[] = [
  { value: 'deeds', label: 'Actes', icon: IconFileText },
  { value: 'vault', label: 'Coffre-fort', icon: IconLock },
  { value: 'deadlines', label: 'Échéances', icon: IconCalendarDue },
  { value: 'signatures', label: 'Signatures', icon: IconWritingSign },
  { value: 'staff', label: 'Intervenants', icon: IconUsers },
];

export function isDealTabValue(value: string): value is DealTabValue {
  return (DEAL_TAB_VALUES as readonly string[]).includes(value);
}

/** `/deals/:id` for the first tab, `/deals/:id/:tab` for the others. */
export function buildDealTabPath(dealId: string, tab: DealTabValue): string {
  const base = `/deals/${encodeURIComponent(dealId)}`;
  return tab === 'deeds' ? base : `${base}/${tab}`;
}
