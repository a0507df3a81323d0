// Where the bench builds: throwaway copies of the project (node_modules hard-linked, so Turbopack sees real folders),
// commands timed with the peak memory of their whole process tree, and the optional shared build lock.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Top-level entries never copied into a bench workspace: build output, caches, VCS and local state. */
const SKIPPED = new Set([
  'node_modules',
  '.next',
  'out',
  '.git',
  '.bench',
  'test-results',
  'playwright-report',
  '.tmp',
]);

export function makeTempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-bench-'));
}

/** Hard-links node_modules (a copy where the filesystem refuses links); a symlink would break Turbopack. */
export function linkNodeModules(from: string, to: string): void {
  if (spawnSync('cp', ['-al', from, to]).status === 0) return;
  fs.rmSync(to, { recursive: true, force: true });
  const copy = spawnSync('cp', ['-a', from, to], { stdio: 'inherit' });
  if (copy.status !== 0) throw new Error(`could not copy ${from} to ${to}`);
}

/** A copy of the project at `dest`, as it is in the working tree, with its own out/ and .next/. */
export function copyProject(root: string, dest: string): void {
  fs.cpSync(root, dest, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(root, src);
      return !SKIPPED.has(rel.split(path.sep)[0]) && !rel.includes(`${path.sep}.work`);
    },
  });
  linkNodeModules(path.join(root, 'node_modules'), path.join(dest, 'node_modules'));
}

/** Sum of the resident memory of `pid` and all its descendants, from /proc (0 where /proc is absent). */
function treeRss(pid: number): number {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields are counted from the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

export type Measured = { wallMs: number; peakRssBytes: number; log: string };

/**
 * Runs a command, sampling the resident memory of its process tree every 250 ms. The output goes to `logFile`;
 * a failure throws with the end of that log.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; logFile: string },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(options.logFile, 'w');
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', log, log],
    });
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 250);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      fs.closeSync(log);
      const text = fs.readFileSync(options.logFile, 'utf8');
      if (code !== 0) {
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}) in ${options.cwd}:\n${text.split('\n').slice(-40).join('\n')}`,
          ),
        );
        return;
      }
      resolve({ wallMs, peakRssBytes: peak, log: text });
    });
  });
}

/**
 * Holds the lock file named by CODEBOOK_BUILD_LOCK (e.g. /tmp/codebook-build.lock) while `task` runs, so bench builds
 * and browser timings never overlap with other builds on a shared machine. Without the variable it just runs `task`.
 */
export async function withBuildLock<T>(what: string, task: () => Promise<T>): Promise<T> {
  const lockFile = process.env.CODEBOOK_BUILD_LOCK;
  if (!lockFile) return task();
  const holder = spawn('flock', [lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waited = performance.now();
  await new Promise<void>((resolve, reject) => {
    holder.on('error', reject);
    holder.on('exit', (code) => reject(new Error(`flock ${lockFile} exited with ${code}`)));
    holder.stdout.once('data', () => resolve());
  });
  const waitMs = performance.now() - waited;
  if (waitMs > 1000) console.error(`bench: waited ${(waitMs / 1000).toFixed(0)} s for ${lockFile} before ${what}`);
  try {
    return await task();
  } finally {
    holder.removeAllListeners('exit');
    holder.stdin.end();
    await new Promise((resolve) => holder.once('close', resolve));
  }
}

/** Total bytes of the files under `dir`, and how many there are. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += fs.statSync(full).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
