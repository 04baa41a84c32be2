/**
 * The translator's Python semantics, table-driven (issue 17, point 4): each row of
 * semantics.json is a Python expression (after optional statements) and the repr() CPython gives
 * for it; cpython-check.py confirms the table against CPython. The same program text (see
 * harness.py) runs here as a Python ModelScript, translated and compiled like any script.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { loadModelScript } from "../../src/modelscript/index.ts";
import { testScope } from "../../src/modelscript/testScope.ts";

interface Row {
  code: string;
  expr: string;
  expect: string;
}

const HERE = new URL(".", import.meta.url).pathname;
const rows = JSON.parse(readFileSync(new URL("./semantics.json", import.meta.url), "utf8")) as Row[];

/** The text harness.py's `program(rows)` builds. */
function program(table: readonly Row[]): string {
  const lines = ["def _show(f):", "    try:", "        return repr(f())", "    except Exception as err:", "        return 'raise ' + repr(err)", ""];
  table.forEach((row, i) => {
    lines.push(`def _row_${i}():`);
    for (const line of row.code === "" ? [] : row.code.split("\n")) lines.push(`    ${line}`);
    lines.push(`    return ${row.expr}`, "");
  });
  lines.push("def build():", `    return [${table.map((_, i) => `_show(_row_${i})`).join(", ")}]`);
  return lines.join("\n") + "\n";
}

describe("Python semantics of translated ModelScripts", () => {
  it(`gives CPython's value for each of the ${rows.length} rows of semantics.json`, async () => {
    const loaded = await loadModelScript(program(rows), { language: "py", scope: testScope, fileName: "semantics.py" });
    const results = loaded.run() as string[];
    const wrong = rows.flatMap((row, i) => (results[i] === row.expect ? [] : [`${JSON.stringify(row.code)} / ${row.expr}: expected ${row.expect}, got ${results[i]}`]));
    assert.deepEqual(wrong, []);
  });

  it("has a table that CPython confirms (when python3 is installed)", (t) => {
    const run = spawnSync("python3", [`${HERE}cpython-check.py`], { encoding: "utf8", timeout: 60_000 });
    if (run.error !== undefined && (run.error as NodeJS.ErrnoException).code === "ENOENT") return t.skip("python3 is not installed");
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`${rows.length} of ${rows.length} rows agree`));
  });
});
