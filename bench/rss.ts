import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `VmRSS:   123456 kB` of a /proc/<pid>/status text → MB, or undefined. */
export function vmRssMb(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) / 1024 : undefined;
}

/** Resident set size of a process in MB: /proc on Linux, `ps` elsewhere; undefined if gone. */
export function rssMb(pid: number): number | undefined {
  try {
    return vmRssMb(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    try {
      const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
      return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
    } catch {
      return undefined;
    }
  }
}
