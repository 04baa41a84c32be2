/** The FreeCAD and OpenCascade versions a native reference was built with, for the generated expected values' header. */
import { execFileSync } from "node:child_process";

export function nativeVersions(python: string): { freecad: string; occt: string } {
  const script = 'import sys; sys.path.append("/usr/lib/freecad-python3/lib"); import FreeCAD, Part; print(".".join(FreeCAD.Version()[:3])); print(Part.OCC_VERSION)';
  const [freecad, occt] = execFileSync(python, ["-c", script], { encoding: "utf8" }).trim().split("\n");
  return { freecad: freecad!, occt: occt! };
}
