import { CSRF_HEADER } from '@deedroom/shared';

export interface ApiSession {
  baseUrl: string;
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Logs in over real HTTP and keeps the session cookie. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return { baseUrl, cookie, csrfToken: body.csrfToken, userId: body.user.id };
}

export async function callApi<T>(
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${session.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === 'GET' ? {} : { [CSRF_HEADER]: session.csrfToken, 'content-type': 'application/json' }),
    },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function issueCollabToken(session: ApiSession, deedId: string): Promise<string> {
  const { token } = await callApi<{ token: string }>(session, 'POST', `/api/deeds/${deedId}/collab-token`);
  return token;
}

/** The id of the first deed of the deal named `dealName` that `session` can see. */
export async function findDeedId(
  session: ApiSession,
  dealName: string,
  kind = 'convention_credit',
): Promise<string> {
  const { deals } = await callApi<{ deals: Array<{ id: string; name: string }> }>(
    session,
    'GET',
    '/api/deals',
  );
  const deal = deals.find((d) => d.name === dealName);
  if (!deal) throw new Error(`deal ${dealName} not visible`);
  const { deeds } = await callApi<{ deeds: Array<{ id: string; kind: string }> }>(
    session,
    'GET',
    `/api/deals/${deal.id}/deeds`,
  );
  const deed = deeds.find((d) => d.kind === kind);
  if (!deed) throw new Error(`no ${kind} deed in ${dealName}`);
  return deed.id;
}
