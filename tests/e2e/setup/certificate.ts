/**
 * A self-signed certificate for www.youtube.com. youtube.com is HSTS-preloaded, so the imitation must speak
 * HTTPS; Chromium accepts this one certificate (and no other bad one) through
 * --ignore-certificate-errors-spki-list with the hash of its public key.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run';

export interface Certificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as Chromium's flag wants it. */
  spkiHash: string;
}

export function ensureCertificate(dir: string): Certificate {
  const keyPath = join(dir, 'youtube-key.pem');
  const certPath = join(dir, 'youtube-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed, so a run interrupted half-way never leaves a broken pair.
    const tmpKey = `${keyPath}.${process.pid}.tmp`;
    const tmpCert = `${certPath}.${process.pid}.tmp`;
    run(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256', '-days', '3650',
        '-subj', '/CN=www.youtube.com', '-addext', 'subjectAltName=DNS:www.youtube.com,DNS:m.youtube.com,DNS:youtube.com',
        '-keyout', tmpKey, '-out', tmpCert],
      { quiet: true },
    );
    renameSync(tmpKey, keyPath);
    renameSync(tmpCert, certPath);
  }
  const cert = readFileSync(certPath, 'utf8');
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { key: readFileSync(keyPath, 'utf8'), cert, spkiHash: createHash('sha256').update(spki).digest('base64') };
}
