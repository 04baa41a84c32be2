import { suite, test } from "node:test";
import assert from "node:assert/strict";
import { describe, type CompiledScript, type Describable } from "../../../modelscript/index.ts";
import { deepFreeze } from "../../../shared/deepFreeze.ts";
import { DescribedScripts, type KeptDescription } from "./describedScripts.ts";

/** Only what the table reads of a compiled script. */
function compiled(sha256: string, code = `code of ${sha256}`, extra: Partial<CompiledScript> = {}): CompiledScript {
  return { language: "js", sha256, code, virtualFileName: `partforge-modelscript/${sha256}/model.js`, ...extra } as CompiledScript;
}

function description(name: string): KeptDescription {
  const described: Describable = { metadata: Object.freeze({ name }), uom: "mm", version: "1.0", parameters: Object.freeze([]), presets: Object.freeze({ default: Object.freeze({}) }) };
  return Object.freeze({ ...described, published: deepFreeze(describe(described)) });
}

suite("the slot's described scripts", () => {
  test("finds a description only for the same code, language and file name it was validated with", () => {
    const table = new DescribedScripts();
    const kept = description("a");
    table.remember(compiled("a"), kept);
    assert.equal(table.find(compiled("a")), kept);
    assert.equal(table.find(compiled("a", "other code")), undefined);
    assert.equal(table.find(compiled("a", undefined, { language: "ts" })), undefined);
    assert.equal(table.find(compiled("a", undefined, { virtualFileName: "partforge-modelscript/a/other.js" })), undefined);
    assert.equal(table.find(compiled("b")), undefined);
  });

  test("keeps at most its entry limit, forgetting the least recently found first", () => {
    const table = new DescribedScripts({ maxEntries: 2 });
    table.remember(compiled("a"), description("a"));
    table.remember(compiled("b"), description("b"));
    assert.ok(table.find(compiled("a")));
    table.remember(compiled("c"), description("c"));
    assert.equal(table.size, 2);
    assert.equal(table.find(compiled("b")), undefined);
    assert.ok(table.find(compiled("a")));
    assert.ok(table.find(compiled("c")));
  });

  test("keeps at most its budget of code characters, and never a script larger than the whole budget", () => {
    const table = new DescribedScripts({ maxCodeCharacters: 25 });
    const scripts = ["a", "b", "c"].map((sha) => compiled(sha, sha.repeat(10)));
    for (const script of scripts) table.remember(script, description(script.sha256));
    assert.deepEqual(scripts.map((script) => table.find(script) !== undefined), [false, true, true]);
    table.remember(compiled("d", "w".repeat(26)), description("d"));
    assert.equal(table.find(compiled("d", "w".repeat(26))), undefined);
    assert.equal(table.size, 2);
  });

  test("replaces the entry of a script remembered again, counting its code once", () => {
    const table = new DescribedScripts({ maxCodeCharacters: 25 });
    for (let i = 0; i < 5; i++) table.remember(compiled("a", "x".repeat(10)), description(`a${i}`));
    table.remember(compiled("b", "y".repeat(10)), description("b"));
    assert.equal(table.size, 2);
    assert.equal(table.find(compiled("a", "x".repeat(10)))?.metadata.name, "a4");
  });
});
