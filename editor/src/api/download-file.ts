import { ApiError } from './api-error';
import { readErrorPayload } from './client';

/**
 * Fetches a file the API prepares (a PDF or Word export) and hands it to the browser as a
 * download, named as the server's Content-Disposition says; rejects with the API's error.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', 'Le serveur est injoignable.');
  });
  if (!response.ok) throw readErrorPayload(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
