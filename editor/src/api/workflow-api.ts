import {
  type CreateWorkflowItemRequest,
  type DealWorkflow,
  DealWorkflowSchema,
  type PatchWorkflowItemRequest,
  type WorkflowItemHistory,
  WorkflowItemHistorySchema,
  type WorkflowTemplateSaved,
  WorkflowTemplateSavedSchema,
} from '@deedroom/shared';
import { requestJson } from './client';
import { dealPath } from './deals-api';

function itemPath(itemId: string): string {
  return `/api/workflow/items/${encodeURIComponent(itemId)}`;
}

/** The deal's milestones and tasks the caller may see, with their computed dates and statuses. */
export function fetchDealWorkflow(dealId: string, signal: AbortSignal): Promise<DealWorkflow> {
  return requestJson(`${dealPath(dealId)}/workflow`, DealWorkflowSchema, { signal });
}

/** Adds a milestone or task (action `deadline.manage`); answers the recomputed workflow. */
export function createWorkflowItem(
  dealId: string,
  request: CreateWorkflowItemRequest,
  csrfToken: string,
): Promise<DealWorkflow> {
  return requestJson(`${dealPath(dealId)}/workflow/items`, DealWorkflowSchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

/** Changes an item; dates relative to it move too, so the whole workflow comes back. */
export function updateWorkflowItem(
  itemId: string,
  patch: PatchWorkflowItemRequest,
  csrfToken: string,
): Promise<DealWorkflow> {
  return requestJson(itemPath(itemId), DealWorkflowSchema, { method: 'PATCH', body: patch, csrfToken });
}

/** Removes an item; answers the recomputed workflow. */
export function deleteWorkflowItem(itemId: string, csrfToken: string): Promise<DealWorkflow> {
  return requestJson(itemPath(itemId), DealWorkflowSchema, { method: 'DELETE', csrfToken });
}

/** What happened to an item, oldest first as the server lists it. */
export function fetchWorkflowItemHistory(itemId: string, signal: AbortSignal): Promise<WorkflowItemHistory> {
  return requestJson(`${itemPath(itemId)}/history`, WorkflowItemHistorySchema, { signal });
}

/** Makes the deal's workflow the template of the caller's bank for its new deals (bank managers). */
export function saveWorkflowTemplate(dealId: string, csrfToken: string): Promise<WorkflowTemplateSaved> {
  return requestJson(`${dealPath(dealId)}/workflow/template`, WorkflowTemplateSavedSchema, {
    method: 'PUT',
    csrfToken,
  });
}
