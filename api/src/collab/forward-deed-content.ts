import type { DeedContent } from '@deedroom/collab-server';

/**
 * The services need the collaboration server's live content (restore, lock) and the collaboration
 * server needs the services (its authority): the composition root hands the services this
 * forwarder, then binds it to `collab.content` once the server exists.
 */
export function createDeedContentForwarder(): DeedContent & { bind(target: DeedContent): void } {
  let target: DeedContent | undefined;
  const bound = (): DeedContent => {
    if (!target) throw new Error('the collaboration server is not started yet');
    return target;
  };
  return {
    bind(port) {
      target = port;
    },
    readState: (deedId) => bound().readState(deedId),
    applyChange: (deedId, change, origin) => bound().applyChange(deedId, change, origin),
    freeze: (deedId) => bound().freeze(deedId),
    thaw: (deedId) => bound().thaw(deedId),
  };
}
