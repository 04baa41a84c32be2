import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EXPORT_FORMATS, exportFormats, FILE_EXTENSIONS, MEDIA_TYPES, parseExportFormat } from "../../src/exporters/index.ts";

describe("export format table", () => {
  it("gives STL and STEP the media types and extensions of SPEC section 2", () => {
    assert.equal(MEDIA_TYPES.stl, "model/stl");
    assert.equal(FILE_EXTENSIONS.stl, ".stl");
    assert.equal(MEDIA_TYPES.step, "model/step");
    assert.equal(FILE_EXTENSIONS.step, ".step");
  });

  it("derives every table from the one format list", () => {
    const names = Object.keys(EXPORT_FORMATS);
    assert.deepEqual(exportFormats(), names);
    assert.deepEqual(Object.keys(MEDIA_TYPES), names);
    assert.deepEqual(Object.keys(FILE_EXTENSIONS), names);
    for (const info of Object.values(EXPORT_FORMATS)) {
      assert.match(info.mediaType, /^[a-z]+\/[a-z0-9.+-]+$/);
      assert.match(info.extension, /^\.[a-z0-9]+$/);
    }
  });

  it("reads a request's type case-insensitively and rejects unknown ones", () => {
    assert.equal(parseExportFormat("STL"), "stl");
    assert.equal(parseExportFormat(" Step "), "step");
    assert.equal(parseExportFormat("stp"), undefined);
    assert.equal(parseExportFormat("toString"), undefined);
  });
});
