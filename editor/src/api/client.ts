import { CSRF_HEADER, isErrorBody } from '@deedroom/shared';
import { ApiError } from './api-error';

/** What the client needs of a response schema: the shared zod schemas fit it structurally. */
export interface ResponseSchema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

type SafeMethod = 'GET';
type UnsafeMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface SafeRequest {
  method?: SafeMethod;
  signal?: AbortSignal;
}

interface UnsafeRequest {
  method: UnsafeMethod;
  /** JSON body; an empty object is sent when omitted so the server always sees valid JSON. */
  body?: unknown;
  /** The session's CSRF token; absent only for the login call, made before any session exists. */
  csrfToken: string | null;
  signal?: AbortSignal;
}

export type ApiRequest = SafeRequest | UnsafeRequest;

/**
 * Calls the Deedroom API on the same origin and validates the answer with `schema`.
 * Rejects with an {@link ApiError} for error bodies, network failures and malformed answers.
 */
export async function requestJson<T>(
  path: string,
  schema: ResponseSchema<T>,
  request: ApiRequest = {},
): Promise<T> {
  const response = await sendRequest(path, request);
  const payload = await readJson(response);

  if (!response.ok) throw readErrorPayload(response.status, payload);

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'UNEXPECTED_RESPONSE',
      'Réponse inattendue du serveur.',
      parsed.error.issues,
    );
  }
  return parsed.data;
}

async function sendRequest(path: string, request: ApiRequest): Promise<Response> {
  const headers = new Headers({ accept: 'application/json' });
  const init: RequestInit = { method: request.method ?? 'GET', credentials: 'same-origin', headers };
  if (request.signal) init.signal = request.signal;

  if (isUnsafe(request)) {
    headers.set('content-type', 'application/json');
    if (request.csrfToken) headers.set(CSRF_HEADER, request.csrfToken);
    init.body = JSON.stringify(request.body ?? {});
  }

  try {
    return await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Le serveur est injoignable.');
  }
}

function isUnsafe(request: ApiRequest): request is UnsafeRequest {
  return request.method !== undefined && request.method !== 'GET';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The typed error of a non-2xx answer; proxies and crashes may answer without an error body. */
/** The API's `{ error: { code, message } }` body as an {@link ApiError}, or a generic one. */
export function readErrorPayload(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'UNEXPECTED_RESPONSE', `Erreur HTTP ${status}.`);
}
