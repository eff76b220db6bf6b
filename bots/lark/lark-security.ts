import { createHash, timingSafeEqual } from 'node:crypto';
import { AESCipher } from '@larksuiteoapi/node-sdk';

/** The three headers Lark signs a request with. */
export interface SignatureHeaders {
  readonly timestamp?: string;
  readonly nonce?: string;
  readonly signature?: string;
}

/** Lark's request signature: sha256 hex of timestamp + nonce + encrypt key + the raw body bytes. */
export function larkSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Buffer): string {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(timestamp + nonce + encryptKey, 'utf8'), rawBody]))
    .digest('hex');
}

/**
 * Whether the signature headers match the raw body. The SDK re-serialises the parsed
 * JSON before hashing, which breaks on any byte-level difference, so we hash the bytes.
 */
export function verifySignature(headers: SignatureHeaders, encryptKey: string, rawBody: Buffer): boolean {
  const { timestamp, nonce, signature } = headers;
  if (!timestamp || !nonce || !signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(larkSignature(timestamp, nonce, encryptKey, rawBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'hex'));
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/** Decrypts an `encrypt` field (AES-256-CBC, key sha256(encryptKey), IV first 16 bytes) into JSON; undefined if it fails. */
export function decryptPayload(encrypted: string, encryptKey: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(new AESCipher(encryptKey).decrypt(encrypted));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
