import type { DealPartyRecord, DeedApprovalRecord } from '../../store/records';

export interface PartyApprovalState {
  party: DealPartyRecord;
  /** The party's current approval (neither withdrawn nor replaced by a later one). */
  approval: DeedApprovalRecord | null;
  /** The text changed since this approval. */
  isStale: boolean;
}

export interface ApprovalEvaluation {
  parties: PartyApprovalState[];
  canLock: boolean;
  /** Why the deed cannot be locked, in French; null when it can (or is already locked). */
  lockBlocker: string | null;
}

/** The approvals in force: each party's latest one that was neither withdrawn nor superseded. */
export function selectCurrentApprovals(
  approvals: readonly DeedApprovalRecord[],
): Map<string, DeedApprovalRecord> {
  const current = new Map<string, DeedApprovalRecord>();
  for (const approval of approvals) {
    if (approval.withdrawnAt === null && approval.supersededBy === null)
      current.set(approval.orgId, approval);
  }
  return current;
}

/** « Banque Horizon, Atlantique Promotion et Office notarial Dupuis » */
export function joinFrenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** The text as it is now, as far as locking it is concerned. */
export interface CurrentText {
  contentHash: string;
  pendingSuggestions: number;
}

/**
 * Where each party stands, and whether the deed may be locked: every party of the deal must have
 * approved, every approval must carry the hash of the text as it is now, and no suggestion may be
 * left open in the final text.
 */
export function evaluateApprovals(
  parties: readonly DealPartyRecord[],
  approvals: readonly DeedApprovalRecord[],
  { contentHash: currentHash, pendingSuggestions }: CurrentText,
  isLocked: boolean,
): ApprovalEvaluation {
  const current = selectCurrentApprovals(approvals);
  const states = parties.map((party): PartyApprovalState => {
    const approval = current.get(party.orgId) ?? null;
    return { party, approval, isStale: approval !== null && approval.contentHash !== currentHash };
  });
  if (isLocked) return { parties: states, canLock: false, lockBlocker: null };
  if (states.length === 0) {
    return {
      parties: states,
      canLock: false,
      lockBlocker: 'Ce dossier n’a aucune partie pour approuver l’acte.',
    };
  }
  const pending = states.filter((s) => !s.approval).map((s) => s.party.name);
  if (pending.length > 0) {
    return {
      parties: states,
      canLock: false,
      lockBlocker: `En attente du « Bon pour accord » de ${joinFrenchList(pending)}.`,
    };
  }
  const stale = states.filter((s) => s.isStale).map((s) => s.party.name);
  if (stale.length > 0) {
    return {
      parties: states,
      canLock: false,
      lockBlocker: `Le texte a été modifié depuis l’accord de ${joinFrenchList(stale)} : chaque partie doit approuver le texte actuel.`,
    };
  }
  if (pendingSuggestions > 0) {
    const count = pendingSuggestions === 1 ? 'une suggestion' : `${pendingSuggestions} suggestions`;
    return {
      parties: states,
      canLock: false,
      lockBlocker: `Il reste ${count} en attente dans le texte : acceptez-les ou refusez-les avant de verrouiller.`,
    };
  }
  return { parties: states, canLock: true, lockBlocker: null };
}
