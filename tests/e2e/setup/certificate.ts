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

/** Every name the imitation answers for (the lesson site and YouTube's thumbnails too). */
export const CERTIFICATE_NAMES = ['www.youtube.com', 'm.youtube.com', 'youtube.com', 'www.3blue1brown.com', 'img.youtube.com'];

/** A cached certificate made before a name was added is made again. */
function coversAllNames(certPath: string): boolean {
  const names = new X509Certificate(readFileSync(certPath, 'utf8')).subjectAltName ?? '';
  return CERTIFICATE_NAMES.every((name) => names.split(', ').includes(`DNS:${name}`));
}

export function ensureCertificate(dir: string): Certificate {
  const keyPath = join(dir, 'youtube-key.pem');
  const certPath = join(dir, 'youtube-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath) || !coversAllNames(certPath)) {
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed, so a run interrupted half-way never leaves a broken pair.
    const tmpKey = `${keyPath}.${process.pid}.tmp`;
    const tmpCert = `${certPath}.${process.pid}.tmp`;
    run(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256', '-days', '3650',
        '-subj', '/CN=www.youtube.com', '-addext', `subjectAltName=${CERTIFICATE_NAMES.map((name) => `DNS:${name}`).join(',')}`,
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
