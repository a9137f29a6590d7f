import { type Deed, DOCUMENT_CATEGORY_LABELS, type StaffMember } from '@deedroom/shared';
import { fetchDealDeeds } from '../api/deals-api';
import { fetchSignatureRequests } from '../api/signatures-api';
import { fetchStaff } from '../api/staffing-api';
import { fetchVaultRequests } from '../api/vault-api';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';

export interface PickerOption {
  value: string;
  label: string;
}

export interface WorkflowPickers {
  staff: StaffMember[];
  deeds: Deed[];
  vaultRequests: PickerOption[];
  signatureRequests: PickerOption[];
}

async function settle<T>(promise: Promise<T>, fallback: T): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // A role that may not read the vault still edits the rest of the item.
    return fallback;
  }
}

/** Who may be assigned and what an item may be linked to: the deal's staff, deeds, checklist and signature requests. */
export function useWorkflowPickers(dealId: string): WorkflowPickers | null {
  const resource = useRefreshableResource(`workflow-pickers:${dealId}`, async (signal) => {
    const [staff, deeds, requests, signatures] = await Promise.all([
      settle(fetchStaff(dealId, signal), []),
      settle(fetchDealDeeds(dealId, signal), []),
      settle(
        fetchVaultRequests(dealId, signal).then((list) => list.requests),
        [],
      ),
      settle(
        fetchSignatureRequests(dealId, signal).then((list) => list.requests),
        [],
      ),
    ]);
    return {
      staff,
      deeds,
      vaultRequests: requests.map((request) => ({
        value: request.id,
        label: request.description
          ? `${DOCUMENT_CATEGORY_LABELS[request.category]} – ${request.description}`
          : DOCUMENT_CATEGORY_LABELS[request.category],
      })),
      signatureRequests: signatures.map((request) => ({ value: request.id, label: request.title })),
    };
  });
  return resource.data;
}
