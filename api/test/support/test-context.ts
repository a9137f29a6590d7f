import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCollabServer, createInProcessBus } from '@deedroom/collab-server';
import { type AccessEvent, CSRF_HEADER, type DeedSignal, SESSION_COOKIE } from '@deedroom/shared';
import type { Clock } from '../../src/clock';
import { createCollabAuthority } from '../../src/collab/create-collab-authority';
import { createContentGuard } from '../../src/collab/create-content-guard';
import { createDeedContentForwarder } from '../../src/collab/forward-deed-content';
import type { Config } from '../../src/config';
import { createPdfRenderer } from '../../src/export/create-pdf-renderer';
import { createApp } from '../../src/http/create-app';
import { createLogger } from '../../src/logger';
import { login } from '../../src/services/auth/login';
import { seedDemo } from '../../src/services/demo/seed-demo';
import type { ServiceDeps } from '../../src/services/deps';
import { createSignatureProvider } from '../../src/signatures/create-signature-provider';
import type { SignatureProvider } from '../../src/signatures/signature-provider';
import { createStores } from '../../src/store/create-stores';
import { createBlobStore } from '../../src/vault/create-blob-store';
import { createTestPostgresDatabase } from './postgres-test-database';

export const DEMO_PASSWORD = 'correct-horse-battery-staple';

/** A clock the test moves by hand. */
export function createManualClock(
  start = new Date('2026-11-27T09:00:00Z'),
): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

export interface Caller {
  cookie: string;
  csrfToken: string;
}

export interface RequestOptions {
  as?: Caller;
  body?: unknown;
  /** Raw body text, sent as is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave the CSRF header out even when logged in. */
  omitCsrf?: boolean;
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

/**
 * A real app on a real database (SQLite in a temp folder, or a PostgreSQL database of its own),
 * seeded with the demo world.
 */
export async function createTestContext(
  options: {
    seed?: boolean;
    /** Another signature set-up than the built-in provider (DocuSign against its fake). */
    signatures?: { config: Config['signatures']; provider: SignatureProvider };
    /** The store under test; by default DEEDROOM_TEST_STORE's (SQLite unless it says postgres). */
    store?: 'sqlite' | 'postgres';
  } = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-test-'));
  const clock = createManualClock();
  // DEEDROOM_TEST_STORE=postgres runs the same tests on a fresh PostgreSQL database of their own.
  const store = options.store ?? (process.env.DEEDROOM_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite');
  const database = store === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const stores = await createStores({ dataDir, databaseUrl: database?.url });
  const accessEvents: AccessEvent[] = [];
  const deedSignals: DeedSignal[] = [];
  const deedContent = createDeedContentForwarder();
  const blobs = createBlobStore({ dataDir });
  const signatureConfig: Config['signatures'] = options.signatures?.config ?? {
    provider: 'builtin',
    signingP12Path: undefined,
    signingP12Password: undefined,
  };
  const deps: ServiceDeps = {
    stores,
    clock,
    logger: createLogger('silent'),
    accessEvents: { publish: (event) => accessEvents.push(event) },
    deedSignals: { publish: (signal) => deedSignals.push(signal) },
    collabSecret: Buffer.from('test-secret-for-collaboration-tokens'),
    deedContent,
    blobs,
    pdf: createPdfRenderer(),
    signatureProvider:
      options.signatures?.provider ??
      createSignatureProvider(
        { dataDir, signatures: signatureConfig },
        { stores, clock, blobs, logger: createLogger('silent'), publicUrl: undefined },
      ),
  };
  // A real collaboration server on the same stores (no sockets): versions, restore and lock go
  // through its rooms and group committer exactly as in production.
  const collabBus = createInProcessBus();
  const collab = createCollabServer({
    authority: createCollabAuthority(deps),
    contentGuard: createContentGuard(),
    log: stores.deedUpdates,
    bus: collabBus,
    logger: createLogger('silent'),
  });
  deedContent.bind(collab.content);
  if (options.seed !== false) await seedDemo(deps, DEMO_PASSWORD);
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demoPassword: DEMO_PASSWORD,
    seedDemo: false,
    allowedOrigins: [],
    behindHttpsProxy: false,
    editorDist: path.join(dataDir, 'no-editor'),
    logLevel: 'silent',
    secret: undefined,
    collab: { compactAfterUpdates: 500, idleUnloadMs: 30_000 },
    publicUrl: undefined,
    reminders: {
      smtpUrl: undefined,
      mailFrom: 'Deedroom <echeances@deedroom.test>',
      intervalMs: 60_000,
      digestHour: 7,
    },
    signatures: signatureConfig,
    database: { url: database?.url, appRole: 'deedroom_app', poolSize: 10 },
    redis: { url: undefined, prefix: 'deedroom:' },
    metricsToken: undefined,
  };
  const app = createApp({ deps, config });

  async function request(method: string, urlPath: string, opts: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.as) {
      headers.cookie = opts.as.cookie;
      if (!opts.omitCsrf && method !== 'GET') headers[CSRF_HEADER] = opts.as.csrfToken;
    }
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    return app.request(`http://deedroom.test${urlPath}`, { method, headers, body });
  }

  /** Opens a session through the login service (no HTTP, so no per-address rate limit). */
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<Caller> {
    const result = await login(deps, { email, password }, null);
    return { cookie: `${SESSION_COOKIE}=${result.token}`, csrfToken: result.session.csrfToken };
  }

  async function close(): Promise<void> {
    try {
      await deps.pdf.release();
      await collab.close();
      await collabBus.close();
      await stores.close();
    } finally {
      // Even after a failed close, no database or folder is left behind.
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  return {
    app,
    deps,
    stores,
    clock,
    config,
    dataDir,
    accessEvents,
    deedSignals,
    collab,
    request,
    signIn,
    close,
  };
}

/** The body of an error response, typed. */
export async function readError(
  res: Response,
): Promise<{ code: string; message: string; details?: unknown }> {
  const body = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
  return body.error;
}

/** The id of a demo deal, by programme name, as seen by someone staffed on it. */
export async function findDealId(ctx: TestContext, caller: Caller, name: string): Promise<string> {
  const res = await ctx.request('GET', '/api/deals', { as: caller });
  const { deals } = (await res.json()) as { deals: Array<{ id: string; name: string }> };
  const deal = deals.find((d) => d.name === name);
  if (!deal) throw new Error(`deal ${name} not visible`);
  return deal.id;
}

/** The id of a demo deal's deed of `kind` (the credit agreement by default), as `caller` sees it. */
export async function findDeedId(
  ctx: TestContext,
  caller: Caller,
  dealName: string,
  kind = 'convention_credit',
): Promise<string> {
  const dealId = await findDealId(ctx, caller, dealName);
  const res = await ctx.request('GET', `/api/deals/${dealId}/deeds`, { as: caller });
  const { deeds } = (await res.json()) as { deeds: Array<{ id: string; kind: string }> };
  const deed = deeds.find((d) => d.kind === kind);
  if (!deed) throw new Error(`no ${kind} deed in ${dealName}`);
  return deed.id;
}
