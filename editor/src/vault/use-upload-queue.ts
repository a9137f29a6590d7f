import { useSyncExternalStore } from 'react';
import { getUploadQueue, type UploadEntry, type UploadQueue } from './upload-queue';

/** The deal's upload queue and its rows, redrawn as the uploads move on. */
export function useUploadQueue(
  dealId: string,
  userId: string,
): { queue: UploadQueue; entries: readonly UploadEntry[] } {
  const queue = getUploadQueue(dealId, userId);
  const entries = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return { queue, entries };
}
