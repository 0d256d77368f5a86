import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/process.js';

/** The benchmarks' own server processes: the built service on a free loopback port. */

export { freePort };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** Resolves once `/health/live` answers 200; rejects when the process exits first or after `tries` looks. */
  answering(options?: { everyMs?: number; tries?: number; output?: () => string }): Promise<void>;
  /** SIGTERM, then the process's exit. */
  stop(): Promise<void>;
}

/** `node <entry>` from the project's root, on a free port of 127.0.0.1, with the environment given. */
export async function spawnServer(entry: string, env: Record<string, string>, stdio: StdioOptions): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: '', ...env }, stdio });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  return {
    base,
    child,
    async answering({ everyMs = 25, tries = 400, output = () => '' } = {}) {
      for (let look = 0; look < tries; look++) {
        if (exited) throw new Error(`${entry} exited before answering:\n${output()}`);
        if (await fetch(`${base}/health/live`).then((response) => response.ok, () => false)) return;
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
      throw new Error(`${entry} did not answer on ${base}/health/live`);
    },
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
