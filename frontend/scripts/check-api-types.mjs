// Fails when src/lib/api/schema.d.ts is not what `npm run gen:api` makes from ../openapi.yaml.
// Plain Node (no shell), so it runs the same on every OS and in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const shown = (file) => relative(process.cwd(), file) || file;

function fail(message) {
  console.error(`check:api: ${message}`);
  process.exit(1);
}

if (!existsSync(cli)) fail('openapi-typescript is not installed; run `npm ci` first.');
if (!existsSync(spec)) fail(`the contract ${shown(spec)} is missing.`);
if (!existsSync(committed)) {
  fail(`${shown(committed)} is missing; run \`npm run gen:api\` and commit it.`);
}

// Returns a description of the problem, or null when the committed file is current.
function compare(dir) {
  const fresh = join(dir, 'schema.d.ts');
  const run = spawnSync(process.execPath, [cli, spec, '-o', fresh], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(fresh)) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    return `openapi-typescript failed on ${shown(spec)} (exit ${run.status ?? run.signal}).`;
  }

  // Compare line by line, ignoring line-ending differences (CRLF checkouts).
  const want = readFileSync(fresh, 'utf8').split(/\r?\n/);
  const have = readFileSync(committed, 'utf8').split(/\r?\n/);
  const show = (line) => (line === undefined ? '(end of file)' : JSON.stringify(line));
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return [
        `${shown(committed)} is out of date with ${shown(spec)}.`,
        `  first difference at line ${i + 1}:`,
        `    committed: ${show(have[i])}`,
        `    generated: ${show(want[i])}`,
        'Run `npm run gen:api` in frontend/ and commit the result.',
      ].join('\n');
    }
  }
  return null;
}

const dir = mkdtempSync(join(tmpdir(), 'lcp-api-types-'));
let problem;
try {
  problem = compare(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (problem) fail(problem);
console.log(`check:api: ${shown(committed)} matches ${shown(spec)}.`);
