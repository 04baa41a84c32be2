import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKernel } from "../../src/kernel/index.ts";
import { buildAndMeasure, difference, type Expected } from "./measure.ts";
const HERE = "/work/wt/func/test/conformance";
const expected = (JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")) as { programs: Record<string, Expected> }).programs;
const names = process.argv.slice(2);
async function main() {
await loadKernel();
for (const name of names) {
  try {
    const m = await buildAndMeasure(readFileSync(join(HERE, "ports", `${name}.ts`), "utf8"));
    const w = difference(m, expected[name]!);
    console.log(name, w ? `DIFFERS ${w}` : "PASS", JSON.stringify(m));
  } catch (e) { console.log(name, "ERROR", (e as Error).message.split("\n")[0]); }
}
}
main();
