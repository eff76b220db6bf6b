import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig, localChannelMode } from '../../src/config.ts';

describe('configuration', () => {
  it('starts with no environment at all on sensible defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DB_PATH).toBe('storage/data/shifan.sqlite');
    expect(localChannelMode(config)).toBe('open');
  });

  it('fails naming the variable with a bad value', () => {
    expect(() => loadConfig({ PORT: 'three thousand' })).toThrow(/PORT/);
    expect(() => loadConfig({ QUIET_HOURS: '9pm' })).toThrow(/QUIET_HOURS: 应为 HH:MM-HH:MM/);
    expect(() => loadConfig({ LARK_MODE: 'socket' })).toThrow(/LARK_MODE/);
  });

  it('turns the local channel off in production or with a platform unless a token is set', () => {
    expect(localChannelMode(loadConfig({ NODE_ENV: 'production' }))).toBe('off');
    expect(localChannelMode(loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's' }))).toBe('off');
    expect(localChannelMode(loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LOCAL_CHANNEL_TOKEN: 't0ken' }))).toBe('token');
    expect(localChannelMode(loadConfig({ NODE_ENV: 'production', LOCAL_CHANNEL_TOKEN: 't0ken' }))).toBe('session');
  });

  it('documents every variable it reads in .env.example, with a comment', () => {
    // Blocks are separated by blank lines; each variable's block must carry a comment.
    const blocks = readFileSync('.env.example', 'utf8').split(/\n\s*\n/);
    for (const key of Object.keys(configSchema.shape)) {
      const block = blocks.find((b) => new RegExp(`^${key}=`, 'm').test(b));
      expect(block, `${key} is in .env.example`).toBeDefined();
      expect(block, `${key} has a comment`).toMatch(/^#/m);
    }
  });
});
