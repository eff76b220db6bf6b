import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';

/** The three headers Lark signs a request with. */
export interface SignatureHeaders {
  readonly timestamp?: string;
  readonly nonce?: string;
  readonly signature?: string;
}

const sha256 = (data: string | Buffer): Buffer => createHash('sha256').update(data).digest();

/** Lark's request signature: sha256 hex of timestamp + nonce + encrypt key + the raw body bytes. */
export function larkSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Buffer): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey, 'utf8')
    .update(rawBody)
    .digest('hex');
}

/**
 * Checks webhook requests as Lark signs and encrypts them, with the keys derived once.
 * The SDK re-serialises the parsed JSON before hashing, which breaks on any byte-level
 * difference, so the signature is computed over the bytes received.
 */
export class LarkRequestVerifier {
  readonly #encryptKey: string;
  readonly #aesKey: Buffer;
  readonly #tokenHash: Buffer;

  constructor(encryptKey: string, verificationToken: string) {
    this.#encryptKey = encryptKey;
    this.#aesKey = sha256(encryptKey);
    this.#tokenHash = sha256(verificationToken);
  }

  /** Whether the signature headers match the raw body (constant-time compare). */
  signatureMatches(headers: SignatureHeaders, rawBody: Buffer): boolean {
    const { timestamp, nonce, signature } = headers;
    if (!timestamp || !nonce || !signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
    const expected = Buffer.from(larkSignature(timestamp, nonce, this.#encryptKey, rawBody), 'hex');
    return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  }

  /** Whether a presented verification token is the configured one (constant-time compare). */
  tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && timingSafeEqual(sha256(token), this.#tokenHash);
  }

  /** Decrypts an `encrypt` field (AES-256-CBC, key sha256(encryptKey), IV = first 16 bytes) into a JSON object; undefined if it fails. */
  decrypt(encrypted: string): Record<string, unknown> | undefined {
    try {
      const bytes = Buffer.from(encrypted, 'base64');
      if (bytes.length < 32) return undefined;
      const decipher = createDecipheriv('aes-256-cbc', this.#aesKey, bytes.subarray(0, 16));
      const plain = Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
      const parsed: unknown = JSON.parse(plain);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
}
