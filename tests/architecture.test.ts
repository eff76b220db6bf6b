import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function violations(dir: string, forbidden: RegExp): string[] {
  return files(dir).flatMap((f) =>
    imports(f)
      .filter((i) => forbidden.test(i))
      .map((i) => `${f} imports ${i}`),
  );
}

describe('the dependency rule of ARCHITECTURE.md', () => {
  it('src/core imports nothing from features, bots, storage, express or any SDK', () => {
    expect(violations('src/core', /features|bots|storage|knowledge|forms|scheduler|^express$|^@larksuiteoapi|^wechaty|^kysely|^sqlite3/)).toEqual([]);
  });

  it('features never import bots', () => {
    expect(violations('src/features', /\/bots\//)).toEqual([]);
  });

  it('bots import core types only, besides their own SDK and express', () => {
    expect(violations('bots', /\/src\/(?!core\/)|\/storage\//)).toEqual([]);
  });

  it('storage imports only kysely, the drivers (sqlite3, pg) and its own files', () => {
    const allowed = /^(kysely|sqlite3|pg|node:.*|\.{1,2}\/.*)$/;
    const bad = files('storage').flatMap((f) =>
      imports(f)
        .filter((i) => !allowed.test(i) || /\/src\//.test(i))
        .map((i) => `${f} imports ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('outside src/features/<x>/, a feature is imported through its index.ts only', () => {
    // Production code only: tests may still reach a feature's parts to test them one by one.
    const bad = ['src', 'bots', 'storage', 'bench'].flatMap(files).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => normalize(join(dirname(f), i)))
        .filter((target) => {
          const m = /^src\/features\/([a-z-]+)\/(.+)$/.exec(target);
          return m !== null && m[2] !== 'index.ts' && !f.startsWith(`src/features/${m[1]}/`);
        })
        .map((target) => `${f} imports ${target}`),
    );
    expect(bad).toEqual([]);
  });

  it('src/features import no storage/database: they get repositories (storage/repositories/index.ts), never the Kysely instance', () => {
    expect(violations('src/features', /storage\/database(\.ts)?$/)).toEqual([]);
    // Nor do they open a transaction on it: `repos.transaction(…)` gives repositories bound to one.
    expect(files('src/features').filter((f) => /\.transaction\(\)/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('no query builder outside storage/: every query lives in a repository', () => {
    const query = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/;
    const bad = ['src', 'bots'].flatMap(files).filter((f) => query.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('no source file is over 300 lines', () => {
    const long = ['src', 'bots', 'storage']
      .flatMap(files)
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 301)
      .map((f) => `${f}: ${readFileSync(f, 'utf8').split('\n').length - 1} lines`);
    expect(long).toEqual([]);
  });
});
