import { CSRF_HEADER, SESSION_COOKIE } from '@deedroom/shared';
import type { ProvisionedWorld } from '../ipc/server-messages';
import { postJson } from './post-json';

/** The API allows 20 logins per minute per client address: spread users over loopback addresses. */
const LOGINS_PER_ADDRESS = 15;
const TOKEN_CONCURRENCY = 8;

interface Session {
  cookie: string;
  csrfToken: string;
}

async function login(baseUrl: string, email: string, password: string, index: number): Promise<Session> {
  const res = await postJson(
    `${baseUrl}/api/auth/login`,
    { email, password },
    { localAddress: `127.0.0.${1 + Math.floor(index / LOGINS_PER_ADDRESS)}` },
  );
  const cookie = res.setCookies
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const csrfToken = (res.body as { csrfToken?: unknown }).csrfToken;
  if (res.status !== 200 || !cookie || typeof csrfToken !== 'string') {
    throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { cookie, csrfToken };
}

/**
 * The honest path a browser takes: log in once per user (POST /api/auth/login), then ask for a
 * collaboration token per deed and client (POST /api/deeds/:id/collab-token with the CSRF header).
 * Returns tokens[deedIndex][clientIndex]; client c acts as user c modulo the user count.
 */
export async function fetchCollabTokens(
  baseUrl: string,
  world: ProvisionedWorld,
  clientsPerDeed: number,
): Promise<string[][]> {
  const sessions: Session[] = [];
  for (const [i, user] of world.users.entries())
    sessions.push(await login(baseUrl, user.email, user.password, i));

  const jobs = world.deedIds.flatMap((deedId, d) =>
    Array.from({ length: clientsPerDeed }, (_, c) => ({ deedId, d, c })),
  );
  const tokens: string[][] = world.deedIds.map(() => []);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const job = jobs[next++];
      if (!job) return;
      const session = sessions[job.c % sessions.length];
      if (!session) throw new Error('no session');
      const res = await postJson(`${baseUrl}/api/deeds/${job.deedId}/collab-token`, undefined, {
        headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrfToken },
      });
      const token = (res.body as { token?: unknown }).token;
      if (res.status !== 200 || typeof token !== 'string') {
        throw new Error(`collab-token for ${job.deedId} failed: ${res.status} ${JSON.stringify(res.body)}`);
      }
      const row = tokens[job.d];
      if (row) row[job.c] = token;
    }
  };
  await Promise.all(Array.from({ length: TOKEN_CONCURRENCY }, worker));
  return tokens;
}
