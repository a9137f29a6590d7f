import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/** An RSA key pair in PEM, e.g. the integration key's JWT signing key. */
export interface RsaKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function createRsaKeyPair(): RsaKeyPair {
  // Node's native generator: node-forge's pure-JS one takes seconds for 2048 bits.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** A self-signed TLS certificate for 127.0.0.1 / localhost, valid one day. */
export function createLoopbackTlsCertificate(): { certPem: string; keyPem: string } {
  const keys = createRsaKeyPair();
  const privateKey = forge.pki.privateKeyFromPem(keys.privateKeyPem);
  const publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const subject = [{ name: 'commonName', value: 'fake-docusign.test' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}
