/**
 * The CPU time this thread has used, for decisions that must follow what work costs and not
 * how busy the machine is: the wall clock also counts the time a thread waits for a core, so
 * under load the same operation reads several times longer, and differently run to run.
 *
 * `process.threadCpuUsage` (Node 23.9+, so 24) counts the calling thread alone. Older Nodes (20,
 * and 22 where it lacks it) have only the process's `process.cpuUsage`: in a slot, whose kernel
 * operations run on its main thread, that is the main thread's plus whatever V8's background
 * threads (WebAssembly tier-up, concurrent GC) did alongside. Both read getrusage, precise to
 * the microsecond on Linux, about 1 µs a read (performance.now: 0.08 µs).
 */
type CpuUsageReader = () => NodeJS.CpuUsage;

const readCpuUsage: CpuUsageReader =
  (process as { threadCpuUsage?: CpuUsageReader }).threadCpuUsage?.bind(process) ?? process.cpuUsage.bind(process);

/** Milliseconds of CPU (user and system) this thread has used: only differences mean anything. */
export function threadCpuMs(): number {
  const { user, system } = readCpuUsage();
  return (user + system) / 1000;
}
