import type { CommentThread } from '@deedroom/shared';
import { LIMITS } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNE, JULIE, KARIM, LUCAS, PAUL, TERRASSES, TILLEULS } from './support/emails';
import {
  type Caller,
  createTestContext,
  findDeedId,
  readError,
  type TestContext,
} from './support/test-context';

const SOPHIE = 'sophie.martin@banque-horizon.example';

/** Two plausible encoded relative positions (the server stores them without decoding). */
const ANCHOR = { from: 'AAGd+5v8CQQ=', to: 'AAGd+5v8CRE=' };

let ctx: TestContext;
let paul: Caller;
let sophie: Caller;
let julie: Caller;
let lucas: Caller;
let anne: Caller;
let karim: Caller;
let deedId: string;
let karimDeedId: string;
let bankOrgId: string;
const ids = { paul: '', julie: '', anne: '', karim: '', sophie: '' };

async function userIdOf(caller: Caller): Promise<{ id: string; orgId: string }> {
  const res = await ctx.request('GET', '/api/auth/session', { as: caller });
  return ((await res.json()) as { user: { id: string; orgId: string } }).user;
}

async function openThread(
  as: Caller,
  input: { body: string; visibility?: 'all' | 'internal'; mentions?: string[]; quote?: string },
): Promise<CommentThread> {
  const res = await ctx.request('POST', `/api/deeds/${deedId}/threads`, {
    as,
    body: {
      anchor: ANCHOR,
      quote: input.quote ?? 'le Prêteur consent à l’Emprunteur',
      visibility: input.visibility ?? 'all',
      body: input.body,
      mentions: input.mentions ?? [],
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as CommentThread;
}

async function listThreads(as: Caller): Promise<{ status: number; text: string; threads: CommentThread[] }> {
  const res = await ctx.request('GET', `/api/deeds/${deedId}/threads`, { as });
  const text = await res.text();
  return {
    status: res.status,
    text,
    threads: res.status === 200 ? (JSON.parse(text) as { threads: CommentThread[] }).threads : [],
  };
}

async function countStoredThreads(): Promise<number> {
  const bank = await ctx.stores.comments.listVisibleThreads(deedId, bankOrgId);
  const others = await ctx.stores.comments.listVisibleThreads(deedId, 'no-such-org');
  return new Set([...bank, ...others].map((t) => t.id)).size;
}

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  sophie = await ctx.signIn(SOPHIE);
  julie = await ctx.signIn(JULIE);
  lucas = await ctx.signIn(LUCAS);
  anne = await ctx.signIn(ANNE);
  karim = await ctx.signIn(KARIM);
  const paulUser = await userIdOf(paul);
  ids.paul = paulUser.id;
  bankOrgId = paulUser.orgId;
  ids.julie = (await userIdOf(julie)).id;
  ids.anne = (await userIdOf(anne)).id;
  ids.karim = (await userIdOf(karim)).id;
  ids.sophie = (await userIdOf(sophie)).id;
  deedId = await findDeedId(ctx, paul, TILLEULS);
  karimDeedId = await findDeedId(ctx, karim, TERRASSES);
});
afterAll(async () => {
  await ctx.close();
});

describe('comment threads on a deed', () => {
  it('opens a thread, takes replies, edits and deletes one’s own comments, resolves and reopens', async () => {
    const thread = await openThread(paul, {
      body: '@Julie Morel pouvez-vous confirmer le montant ?',
      mentions: [ids.julie],
    });
    expect(thread).toMatchObject({
      deedId,
      visibility: 'all',
      status: 'open',
      quote: 'le Prêteur consent à l’Emprunteur',
      anchor: ANCHOR,
      org: { id: bankOrgId, name: 'Banque Horizon', kind: 'bank' },
      createdBy: { id: ids.paul, name: 'Paul Girard', orgName: 'Banque Horizon' },
    });
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]?.mentions.map((m) => m.name)).toEqual(['Julie Morel']);

    const replyRes = await ctx.request('POST', `/api/threads/${thread.id}/comments`, {
      as: julie,
      body: { body: 'Confirmé, 8,4 M€.' },
    });
    expect(replyRes.status).toBe(201);
    const replied = (await replyRes.json()) as CommentThread;
    const reply = replied.comments[1];
    expect(reply).toMatchObject({
      body: 'Confirmé, 8,4 M€.',
      author: { name: 'Julie Morel', orgName: 'Atlantique Promotion', orgKind: 'developer' },
      editedAt: null,
      deletedAt: null,
    });

    ctx.clock.advance(60_000);
    const first = thread.comments[0];
    if (!first || !reply) throw new Error('comments missing');
    const editRes = await ctx.request('PATCH', `/api/comments/${first.id}`, {
      as: paul,
      body: { body: '  Montant à confirmer par le promoteur.  ' },
    });
    expect(editRes.status).toBe(200);
    const edited = ((await editRes.json()) as CommentThread).comments[0];
    expect(edited).toMatchObject({ body: 'Montant à confirmer par le promoteur.', mentions: [] });
    expect(edited?.editedAt).toBe(ctx.clock.now().toISOString());

    const deleteRes = await ctx.request('DELETE', `/api/comments/${reply.id}`, { as: julie });
    expect(deleteRes.status).toBe(200);
    const afterDelete = (await deleteRes.json()) as CommentThread;
    expect(afterDelete.comments[1]).toMatchObject({ id: reply.id, body: null, mentions: [] });
    expect(afterDelete.comments[1]?.deletedAt).not.toBeNull();
    // The text is gone from the database too, not only from the answer.
    expect((await ctx.stores.comments.findComment(reply.id))?.body).toBe('');
    const again = await ctx.request('DELETE', `/api/comments/${reply.id}`, { as: julie });
    expect(again.status).toBe(409);

    const resolveRes = await ctx.request('POST', `/api/threads/${thread.id}/resolve`, { as: anne, body: {} });
    expect(resolveRes.status).toBe(200);
    expect(await resolveRes.json()).toMatchObject({
      status: 'resolved',
      resolvedBy: { id: ids.anne, name: 'Anne Dupuis', orgName: 'Office notarial Dupuis' },
    });
    const lateReply = await ctx.request('POST', `/api/threads/${thread.id}/comments`, {
      as: julie,
      body: { body: 'Encore une remarque.' },
    });
    expect(lateReply.status).toBe(409);
    expect((await readError(lateReply)).message).toContain('rouvrez-la');

    const reopenRes = await ctx.request('POST', `/api/threads/${thread.id}/reopen`, { as: julie, body: {} });
    expect(reopenRes.status).toBe(200);
    expect(await reopenRes.json()).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });

    const listed = (await listThreads(anne)).threads.find((t) => t.id === thread.id);
    expect(listed?.comments.map((c) => c.body)).toEqual(['Montant à confirmer par le promoteur.', null]);
  });

  it('lets only the author edit or delete a comment (403), and changes nothing otherwise', async () => {
    const thread = await openThread(paul, { body: 'Texte d’origine de Paul.' });
    const commentId = thread.comments[0]?.id;
    const edit = await ctx.request('PATCH', `/api/comments/${commentId}`, {
      as: julie,
      body: { body: 'Réécrit par Julie.' },
    });
    expect(edit.status).toBe(403);
    const remove = await ctx.request('DELETE', `/api/comments/${commentId}`, { as: sophie });
    expect(remove.status).toBe(403);
    const stored = await ctx.stores.comments.findComment(commentId ?? '');
    expect(stored).toMatchObject({ body: 'Texte d’origine de Paul.', editedAt: null, deletedAt: null });
  });

  it('keeps an internal bank thread out of the developer’s and the notary’s answers, and answers 404 to them', async () => {
    const secret = 'Marge interne : ne pas descendre sous 2,1 %';
    ctx.deedSignals.length = 0;
    const internal = await openThread(paul, {
      body: secret,
      visibility: 'internal',
      quote: 'taux d’intérêt confidentiel',
      mentions: [ids.sophie],
    });
    expect(internal.visibility).toBe('internal');
    expect(ctx.deedSignals).toEqual([{ deedId, topic: 'comments', orgId: bankOrgId }]);

    // Another bank user sees it.
    const bankList = await listThreads(sophie);
    expect(bankList.threads.map((t) => t.id)).toContain(internal.id);

    for (const outsider of [julie, lucas, anne]) {
      const list = await listThreads(outsider);
      expect(list.status).toBe(200);
      expect(list.threads.length).toBeGreaterThan(0);
      for (const leak of [
        internal.id,
        secret,
        'taux d’intérêt confidentiel',
        internal.comments[0]?.id ?? '',
      ]) {
        expect(list.text).not.toContain(leak);
      }

      const missingThread = await ctx.request('POST', '/api/threads/noSuchThread000000000/comments', {
        as: outsider,
        body: { body: 'Bonjour' },
      });
      const missingComment = await ctx.request('PATCH', '/api/comments/noSuchComment00000000', {
        as: outsider,
        body: { body: 'Bonjour' },
      });
      const attempts: Array<[Response, Response]> = [
        [
          await ctx.request('POST', `/api/threads/${internal.id}/comments`, {
            as: outsider,
            body: { body: 'Bonjour' },
          }),
          missingThread,
        ],
        [
          await ctx.request('POST', `/api/threads/${internal.id}/resolve`, { as: outsider, body: {} }),
          missingThread,
        ],
        [
          await ctx.request('POST', `/api/threads/${internal.id}/reopen`, { as: outsider, body: {} }),
          missingThread,
        ],
        [
          await ctx.request('PATCH', `/api/comments/${internal.comments[0]?.id}`, {
            as: outsider,
            body: { body: 'Bonjour' },
          }),
          missingComment,
        ],
        [
          await ctx.request('DELETE', `/api/comments/${internal.comments[0]?.id}`, { as: outsider }),
          missingComment,
        ],
      ];
      const missingThreadBody = await missingThread.clone().text();
      const missingCommentBody = await missingComment.clone().text();
      for (const [res, missing] of attempts) {
        expect(res.status).toBe(404);
        expect(await res.text()).toBe(missing === missingThread ? missingThreadBody : missingCommentBody);
      }
    }
    // Nothing they tried reached the thread, and no signal went to everyone.
    const stored = await ctx.stores.comments.listComments([internal.id]);
    expect(stored.map((c) => c.body)).toEqual([secret]);
    expect((await ctx.stores.comments.findThread(internal.id))?.status).toBe('open');
    expect(ctx.deedSignals.every((s) => s.orgId === bankOrgId)).toBe(true);
  });

  it('publishes every change of an internal thread to the bank only, and of an all-parties one to everyone', async () => {
    const internal = await openThread(paul, { body: 'Point interne.', visibility: 'internal' });
    const open = await openThread(paul, { body: 'Point commun.' });
    ctx.deedSignals.length = 0;
    const internalComment = internal.comments[0]?.id;
    await ctx.request('POST', `/api/threads/${internal.id}/comments`, { as: sophie, body: { body: 'Vu.' } });
    await ctx.request('PATCH', `/api/comments/${internalComment}`, {
      as: paul,
      body: { body: 'Point interne revu.' },
    });
    await ctx.request('POST', `/api/threads/${internal.id}/resolve`, { as: sophie, body: {} });
    await ctx.request('POST', `/api/threads/${internal.id}/reopen`, { as: paul, body: {} });
    await ctx.request('DELETE', `/api/comments/${internalComment}`, { as: paul });
    expect(ctx.deedSignals).toEqual(Array(5).fill({ deedId, topic: 'comments', orgId: bankOrgId }));

    ctx.deedSignals.length = 0;
    await ctx.request('POST', `/api/threads/${open.id}/comments`, { as: julie, body: { body: 'Vu.' } });
    expect(ctx.deedSignals).toEqual([{ deedId, topic: 'comments', orgId: null }]);
  });

  it('refuses an internal thread to roles without comment.internal', async () => {
    const before = await countStoredThreads();
    for (const caller of [julie, anne]) {
      const res = await ctx.request('POST', `/api/deeds/${deedId}/threads`, {
        as: caller,
        body: { anchor: ANCHOR, quote: 'x', visibility: 'internal', body: 'Note interne' },
      });
      expect(res.status).toBe(403);
    }
    expect(await countStoredThreads()).toBe(before);
  });

  it('accepts mentions only of people staffed on the deal who can see the thread', async () => {
    const before = await countStoredThreads();
    const cases: Array<{ visibility: 'all' | 'internal'; mention: string; message: RegExp }> = [
      { visibility: 'internal', mention: ids.julie, message: /membres de votre organisation/ },
      { visibility: 'internal', mention: ids.anne, message: /membres de votre organisation/ },
      { visibility: 'all', mention: ids.karim, message: /intervenant sur ce dossier/ },
      { visibility: 'all', mention: 'unknownUser000000000', message: /intervenant sur ce dossier/ },
    ];
    for (const { visibility, mention, message } of cases) {
      const res = await ctx.request('POST', `/api/deeds/${deedId}/threads`, {
        as: paul,
        body: { anchor: ANCHOR, quote: 'x', visibility, body: 'Avis ?', mentions: [mention] },
      });
      expect(res.status).toBe(400);
      const error = await readError(res);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(error.details)).toMatch(message);
    }
    expect(await countStoredThreads()).toBe(before);

    const thread = await openThread(paul, { body: 'Avis ?' });
    const reply = await ctx.request('POST', `/api/threads/${thread.id}/comments`, {
      as: julie,
      body: { body: 'Je demande à Karim', mentions: [ids.karim] },
    });
    expect(reply.status).toBe(400);
    expect((await ctx.stores.comments.listComments([thread.id])).length).toBe(1);
  });

  it('answers 404 behind the Chinese wall, exactly as for a missing deed or thread', async () => {
    const thread = await openThread(paul, { body: 'Visible des parties du dossier seulement.' });
    const foreign = await ctx.request('GET', `/api/deeds/${deedId}/threads`, { as: karim });
    const missing = await ctx.request('GET', '/api/deeds/noSuchDeed0000000000/threads', { as: karim });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe(await missing.text());

    const create = await ctx.request('POST', `/api/deeds/${deedId}/threads`, {
      as: karim,
      body: { anchor: ANCHOR, quote: 'x', visibility: 'all', body: 'Intrusion' },
    });
    expect(create.status).toBe(404);
    const reply = await ctx.request('POST', `/api/threads/${thread.id}/comments`, {
      as: karim,
      body: { body: 'Intrusion' },
    });
    const missingThread = await ctx.request('POST', '/api/threads/noSuchThread000000000/comments', {
      as: karim,
      body: { body: 'Intrusion' },
    });
    expect(reply.status).toBe(404);
    expect(await reply.text()).toBe(await missingThread.text());
    // Paul's thread id does not open anything on Karim's own deed either.
    const own = await listThreads(karim);
    expect(own.status).toBe(404);
    const karimList = await ctx.request('GET', `/api/deeds/${karimDeedId}/threads`, { as: karim });
    expect(await karimList.text()).not.toContain(thread.id);
    expect((await ctx.stores.comments.listComments([thread.id])).map((c) => c.body)).toEqual([
      'Visible des parties du dossier seulement.',
    ]);
  });

  it('rejects bad input with clear errors and stores nothing', async () => {
    const before = await countStoredThreads();
    const valid = { anchor: ANCHOR, quote: 'x', visibility: 'all', body: 'Correct' };
    const badBodies: unknown[] = [
      { ...valid, body: '   ' },
      { ...valid, body: 'x'.repeat(LIMITS.commentBodyMaxLength + 1) },
      { ...valid, body: 42 },
      { ...valid, visibility: 'secret' },
      { ...valid, anchor: { from: 'pas du base64 !', to: ANCHOR.to } },
      { ...valid, anchor: { from: 'A'.repeat(LIMITS.commentAnchorMaxLength + 4), to: ANCHOR.to } },
      { ...valid, anchor: { from: ANCHOR.from } },
      { ...valid, quote: 'q'.repeat(LIMITS.commentQuoteMaxLength + 1) },
      { ...valid, mentions: 'julie' },
      { ...valid, mentions: Array.from({ length: LIMITS.commentMentionsMax + 1 }, () => ids.julie) },
      { ...valid, isAdmin: true },
    ];
    for (const body of badBodies) {
      const res = await ctx.request('POST', `/api/deeds/${deedId}/threads`, { as: paul, body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await readError(res)).code).toBe('VALIDATION_FAILED');
    }
    const malformed = await ctx.request('POST', `/api/deeds/${deedId}/threads`, {
      as: paul,
      rawBody: '{"body":',
    });
    expect((await readError(malformed)).code).toBe('INVALID_JSON');
    expect(await countStoredThreads()).toBe(before);

    const thread = await openThread(paul, { body: 'Texte' });
    const emptyReply = await ctx.request('POST', `/api/threads/${thread.id}/comments`, {
      as: paul,
      body: { body: '' },
    });
    expect(emptyReply.status).toBe(400);
    expect(JSON.stringify(await readError(emptyReply))).toContain('Le commentaire est vide.');
    const badId = await ctx.request('PATCH', '/api/comments/pas$un$identifiant', {
      as: paul,
      body: { body: 'x' },
    });
    expect(badId.status).toBe(400);
    const unknown = await ctx.request('POST', '/api/threads/noSuchThread000000000/resolve', {
      as: paul,
      body: {},
    });
    expect(unknown.status).toBe(404);
    expect((await ctx.stores.comments.listComments([thread.id])).map((c) => c.body)).toEqual(['Texte']);
  });
});
