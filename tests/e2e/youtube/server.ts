/**
 * The imitation of www.youtube.com: an HTTPS server on 127.0.0.1 (a free port) that Chromium reaches under
 * YouTube's real name through --host-resolver-rules. It serves the app's pages (each with its own CSP nonce),
 * the page script (bundled from client/ at start), its JSON for single-page navigation, and media with Range.
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Certificate } from '../setup/certificate';
import type { MediaSet } from '../setup/media';
import { pageDataFor } from './routes';
import { APP_SCRIPT, APP_STYLES, contentSecurityPolicy, newNonce, renderShell } from './shell';
import { sendMedia } from './send-media';
import { isVideoId, videoById } from './videos';
import { isMobileHost, MOBILE_APP_SCRIPT, MOBILE_APP_STYLES, mobileAssets, renderMobileShell } from './mobile/shell';
import { lessonSitePage, SITE_HOST, SITE_SCRIPT, thumbnailSvg } from './lesson-site/pages';
import { EMBED_SCRIPT, embedData, renderEmbed } from './lesson-site/embed';

export interface Imitation {
  port: number;
  /** Every full page load the server answered (path and query), in order: SPA navigation adds none. */
  documentRequests: string[];
  close(): Promise<void>;
}

const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'client');

/** The page script: one classic script, like YouTube's, so it runs in order with ytInitialData before it. */
function bundleClient(entry = join(CLIENT_DIR, 'main.ts')): string {
  const result = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', target: 'chrome120', write: false });
  const file = result.outputFiles[0];
  if (!file) throw new Error('imitation: the page script did not bundle');
  return file.text;
}

export async function startImitation(options: { certificate: Certificate; media: MediaSet }): Promise<Imitation> {
  const script = bundleClient();
  const lessonSiteDir = join(dirname(fileURLToPath(import.meta.url)), 'lesson-site');
  const siteScript = bundleClient(join(lessonSiteDir, 'client.ts'));
  const embedScript = bundleClient(join(lessonSiteDir, 'embed-client.ts'));
  const styles = readFileSync(join(CLIENT_DIR, 'app.css'), 'utf8');
  const documentRequests: string[] = [];
  // m.youtube.com (YouTube's phone site) is another app on the same data: see mobile/.
  const mobile = mobileAssets();

  const server: Server = createServer({ key: options.certificate.key, cert: options.certificate.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://www.youtube.com');
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // www.3blue1brown.com's lesson pages, and the thumbnails img.youtube.com serves them (lesson-site/).
    if (host === SITE_HOST) {
      if (url.pathname === SITE_SCRIPT) return send(200, 'text/javascript; charset=utf-8', siteScript);
      const html = lessonSitePage(url.pathname);
      documentRequests.push(`https://${SITE_HOST}${url.pathname}${url.search}`);
      return send(html ? 200 : 404, 'text/html; charset=utf-8', html ?? '<!DOCTYPE html><title>Not found</title><p>Not found</p>');
    }
    if (host === 'img.youtube.com') {
      const id = /^\/vi\/([A-Za-z0-9_-]{11})\//.exec(url.pathname)?.[1];
      return id ? send(200, 'image/svg+xml', thumbnailSvg(id)) : send(404, 'text/plain', 'no such image');
    }
    if (url.pathname === EMBED_SCRIPT) return send(200, 'text/javascript; charset=utf-8', embedScript);
    if (url.pathname.startsWith('/embed/')) {
      const embed = embedData(url);
      documentRequests.push(url.pathname + url.search);
      const nonce = newNonce();
      if (!embed) return send(404, 'text/plain', 'no such video');
      return send(200, 'text/html; charset=utf-8', renderEmbed(embed, nonce), { 'Content-Security-Policy': contentSecurityPolicy(nonce) });
    }
    if (url.pathname === APP_SCRIPT) return send(200, 'text/javascript; charset=utf-8', script);
    if (url.pathname === APP_STYLES) return send(200, 'text/css; charset=utf-8', styles);
    if (url.pathname === MOBILE_APP_SCRIPT) return send(200, 'text/javascript; charset=utf-8', mobile.script);
    if (url.pathname === MOBILE_APP_STYLES) return send(200, 'text/css; charset=utf-8', mobile.styles);
    if (url.pathname === '/youtubei/v1/navigate') {
      const data = pageDataFor(new URL(url.searchParams.get('url') ?? '/', url));
      return send(data ? 200 : 404, 'application/json', JSON.stringify(data));
    }
    if (url.pathname === '/videoplayback') {
      const id = url.searchParams.get('v');
      const lesson = isVideoId(id) ? videoById(id).durationSeconds : undefined;
      const stitched = Number(url.searchParams.get('stitched'));
      const path = url.searchParams.has('ad')
        ? options.media.ad
        : lesson !== undefined && stitched > 0
          ? options.media.stitched(stitched, lesson)
          : lesson !== undefined ? options.media.main.get(lesson) : undefined;
      if (!path) return send(404, 'text/plain', 'no such media');
      return sendMedia(req, res, path, 'video/webm');
    }
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    const data = pageDataFor(url);
    documentRequests.push(url.pathname + url.search);
    const nonce = newNonce();
    const html = isMobileHost(req.headers.host) ? renderMobileShell(data, nonce) : renderShell(data, nonce);
    send(data ? 200 : 404, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': contentSecurityPolicy(nonce) });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    documentRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
