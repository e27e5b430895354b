import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** redis://127.0.0.1:PORT of the server started for the distributed tests, or null. */
    redisUrl: string | null;
    /** Why there is no server: redis-server is not installed (the tests skip with this message). */
    redisMissing: string | null;
  }
}

export const INSTALL_HINT =
  'redis-server is not on the PATH, so the distributed tests are skipped. Install it to run them: ' +
  'apt-get install -y redis-server (Debian, Ubuntu), dnf install redis (Fedora), brew install redis (macOS).';

/**
 * vitest globalSetup of the distributed tests: a real redis-server of its own on a free loopback
 * port, with persistence off, for the length of the run; stopped by its pid at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error) {
    process.stderr.write(`\n${INSTALL_HINT}\n\n`);
    project.provide('redisUrl', null);
    project.provide('redisMissing', INSTALL_HINT);
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-redis-'));
  let server: { child: ChildProcess; port: number } | null = null;
  let lastError = '';
  // A port found free can be taken before redis-server binds it; try another then.
  for (let attempt = 0; attempt < 5 && !server; attempt++) {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    if (await ready(port, child, 5000)) server = { child, port };
    else {
      lastError = stderr.trim() || `redis-server did not answer on port ${port}`;
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
  if (!server) throw new Error(`could not start redis-server for the distributed tests: ${lastError}`);
  const { child, port } = server;
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  project.provide('redisMissing', null);
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Whether redis-server answers PING on the port before it exits or time runs out. */
async function ready(port: number, child: ChildProcess, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until && child.exitCode === null) {
    const pong = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      sock.setTimeout(500);
      sock.once('connect', () => sock.write('PING\r\n'));
      sock.once('data', (d) => {
        sock.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
      sock.once('error', () => resolve(false));
      sock.once('timeout', () => {
        sock.destroy();
        resolve(false);
      });
    });
    if (pong) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
