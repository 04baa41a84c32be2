/** `npm run bench`: every benchmark section, measured in one run on this machine. */
import { benchCore } from "./core.ts";
import { benchFairness } from "./fairness.ts";
import { benchFormats } from "./formats.ts";
import { benchHttp } from "./http.ts";
import { benchHygiene } from "./hygiene.ts";
import { benchPool } from "./pool.ts";
import { stealShare } from "./measure.ts";

const sections: Record<string, () => Promise<void>> = { core: benchCore, formats: benchFormats, pool: benchPool, hygiene: benchHygiene, http: benchHttp, fairness: benchFairness };
const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in sections)) {
    console.error(`unknown benchmark section "${name}": use ${Object.keys(sections).join(", ")} (or none for all)`);
    process.exit(2);
  }
}

console.log(`# partforge benchmark — node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length !== 0 && !wanted.includes(name)) continue;
  const steal = await stealShare(run);
  if (steal !== undefined) console.log(`\n(${name}: ${(steal * 100).toFixed(1)} % of CPU time was taken by the host while it ran${steal > 0.02 ? " — the machine was contended, so these numbers are low" : ""})`);
}
