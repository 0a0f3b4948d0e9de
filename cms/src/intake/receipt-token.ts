import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The receipt shown to a visitor without JavaScript comes after a redirect (POST → 303 → GET), so reloading it
 * never registers the appeal twice. The GET carries the receipt sealed (AES-256-GCM under a key derived from
 * INTAKE_SECRET): the access code in it is unreadable in logs and history, and the link expires after an hour.
 */
const TTL_MS = 60 * 60 * 1000;

const keyOf = (secret: string) => createHash('sha256').update(`receipt:${secret}`).digest();

export function sealReceipt(payload: object, secret: string, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ ...payload, exp: now + TTL_MS }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The payload, or null when the token is forged, damaged or expired. */
export function openReceipt<T>(token: string, secret: string, now = Date.now()): T | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < 29 || raw.length > 4096) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const { exp, ...payload } = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as { exp: number };
    return exp > now ? (payload as T) : null;
  } catch {
    return null;
  }
}
