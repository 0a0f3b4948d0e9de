import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Sealed, expiring tokens (AES-256-GCM under a key derived from INTAKE_SECRET and the token's purpose, so a token of
 * one purpose never opens as another's):
 *   - the receipt shown to a visitor without JavaScript comes after a redirect (POST → 303 → GET), so reloading it
 *     never registers the appeal twice; the GET carries the receipt sealed — the access code in it is unreadable in
 *     logs and history — and the link expires after an hour;
 *   - the satisfaction link of an answer's e-mail names the appeal, sealed, for 90 days (./feedback.ts);
 *   - a subscription's confirmation link (3 days) and its unsubscribe link (as long as it lasts) name it
 *     (./subscriptions.ts).
 */
export type TokenPurpose = 'receipt' | 'satisfaction' | 'subscribe' | 'unsubscribe';

const DAY = 24 * 60 * 60 * 1000;
const TTL_MS: Record<TokenPurpose, number> = { receipt: 60 * 60 * 1000, satisfaction: 90 * DAY, subscribe: 3 * DAY, unsubscribe: 10 * 365 * DAY };

const keyOf = (secret: string, purpose: TokenPurpose) => createHash('sha256').update(`${purpose}:${secret}`).digest();

export function seal(purpose: TokenPurpose, payload: object, secret: string, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ ...payload, exp: now + TTL_MS[purpose] }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The payload, or null when the token is forged, damaged, expired or of another purpose. */
export function open<T>(purpose: TokenPurpose, token: string, secret: string, now = Date.now()): T | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < 29 || raw.length > 4096) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const { exp, ...payload } = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as { exp: number };
    return exp > now ? (payload as T) : null;
  } catch {
    return null;
  }
}

export const sealReceipt = (payload: object, secret: string, now = Date.now()) => seal('receipt', payload, secret, now);
export const openReceipt = <T>(token: string, secret: string, now = Date.now()) => open<T>('receipt', token, secret, now);
