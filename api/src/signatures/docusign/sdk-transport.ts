import https from 'node:https';
import tls from 'node:tls';
import { type SdkAxiosRequestConfig, sdkAxios } from './docusign-sdk';

/**
 * Adjusts the SDK's outgoing requests to DocuSign's hosts (and only those):
 * - the OAuth calls (`requestJWTUserToken`) read their timeout from `ApiClient.prototype.timeout`,
 *   which the SDK never sets, so a hung token endpoint would hang forever: give them `timeoutMs`;
 * - `trustedCertificates` (PEM) are trusted besides Node's roots, for a fake DocuSign in tests or
 *   a TLS-inspecting corporate proxy. The SDK offers no https-agent option and Node reads
 *   `NODE_EXTRA_CA_CERTS` only at start-up, hence this hook on the SDK's own axios.
 *
 * Returns the function that removes the hook.
 */
export function installSdkTransport(options: {
  restBasePath: string;
  oAuthHost: string;
  timeoutMs: number;
  trustedCertificates?: string[];
}): () => void {
  const oAuthOrigin = `https://${options.oAuthHost}`;
  const restPrefix = `${options.restBasePath.replace(/\/+$/, '')}/`;
  const agent =
    options.trustedCertificates && options.trustedCertificates.length > 0
      ? new https.Agent({ ca: [...tls.rootCertificates, ...options.trustedCertificates] })
      : undefined;

  const id = sdkAxios.interceptors.request.use((config: SdkAxiosRequestConfig) => {
    const isOAuth = config.baseURL?.replace(/\/+$/, '') === oAuthOrigin;
    const isRest = config.url?.startsWith(restPrefix) === true;
    if (!isOAuth && !isRest) return config;
    if (!config.timeout) config.timeout = options.timeoutMs;
    if (agent && !config.httpsAgent) config.httpsAgent = agent;
    return config;
  });
  return () => {
    sdkAxios.interceptors.request.eject(id);
    agent?.destroy();
  };
}
