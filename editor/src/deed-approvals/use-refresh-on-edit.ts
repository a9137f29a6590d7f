import { useEffect, useEffectEvent } from 'react';
import type * as Y from 'yjs';

/** Calls `onEdited` once the live text has stopped changing for `quietMs` (to re-check stale approvals). */
export function useRefreshOnEdit(ydoc: Y.Doc, onEdited: () => void, quietMs = 1500): void {
  const handle = useEffectEvent(onEdited);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => handle(), quietMs);
    };
    ydoc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      ydoc.off('update', onUpdate);
    };
  }, [ydoc, quietMs]);
}
