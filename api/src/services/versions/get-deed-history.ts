import { type DeedHistoryEvent, type DeedVersionRef, LIMITS, type PersonRef } from '@deedroom/shared';
import type { DealPartyRecord, DeedEditActivityRecord } from '../../store/records';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadPeople, personOf } from './load-people';

interface EditPeriod {
  userId: string;
  from: string;
  until: string;
  updates: number;
}

/**
 * One person's edit activity as periods: buckets less than a bucket apart join into one period
 * (« 14 h 05 – 14 h 20 »).
 */
export function mergeEditActivity(rows: readonly DeedEditActivityRecord[]): EditPeriod[] {
  const periods: EditPeriod[] = [];
  const open = new Map<string, EditPeriod>();
  const sorted = [...rows].sort((a, b) => a.firstAt.localeCompare(b.firstAt));
  for (const row of sorted) {
    const period = open.get(row.userId);
    const gap = period ? Date.parse(row.firstAt) - Date.parse(period.until) : Number.POSITIVE_INFINITY;
    if (period && gap <= LIMITS.editActivityBucketMs) {
      if (row.lastAt > period.until) period.until = row.lastAt;
      period.updates += row.updateCount;
    } else {
      const next = { userId: row.userId, from: row.firstAt, until: row.lastAt, updates: row.updateCount };
      periods.push(next);
      open.set(row.userId, next);
    }
  }
  return periods;
}

export interface DeedHistoryView {
  events: DeedHistoryEvent[];
  authors: PersonRef[];
}

/** « Historique »: versions, approvals, lock and unlock, and who edited when; newest first. */
export async function getDeedHistory(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
): Promise<DeedHistoryView> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const [versions, approvals, lockEvents, activity, parties] = await Promise.all([
    deps.stores.deedVersions.listByDeed(deedId),
    deps.stores.deedApprovals.listByDeed(deedId),
    deps.stores.deedLockEvents.listByDeed(deedId),
    deps.stores.deedEditActivity.listByDeed(deedId),
    deps.stores.deals.listParties([deed.dealId]),
  ]);
  const periods = mergeEditActivity(activity);
  const people = await loadPeople(deps, [
    ...versions.map((v) => v.createdBy),
    ...approvals.flatMap((a) => (a.withdrawnBy ? [a.approvedBy, a.withdrawnBy] : [a.approvedBy])),
    ...lockEvents.map((e) => e.userId),
    ...periods.map((p) => p.userId),
  ]);
  const versionRefs = new Map(versions.map((v) => [v.id, { id: v.id, number: v.number, name: v.name }]));
  const refOf = (id: string | null): DeedVersionRef | null => (id ? (versionRefs.get(id) ?? null) : null);
  const orgs = new Map(parties.map((p) => [p.orgId, p]));
  const orgOf = (orgId: string): Pick<DealPartyRecord, 'name' | 'kind'> & { id: string } => {
    const party = orgs.get(orgId);
    return { id: orgId, name: party?.name ?? 'Organisation', kind: party?.kind ?? 'bank' };
  };

  const events: DeedHistoryEvent[] = [
    ...periods.map(
      (p): DeedHistoryEvent => ({
        type: 'edit',
        at: p.from,
        until: p.until,
        actor: personOf(people, p.userId),
        updates: p.updates,
      }),
    ),
    ...versions.map(
      (v): DeedHistoryEvent => ({
        type: 'version',
        at: v.createdAt,
        actor: personOf(people, v.createdBy),
        version: { id: v.id, number: v.number, name: v.name, kind: v.kind, note: v.note },
        restoredFrom: refOf(v.restoredFrom),
      }),
    ),
    ...approvals.flatMap((a): DeedHistoryEvent[] => {
      const version = refOf(a.versionId);
      if (!version) return [];
      const given: DeedHistoryEvent = {
        type: 'approval',
        at: a.approvedAt,
        actor: personOf(people, a.approvedBy),
        org: orgOf(a.orgId),
        version,
      };
      if (!a.withdrawnAt || !a.withdrawnBy) return [given];
      return [
        given,
        {
          type: 'approval-withdrawn',
          at: a.withdrawnAt,
          actor: personOf(people, a.withdrawnBy),
          org: orgOf(a.orgId),
          version,
        },
      ];
    }),
    ...lockEvents.map(
      (e): DeedHistoryEvent =>
        e.action === 'lock'
          ? { type: 'lock', at: e.at, actor: personOf(people, e.userId), version: refOf(e.versionId) }
          : { type: 'unlock', at: e.at, actor: personOf(people, e.userId), reason: e.reason ?? '' },
    ),
  ];
  events.sort((a, b) => b.at.localeCompare(a.at));
  return { events, authors: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')) };
}
