/**
 * AES-GCM sealing of JSON values with WebCrypto.
 *
 * - Keys are 256-bit AES-GCM, generated **non-extractable** (`extractable: false`), so
 *   script on the page can use them but never read their bytes; IndexedDB stores the
 *   `CryptoKey` object itself (it is structured-cloneable).
 * - Every seal uses a fresh random 96-bit IV (the size NIST SP 800-38D recommends).
 * - Additional authenticated data binds a ciphertext to where it lives (store, id and
 *   the draft's dates), so a record copied under another id, or with its expiry pushed
 *   back, fails to decrypt instead of being accepted.
 */
import type { CorruptReason } from './types.js';

export interface Sealed {
  iv: ArrayBuffer;
  ciphertext: ArrayBuffer;
}

export type Unsealed = { ok: true; value: unknown } | { ok: false; reason: CorruptReason };

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** WebCrypto's `SubtleCrypto`, or `undefined` where it is missing (plain-http pages, old browsers). */
export function getSubtle(): SubtleCrypto | undefined {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  return c && c.subtle && typeof c.getRandomValues === 'function' ? c.subtle : undefined;
}

/** A new non-extractable AES-GCM key for one record. */
export function newKey(subtle: SubtleCrypto): Promise<CryptoKey> {
  return subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Builds the additional authenticated data from the record's identifying fields. */
export function aad(...parts: (string | number)[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(['iop-kit', 1, ...parts]));
}

/**
 * Serialises `value` as JSON and encrypts it. Rejects with a `TypeError` when JSON
 * cannot represent the value (top-level `undefined`, functions, `BigInt`, cycles).
 */
export async function seal(subtle: SubtleCrypto, key: CryptoKey, value: unknown, additionalData: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const json = toJson(value);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, encoder.encode(json));
  return { iv: iv.buffer, ciphertext };
}

/** Decrypts and parses; every failure is a reason, never an exception. */
export async function unseal(
  subtle: SubtleCrypto,
  key: unknown,
  sealed: { iv: unknown; ciphertext: unknown },
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Unsealed> {
  if (!(key instanceof CryptoKey)) return { ok: false, reason: 'key-missing' };
  if (!(sealed.iv instanceof ArrayBuffer) || sealed.iv.byteLength !== IV_BYTES || !(sealed.ciphertext instanceof ArrayBuffer)) {
    return { ok: false, reason: 'malformed-record' };
  }
  let plain: ArrayBuffer;
  try {
    plain = await subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData }, key, sealed.ciphertext);
  } catch {
    return { ok: false, reason: 'decrypt-failed' };
  }
  try {
    return { ok: true, value: JSON.parse(decoder.decode(plain)) as unknown };
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
}

/** `JSON.stringify` that rejects values JSON cannot carry instead of silently writing nothing. */
export function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError('The value cannot be represented as JSON.');
  return json;
}
