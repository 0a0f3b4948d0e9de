import { describe, expect, it } from 'vitest';
import { runSync } from './processes.ts';

describe('runSync', () => {
  it('returns what the command printed, and passes its input', () => {
    expect(runSync('cat', [], { input: 'сәлам' })).toBe('сәлам');
  });

  it('throws with the error output, never showing a database URL’s password', () => {
    expect(() => runSync('sh', ['-c', 'echo broken >&2; exit 3', 'postgres://tes:s3cret@db:5432/tes'])).toThrow(/^sh -c .* postgres:\/\/… failed: broken$/);
    expect(() => runSync('sh', ['-c', 'exit 1', 'postgres://tes:s3cret@db/tes'])).not.toThrow(/s3cret/);
  });

  it('says what to install when the command is missing', () => {
    expect(() => runSync('tes-no-such-command', [], { whenMissing: 'Debian: apt-get install it' })).toThrow(/could not run: .*\(Debian: apt-get install it\)$/);
  });
});
