/**
 * Finding a slot's Node process for fault tests: the pool reports the pid it spawned, which may be
 * a wrapper (setpriv → unshare → sh); the script runs in the deepest Node process under it.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** Parent pid of every process visible in /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // ended meanwhile
    }
  }
  return map;
}

/** Every descendant of `pid` (children before grandchildren). */
export function descendants(pid: number): number[] {
  const parentOf = parents();
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const next = [...parentOf].filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...next);
    frontier = next;
  }
  return found;
}

function isNode(pid: number): boolean {
  try {
    return readlinkSync(`/proc/${pid}/exe`) === readlinkSync(`/proc/${process.pid}/exe`);
  } catch {
    return false;
  }
}

/** The Node process that runs the slot whose spawned pid is `pid` (itself when unwrapped). */
export function slotNodePid(pid: number): number {
  const nodes = [pid, ...descendants(pid)].filter(isNode);
  const deepest = nodes.at(-1);
  if (deepest === undefined) throw new Error(`no Node process at or under pid ${pid}`);
  return deepest;
}
