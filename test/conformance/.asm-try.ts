import { readFileSync } from "node:fs";
import { loadKernel } from "../../src/kernel/index.ts";
import { buildAndMeasure, difference } from "./measure.ts";
await loadKernel();
const HERE = "/work/wt/asm/test/conformance/";
const expected = JSON.parse(readFileSync(HERE + "expected.json", "utf8")).programs;
for (const name of process.argv.slice(2)) {
  const dir = name.includes("/") ? "" : "ports/";
  const t = Date.now();
  try {
    const m = await buildAndMeasure(readFileSync(HERE + dir + (name.endsWith(".ts") ? name : name + ".ts"), "utf8"));
    const base = name.split("/").pop()!.replace(/\.ts$/, "");
    console.log(name, Date.now() - t, "ms", JSON.stringify(m), expected[base] ? difference(m, expected[base]) ?? "MATCH" : "no expected");
  } catch (e) { console.log(name, "FAIL", (e as Error).message); }
}
