/**
 * Generates docs/api.md, the API reference of the `"partforge"` module, as markdown from the
 * reference data of src/api/reference.ts (JSDoc and the signature tables; the service renders
 * the same data at /docs/api). Run:
 *   node --import tsx docs/tools/apiDocs.ts > docs/api.md
 * test/api/apiDocs.test.ts fails when docs/api.md is stale or a public method has no example.
 */
import { fileURLToPath } from "node:url";
import { sections } from "../../src/api/reference.ts";

export { sections, entriesOf, type DocEntry } from "../../src/api/reference.ts";

export function renderApiDocs(): string {
  const out: string[] = [
    "# partforge API reference",
    "",
    "Generated from the JSDoc of the modelling API by `node --import tsx docs/tools/apiDocs.ts > docs/api.md`;",
    "do not edit by hand. Everything here is importable from `\"partforge\"` (and pre-loaded as globals).",
    "Methods are listed with CadQuery 2.5's parameters, in order, from the signature tables in src/api/signatures/:",
    "each parameter may be given positionally in that order, or by name in a trailing options object (Python's",
    "keyword arguments), or both (positional first, names for the rest); `null` or `undefined` is Python's `None`.",
    "See docs/cadquery-support.md for CadQuery parity.",
    "",
  ];
  for (const section of sections()) {
    out.push(`## ${section.title}`, "", section.intro, "");
    for (const entry of section.entries) {
      out.push(`### \`${entry.signature}\``, "");
      if (entry.description) out.push(entry.description, "");
      out.push(...entry.details);
      for (const example of entry.examples) out.push("```ts", example, "```", "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(renderApiDocs());
