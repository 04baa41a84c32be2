/** The prelude's text, ending with a line break. */
export declare function runtimePrelude(): string;
/** Names a Python script can use without defining or importing them (`$B` in the prelude). */
export declare const RUNTIME_BUILTINS: ReadonlySet<string>;
/** Built-ins refused at translation, with the reason given to the author. */
export declare const REFUSED_BUILTINS: ReadonlyMap<string, string>;
