import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORM_MESSAGES_FILE, formMessagesSource } from './form-messages.ts';

describe('the CMS copy of the form strings', () => {
  it('is up to date with site/i18n (run `npm run build` or any CMS start to refresh it)', () => {
    expect(readFileSync(FORM_MESSAGES_FILE, 'utf8')).toBe(formMessagesSource());
  });
});
