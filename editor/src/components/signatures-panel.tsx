import type { Deal } from '@deedroom/shared';
import { SignaturesWorkspace } from '../signatures/signatures-workspace';

/** « Signatures »: the deal's signature requests, their signers and their evidence. */
export function SignaturesPanel({ deal }: { deal: Deal }) {
  return <SignaturesWorkspace deal={deal} />;
}
