/**
 * One build at a time per output folder and per cache. A lock is a file holding its
 * holder's process id, made in one atomic step (a link to a file already written, which
 * fails when the lock exists), so that no build ever reads a half-written lock. A lock
 * left by a process that no longer runs (a build killed with SIGKILL, a power cut) is
 * taken over. A build releases its locks when it ends, whichever way it ends, short of
 * being killed.
 */
import { hostname } from 'node:os';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export interface Holder {
  pid: number;
  host: string;
}

export interface Lock {
  path: string;
  release(): void;
}

const me = (): Holder => ({ pid: process.pid, host: hostname() });

/** Locks this process holds, released when it exits. */
const held = new Set<Lock>();
let releaseOnExit = false;

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' ? { pid: holder.pid, host: String(holder.host ?? '') } : { pid: 0, host: '' };
  } catch (error) {
    // Unreadable as JSON: a lock nobody can name is treated as one left by a dead process.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : { pid: 0, host: '' };
  }
}

/** Whether the holder may still be running: on another machine (sharing the folder) that cannot be told, so yes. */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return holder.host !== '';
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(path: string): boolean {
  const draft = `${path}.${process.pid}.new`;
  writeFileSync(draft, JSON.stringify(me()));
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Removes the lock of a dead holder, unless another build replaced it meanwhile (it is
 * moved aside first and put back when it turns out to be someone else's).
 */
function removeStale(path: string, stale: Holder): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.host !== stale.host)) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another lock was made meanwhile: it stands.
    }
  }
  rmSync(aside, { force: true });
}

export type Attempt = { lock: Lock; tookOver?: Holder } | { holder: Holder };

/** Takes the lock at `path` (its folder must exist), or names the live process that holds it. */
export function tryLock(path: string): Attempt {
  let tookOver: Holder | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(path)) {
      const lock: Lock = {
        path,
        release: () => {
          held.delete(lock);
          const holder = readHolder(path);
          if (holder?.pid === process.pid && holder.host === hostname()) rmSync(path, { force: true });
        },
      };
      held.add(lock);
      if (!releaseOnExit) {
        releaseOnExit = true;
        process.on('exit', () => {
          for (const lock of [...held]) lock.release();
        });
      }
      return tookOver ? { lock, tookOver } : { lock };
    }
    const holder = readHolder(path);
    if (!holder) continue;
    if (alive(holder)) return { holder };
    tookOver = holder;
    removeStale(path, holder);
  }
  return { holder: readHolder(path) ?? { pid: 0, host: '' } };
}

/** Takes the lock at `path`, waiting as long as a live process holds it; `onWait` hears once whom it waits for. */
export async function waitForLock(path: string, onWait: (holder: Holder) => void, pollMs = 500): Promise<{ lock: Lock; tookOver?: Holder }> {
  let told = false;
  for (;;) {
    const attempt = tryLock(path);
    if ('lock' in attempt) return attempt;
    if (!told) onWait(attempt.holder);
    told = true;
    await new Promise((done) => setTimeout(done, pollMs));
  }
}
