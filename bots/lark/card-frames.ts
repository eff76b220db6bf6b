import { createRequire } from 'node:module';
import type { Logger } from '../../src/core/logger.ts';

/**
 * The SDK versions whose private `WSClient.handleEventData` was read and found
 * as the card-frame patch expects. A test fails when the installed SDK leaves
 * this range, so that someone reads the new version before it ships.
 */
export const CARD_FRAME_PATCH_SDK = /^1\.74\./;

interface Frame {
  readonly headers: readonly { readonly key: string; readonly value: string }[];
}

/** The installed @larksuiteoapi/node-sdk version. */
export function larkSdkVersion(): string {
  const pkg: unknown = createRequire(import.meta.url)('@larksuiteoapi/node-sdk/package.json');
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/**
 * The WSClient drops frames of type "card" (only "event" frames reach the dispatcher), so card
 * callbacks over the long connection would time out; relabel them so the dispatcher sees them.
 * Only on an SDK version the patch was checked against; otherwise a warning, and cards may time out.
 */
export function acceptCardFrames(ws: object, log: Logger, version = larkSdkVersion()): boolean {
  const original: unknown = Reflect.get(ws, 'handleEventData');
  if (!CARD_FRAME_PATCH_SDK.test(version) || typeof original !== 'function') {
    log.warn({ version }, 'Lark SDK not checked for the card-frame patch: card callbacks over the long connection may time out');
    return false;
  }
  const relabel = (data: Frame): Frame => ({
    ...data,
    headers: data.headers.map((h) => (h.key === 'type' && h.value === 'card' ? { ...h, value: 'event' } : h)),
  });
  Reflect.set(ws, 'handleEventData', (data: Frame) => Reflect.apply(original, ws, [relabel(data)]));
  return true;
}
