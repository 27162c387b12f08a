// Bundles the explorer page into the jar's static folder (the Maven build runs it with the
// machine's node; no internet needed at run time). Usage: node build.mjs <output folder>
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? '../target/classes/static');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2020'],
  outfile: `${out}/explorer.js`,
  legalComments: 'linked',
  logLevel: 'warning',
});
cpSync('src/index.html', `${out}/index.html`);
cpSync('src/explorer.css', `${out}/explorer.css`);
console.log(`explorer built into ${out}`);
