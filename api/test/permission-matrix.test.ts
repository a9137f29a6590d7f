import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { canPerform, DEAL_ROLES, type DealAction, type DealRole, ROLES_BY_ORG_KIND } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createId } from '../src/create-id';
import { hashPassword } from '../src/services/auth/password-hashing';
import { hashFeedToken } from '../src/services/calendar/hash-feed-token';
import { readDeedContent } from '../src/services/versions/read-deed-content';
import { saveDeedVersion } from '../src/services/versions/save-deed-version';
import { renderSignaturePdf } from '../src/signatures/render-signature-pdf';
import { type Caller, createTestContext, DEMO_PASSWORD, type TestContext } from './support/test-context';

/**
 * Walks every documented API route x every deal role (plus an anonymous caller) x the caller's
 * own deal and a foreign one, and checks the status. A route missing from ROUTES fails the test,
 * so no endpoint ships without a decision about who may call it.
 */

type Access =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'admin' }
  | { kind: 'bank-staff' }
  | { kind: 'own-org' }
  | { kind: 'deal'; action: DealAction };

interface Target {
  dealId: string;
  deedId: string;
  orgId: string;
}

interface Persona {
  label: string;
  role: DealRole | null;
  email: string;
  userId: string;
  orgId: string;
  orgKind: 'bank' | 'developer' | 'notary';
  isAdmin: boolean;
}

interface RouteCase {
  access: Access;
  success: number;
  /** Needs its own session (the call ends it). */
  isSessionEnding?: boolean;
  build(target: Target, persona: Persona | null): { path: string; body?: unknown };
  prepare?(target: Target, persona: Persona | null): Promise<void>;
}

