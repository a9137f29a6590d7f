import { COLLAB_CLOSE, canPerform, type DealRole } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { LUCAS, MARIE, PASSWORD, PAUL, TERRASSES, TILLEULS } from './support/fixtures';
import { openProvider } from './support/open-provider';
import { openRawSocket } from './support/raw-socket';

/**
 * The socket side of the permission matrix: every deal role on its own deed (connects; writes
 * land only when the role may edit) and on a deed of a deal it is not staffed on (4404).
 */
const PEOPLE: Array<{ email: string; role: DealRole; isStaffedOnTerrasses: boolean }> = [
  { email: MARIE, role: 'bank_manager', isStaffedOnTerrasses: true },
  { email: PAUL, role: 'bank_legal', isStaffedOnTerrasses: true },
  { email: 'sophie.martin@banque-horizon.example', role: 'bank_analyst', isStaffedOnTerrasses: false },
  { email: 'julie.morel@atlantique-promotion.example', role: 'developer_lead', isStaffedOnTerrasses: false },
  { email: LUCAS, role: 'developer_member', isStaffedOnTerrasses: false },
  { email: 'anne.dupuis@notaires-dupuis.example', role: 'notary', isStaffedOnTerrasses: true },
  { email: 'claire.petit@notaires-dupuis.example', role: 'notary_clerk', isStaffedOnTerrasses: false },
];

let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let ownDeed: string;
let foreignDeed: string;

beforeAll(async () => {
  app = await startApp();
  paul = await logIn(app.url, PAUL, PASSWORD);
  ownDeed = await findDeedId(paul, TILLEULS);
  foreignDeed = await findDeedId(paul, TERRASSES);
});
afterAll(async () => {
  await app?.dispose();
});

describe('socket permission matrix', () => {
  it.each(PEOPLE)(
    '$role ($email): own deed opens, plain writes land only with deed.edit (suggesters get 4422); a foreign deed is 4404',
    async ({ email, role, isStaffedOnTerrasses }) => {
      const session = await logIn(app.url, email, PASSWORD);
      const writer = openProvider(app.url, ownDeed, await issueCollabToken(session, ownDeed));
      const observer = openProvider(app.url, ownDeed, await issueCollabToken(paul, ownDeed));
      await Promise.all([writer.waitForSync(), observer.waitForSync()]);
      appendParagraph(writer.doc, `essai-${role}`);
      if (!canPerform(role, 'deed.edit') && canPerform(role, 'deed.suggest')) {
        // Held to suggestion mode: a plain edit is refused and the socket told so.
        await expect.poll(() => writer.closeCodes).toContain(COLLAB_CLOSE.EDIT_REFUSED);
      } else {
        // The socket's messages are handled in order: once its next awareness change is seen
        // elsewhere, the edit before it has been accepted or refused.
        writer.provider.awareness.setLocalStateField('probe', role);
        await expect
          .poll(
            () =>
              (observer.provider.awareness.getStates().get(writer.doc.clientID) as { probe?: string })?.probe,
          )
          .toBe(role);
      }
      const fresh = openProvider(app.url, ownDeed, await issueCollabToken(paul, ownDeed));
      await fresh.waitForSync();
      if (canPerform(role, 'deed.edit'))
        await expect.poll(() => bodyOf(fresh.doc)).toContain(`essai-${role}<`);
      else expect(bodyOf(fresh.doc)).not.toContain(`essai-${role}<`);
      for (const c of [writer, observer, fresh]) c.destroy();

      const foreign = openRawSocket(app.url, foreignDeed, null, { cookie: session.cookie });
      if (isStaffedOnTerrasses) {
        await foreign.opened;
        foreign.ws.close();
      } else {
        expect((await foreign.closed).code).toBe(COLLAB_CLOSE.NOT_FOUND);
      }
    },
  );
});
