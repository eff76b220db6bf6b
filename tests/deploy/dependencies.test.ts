import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/child-bot.ts';

/**
 * wechaty-puppet-wechat4u parses incoming WeChat XML (app messages, system
 * messages, friend requests) with xml2js; it declares fast-xml-parser 3.x but
 * never imports it. xml2js 0.4.23 lets a message's `<__proto__>` element replace
 * a parsed object's prototype (CVE-2023-0842, fixed in 0.5.0); fast-xml-parser
 * 3.21.1 has a prototype-pollution advisory (fixed in 4.1.2). package.json
 * overrides both; these tests prove the puppet still loads and parses.
 */
const PUPPET_DIR = join(REPO_ROOT, 'node_modules', 'wechaty-puppet-wechat4u');
const puppetFile = (rel: string) => pathToFileURL(join(PUPPET_DIR, 'dist', 'esm', 'src', rel)).href;

/** The version of a package as the puppet resolves it. */
function versionSeenByPuppet(name: string): string {
  const require = createRequire(join(PUPPET_DIR, 'package.json'));
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

const atLeast = (version: string, min: [number, number, number]) => {
  const v = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (v[i]! !== min[i]) return v[i]! > min[i]!;
  return true;
};

describe('the WeChat puppet with patched XML parsers', () => {
  it('resolves xml2js ≥ 0.5.0 and fast-xml-parser ≥ 4.1.2', () => {
    expect(atLeast(versionSeenByPuppet('xml2js'), [0, 5, 0]), `xml2js ${versionSeenByPuppet('xml2js')}`).toBe(true);
    expect(atLeast(versionSeenByPuppet('fast-xml-parser'), [4, 1, 2]), `fast-xml-parser ${versionSeenByPuppet('fast-xml-parser')}`).toBe(true);
  });

  it('still loads, constructs, and reads an app message (a shared notice link)', async () => {
    const mod = (await import(pathToFileURL(join(PUPPET_DIR, 'dist', 'esm', 'src', 'mod.js')).href)) as {
      PuppetWechat4u: new () => { start(): Promise<void> };
    };
    expect(typeof new mod.PuppetWechat4u().start).toBe('function');
    const { parseAppmsgMessagePayload } = (await import(puppetFile('wechat4u/messages/message-appmsg.js'))) as {
      parseAppmsgMessagePayload(xml: string): Promise<{ title: string; des: string; type: number; url: string }>;
    };
    const payload = await parseAppmsgMessagePayload(
      '<?xml version="1.0"?>\n<msg><appmsg appid="" sdkver="0"><title>关于开展电子商务进农村综合示范工作的通知</title><des>甘肃省商务厅</des><type>5</type><url>https://example.gov.cn/notice</url></appmsg></msg>',
    );
    expect(payload).toMatchObject({ title: '关于开展电子商务进农村综合示范工作的通知', des: '甘肃省商务厅', type: 5, url: 'https://example.gov.cn/notice' });
  });

  it('a message cannot replace the prototype of what the puppet parses', async () => {
    const { xmlToJson } = (await import(puppetFile('wechat4u/utils/xml-to-json.js'))) as { xmlToJson(xml: string): Promise<{ msg: Record<string, unknown> }> };
    const parsed = await xmlToJson('<msg><appmsg><title>t</title><__proto__><isAdmin>true</isAdmin></__proto__></appmsg></msg>');
    const appmsg = parsed.msg.appmsg as Record<string, unknown>;
    expect(Object.getPrototypeOf(appmsg)).toBe(Object.prototype);
    expect(appmsg.isAdmin).toBeUndefined();
    expect(appmsg.title).toBe('t');
  });
});

describe('test-only packages', () => {
  it('wechaty-puppet-mock is a devDependency, and nothing the running bot loads imports it', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies['wechaty-puppet-mock']).toBeUndefined();
    expect(pkg.devDependencies['wechaty-puppet-mock']).toBeDefined();
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|js|mjs)$/.test(name) && /from\s+['"]wechaty-puppet-mock['"]|import\(\s*['"]wechaty-puppet-mock['"]/.test(readFileSync(path, 'utf8')))
          importers.push(path);
      }
    };
    walk(join(REPO_ROOT, 'src'));
    walk(join(REPO_ROOT, 'bots'));
    expect(importers).toEqual([]);
  });
});
