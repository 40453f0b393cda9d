// Prints the gzipped size of the JavaScript the first page loads, and fails above the budget.
//
//   npm run size                 reads dist/ (run `npm run build` first)
//   npm run size -- dist-e2e     another build folder
//
// "The first page" is what a person signing in lands on: the entry chunk of index.html and every
// chunk it imports statically, plus the lazily loaded page of /collaboratives (the landing route)
// and its static imports. It comes from Vite's build manifest (dist/.vite/manifest.json), so it
// is exactly what the browser fetches before the page shows; other pages load their own chunks
// later. Sizes are gzip level 9 of the built files, as a server would send them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const LANDING_ROUTE = 'src/app/routes/collaboratives/list.tsx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, process.argv[2] ?? 'dist');
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`size: ${manifestFile} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) {
  console.error('size: the manifest names no entry chunk.');
  process.exit(1);
}
collect(entry);
if (!manifest[LANDING_ROUTE]) {
  console.error(`size: the manifest has no chunk for ${LANDING_ROUTE} (the landing page); update scripts/size.mjs.`);
  process.exit(1);
}
collect(LANDING_ROUTE);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
const rows = [...files]
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const bytes = readFileSync(join(dist, f));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    return { f, raw: bytes.length, gz };
  })
  .sort((a, b) => b.gz - a.gz);

for (const r of rows) console.log(`  ${kb(r.gz).padStart(9)} gzip  ${kb(r.raw).padStart(9)} raw  ${r.f}`);
const verdict = total <= BUDGET ? 'within' : 'OVER';
console.log(`size: first page JavaScript ${kb(total)} gzipped (${rows.length} files), ${verdict} the budget of ${kb(BUDGET)}`);
process.exit(total <= BUDGET ? 0 : 1);
