import { randomBytes, timingSafeEqual } from 'node:crypto';
import fsp from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import {
  AppError,
  CSRF_HEADER,
  ERROR_STATUS,
  type ErrorCode,
  LIMITS,
  SESSION_COOKIE,
} from '@deedroom/shared';
import { FileStore } from '@tus/file-store';
import { Server, type ServerOptions, type Upload } from '@tus/server';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { Config } from '../config';
import { resolveSession } from '../services/auth/resolve-session';
import type { Actor, ServiceDeps } from '../services/deps';
import { authorizeVaultUpload, type VaultUploadPlan } from '../services/vault/authorize-vault-upload';
import { storeVaultUpload } from '../services/vault/store-vault-upload';
import { runInTenantScope } from '../store/tenant-scope';

/** Where tus is mounted; `GET {path}/{id}/document` is an ordinary API route. */
export const VAULT_UPLOADS_PATH = '/api/vault/uploads';
/** The request type tus hands to its hooks (srvx's). */
type ServerRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0];

const UPLOAD_ID = /^[0-9a-f]{32}$/;
const TUS_METHODS = new Set(['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS']);
/** Tells the client where a finished upload landed (also `GET .../{id}/document`). */
export const VAULT_DOCUMENT_HEADER = 'Vault-Document-Id';

