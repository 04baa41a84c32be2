/**
 * The engine version in every cache key: partforge's own version and the versions of the
 * packages that shape a build's bytes. Bump `OUTPUT_FORMAT_REVISION` when partforge's own
 * output changes without a version change, so no stale file is ever served.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * 2: shelled solids' bytes changed (faces in a canonical order, closed hollows' edges canonical,
 * OCCT called with CadQuery's shell arguments), so entries cached before are not served.
 * 3: a STEP file of parts sharing one kernel shape, a moved one before the un-moved one, no longer
 * drops the un-moved part (src/kernel/stepPartners.ts), so the one-part files cached before are not served.
 * 4: booleans clean with CadQuery's own unifier call instead of SimplifyResult(…, 1e-3), and split and
 * chamfer no longer clean (CadQuery's do not): a split's halves changed bytes (examples-parametric-enclosure).
 * 5: split(keepTop/keepBottom) cuts with CadQuery's boxes (side 10 diagonals) whenever they reach the
 * solid: the cut faces' planes start at another corner (examples/cadquery/splitting, examples-splitting,
 * examples-parametric-enclosure).
 * An Assembly's face and edge parts are written (they were left out of every file): assy-axis-surface and
 * assy-plane-surface gained their surface, assy-point's STEP its "line" edge.
 * 6: extrude/cutBlind both=True fuse a prism each way (CadQuery's _extrude) instead of one prism of twice
 * the length (examples/cable-comb, mounting-bracket, cadquery/occ-bottle), and split's boxes are
 * CadQuery's extruded squares (splitting programs).
 * hole, cboreHole and cskHole build their tool once at the origin (CadQuery's bore axes, the
 * counterbore or cone fused to the bore) and cut moved copies of it, as deep as the bounding-box
 * diagonal by default: the holes' seams and edges changed bytes (every program with a hole).
 */
const OUTPUT_FORMAT_REVISION = 6;
const OUTPUT_PACKAGES = ["replicad", "replicad-opencascadejs", "ses"];
const APP_PACKAGE = fileURLToPath(new URL("../../../package.json", import.meta.url));

let memo: string | undefined;

/** e.g. `partforge@0.1.0 rev3 replicad@1.1.0 replicad-opencascadejs@1.1.0 ses@2.3.0 node20` */
export function engineVersion(): string {
  memo ??= [
    `partforge@${readVersion(APP_PACKAGE)}`,
    `rev${OUTPUT_FORMAT_REVISION}`,
    ...OUTPUT_PACKAGES.map((name) => `${name}@${packageVersion(name)}`),
    // V8's float formatting and Math functions are part of the output too.
    `node${process.versions.node.split(".")[0]}`,
  ].join(" ");
  return memo;
}

function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const candidate = join(dir, "package.json");
    try {
      const manifest = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
      if (manifest.name === name && typeof manifest.version === "string") return manifest.version;
    } catch {
      // no manifest here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

function readVersion(file: string): string {
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
