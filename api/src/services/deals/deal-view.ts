import type { DealRole } from '@deedroom/shared';
import type { DealPartyRecord, DealRecord } from '../../store/records';

/** A deal as one caller sees it: its parties and the caller's own role. */
export interface DealView {
  deal: DealRecord;
  parties: DealPartyRecord[];
  role: DealRole;
}
