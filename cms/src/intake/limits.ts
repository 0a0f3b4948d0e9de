import { intakeConfig, type IntakeConfig } from './config';
import { RateLimiter } from './rate-limit';

/** One limiter per rule of INTAKE_RATE_LIMITS, shared by the guard middleware and the status lookup. */
const limiters = new Map<string, RateLimiter>();

export function limiter(name: keyof IntakeConfig['limits']): RateLimiter {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiter(intakeConfig().limits[name]);
    limiters.set(name, found);
  }
  return found;
}
