/**
 * Compile time of a ModelScript the compile cache has not seen (issue 15): each example compiled
 * as a new text again and again (a comment with the run's number appended, so nothing is reused
 * but what a process keeps for every script: for Python, the runtime prelude compiled once), the
 * examples interleaved run by run. Prints per example the median and p90, and the first Python
 * compile of the process, which also compiles the prelude.
 *
 * `npm run bench -- compile [--runs N]` (default 40).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileModelScript, type ScriptLanguage } from "../src/modelscript/index.ts";
import { formatMs, median, printTable, timeOnce } from "./measure.ts";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));
const DEFAULT_RUNS = 40;
const COMMENT: Record<ScriptLanguage, string> = { ts: "//", js: "//", py: "#" };

interface Example {
  name: string;
  language: ScriptLanguage;
  source: string;
}

export async function benchCompile(args: readonly string[] = []): Promise<void> {
  const runs = parseRuns(args);
  const examples: Example[] = readdirSync(EXAMPLES)
    .filter((name) => /\.(ts|js|py)$/.test(name))
    .sort()
    .map((name) => ({ name, language: name.slice(name.lastIndexOf(".") + 1) as ScriptLanguage, source: readFileSync(EXAMPLES + name, "utf8") }));
  const python = examples.find((example) => example.language === "py");
  const first = python === undefined ? undefined : await timeOnce(() => compile(python, -1));
  const times = new Map(examples.map((example) => [example.name, [] as number[]]));
  for (let run = 0; run < runs; run++) {
    for (const example of examples) times.get(example.name)!.push((await timeOnce(() => compile(example, run))).ms);
  }
  const rows = examples.map((example) => {
    const sorted = [...times.get(example.name)!].sort((a, b) => a - b);
    return [example.name, example.language, formatMs(median(sorted)), formatMs(sorted[Math.floor(sorted.length * 0.9)]!)];
  });
  if (first !== undefined) rows.push([`${python!.name}, first of the process`, "py", formatMs(first.ms), ""]);
  printTable(`Compile of a new text (${runs} runs each, ms)`, ["example", "language", "median", "p90"], rows);
}

function compile(example: Example, run: number): Promise<unknown> {
  return compileModelScript(`${example.source}\n${COMMENT[example.language]} run ${run}\n`, { language: example.language, fileName: example.name });
}

function parseRuns(args: readonly string[]): number {
  if (args.length === 0) return DEFAULT_RUNS;
  const runs = Number(args[1]);
  if (args[0] !== "--runs" || args.length !== 2 || !Number.isInteger(runs) || runs < 1) {
    throw new Error("usage: npm run bench -- compile [--runs N] (N a whole number of at least 1)");
  }
  return runs;
}
