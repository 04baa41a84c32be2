import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { exportFormats } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { DEFAULT_EXPORT_OPTIONS } from "./exportOptions.ts";
import { DEFAULT_TENANT, MAX_BUILD_TIMEOUT_MS, parseExportOptions, parseOutputType, resolveBuildRequest, type BuildRequest, type OutputType } from "./request.ts";

function usage(param: string | undefined, message: RegExp): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof PartforgeError);
    assert.equal(error.code, "USAGE");
    assert.equal(error.param, param);
    assert.match(error.message, message);
    return true;
  };
}

describe("parseOutputType", () => {
  it("reads every type of the format table in any case and spacing", () => {
    for (const format of exportFormats()) {
      assert.equal(parseOutputType(format.toUpperCase()), format);
      assert.equal(parseOutputType(` ${format} `), format);
    }
  });

  it("refuses a missing type, listing every type of the format table", () => {
    const listed = new RegExp(`^type is required: ${exportFormats().map((f) => f.toUpperCase()).join(".*")}$`);
    for (const missing of [undefined, null, ""]) assert.throws(() => parseOutputType(missing), usage("type", listed));
  });

  it("refuses an unknown type or a non-string, quoting it and listing the types", () => {
    assert.throws(() => parseOutputType("obj"), usage("type", /^unknown output type "obj": use one of STL, STEP, .* or /));
    assert.throws(() => parseOutputType("toString"), usage("type", /unknown output type "toString"/));
    assert.throws(() => parseOutputType(3), usage("type", /unknown output type "3"/));
  });
});

describe("parseExportOptions", () => {
  it("gives the defaults for absent or empty fields", () => {
    assert.deepEqual(parseExportOptions({}, "stl"), DEFAULT_EXPORT_OPTIONS);
    assert.deepEqual(parseExportOptions({ tolerance: "", angularTolerance: "", ascii: "" }, "stl"), DEFAULT_EXPORT_OPTIONS);
  });

  it("reads numbers and booleans as text", () => {
    assert.deepEqual(parseExportOptions({ tolerance: "0.05", angularTolerance: "1e-1", ascii: "Yes" }, "stl"), { tolerance: 0.05, angularTolerance: 0.1, ascii: true });
    assert.equal(parseExportOptions({ ascii: "off" }, "stl").ascii, false);
  });

  it("refuses text that is not a number or boolean, and numbers out of bounds, naming the field", () => {
    assert.throws(() => parseExportOptions({ tolerance: "0x10" }, "stl"), usage("tolerance", /tolerance must be a number; got "0x10"/));
    assert.throws(() => parseExportOptions({ angularTolerance: "Infinity" }, "stl"), usage("angularTolerance", /must be a number/));
    assert.throws(() => parseExportOptions({ ascii: "maybe" }, "stl"), usage("ascii", /ascii must be true or false; got "maybe"/));
    assert.throws(() => parseExportOptions({ tolerance: "0" }, "stl"), usage("tolerance", /tolerance must be a number from 0.001 to 10/));
    assert.throws(() => parseExportOptions({ output: { out_view: "top" } }, "stl"), usage("out_view", /does not apply to type=STL/));
    assert.throws(() => parseExportOptions({ output: { out_colour: "red" } }, "png"), usage("out_colour", /unknown output option/));
  });
});

describe("resolveBuildRequest", () => {
  const request: BuildRequest = { source: "export function build() {}", language: "js", type: "stl" };

  it("fills in the defaults: no preset, no values, default options, the default tenant, the given time limit", () => {
    assert.deepEqual(resolveBuildRequest(request, { timeoutMs: 30_000 }), {
      source: request.source,
      language: "js",
      type: "stl",
      preset: undefined,
      values: {},
      options: DEFAULT_EXPORT_OPTIONS,
      tenant: DEFAULT_TENANT,
      timeoutMs: 30_000,
    });
  });

  it("keeps what the request gives, and survives a JSON round trip unchanged (a queue's job data)", () => {
    const full: BuildRequest = { ...request, fileName: "part.js", preset: "big", values: { p_a: "2", p_b: 3 }, options: { tolerance: 0.5 }, tenant: "acc_1", timeoutMs: 5000 };
    const resolved = resolveBuildRequest(full, { timeoutMs: 30_000 });
    assert.deepEqual(resolved, { ...full, options: { ...DEFAULT_EXPORT_OPTIONS, tolerance: 0.5 } });
    assert.deepEqual(resolveBuildRequest(JSON.parse(JSON.stringify(full)) as BuildRequest, { timeoutMs: 30_000 }), resolved);
  });

  it("refuses what an untyped caller may send: no script, a bad language or type, a bad time limit or tenant", () => {
    const defaults = { timeoutMs: 30_000 };
    assert.throws(() => resolveBuildRequest({ ...request, source: undefined as unknown as string }, defaults), usage(undefined, /script text and its language/));
    assert.throws(() => resolveBuildRequest({ ...request, language: "rb" as "js" }, defaults), usage(undefined, /\(ts, js or py\)/));
    assert.throws(() => resolveBuildRequest({ ...request, type: "STP" as OutputType }, defaults), usage("type", /unknown output type "STP"/));
    assert.throws(() => resolveBuildRequest({ ...request, timeoutMs: MAX_BUILD_TIMEOUT_MS + 1 }, defaults), usage(undefined, /time limit must be from 1 ms/));
    assert.throws(() => resolveBuildRequest({ ...request, timeoutMs: 0 }, defaults), usage(undefined, /time limit/));
    assert.throws(() => resolveBuildRequest({ ...request, options: { angularTolerance: 2 } }, defaults), usage("angularTolerance", /from 0.01 to 1.5/));
    assert.throws(() => resolveBuildRequest({ ...request, tenant: "" }, defaults), usage(undefined, /tenant must be a non-empty string/));
  });
});
