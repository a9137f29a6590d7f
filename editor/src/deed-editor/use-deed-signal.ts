import type { DeedSignalTopic } from '@deedroom/shared';
import { useEffect, useEffectEvent } from 'react';
import type { CollabConnection } from './create-collab-connection';

/** Runs `onChange` whenever the server signals that `topic` changed on this deed (e.g. to refetch). */
export function useDeedSignal(
  connection: CollabConnection,
  topic: DeedSignalTopic,
  onChange: () => void,
): void {
  const handle = useEffectEvent(onChange);
  useEffect(() => connection.onSignal(topic, () => handle()), [connection, topic]);
}
