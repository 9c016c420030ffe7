// The npm package as a user gets it: `npm pack` the Node build, install the tarball in an
// empty folder, require it and annotate; then check real results against the package's
// TypeScript declarations with `tsc --strict`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

for (const target of ['node', 'web', 'bundler']) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'pkg', target, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'newsmark');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.ok(pkg.types && pkg.files.includes(pkg.types), `${target}: types ${pkg.types}`);
  assert.ok(pkg.files.some((f) => f.endsWith('.wasm')), `${target}: the wasm ships`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-npm-'));
const tgz = run('npm', ['pack', path.join(repo, 'pkg/node'), '--pack-destination', tmp], repo).trim().split('\n').pop();
run('npm', ['init', '-y'], tmp);
run('npm', ['install', '--no-audit', '--no-fund', path.join(tmp, tgz)], tmp);
const script = `
const { annotate } = require('newsmark');
const text = 'Bakan Ayşe Kaya, İstanbul\\'da "Hazırız" dedi. 😀 Toplantı yarın Ankara\\'da yapılacak.';
const r = annotate(text, {});
const ist = r.entities.find((e) => e.text === 'İstanbul');
if (!ist || text.slice(ist.start, ist.end) !== 'İstanbul') throw new Error('offsets');
try { annotate('x', { lang: 'xx' }); throw new Error('no error'); } catch (e) { if (!(e instanceof Error) || !/xx/.test(e.message)) throw e; }
console.log(JSON.stringify(r));
`;
const out = run('node', ['-e', script], tmp);
const result = JSON.parse(out);
assert.equal(result.quotes[0].speaker, 'Ayşe Kaya');
assert.equal(result.quotes[0].speaker_name, 'Ayşe Kaya');
console.log(`ok   npm pack + install in a clean folder (${tgz}) and require('newsmark')`);

// Types: real results of both samples as literals typed with the package's declarations.
const samples = ['tr', 'en'].map((n) => fs.readFileSync(path.join(repo, 'www/samples', `${n}.txt`), 'utf8'));
const results = samples.map((t) => JSON.parse(run('node', ['-e', `process.stdout.write(JSON.stringify(require('newsmark').annotate(${JSON.stringify(t)}, {offsets: 'utf16'})))`], tmp)));
const ts = path.join(tmp, 'check.ts');
fs.writeFileSync(ts, `import type { Annotations, AnnotateOptions } from 'newsmark';
const options: AnnotateOptions = { lang: 'tr', offsets: 'utf16' };
${results.map((r, i) => `export const r${i}: Annotations = ${JSON.stringify(r)};`).join('\n')}
export { options };
`);
run(process.execPath, [path.join(here, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--moduleResolution', 'node', '--module', 'commonjs', '--target', 'es2020', ts], tmp);
// And the check can fail: a wrong label is rejected.
fs.writeFileSync(ts, `import type { Annotations } from 'newsmark';
export const bad: Annotations = { ...${JSON.stringify(results[0])}, entities: [{ start: 0, end: 1, text: 'x', label: 'PERSON', cluster: 0 }] };
`);
let rejected = false;
try { run(process.execPath, [path.join(here, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--moduleResolution', 'node', '--module', 'commonjs', ts], tmp); } catch { rejected = true; }
assert.ok(rejected, 'tsc must reject a label outside the contract');
console.log('ok   real results type-check against the package declarations (and a wrong one does not)');
fs.rmSync(tmp, { recursive: true, force: true });
