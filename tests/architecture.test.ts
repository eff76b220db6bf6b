import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

  it('storage imports only kysely, the driver and its own files', () => {
    const allowed = /^(kysely|sqlite3|node:.*|\.{1,2}\/.*)$/;
    const bad = files('storage').flatMap((f) =>
      imports(f)
        .filter((i) => !allowed.test(i) || /\/src\//.test(i))
        .map((i) => `${f} imports ${i}`),
    );
    expect(bad).toEqual([]);
  });
});
