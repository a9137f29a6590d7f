import type { DealWorkflow } from '@deedroom/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { fetchDealWorkflow } from '../api/workflow-api';
import { useRefreshWhileVisible } from '../hooks/use-refresh-while-visible';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';

/** Others edit the workflow too: read it again this often while the page is shown (ms). */
const POLL_MS = 30_000;
/** How long rows whose due date moved stay highlighted after a change (ms). */
const HIGHLIGHT_MS = 2_500;

export interface DealWorkflowResource {
  data: DealWorkflow | null;
  error: ApiError | null;
  isLoading: boolean;
  refresh: () => void;
  /** Shows the workflow a change returned and highlights the items whose due date moved. */
  show: (next: DealWorkflow) => void;
  /** Items whose due date just moved. */
  movedIds: ReadonlySet<string>;
}

function listMovedItems(previous: DealWorkflow | null, next: DealWorkflow): Set<string> {
  const before = new Map((previous?.items ?? []).map((item) => [item.id, item.dueDate]));
  return new Set(
    next.items
      .filter((item) => before.has(item.id) && before.get(item.id) !== item.dueDate)
      .map((item) => item.id),
  );
}

/** The deal's workflow, read again every 30 s while the page is visible and on coming back to it. */
export function useDealWorkflow(dealId: string): DealWorkflowResource {
  const resource = useRefreshableResource(`workflow:${dealId}`, (signal) =>
    fetchDealWorkflow(dealId, signal),
  );
  useRefreshWhileVisible(resource.refresh, POLL_MS);
  const [movedIds, setMovedIds] = useState<ReadonlySet<string>>(new Set());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { setData, data } = resource;
  const latest = useRef(data);
  latest.current = data;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const show = useCallback(
    (next: DealWorkflow) => {
      const moved = listMovedItems(latest.current, next);
      setData(next);
      if (timer.current) clearTimeout(timer.current);
      setMovedIds(moved);
      timer.current = setTimeout(() => setMovedIds(new Set()), HIGHLIGHT_MS);
    },
    [setData],
  );

  return {
    data,
    error: resource.error,
    isLoading: resource.isLoading,
    refresh: resource.refresh,
    show,
    movedIds,
  };
}
