/** The namespace through which the prelude reads the `"partforge"` module. */
export declare const RUNTIME_NAMESPACE = "$pf";
/** The first line of every translated script: it binds `RUNTIME_NAMESPACE`, which the prelude (placed after it) reads. */
export declare const RUNTIME_IMPORT = "import * as $pf from \"partforge\";\n";
/** The prelude's text (no import or export: a plain script over `RUNTIME_NAMESPACE`), ending with a line break. */
export declare function runtimePrelude(): string;
/** Names a Python script can use without defining or importing them (`$B` in the prelude). */
export declare const RUNTIME_BUILTINS: ReadonlySet<string>;
/** Built-ins refused at translation, with the reason given to the author. */
export declare const REFUSED_BUILTINS: ReadonlyMap<string, string>;
