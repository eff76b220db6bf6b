// `npm run build`: compiles src/, bots/ and storage/ to JavaScript in dist/ (tsc with
// rewriteRelativeImportExtensions turns `./x.ts` imports into `./x.js`) and copies the
// files the code reads at run time: the local chat page and the programme data.
// `node scripts/build.mjs --out <dir>` builds elsewhere (inside the repository, so that
// node_modules is found from there).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = resolve(root, at > 0 ? process.argv[at + 1] : 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { stdio: 'inherit', cwd: root });
for (const asset of ['bots/local/page.html', 'storage/programmes']) {
  cpSync(join(root, asset), join(out, asset), { recursive: true });
}
console.log(`Built ${out}: run it with \`npm run start:prod\` (node ${join(out === join(root, 'dist') ? 'dist' : out, 'src/main.js')}).`);
