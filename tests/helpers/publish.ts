import { stack } from './stack.ts';

interface Status {
  state: string;
  builds: number;
  message: string | null;
}

export async function publishStatus(): Promise<Status> {
  return (await (await fetch(`${stack().siteUrl}/_publish/status`)).json()) as Status;
}

/** Waits until the publisher has finished a build after `afterBuilds` builds; returns its final status. */
export async function waitForBuild(afterBuilds: number, timeoutMs = 90_000): Promise<Status> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await publishStatus();
    if (status.builds > afterBuilds && (status.state === 'live' || status.state === 'failed')) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no build finished within ${timeoutMs / 1000} s`);
}
