import type { DeedSignalTopic } from '@deedroom/shared';
import { useCallback } from 'react';
import type { ApiError } from '../api/api-error';
import type { CollabConnection } from '../deed-editor/create-collab-connection';
import { useDeedSignal } from '../deed-editor/use-deed-signal';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';

export interface SignalledResource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  /** Loads again, keeping what is shown until the answer comes. */
  refresh: () => void;
  /** Shows what a successful change returned, without a new request. */
  replace: (data: T) => void;
}

/**
 * Data of a side-panel tab, loaded from the API and loaded again whenever the server signals that
 * `topic` changed on the deed (someone else saved a version, approved...), without flicker.
 */
export function useSignalledResource<T>(
  connection: CollabConnection,
  topic: DeedSignalTopic,
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): SignalledResource<T> {
  const { setData, ...resource } = useRefreshableResource(key, load);
  const replace = useCallback((next: T) => setData(next), [setData]);
  useDeedSignal(connection, topic, resource.refresh);
  return { ...resource, replace };
}
