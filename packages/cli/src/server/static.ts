import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The web view's folder (`packages/cli/web`), from `src/server` or `dist/server` alike. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Browser bundles of npm packages that ship no browser ESM (sigma's ESM
 * imports `events` and graphology-utils by bare name): built by
 * `scripts/bundle-web.mjs` during `pnpm build`. Only these names are served.
 */
export const VENDOR_FILES: Readonly<Record<string, string>> = Object.freeze({
  'graph.js': fileURLToPath(new URL('../../dist/web-vendor/graph.js', import.meta.url)),
});

/** A static file to send, or why not. */
export type StaticResult =
  | { ok: true; body: Uint8Array; type: string }
  | { ok: false; status: 400 | 403 | 404; message: string };

/**
 * Resolve a URL path inside `root` and read the file. The path is
 * percent-decoded once, then resolved; anything that lands outside `root`
 * (`..`, `%2e%2e`, encoded slashes, absolute paths, symlinks pointing out) is
 * refused with 403, a NUL or bad escape with 400. `/` and folders serve
 * their `index.html`.
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400, message: 'Bad percent-encoding in the path.' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, message: 'NUL in the path.' };
  const base = resolve(root);
  let target = resolve(base, `.${sep}${decoded.replaceAll('\\', '/')}`);
  if (!inside(base, target)) return { ok: false, status: 403, message: 'Forbidden: the path leaves the web folder.' };
  try {
    if ((await stat(target)).isDirectory()) target = join(target, 'index.html');
    const real = await realpath(target);
    if (!inside(await realpath(base), real)) {
      return { ok: false, status: 403, message: 'Forbidden: the path leaves the web folder.' };
    }
    return {
      ok: true,
      body: await readFile(real),
      type: TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return { ok: false, status: 404, message: `Not found: ${urlPath}` };
  }
}

function inside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
