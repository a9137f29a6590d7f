import { request } from 'node:http';

export interface JsonResponse {
  status: number;
  setCookies: string[];
  body: unknown;
}

/**
 * POSTs JSON over node:http (not fetch) so that a request can leave from a chosen loopback
 * address (`localAddress`), as logins from several lawyers' machines would.
 */
export function postJson(
  url: string,
  body: unknown,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<JsonResponse> {
  const payload = Buffer.from(JSON.stringify(body ?? {}));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: options.localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, setCookies: res.headers['set-cookie'] ?? [], body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
