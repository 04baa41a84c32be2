import type { ExportPart } from "./mesh.ts";
type Deletable = {
    delete(): void;
};
/**
 * The parts with each one that the writer would drop (its shape un-located and the partner of an
 * earlier, located part's shape: an un-located partner would be the same shape, which is one
 * product on purpose) given an explicit identity location. The kernel objects made are pushed to
 * `temporaries`.
 */
export declare function withLocatedPartners(parts: readonly ExportPart[], temporaries: Deletable[]): readonly ExportPart[];
export {};
