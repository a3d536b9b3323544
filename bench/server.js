// The benchmarks' server: tools/static-server.js (in-process, free port) serving apps/embed/dist as
// the site root plus in-memory pages, as a municipality's web server or a CDN would serve them:
// compressed (brotli, else gzip; the build's precompressed copies when they are there), with
// ETags and cache headers (pages and data revalidated, the bundle and stylesheets kept an hour).
import { embedDist, repoRoot, startStaticServer } from '../tools/static-server.js';

export { embedDist, repoRoot };

/** Starts the server with compression and caching on; resolves to `{ url, requests, close() }`. */
export const startServer = (options = {}) =>
  startStaticServer({ compress: true, caching: true, ...options });

/** JSON as Prettier writes it (the repository's format), or plain JSON.stringify without it. */
export const formatJson = async (value) => {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    return await prettier.format(text, { parser: 'json' });
  } catch {
    return text;
  }
};
