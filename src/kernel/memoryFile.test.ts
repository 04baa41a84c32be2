import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { isPartforgeError } from "../shared/errors.ts";
import { kernel, loadKernel } from "./load.ts";
import { writeThroughFile } from "./memoryFile.ts";

describe("writeThroughFile", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives each write only its own bytes and removes its file, also after a write that failed or threw", () => {
    const oc = kernel();
    const files = oc.FS.readdir("/tmp");
    const written = (text: string) => writeThroughFile(oc, "txt", (path) => (oc.FS.writeFile(path, text), true), "failed");
    assert.equal(new TextDecoder().decode(written("a longer first file")), "a longer first file");
    assert.throws(() => writeThroughFile(oc, "txt", (path) => (oc.FS.writeFile(path, "half"), false), "the writer failed"), (error) => isPartforgeError(error) && error.code === "GEOMETRY" && error.message === "the writer failed");
    assert.throws(() => writeThroughFile(oc, "txt", (path) => {
      oc.FS.writeFile(path, "interrupted");
      throw new Error("interrupted");
    }, "failed"), /interrupted/);
    assert.throws(() => writeThroughFile(oc, "txt", () => false, "wrote nothing"), /wrote nothing/);
    assert.deepEqual(oc.FS.readdir("/tmp"), files);
    assert.equal(new TextDecoder().decode(written("short")), "short");
    assert.deepEqual(oc.FS.readdir("/tmp"), files);
  });
});
