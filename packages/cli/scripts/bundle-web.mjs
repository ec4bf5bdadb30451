// Bundle the web view's npm dependencies (sigma, graphology, ForceAtlas2) into
// one browser ES module, dist/web-vendor/graph.js, served by `kg serve` at
// /vendor/graph.js. sigma's ESM build imports `events` and graphology-utils by
// bare name, and FA2 is CommonJS, so browsers cannot load them as they ship.
// Runs during `pnpm build`; uses the esbuild that vite brings (no new dependency).
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const outfile = join(pkg, 'dist', 'web-vendor', 'graph.js');

let esbuild;
try {
  const fromRoot = createRequire(join(pkg, '..', '..', 'package.json'));
  esbuild = await import(createRequire(fromRoot.resolve('vite')).resolve('esbuild'));
} catch (error) {
  console.error(`bundle-web: esbuild (via vite) not found, web graph explorer not bundled: ${error.message}`);
  process.exit(0);
}
await mkdir(dirname(outfile), { recursive: true });
await esbuild.build({
  stdin: {
    contents: `export { default as Sigma } from 'sigma';
export { default as Graph } from 'graphology';
export { default as forceAtlas2 } from 'graphology-layout-forceatlas2';`,
    resolveDir: pkg,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  outfile,
  logLevel: 'warning',
});
console.error(`bundle-web: wrote ${outfile}`);
