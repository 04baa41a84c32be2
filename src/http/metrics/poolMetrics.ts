/**
 * The build pool's series, read from its health snapshot whenever the registry is scraped: the
 * pool already counts recycles, failed starts and cache hits, so the metrics can never disagree
 * with `/health`. Per-slot series carry the slot's id and are rebuilt at every scrape, so a
 * retired slot's series disappear with it.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import { SLOT_STATES, type PoolHealth } from "../../build/index.ts";

export function registerPoolMetrics(registry: Registry, health: () => PoolHealth): void {
  const registers = [registry];
  new Gauge({
    name: "partforge_pool_size",
    help: "Builds the pool runs at once (its slots in service, spares excluded)",
    registers,
    collect() {
      this.set(health().size);
    },
  });
  new Gauge({
    name: "partforge_queue_depth",
    help: "Builds and describe runs waiting for a slot",
    registers,
    collect() {
      this.set(health().queued);
    },
  });
  new Gauge({
    name: "partforge_builds_running",
    help: "Jobs running in slots now",
    registers,
    collect() {
      this.set(health().running);
    },
  });
  new Gauge({
    name: "partforge_slots",
    help: "Slot processes by state: starting (warming up), idle, busy, retiring",
    labelNames: ["state"],
    registers,
    collect() {
      const slots = health().slots;
      for (const state of SLOT_STATES) this.set({ state }, slots.filter((slot) => slot.state === state).length);
    },
  });
  const perSlot = (name: string, help: string, field: "wasmBytes" | "heapUsedBytes" | "rssBytes") =>
    new Gauge({
      name,
      help,
      labelNames: ["slot"],
      registers,
      collect() {
        this.reset();
        for (const slot of health().slots) {
          const value = slot[field];
          if (value !== undefined) this.set({ slot: String(slot.id) }, value);
        }
      },
    });
  perSlot("partforge_slot_wasm_memory_bytes", "WebAssembly memory of each slot, as it last reported (the pool recycles a slot past its limit)", "wasmBytes");
  perSlot("partforge_slot_heap_used_bytes", "JavaScript heap in use in each slot, as it last reported", "heapUsedBytes");
  perSlot("partforge_slot_resident_memory_bytes", "Resident memory of each slot process, as it last reported", "rssBytes");
  /** A counter whose values the pool keeps: set to them at each scrape. */
  const counted = (name: string, help: string, labelName: string | undefined, values: () => Record<string, number>) =>
    new Counter({
      name,
      help,
      labelNames: labelName === undefined ? [] : [labelName],
      registers,
      collect() {
        this.reset();
        for (const [label, value] of Object.entries(values())) {
          if (labelName === undefined) this.inc(value);
          else this.inc({ [labelName]: label }, value);
        }
      },
    });
  counted("partforge_slot_recycles_total", "Slots replaced, by reason: builds (age), wasm (memory), timeout, memory, crash, kernel, overflow, internal, integrity, cancel (a build stopped by its caller)", "reason", () => health().recycles);
  counted("partforge_slot_start_failures_total", "Slots that failed to start", undefined, () => ({ failures: health().startFailures }));
  counted("partforge_slot_jobs_total", "Jobs (builds and describe runs) slots have answered", undefined, () => ({ jobs: health().buildsServed }));
  const NO_CACHE: Record<string, number> = {};
  counted("partforge_cache_hits_total", "Build cache hits by tier (memory, disk, shared: the file:// or s3:// tier every node shares)", "tier", () => {
    const cache = health().cache;
    return cache === undefined ? NO_CACHE : { memory: cache.memoryHits, disk: cache.diskHits, shared: cache.sharedHits };
  });
  counted("partforge_cache_errors_total", "Failed calls to the build cache's store (behind memory) or its leases; the builds went on without them", "store", () => {
    const cache = health().cache;
    return cache === undefined ? NO_CACHE : { store: cache.storeErrors, leases: cache.leaseErrors };
  });
  counted("partforge_cache_corrupt_total", "Cache entries that failed their checksum (damaged or partial), deleted and rebuilt", undefined, () => {
    const cache = health().cache;
    return cache === undefined ? NO_CACHE : { corrupt: cache.corruptEntries };
  });
  counted("partforge_cache_lease_waits_total", "Builds that waited for another node building the same request (single flight across nodes)", undefined, () => {
    const cache = health().cache;
    return cache === undefined ? NO_CACHE : { waits: cache.leaseWaits };
  });
  counted("partforge_cache_misses_total", "Build cache lookups that found nothing (the build ran in a slot)", undefined, () => {
    const cache = health().cache;
    return cache === undefined ? NO_CACHE : { misses: cache.misses };
  });
  new Gauge({
    name: "partforge_cache_memory_bytes",
    help: "Bytes the build cache holds in memory (outputs, metadata and descriptions)",
    registers,
    collect() {
      this.set(health().cache?.memoryBytes ?? 0);
    },
  });
}
