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

// GraphiQL, next to the static folder (served at /graphiql only where it is enabled: not in prod).
const graphiql = resolve(out, '../graphiql');
mkdirSync(graphiql, { recursive: true });
await build({
  entryPoints: ['src/graphiql.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outfile: `${graphiql}/graphiql.js`,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'error',
});
cpSync('node_modules/graphiql/graphiql.min.css', `${graphiql}/graphiql.css`);
cpSync('src/graphiql.html', `${graphiql}/index.html`);
console.log(`explorer built into ${out}`);
