import type { Deal } from '@deedroom/shared';
import { VaultWorkspace } from '../vault/vault-workspace';

/** « Coffre-fort »: the deal's documents, their uploads and the bank's checklist. */
export function VaultPanel({ deal }: { deal: Deal }) {
  return <VaultWorkspace deal={deal} />;
}
