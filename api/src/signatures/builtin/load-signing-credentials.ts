import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

export interface SigningCredentials {
  /** PKCS#12 bytes holding the sealing key and its certificate. */
  p12: Buffer;
  passphrase: string;
}

export interface SigningCredentialsSource {
  /** Given by configuration (`DEEDROOM_SIGNING_P12`, `DEEDROOM_SIGNING_P12_PASSWORD`). */
  p12Path: string | undefined;
  p12Password: string | undefined;
  /** Where the generated one lives otherwise: `<dataDir>/signing/`. */
  dataDir: string;
}

const P12_FILE = 'seal.p12';
const PASSPHRASE_FILE = 'seal.p12.passphrase';

/**
 * The installation's sealing certificate: the one configuration names, or one generated the
 * first time into `<dataDir>/signing/` (self-signed RSA 3072, ten years) with a random passphrase
 * kept beside it, both readable by the server's user only.
 */
export function loadSigningCredentials(source: SigningCredentialsSource): SigningCredentials {
  if (source.p12Path) {
    return { p12: fs.readFileSync(source.p12Path), passphrase: source.p12Password ?? '' };
  }
  const dir = path.join(source.dataDir, 'signing');
  const p12Path = path.join(dir, P12_FILE);
  const passphrasePath = path.join(dir, PASSPHRASE_FILE);
  if (fs.existsSync(p12Path) && fs.existsSync(passphrasePath)) {
    return { p12: fs.readFileSync(p12Path), passphrase: fs.readFileSync(passphrasePath, 'utf8').trim() };
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const passphrase = randomBytes(32).toString('hex');
  const p12 = generateSelfSignedP12(passphrase);
  // The passphrase first, then the key store: a crash in between leaves no key without its secret.
  fs.writeFileSync(passphrasePath, `${passphrase}\n`, { mode: 0o600 });
  fs.writeFileSync(p12Path, p12, { mode: 0o600 });
  fs.chmodSync(passphrasePath, 0o600);
  fs.chmodSync(p12Path, 0o600);
  return { p12, passphrase };
}

/** A self-signed sealing certificate in a PKCS#12 (AES-256, SHA-1 MAC: what pkijs reads). */
export function generateSelfSignedP12(passphrase: string, commonName = 'Deedroom seal'): Buffer {
  // Node's native key generation: node-forge's pure-JS one takes seconds for 3072 bits.
  const pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const privateKey = forge.pki.privateKeyFromPem(
    pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const publicKey = forge.pki.publicKeyFromPem(
    pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: a leading 0x01 byte then 15 random ones.
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  // ASCII only: node-forge's encoding of other characters breaks the PKCS#12 for pkijs.
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Deedroom' },
    { name: 'countryName', value: 'FR' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], passphrase, { algorithm: 'aes256' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
