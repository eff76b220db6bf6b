import * as lark from '@larksuiteoapi/node-sdk';
import { describe, expect, it } from 'vitest';
import { acceptCardFrames, CARD_FRAME_PATCH_SDK, larkSdkVersion } from '../../../bots/lark/card-frames.ts';
import { silentLogger } from '../../../src/core/logger.ts';

describe('the Lark SDK card-frame patch', () => {
  it('is checked against the installed SDK version: read WSClient.handleEventData again before moving CARD_FRAME_PATCH_SDK', () => {
    expect(larkSdkVersion()).toMatch(CARD_FRAME_PATCH_SDK);
  });

  it('finds the private method it wraps', () => {
    expect(typeof Reflect.get(lark.WSClient.prototype, 'handleEventData')).toBe('function');
  });

  it('relabels card frames as events and passes other frames unchanged', async () => {
    const seen: unknown[] = [];
    const ws = { handleEventData: async (data: unknown) => void seen.push(data) };
    expect(acceptCardFrames(ws, silentLogger, '1.74.0')).toBe(true);
    const handle = Reflect.get(ws, 'handleEventData') as (data: unknown) => Promise<void>;
    await handle({
      headers: [
        { key: 'type', value: 'card' },
        { key: 'message_id', value: 'm1' },
      ],
    });
    await handle({ headers: [{ key: 'type', value: 'event' }] });
    expect(seen).toEqual([
      {
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: 'm1' },
        ],
      },
      { headers: [{ key: 'type', value: 'event' }] },
    ]);
  });

  it('leaves an SDK it was not checked against alone', () => {
    const original = async () => {};
    const ws = { handleEventData: original };
    expect(acceptCardFrames(ws, silentLogger, '2.0.0')).toBe(false);
    expect(Reflect.get(ws, 'handleEventData')).toBe(original);
  });
});