let ctx: TestContext;
const world = {
  bankId: '',
  devId: '',
  rivalDevId: '',
  notaryId: '',
  ownDealId: '',
  foreignDealId: '',
  ownDeedId: '',
  foreignDeedId: '',
  /** A deed of the own deal that only the lock and unlock routes use (the others stay unlocked). */
  lockDeedId: '',
  /** A version of each deed, by deed id, for the routes that name one. */
  versionIds: {} as Record<string, string>,
  candidateId: '',
  removableId: '',
};
const personas: Persona[] = [];
let counter = 0;
function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}`;
}

/** A fresh all-parties task of the target deal, for the routes that name one. */
const workflowTarget = { itemId: '' };
async function prepareWorkflowItem(t: Target): Promise<void> {
  const at = new Date().toISOString();
  workflowTarget.itemId = createId();
  await ctx.stores.workflow.createItem(
    {
      id: workflowTarget.itemId,
      dealId: t.dealId,
      title: `Tâche ${unique()}`,
      description: '',
      kind: 'task',
      responsibleParties: ['developer'],
      assigneeId: null,
      due: null,
      rollsToWorkingDay: false,
      dependsOn: [],
      status: 'upcoming',
      visibility: 'all',
      link: null,
      position: 1_000 + counter,
      completedAt: null,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    },
    {
      id: createId(),
      itemId: workflowTarget.itemId,
      dealId: t.dealId,
      at,
      actorId: null,
      kind: 'created',
      summary: 'Étape créée',
    },
  );
}

const FEED_TOKEN = randomBytes(32).toString('base64url');

/** A fresh all-parties thread on the target deed, opened by the caller (so the comment is their own). */
const commentTarget = { threadId: '', commentId: '' };
async function prepareThread(t: Target, persona: Persona | null, status: 'open' | 'resolved'): Promise<void> {
  const author = persona ?? personas[0];
  if (!author) throw new Error('personas are built first');
  const now = new Date().toISOString();
  commentTarget.threadId = createId();
  commentTarget.commentId = createId();
  await ctx.stores.comments.createThread(
    {
      id: commentTarget.threadId,
      deedId: t.deedId,
      dealId: t.dealId,
      visibility: 'all',
      orgId: author.orgId,
      anchorFrom: 'AAE=',
      anchorTo: 'AAI=',
      quote: 'x',
      status,
      resolvedBy: status === 'resolved' ? author.userId : null,
      resolvedAt: status === 'resolved' ? now : null,
      createdBy: author.userId,
      createdAt: now,
    },
    {
      id: commentTarget.commentId,
      threadId: commentTarget.threadId,
      authorId: author.userId,
      body: 'Remarque',
      mentions: [],
      createdAt: now,
      editedAt: null,
      deletedAt: null,
    },
  );
}

/** A fresh vault document (with its bytes) in the target deal, a received request and a finished upload. */
const vaultTarget = { documentId: '', versionId: '', requestId: '', uploadId: '' };
async function prepareVault(t: Target, persona: Persona | null): Promise<void> {
  const now = new Date().toISOString();
  const uploader = persona?.userId ?? world.candidateId;
  const bytes = Buffer.from(`Pièce ${unique()}\n`);
  const blob = await ctx.deps.blobs.put(Readable.from([bytes]));
  vaultTarget.documentId = createId();
  vaultTarget.versionId = createId();
  await ctx.stores.vault.createDocument(
    {
      id: vaultTarget.documentId,
      dealId: t.dealId,
      orgId: world.bankId,
      title: 'piece.txt',
      category: null,
      categorySource: 'pending',
      categoryConfidence: null,
      visibility: 'all',
      requestId: null,
      currentVersionId: vaultTarget.versionId,
      versionCount: 1,
      createdBy: world.candidateId,
      createdAt: now,
      updatedAt: now,
    },
    {
      id: vaultTarget.versionId,
      documentId: vaultTarget.documentId,
      dealId: t.dealId,
      orgId: world.bankId,
      number: 1,
      originalName: 'piece.txt',
      size: blob.size,
      mediaType: 'text/plain',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      blobKey: blob.key,
      uploadedBy: world.candidateId,
      uploadedAt: now,
      analysisStatus: 'pending',
      metadata: { dates: [], sirens: [], amounts: [] },
    },
  );
  vaultTarget.requestId = createId();
  await ctx.stores.vaultRequests.createMany([
    {
      id: vaultTarget.requestId,
      dealId: t.dealId,
      category: 'kbis',
      description: 'Extrait Kbis',
      dueDate: null,
      mandatory: true,
      status: 'received',
      rejectionReason: null,
      documentId: vaultTarget.documentId,
      createdBy: null,
      createdAt: now,
      decidedAt: null,
      decidedBy: null,
    },
  ]);
  vaultTarget.uploadId = randomBytes(16).toString('hex');
  await ctx.stores.vault.recordUpload({
    uploadId: vaultTarget.uploadId,
    dealId: t.dealId,
    userId: uploader,
    documentId: vaultTarget.documentId,
    isDuplicate: false,
    finishedAt: now,
  });
}

/** A locked deed version per deal, to put to signature. */
const signable = new Map<string, { deedId: string; versionId: string }>();
async function prepareSignable(t: Target): Promise<void> {
  if (signable.has(t.dealId)) return;
  const now = new Date().toISOString();
  const deedId = createId();
  await ctx.stores.deeds.create({
    id: deedId,
    dealId: t.dealId,
    title: 'Garantie financière d’achèvement',
    kind: 'gfa',
    createdBy: world.candidateId,
    createdAt: now,
    updatedAt: now,
    suggestionOnlyFor: [],
    lock: null,
  });
  const version = await saveDeedVersion(ctx.deps, {
    deedId,
    kind: 'lock',
    name: 'Texte définitif',
    note: '',
    createdBy: world.candidateId,
    snapshot: await readDeedContent(ctx.deps, deedId),
  });
  await ctx.stores.deeds.setLock(
    deedId,
    { lockedAt: now, lockedBy: world.candidateId, versionId: version.id },
    now,
  );
  signable.set(t.dealId, { deedId, versionId: version.id });
}

/** Who may sign on the target deal for this caller: the caller when their role signs, else someone who does. */
async function signerFor(t: Target, persona: Persona | null): Promise<string> {
  if (t.dealId === world.ownDealId) {
    if (persona?.role && canPerform(persona.role, 'signature.sign')) return persona.userId;
    return personas.find((p) => p.role === 'developer_lead')?.userId ?? '';
  }
  // On the foreign deal only its bank manager is staffed.
  return (await ctx.stores.users.findByEmail('foreign-manager@matrix.example'))?.id ?? '';
}

/** A fresh signature request in the target deal, sent, waiting for one signer. */
const signatureTarget = { requestId: '', pdfKey: '' };
async function prepareSignatureRequest(t: Target, persona: Persona | null): Promise<void> {
  if (!signatureTarget.pdfKey) {
    const pdf = await renderSignaturePdf({ content: ['Garantie financière d’achèvement'] }, new Date());
    signatureTarget.pdfKey = (await ctx.deps.blobs.put(Readable.from([pdf]))).key;
  }
  const signerId = await signerFor(t, persona);
  const signer = await ctx.stores.users.findById(signerId);
  const manager = await ctx.stores.users.findByEmail('foreign-manager@matrix.example');
  const now = new Date().toISOString();
  const id = createId();
  signatureTarget.requestId = id;
  await ctx.stores.signatures.create(
    {
      id,
      dealId: t.dealId,
      title: 'GFA',
      sourceKind: 'vault_version',
      sourceId: createId(),
      sourceVersionId: createId(),
      documentName: 'gfa.pdf',
      documentBlobKey: signatureTarget.pdfKey,
      documentSha256: '0'.repeat(64),
      provider: 'builtin',
      envelopeId: `builtin-${id}`,
      status: 'in_progress',
      message: '',
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      createdBy: manager?.id ?? world.candidateId,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
      cancelReason: null,
      pendingStep: null,
      attempts: 0,
      nextAttemptAt: null,
      errorMessage: null,
      signedDocumentId: null,
      signedVersionId: null,
      signedSha256: null,
      certificateDocumentId: null,
    },
    [
      {
        requestId: id,
        userId: signerId,
        position: 1,
        name: signer?.name ?? 'Signataire',
        email: signer?.email ?? 'signataire@matrix.example',
        anchor: '/sig1/',
        status: 'sent',
        viewedAt: null,
        signedAt: null,
        signedIp: null,
        declinedAt: null,
        declineReason: null,
      },
    ],
    {
      id: createId(),
      requestId: id,
      dealId: t.dealId,
      at: now,
      actorId: null,
      kind: 'created',
      summary: 'Demande créée',
      ip: null,
      detail: {},
    },
  );
}

const ROUTES: Record<string, RouteCase> = {
  'GET /api/health': { access: { kind: 'public' }, success: 200, build: () => ({ path: '/api/health' }) },
  // For load balancers: answers anyone, with no session (the test app has no readiness checks).
  'GET /api/ready': { access: { kind: 'public' }, success: 200, build: () => ({ path: '/api/ready' }) },
  'POST /api/auth/login': {
    access: { kind: 'public' },
    success: 200,
    build: (_t, p) => ({
      path: '/api/auth/login',
      body: { email: p?.email ?? 'role-bank_manager@matrix.example', password: DEMO_PASSWORD },
    }),
  },
  'POST /api/auth/logout': {
    access: { kind: 'session' },
    success: 200,
    isSessionEnding: true,
    build: () => ({ path: '/api/auth/logout' }),
  },
  'GET /api/auth/session': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/auth/session' }),
  },
  'POST /api/auth/password': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({
      path: '/api/auth/password',
      body: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD },
    }),
  },
  'GET /api/orgs': { access: { kind: 'session' }, success: 200, build: () => ({ path: '/api/orgs' }) },
  'POST /api/orgs': {
    access: { kind: 'admin' },
    success: 201,
    build: () => ({ path: '/api/orgs', body: { name: `Promoteur ${unique()}`, kind: 'developer' } }),
  },
  'GET /api/orgs/{orgId}/users': {
    access: { kind: 'own-org' },
    success: 200,
    build: (t) => ({ path: `/api/orgs/${t.orgId}/users` }),
  },
  'POST /api/users': {
    access: { kind: 'admin' },
    success: 201,
    build: () => ({
      path: '/api/users',
      body: {
        email: `new-${unique()}@matrix.example`,
        name: 'Nouvelle Personne',
        orgId: world.devId,
        password: DEMO_PASSWORD,
      },
    }),
  },
  'GET /api/deals': { access: { kind: 'session' }, success: 200, build: () => ({ path: '/api/deals' }) },
  'POST /api/deals': {
    access: { kind: 'bank-staff' },
    success: 201,
    build: () => ({
      path: '/api/deals',
      body: {
        name: `Programme ${unique()}`,
        city: 'Bordeaux',
        lots: 12,
        amountCents: 150_000_000,
        developerOrgId: world.devId,
        notaryOrgIds: [world.notaryId],
      },
    }),
  },
  'GET /api/deals/{dealId}': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}` }),
  },
  'PATCH /api/deals/{dealId}': {
    access: { kind: 'deal', action: 'deal.update' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}`, body: { status: 'under_review' } }),
  },
  'GET /api/deals/{dealId}/staff': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/staff` }),
  },
  'GET /api/deals/{dealId}/staff-candidates': {
    access: { kind: 'deal', action: 'staffing.manage' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/staff-candidates` }),
  },
  'POST /api/deals/{dealId}/staff': {
    access: { kind: 'deal', action: 'staffing.manage' },
    success: 200,
    build: (t) => ({
      path: `/api/deals/${t.dealId}/staff`,
      body: { userId: world.candidateId, role: 'observer' },
    }),
  },
  'DELETE /api/deals/{dealId}/staff/{userId}': {
    access: { kind: 'deal', action: 'staffing.manage' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/staff/${world.removableId}` }),
    prepare: async (t) => {
      await ctx.stores.staffing.upsert({
        dealId: t.dealId,
        userId: world.removableId,
        role: 'observer',
        addedBy: world.removableId,
        addedAt: new Date().toISOString(),
      });
    },
  },
  'GET /api/deals/{dealId}/deeds': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/deeds` }),
  },
  'POST /api/deals/{dealId}/deeds': {
    access: { kind: 'deal', action: 'deed.create' },
    success: 201,
    build: (t) => ({
      path: `/api/deals/${t.dealId}/deeds`,
      body: { title: 'Acte de caution', kind: 'caution' },
    }),
  },
  'GET /api/deeds/{deedId}': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}` }),
  },
  'POST /api/deeds/{deedId}/collab-token': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/collab-token` }),
  },
  'GET /api/deeds/{deedId}/threads': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/threads` }),
  },
  'POST /api/deeds/{deedId}/threads': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 201,
    build: (t) => ({
      path: `/api/deeds/${t.deedId}/threads`,
      body: { anchor: { from: 'AAE=', to: 'AAI=' }, quote: 'x', visibility: 'all', body: 'Remarque' },
    }),
  },
  'POST /api/threads/{threadId}/comments': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 201,
    prepare: (t, p) => prepareThread(t, p, 'open'),
    build: () => ({ path: `/api/threads/${commentTarget.threadId}/comments`, body: { body: 'Réponse' } }),
  },
  'POST /api/threads/{threadId}/resolve': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 200,
    prepare: (t, p) => prepareThread(t, p, 'open'),
    build: () => ({ path: `/api/threads/${commentTarget.threadId}/resolve` }),
  },
  'POST /api/threads/{threadId}/reopen': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 200,
    prepare: (t, p) => prepareThread(t, p, 'resolved'),
    build: () => ({ path: `/api/threads/${commentTarget.threadId}/reopen` }),
  },
  'PATCH /api/comments/{commentId}': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 200,
    prepare: (t, p) => prepareThread(t, p, 'open'),
    build: () => ({ path: `/api/comments/${commentTarget.commentId}`, body: { body: 'Modifié' } }),
  },
  'DELETE /api/comments/{commentId}': {
    access: { kind: 'deal', action: 'comment.create' },
    success: 200,
    prepare: (t, p) => prepareThread(t, p, 'open'),
    build: () => ({ path: `/api/comments/${commentTarget.commentId}` }),
  },
  'GET /api/vault/uploads/{uploadId}/document': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareVault,
    build: () => ({ path: `/api/vault/uploads/${vaultTarget.uploadId}/document` }),
  },
  'GET /api/deals/{dealId}/vault/documents': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/vault/documents?q=piece` }),
  },
  'GET /api/vault/documents/{documentId}': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareVault,
    build: () => ({ path: `/api/vault/documents/${vaultTarget.documentId}` }),
  },
  'PATCH /api/vault/documents/{documentId}': {
    access: { kind: 'deal', action: 'vault.upload' },
    success: 200,
    prepare: prepareVault,
    build: () => ({ path: `/api/vault/documents/${vaultTarget.documentId}`, body: { category: 'kbis' } }),
  },
  'GET /api/vault/documents/{documentId}/versions/{versionId}/content': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareVault,
    build: () => ({
      path: `/api/vault/documents/${vaultTarget.documentId}/versions/${vaultTarget.versionId}/content`,
    }),
  },
  'GET /api/vault/documents/{documentId}/versions/{versionId}/text': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareVault,
    build: () => ({
      path: `/api/vault/documents/${vaultTarget.documentId}/versions/${vaultTarget.versionId}/text`,
    }),
  },
  'GET /api/deals/{dealId}/vault/requests': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/vault/requests` }),
  },
  'POST /api/deals/{dealId}/vault/requests': {
    access: { kind: 'deal', action: 'vault.review' },
    success: 201,
    build: (t) => ({
      path: `/api/deals/${t.dealId}/vault/requests`,
      body: { category: 'garanties', description: 'Attestation GFA', dueDate: '2026-12-15', mandatory: true },
    }),
  },
  'POST /api/vault/requests/{requestId}/decision': {
    access: { kind: 'deal', action: 'vault.review' },
    success: 200,
    prepare: prepareVault,
    build: () => ({
      path: `/api/vault/requests/${vaultTarget.requestId}/decision`,
      body: { decision: 'reject', reason: 'Extrait de plus de trois mois' },
    }),
  },
  'PUT /api/deeds/{deedId}/settings': {
    access: { kind: 'deal', action: 'deed.manage' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/settings`, body: { suggestionOnlyFor: ['developer'] } }),
  },
  'GET /api/deeds/{deedId}/versions': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/versions` }),
  },
  'POST /api/deeds/{deedId}/versions': {
    access: { kind: 'deal', action: 'deed.suggest' },
    success: 201,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/versions`, body: { name: `V ${unique()}`, note: '' } }),
  },
  'GET /api/deeds/{deedId}/versions/{versionId}': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: (t) => ensureVersion(t.deedId),
    build: (t) => ({ path: `/api/deeds/${t.deedId}/versions/${world.versionIds[t.deedId]}` }),
  },
  'POST /api/deeds/{deedId}/versions/{versionId}/restore': {
    access: { kind: 'deal', action: 'deed.edit' },
    success: 201,
    prepare: async (t) => {
      await ensureVersion(t.deedId);
      // The settings route may have held the developer to suggestions, who then may not restore.
      await ctx.stores.deeds.setSuggestionOnlyFor(t.deedId, [], new Date().toISOString());
    },
    build: (t) => ({ path: `/api/deeds/${t.deedId}/versions/${world.versionIds[t.deedId]}/restore` }),
  },
  'GET /api/deeds/{deedId}/compare': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: (t) => ensureVersion(t.deedId),
    build: (t) => ({ path: `/api/deeds/${t.deedId}/compare?from=${world.versionIds[t.deedId]}&to=current` }),
  },
  'GET /api/deeds/{deedId}/export/pdf': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: (t) => ensureVersion(t.deedId),
    build: (t) => ({ path: `/api/deeds/${t.deedId}/export/pdf?version=${world.versionIds[t.deedId]}` }),
  },
  'GET /api/deeds/{deedId}/compare/pdf': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: (t) => ensureVersion(t.deedId),
    build: (t) => ({
      path: `/api/deeds/${t.deedId}/compare/pdf?from=${world.versionIds[t.deedId]}&to=current`,
    }),
  },
  'GET /api/deeds/{deedId}/export/docx': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: (t) => ensureVersion(t.deedId),
    build: (t) => ({ path: `/api/deeds/${t.deedId}/export/docx?version=${world.versionIds[t.deedId]}` }),
  },
  // The Word imports check access before reading the file: with no file, a caller who passes the
  // gate gets 415 (not a DOCX); the imports themselves are tested in test/word.
  'POST /api/deals/{dealId}/deeds/import': {
    access: { kind: 'deal', action: 'deed.create' },
    success: 415,
    build: (t) => ({ path: `/api/deals/${t.dealId}/deeds/import` }),
  },
  'POST /api/deeds/{deedId}/import': {
    access: { kind: 'deal', action: 'deed.edit' },
    success: 415,
    prepare: (t) => ctx.stores.deeds.setSuggestionOnlyFor(t.deedId, [], new Date().toISOString()),
    build: (t) => ({ path: `/api/deeds/${t.deedId}/import` }),
  },
  'GET /api/deeds/{deedId}/history': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/history` }),
  },
  'GET /api/deeds/{deedId}/approvals': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/approvals` }),
  },
  'POST /api/deeds/{deedId}/approvals': {
    access: { kind: 'deal', action: 'deed.approve' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/approvals`, body: {} }),
  },
  'DELETE /api/deeds/{deedId}/approvals': {
    access: { kind: 'deal', action: 'deed.approve' },
    success: 200,
    build: (t) => ({ path: `/api/deeds/${t.deedId}/approvals` }),
  },
  'GET /api/deals/{dealId}/workflow': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/workflow` }),
  },
  'POST /api/deals/{dealId}/workflow/items': {
    access: { kind: 'deal', action: 'deadline.manage' },
    success: 201,
    build: (t) => ({
      path: `/api/deals/${t.dealId}/workflow/items`,
      body: { title: `Tâche ${unique()}`, responsibleParties: ['developer'] },
    }),
  },
  'PATCH /api/workflow/items/{itemId}': {
    access: { kind: 'deal', action: 'deadline.manage' },
    success: 200,
    prepare: prepareWorkflowItem,
    build: () => ({ path: `/api/workflow/items/${workflowTarget.itemId}`, body: { title: 'Modifiée' } }),
  },
  'DELETE /api/workflow/items/{itemId}': {
    access: { kind: 'deal', action: 'deadline.manage' },
    success: 200,
    prepare: prepareWorkflowItem,
    build: () => ({ path: `/api/workflow/items/${workflowTarget.itemId}` }),
  },
  'GET /api/workflow/items/{itemId}/history': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareWorkflowItem,
    build: () => ({ path: `/api/workflow/items/${workflowTarget.itemId}/history` }),
  },
  'PUT /api/deals/{dealId}/workflow/template': {
    access: { kind: 'deal', action: 'deal.update' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/workflow/template` }),
  },
  'GET /api/me/actions': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/actions' }),
  },
  'GET /api/me/notifications': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/notifications' }),
  },
  'POST /api/me/notifications/read': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/notifications/read', body: {} }),
  },
  'GET /api/me/notification-settings': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/notification-settings' }),
  },
  'PUT /api/me/notification-settings': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({
      path: '/api/me/notification-settings',
      body: { emailReminders: 'daily_digest', remindDaysBefore: 5 },
    }),
  },
  'GET /api/me/calendar-feed': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/calendar-feed' }),
  },
  'POST /api/me/calendar-feed': {
    access: { kind: 'session' },
    success: 201,
    build: () => ({ path: '/api/me/calendar-feed' }),
  },
  'DELETE /api/me/calendar-feed': {
    access: { kind: 'session' },
    success: 200,
    build: () => ({ path: '/api/me/calendar-feed' }),
  },
  'POST /api/webhooks/docusign': {
    // DocuSign's own credential is the HMAC; this installation signs with the built-in provider.
    access: { kind: 'public' },
    success: 404,
    build: () => ({ path: '/api/webhooks/docusign', body: {} }),
  },
  'GET /api/calendar/{token}': {
    // The secret is the credential: anyone holding it reads its owner's feed, with or without a session.
    access: { kind: 'public' },
    success: 200,
    prepare: async () => {
      await ctx.stores.calendarFeeds.put(
        world.candidateId,
        hashFeedToken(FEED_TOKEN),
        new Date().toISOString(),
      );
    },
    build: () => ({ path: `/api/calendar/${FEED_TOKEN}` }),
  },
  'GET /api/deals/{dealId}/signature-requests': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/signature-requests` }),
  },
  'GET /api/deals/{dealId}/signature-sources': {
    access: { kind: 'deal', action: 'signature.request' },
    success: 200,
    build: (t) => ({ path: `/api/deals/${t.dealId}/signature-sources` }),
  },
  'POST /api/deals/{dealId}/signature-requests': {
    access: { kind: 'deal', action: 'signature.request' },
    success: 201,
    prepare: (t) => prepareSignable(t),
    build: (t) => ({
      path: `/api/deals/${t.dealId}/signature-requests`,
      body: {
        title: 'GFA',
        source: {
          kind: 'deed_version',
          deedId: signable.get(t.dealId)?.deedId ?? createId(),
          versionId: signable.get(t.dealId)?.versionId ?? createId(),
        },
        signers: [{ userId: personas.find((p) => p.role === 'developer_lead')?.userId ?? createId() }],
        message: '',
        expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      },
    }),
  },
  'GET /api/signature-requests/{signatureRequestId}': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({ path: `/api/signature-requests/${signatureTarget.requestId}` }),
  },
  'GET /api/signature-requests/{signatureRequestId}/document': {
    access: { kind: 'deal', action: 'deal.view' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({ path: `/api/signature-requests/${signatureTarget.requestId}/document` }),
  },
  'POST /api/signature-requests/{signatureRequestId}/sign': {
    access: { kind: 'deal', action: 'signature.sign' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({
      path: `/api/signature-requests/${signatureTarget.requestId}/sign`,
      body: { password: DEMO_PASSWORD },
    }),
  },
  'POST /api/signature-requests/{signatureRequestId}/signing-url': {
    access: { kind: 'deal', action: 'signature.sign' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({
      path: `/api/signature-requests/${signatureTarget.requestId}/signing-url`,
      body: { returnUrl: 'http://deedroom.test/retour' },
    }),
  },
  'POST /api/signature-requests/{signatureRequestId}/decline': {
    access: { kind: 'deal', action: 'signature.sign' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({
      path: `/api/signature-requests/${signatureTarget.requestId}/decline`,
      body: { reason: 'Montant erroné' },
    }),
  },
  'POST /api/signature-requests/{signatureRequestId}/cancel': {
    access: { kind: 'deal', action: 'signature.request' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({
      path: `/api/signature-requests/${signatureTarget.requestId}/cancel`,
      body: { reason: 'Montant à corriger' },
    }),
  },
  'POST /api/signature-requests/{signatureRequestId}/remind': {
    access: { kind: 'deal', action: 'signature.request' },
    success: 200,
    prepare: prepareSignatureRequest,
    build: () => ({ path: `/api/signature-requests/${signatureTarget.requestId}/remind` }),
  },
  'POST /api/deeds/{deedId}/lock': {
    access: { kind: 'deal', action: 'deed.lock' },
    success: 200,
    prepare: (t) => prepareLockable(lockTargetOf(t)),
    build: (t) => ({ path: `/api/deeds/${lockTargetOf(t)}/lock` }),
  },
  'POST /api/deeds/{deedId}/unlock': {
    access: { kind: 'deal', action: 'deed.lock' },
    success: 200,
    prepare: (t) => prepareLocked(lockTargetOf(t)),
    build: (t) => ({
      path: `/api/deeds/${lockTargetOf(t)}/unlock`,
      body: { reason: 'Correction d’une coquille' },
    }),
  },
};

/** The own deal's lock and unlock calls go to a deed of their own, so no other route meets a lock. */
function lockTargetOf(t: Target): string {
  return t.deedId === world.ownDeedId ? world.lockDeedId : t.deedId;
}

async function ensureVersion(deedId: string): Promise<void> {
  if (world.versionIds[deedId]) return;
  const version = await saveDeedVersion(ctx.deps, {
    deedId,
    kind: 'manual',
    name: 'V1',
    note: '',
    createdBy: world.candidateId,
    snapshot: await readDeedContent(ctx.deps, deedId),
  });
  world.versionIds[deedId] = version.id;
}

/** Unlocked, and approved in its current text by every party of its deal. */
async function prepareLockable(deedId: string): Promise<void> {
  const deed = await ctx.stores.deeds.findById(deedId);
  if (!deed) return;
  if (deed.lock) {
    await ctx.stores.deeds.setLock(deedId, null, new Date().toISOString());
    await ctx.deps.deedContent.thaw(deedId);
  }
  const snapshot = await readDeedContent(ctx.deps, deedId);
  const version = await saveDeedVersion(ctx.deps, {
    deedId,
    kind: 'approval',
    name: 'Accord',
    note: '',
    createdBy: world.candidateId,
    snapshot,
  });
  for (const party of await ctx.stores.deals.listParties([deed.dealId])) {
    await ctx.stores.deedApprovals.create({
      id: createId(),
      deedId,
      orgId: party.orgId,
      versionId: version.id,
      contentHash: version.contentHash,
      approvedBy: world.candidateId,
      approvedAt: new Date().toISOString(),
      withdrawnBy: null,
      withdrawnAt: null,
      supersededBy: null,
    });
  }
}

async function prepareLocked(deedId: string): Promise<void> {
  const deed = await ctx.stores.deeds.findById(deedId);
  if (!deed || deed.lock) return;
  const at = new Date().toISOString();
  await ctx.stores.deeds.setLock(deedId, { lockedAt: at, lockedBy: world.candidateId, versionId: null }, at);
}

function expectedStatus(route: RouteCase, persona: Persona | null, isOwn: boolean): number {
  const { access } = route;
  if (access.kind === 'public') return route.success;
  if (!persona) return 401;
  switch (access.kind) {
    case 'session':
      return route.success;
    case 'admin':
      return persona.isAdmin ? route.success : 403;
    case 'bank-staff':
      return persona.orgKind === 'bank' ? route.success : 403;
    case 'own-org':
      return isOwn || persona.isAdmin ? route.success : 404;
    case 'deal':
      if (!isOwn || !persona.role) return 404;
      return canPerform(persona.role, access.action) ? route.success : 403;
  }
}

async function buildWorld(): Promise<void> {
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const org = async (name: string, kind: Persona['orgKind']) => {
    const id = createId();
    await ctx.stores.orgs.create({ id, name, kind, createdAt: now });
    return id;
  };
  world.bankId = await org('Banque Matrice', 'bank');
  world.devId = await org('Promoteur Matrice', 'developer');
  world.rivalDevId = await org('Promoteur Rival', 'developer');
  world.notaryId = await org('Notaires Matrice', 'notary');
  const orgOfKind = { bank: world.bankId, developer: world.devId, notary: world.notaryId };
  const user = async (email: string, orgId: string, isAdmin = false) => {
    const id = createId();
    await ctx.stores.users.create({
      id,
      orgId,
      email,
      name: email,
      passwordHash,
      isAdmin,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };

  const foreignManager = await user('foreign-manager@matrix.example', world.bankId);
  world.candidateId = await user('candidate@matrix.example', world.bankId);
  world.removableId = await user('removable@matrix.example', world.notaryId);
  world.ownDealId = createId();
  world.foreignDealId = createId();
  const deal = (id: string, name: string) => ({
    id,
    name,
    city: 'Nantes',
    lots: 10,
    amountCents: 100_000_000,
    status: 'draft' as const,
    createdBy: foreignManager,
    createdAt: now,
    updatedAt: now,
  });
  const staffOf = (dealId: string, userId: string, role: DealRole) => ({
    dealId,
    userId,
    role,
    addedBy: foreignManager,
    addedAt: now,
  });
  await ctx.stores.deals.create({
    deal: deal(world.ownDealId, 'Dossier propre'),
    partyOrgIds: [world.bankId, world.devId, world.notaryId],
    creatorStaff: staffOf(world.ownDealId, foreignManager, 'bank_manager'),
  });
  await ctx.stores.deals.create({
    deal: deal(world.foreignDealId, 'Dossier étranger'),
    partyOrgIds: [world.bankId, world.rivalDevId, world.notaryId],
    creatorStaff: staffOf(world.foreignDealId, foreignManager, 'bank_manager'),
  });

  for (const [key, dealId] of [
    ['ownDeedId', world.ownDealId],
    ['foreignDeedId', world.foreignDealId],
    ['lockDeedId', world.ownDealId],
  ] as const) {
    world[key] = createId();
    await ctx.stores.deeds.create({
      id: world[key],
      dealId,
      title: 'Convention de crédit',
      kind: 'convention_credit',
      createdBy: foreignManager,
      createdAt: now,
      updatedAt: now,
      suggestionOnlyFor: [],
      lock: null,
    });
  }

  for (const role of DEAL_ROLES) {
    const orgKind =
      role === 'observer'
        ? 'developer'
        : (['bank', 'developer', 'notary'] as const).find((k) => ROLES_BY_ORG_KIND[k].includes(role));
    if (!orgKind) throw new Error(`no org kind for ${role}`);
    const isAdmin = role === 'bank_manager';
    const email = `role-${role}@matrix.example`;
    const userId = await user(email, orgOfKind[orgKind], isAdmin);
    await ctx.stores.staffing.upsert(staffOf(world.ownDealId, userId, role));
    personas.push({ label: role, role, email, userId, orgId: orgOfKind[orgKind], orgKind, isAdmin });
  }
  // A bank user on no deal at all, who is still an administrator.
  const adminId = await user('admin-only@matrix.example', world.bankId, true);
  personas.push({
    label: 'admin (unstaffed)',
    role: null,
    email: 'admin-only@matrix.example',
    userId: adminId,
    orgId: world.bankId,
    orgKind: 'bank',
    isAdmin: true,
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ seed: false });
  await buildWorld();
});
afterAll(async () => {
  await ctx.close();
});

describe('permission matrix: every route x every role x own and foreign deal', () => {
  it('has a matrix entry for every documented route', async () => {
    const doc = (await (await ctx.request('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBeGreaterThan(10);
    expect(
      documented.filter((r) => !(r in ROUTES)),
      'routes without a permission matrix entry',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((r) => !documented.includes(r)),
      'matrix entries for no route',
    ).toEqual([]);
  });

  it('answers the expected status for each combination', { timeout: 180_000 }, async () => {
    const failures: string[] = [];
    let checked = 0;
    const callers: Array<Persona | null> = [null, ...personas];
    for (const persona of callers) {
      const main: Caller | undefined = persona ? await ctx.signIn(persona.email) : undefined;
      for (const [key, route] of Object.entries(ROUTES)) {
        const [method = 'GET'] = key.split(' ');
        const isTargeted = [
          '{dealId}',
          '{orgId}',
          '{deedId}',
          '{threadId}',
          '{commentId}',
          '{documentId}',
          '{requestId}',
          '{uploadId}',
          '{signatureRequestId}',
        ].some((p) => key.includes(p));
        for (const isOwn of isTargeted ? [true, false] : [true]) {
          const target: Target = {
            dealId: isOwn ? world.ownDealId : world.foreignDealId,
            deedId: isOwn ? world.ownDeedId : world.foreignDeedId,
            orgId: isOwn
              ? (persona?.orgId ?? world.bankId)
              : persona?.orgKind === 'developer'
                ? world.rivalDevId
                : world.devId,
          };
          await route.prepare?.(target, persona);
          const caller = persona && route.isSessionEnding ? await ctx.signIn(persona.email) : main;
          const { path, body } = route.build(target, persona);
          const res = await ctx.request(method, path, { as: caller, body });
          const expected = expectedStatus(route, persona, isOwn);
          checked += 1;
          if (res.status !== expected) {
            failures.push(
              `${persona?.label ?? 'anonymous'} ${key} (${isOwn ? 'own' : 'foreign'}): got ${res.status}, expected ${expected}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(250);
  });
});
