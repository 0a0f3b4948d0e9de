import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks work done by the intake itself. Appeals and readings are created only there — with a number from the
 * sequence, a hashed code, in one transaction — so the document middleware refuses a create from anywhere else
 * (the admin, a script).
 */
const intake = new AsyncLocalStorage<true>();

export const runAsIntake = <T>(work: () => Promise<T>): Promise<T> => intake.run(true, work);
export const isIntake = (): boolean => intake.getStore() === true;