export interface VaultUploadHandler {
  /** True for the requests tus answers: creation, offsets, bytes and termination. */
  matches(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Deletes uploads interrupted for longer than `LIMITS.vaultUploadExpiryMs`; returns how many. */
  cleanUpExpired(): Promise<number>;
}

interface TusError {
  status_code: number;
  body: string;
}

function toTusError(error: AppError): TusError {
  return { status_code: error.status, body: JSON.stringify(error.toBody()) };
}

/** tus' own refusals (wrong offset, size exceeded...) get the API's error body too. */
function codeForStatus(status: number): ErrorCode {
  const match = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  if (status === 410) return 'NOT_FOUND';
  if (status === 460) return 'VALIDATION_FAILED';
  return match ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
}

function isSameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resumable uploads into the vault with the tus protocol (@tus/server + @tus/file-store): bytes
 * stream to `<dataDir>/uploads` under server-generated names, every request is authenticated by
 * the session cookie (state-changing ones with the CSRF header, like the rest of the API), an
 * upload is checked before its first byte and belongs to its creator, and a finished one is
 * handed to {@link storeVaultUpload}. A refused file is deleted at once.
 */
export function createVaultUploadHandler(
  deps: ServiceDeps,
  config: Config,
  hooks: { onStored?: () => void } = {},
): VaultUploadHandler {
  const directory = path.join(config.dataDir, 'uploads');
  const datastore = new FileStore({
    directory,
    expirationPeriodInMilliseconds: LIMITS.vaultUploadExpiryMs,
  });
  const actors = new WeakMap<ServerRequest, Actor>();

  async function authenticate(req: ServerRequest): Promise<Actor> {
    const token = parseCookies(req.headers.get('cookie') ?? '', SESSION_COOKIE)[SESSION_COOKIE];
    const auth = token ? await resolveSession(deps, token) : undefined;
    if (!auth) throw new AppError('UNAUTHENTICATED', 'Connexion requise.');
    if (req.method !== 'HEAD' && req.method !== 'GET') {
      if (req.headers.get('sec-fetch-site') === 'cross-site') {
        throw new AppError('CSRF_REJECTED', 'Requête inter-sites refusée.');
      }
      const origin = req.headers.get('origin');
      if (origin && origin !== new URL(req.url).origin && !config.allowedOrigins.includes(origin)) {
        throw new AppError('CSRF_REJECTED', 'Origine de la requête non autorisée.');
      }
      const sent = req.headers.get(CSRF_HEADER);
      if (!sent || !isSameToken(sent, auth.session.csrfToken)) {
        throw new AppError('CSRF_REJECTED', `En-tête ${CSRF_HEADER} absent ou invalide.`);
      }
    }
    const forwarded = config.behindHttpsProxy
      ? req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    const actor: Actor = { user: auth.user, ip: forwarded || req.ip || null };
    actors.set(req, actor);
    return actor;
  }

  function planOf(upload: Upload): VaultUploadPlan {
    const m = upload.metadata ?? {};
    return {
      dealId: m.dealId ?? '',
      filename: m.filename ?? '',
      documentId: m.documentId || null,
      requestId: m.requestId || null,
      visibility: m.visibility === 'internal' ? 'internal' : 'all',
      userId: m.userId ?? '',
    };
  }

  async function removeUpload(id: string): Promise<void> {
    await fsp.rm(path.join(directory, id), { force: true });
    await datastore.configstore.delete(id).catch(() => undefined);
  }

  const tus = new Server({
    path: VAULT_UPLOADS_PATH,
    datastore,
    maxSize: LIMITS.vaultMaxFileBytes,
    relativeLocation: true,
    respectForwardedHeaders: config.behindHttpsProxy,
    allowedOrigins: config.allowedOrigins,
    allowedCredentials: true,
    allowedHeaders: [CSRF_HEADER],
    exposedHeaders: [VAULT_DOCUMENT_HEADER],
    // Never derived from the client's metadata.
    namingFunction: () => randomBytes(16).toString('hex'),
    async onIncomingRequest(req, uploadId) {
      const actor = await authenticate(req);
      if (req.method === 'POST') return;
      if (!UPLOAD_ID.test(uploadId))
        throw toTusError(new AppError('NOT_FOUND', 'Téléversement introuvable.'));
      const upload = await datastore.getUpload(uploadId);
      // Someone else's upload is answered like a missing one.
      if (upload.metadata?.userId !== actor.user.id) {
        throw toTusError(new AppError('NOT_FOUND', 'Téléversement introuvable.'));
      }
    },
    async onUploadCreate(req, upload) {
      const actor = actors.get(req) ?? (await authenticate(req));
      const m = upload.metadata ?? {};
      const plan = await authorizeVaultUpload(deps, actor, {
        dealId: m.dealId,
        filename: m.filename,
        documentId: m.documentId,
        requestId: m.requestId,
        visibility: m.visibility,
        size: upload.size,
      });
      // The stored metadata is ours: only the checked fields, and the owner.
      return {
        metadata: {
          dealId: plan.dealId,
          filename: plan.filename,
          documentId: plan.documentId ?? '',
          requestId: plan.requestId ?? '',
          visibility: plan.visibility,
          userId: plan.userId,
        },
      };
    },
    async onUploadFinish(req, upload) {
      const actor = actors.get(req) ?? (await authenticate(req));
      try {
        const stored = await storeVaultUpload(deps, actor, {
          uploadId: upload.id,
          filePath: path.join(directory, upload.id),
          size: upload.size ?? upload.offset,
          plan: planOf(upload),
        });
        await removeUpload(upload.id);
        hooks.onStored?.();
        return { headers: { [VAULT_DOCUMENT_HEADER]: stored.view.document.id } };
      } catch (error) {
        // A refused or failed file leaves nothing behind.
        await removeUpload(upload.id);
        throw error;
      }
    },
    onResponseError(_req, error) {
      if (error instanceof AppError) return toTusError(error);
      if ('status_code' in error && typeof error.status_code === 'number') {
        const code = codeForStatus(error.status_code);
        const message = String(error.body ?? '').trim() || code;
        return { status_code: error.status_code, body: JSON.stringify({ error: { code, message } }) };
      }
      deps.logger.error({ err: error }, 'vault upload failed');
      return toTusError(new AppError('INTERNAL', 'Erreur interne pendant le téléversement.'));
    },
  });

  return {
    matches(req) {
      const pathname = (req.url ?? '').split('?')[0] ?? '';
      if (!TUS_METHODS.has(req.method ?? '')) return false;
      if (pathname === VAULT_UPLOADS_PATH) return true;
      return (
        pathname.startsWith(`${VAULT_UPLOADS_PATH}/`) &&
        !pathname.slice(VAULT_UPLOADS_PATH.length + 1).includes('/')
      );
    },
    async handle(req, res) {
      // The tus hooks run inside this call: give them the uploader's tenant (row-level security).
      const token = parseCookies(req.headers.cookie ?? '', SESSION_COOKIE)[SESSION_COOKIE];
      const auth = token ? await resolveSession(deps, token) : undefined;
      await runInTenantScope(auth ? { kind: 'org', orgId: auth.user.orgId } : { kind: 'anonymous' }, () =>
        tus.handle(req, res),
      );
    },
    cleanUpExpired: () => tus.cleanUpExpiredUploads(),
  };
}
