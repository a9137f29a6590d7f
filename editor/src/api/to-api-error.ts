import { ApiError } from './api-error';

/** Normalises anything a request may throw into an {@link ApiError}, so the UI handles one type. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNEXPECTED_RESPONSE', error instanceof Error ? error.message : String(error));
}
