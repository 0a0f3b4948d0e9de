import { intakeConfig, type IntakeConfig } from './config';
import { RateLimiter } from './rate-limit';

/** One limiter per rule of INTAKE_RATE_LIMITS, shared by the guard middleware and the status lookup; the counts live in the database. */
const limiters = new Map<string, RateLimiter>();

export function limiter(name: keyof IntakeConfig['limits']): RateLimiter {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiter(strapi.db.connection, name, intakeConfig().limits[name]);
    limiters.set(name, found);
  }
  return found;
}
