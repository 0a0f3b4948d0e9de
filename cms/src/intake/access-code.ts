import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ACCESS_CODE_ALPHABET } from '../shared/contracts/appeal-status';

/**
 * The access code a visitor gets with the registration number: 8 symbols of 32 (40 bits), like K7QF-M3XP.
 * Stored only as a keyed hash: HMAC-SHA-256 under INTAKE_SECRET (which is not in the database) over a per-appeal
 * salt and the code. A database copy alone does not let anyone test codes offline; online guessing is rate
 * limited per address and per appeal. A slow password hash (scrypt) would add nothing against those two and
 * would cost ~50 ms of CPU per submission.
 */
export function newAccessCode(): string {
  const symbols = Array.from({ length: 8 }, () => ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

const mac = (secret: string, salt: string, code: string) => createHmac('sha256', secret).update(`${salt}:${code}`).digest('hex');

export function hashAccessCode(code: string, secret: string): string {
  const salt = randomBytes(16).toString('hex');
  return `v1:${salt}:${mac(secret, salt, code)}`;
}

/** Constant-time check of a code against its stored hash; a malformed hash never matches. */
export function verifyAccessCode(code: string, stored: string, secret: string): boolean {
  const [version, salt, digest] = stored.split(':');
  if (version !== 'v1' || !salt || !digest) return false;
  const expected = Buffer.from(digest, 'hex');
  const actual = Buffer.from(mac(secret, salt, code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
