export const DEAL_STATUSES = ['draft', 'under_review', 'approved', 'signing', 'active', 'closed'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  draft: 'En préparation',
  under_review: 'En instruction',
  approved: 'Crédit accordé',
  signing: 'En signature',
  active: 'En cours de travaux',
  closed: 'Clôturé',
};
