import { describe } from 'vitest';
import { startLarkDriver } from './lark-driver.ts';
import { startLocalDriver } from './local-driver.ts';
import { adapterContract } from './scenarios.ts';
import { startWechatDriver } from './wechat-driver.ts';

// One list of scenarios, run against every chat platform through its driver.
describe('local web chat', () => adapterContract(startLocalDriver));
describe('Lark (the real SDK against the fake Open API)', () => adapterContract(startLarkDriver));
describe('WeChat (the real Wechaty on wechaty-puppet-mock)', () => adapterContract(startWechatDriver));
