/** CadQuery's `Shell`: faces joined along their edges. */
import { makeShellFromFaces } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { SHELL_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { ShellArgs, ShellValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { unwrapShape, wrapAs } from "./wrap.ts";

const bind = binderFor<ShellValues>("Shell", SHELL_SIGNATURES, {});

/**
 * A shell: `Shell.makeShell(faces)`, or from `shape.Shells()`.
 * @example Shell.makeShell(Solid.makeBox(1, 1, 1).Faces()).Area() // 6
 */
export class Shell extends Shape {
  /**
   * The faces (and shells, such as `Face.makeRuledSurface` gives for two wires) sewn into one shell.
   * @example Solid.makeSolid(Shell.makeShell(Solid.makeBox(1, 1, 1).Faces())).Volume() // 1
   */
  static makeShell(...args: ShellArgs["makeShell"]): Shell {
    const { listOfFaces } = bind("makeShell", args);
    if (listOfFaces.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Shell.makeShell(listOfFaces): needs at least one face");
    return wrapAs(Shell, makeShellFromFaces(listOfFaces.map(unwrapShape)));
  }
}
