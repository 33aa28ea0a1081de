import { type ChildProcess, spawn } from 'node:child_process';

export interface RunningServer {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/**
 * Runs a server script in its own Node process and resolves once it prints
 * its address. Used where the real process matters: kill -9 tests and benchmarks.
 */
export function startServerProcess(script: string, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk;
      const port = out.match(/http:\/\/localhost:(\d+)/)?.[1];
      if (port) {
        resolve({
          child,
          base: `http://127.0.0.1:${port}`,
          async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return;
            const exited = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
}

/** Signs in over HTTP and returns headers that carry the session and CSRF token. */
export async function signInOverHttp(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}
