/**
 * Prints a draft of pending.ts from what the ports do today: for each port that does not build,
 * its error (and a category guessed from it); for each that builds but disagrees with
 * expected.json, the difference. Review the categories before committing the draft:
 *
 *   node --import tsx test/conformance/draft-pending.ts > /tmp/pending.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKernel } from "../../src/kernel/index.ts";
import { buildAndMeasure, difference, type Expected } from "./measure.ts";

const HERE = new URL(".", import.meta.url).pathname;
const expected = (JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")) as { programs: Record<string, Expected> }).programs;
const ports = readdirSync(join(HERE, "ports")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();

const CATEGORIES: [RegExp, string][] = [
  [/has no export named "func"|no export named "Solid"|no export named "Edge"|no export named "Wire"|occ_impl/, "missing: shape classes / func"],
  [/expected an options object like .*; got (true|false|"|an array)|must be a finite number; got an object|expected a plane name like "XY" or a Plane; got an object|expected a point .* got an object|expected a selector string .* got an object|: expected an options object like/, "call form: positional/keyword argument binding"],
  [/is not a function/, "missing: method"],
];

function category(message: string): string {
  return CATEGORIES.find(([pattern]) => pattern.test(message))?.[1] ?? "other";
}

await loadKernel();
const lines: string[] = [];
for (const name of ports) {
  try {
    const measured = await buildAndMeasure(readFileSync(join(HERE, "ports", `${name}.ts`), "utf8"));
    const wrong = difference(measured, expected[name]!);
    if (wrong) lines.push(`  ${JSON.stringify(name)}: { category: "disagrees with the native build", differs: ${JSON.stringify(wrong)} },`);
  } catch (error) {
    const message = (error as Error).message;
    lines.push(`  ${JSON.stringify(name)}: { category: ${JSON.stringify(category(message))}, error: ${JSON.stringify(message.split("\n")[0])} },`);
  }
}
console.log(lines.join("\n"));
