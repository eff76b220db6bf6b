import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run bench`: runs every bench/<area>.bench.ts (each exports `run()`
 * returning named figures), prints one table and writes bench/results/latest.json.
 * `npm run bench -- qa digest` runs only the named areas.
 * Each area runs in its own process, so one area's memory and leftovers do not
 * weigh on the next, and its peak resident memory is its own.
 */
const here = dirname(fileURLToPath(import.meta.url));
type Figures = Record<string, number | string>;

// Child mode: run one area and hand its figures to the parent.
if (process.argv[2] === '--area') {
  const file = process.argv[3]!;
  let message: { figures?: Figures; error?: string };
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<Figures> };
    const figures = await mod.run();
    message = { figures: { ...figures, process_peak_rss_mb: process.resourceUsage().maxRSS / 1024 } };
  } catch (err) {
    message = { error: String((err as Error).message) };
  }
  process.send!(message, () => process.exit(0));
  await new Promise(() => {});
}

function runArea(file: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--area', file], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: { figures?: Figures; error?: string } | undefined;
    child.on('message', (m) => (answer = m as typeof answer));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (answer?.figures) resolve(answer.figures);
      else reject(new Error(answer?.error ?? `bench process exited (${code ?? signal})`));
    });
  });
}

const only = process.argv.slice(2);
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
  .sort();

const rows: { area: string; figure: string; value: number | string }[] = [];
const results: Record<string, Record<string, number | string>> = {};
for (const file of files) {
  const area = file.replace('.bench.ts', '');
  process.stderr.write(`running ${area}…\n`);
  try {
    const figures = await runArea(file);
    results[area] = figures;
    for (const [figure, value] of Object.entries(figures))
      rows.push({ area, figure, value: typeof value === 'number' ? Math.round(value * 100) / 100 : value });
  } catch (err) {
    results[area] = { error: String((err as Error).message) };
    rows.push({ area, figure: 'error', value: String((err as Error).message) });
  }
}

const width = (k: 'area' | 'figure') => Math.max(k.length, ...rows.map((r) => r[k].length));
const [wa, wf] = [width('area'), width('figure')];
console.log(`${'area'.padEnd(wa)}  ${'figure'.padEnd(wf)}  value`);
console.log(`${'-'.repeat(wa)}  ${'-'.repeat(wf)}  ${'-'.repeat(12)}`);
for (const r of rows) console.log(`${r.area.padEnd(wa)}  ${r.figure.padEnd(wf)}  ${r.value}`);

const out = join(here, 'results', 'latest.json');
mkdirSync(dirname(out), { recursive: true });
// Figures depend on the machine and on what else runs on it: say which, and how busy it was.
const host = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAvgAtStart: loadAtStart,
  loadAvgAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
};
console.log(
  `\nnode ${process.version}, ${host.cpus} × ${host.cpu}; load average at start ${host.loadAvgAtStart.join(' ')}, at end ${host.loadAvgAtEnd.join(' ')}`,
);
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, host, results }, null, 2));
console.log(`\nwritten to ${out}`);
process.exit(0);
