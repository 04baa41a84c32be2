export declare function looksLikePython(source: string): boolean;
