import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * Runs a command to its end and returns what it printed; a failure throws with its error output. An argument that
 * is a database URL (postgres://user:password@…) is shown as «postgres://…» in that message: errors end up in logs.
 */
export function runSync(command: string, args: string[], { input, env, whenMissing = '' }: { input?: string; env?: NodeJS.ProcessEnv; whenMissing?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}${whenMissing ? ` (${whenMissing})` : ''}`);
  const shown = args.map((arg) => (/^postgres(?:ql)?:\/\//.test(arg) ? 'postgres://…' : arg)).join(' ');
  if (result.status !== 0) throw new Error(`${command} ${shown} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/**
 * Starts a long-running child in its own process group, so stopping it also stops whatever it started
 * (npm does not always forward signals to its children).
 */
export function startDetached(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', ...options, detached: true });
}

/** Stops a child started by startDetached and its whole group; resolves once it has exited. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a command to completion, inheriting output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/** Polls a URL until it answers with a status below 500, or fails after the timeout naming what it waited for. */
export async function waitForUrl(url: string, { timeoutMs = 120_000, child }: { timeoutMs?: number; child?: ChildProcess } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the process serving ${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Runs a command to completion, passing its output through (unless quiet) and keeping the last lines, so a
 * failure can say why in its own words — the publisher shows that to editors.
 */
export function runCapturing(command: string, args: string[], options: SpawnOptions & { quiet?: boolean; onSpawn?: (child: ChildProcess) => void } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child);
    const tail: string[] = [];
    const keep = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      if (!options.quiet) stream.write(chunk);
      // Without colour codes, the last 40 lines.
      tail.push(
        ...stripVTControlCharacters(chunk.toString('utf8'))
          .split('\n')
          .filter((line) => line.trim()),
      );
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    child.stdout!.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr!.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve();
      const reason = tail.filter((line) => /error|failed|missing|does not match|cannot|broken/i.test(line)).slice(0, 12);
      reject(
        new Error(`${path.basename(args[0] ?? command)} ${args[1] ?? ''} failed (${signal ?? `exit code ${code}`}):\n${(reason.length ? reason : tail.slice(-12)).join('\n')}`),
      );
    });
  });
}
