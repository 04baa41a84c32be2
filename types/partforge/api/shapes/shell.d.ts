import type { ShellArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
/**
 * A shell: `Shell.makeShell(faces)`, or from `shape.Shells()`.
 * @example Shell.makeShell(Solid.makeBox(1, 1, 1).Faces()).Area() // 6
 */
export declare class Shell extends Shape {
    /**
     * The faces (and shells, such as `Face.makeRuledSurface` gives for two wires) sewn into one shell.
     * @example Solid.makeSolid(Shell.makeShell(Solid.makeBox(1, 1, 1).Faces())).Volume() // 1
     */
    static makeShell(...args: ShellArgs["makeShell"]): Shell;
}
