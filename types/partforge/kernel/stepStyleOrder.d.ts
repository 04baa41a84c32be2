import { type EntityMove } from "./entityMoves.ts";
/**
 * The colours of a STEP file in the order of its parts. OCCT's document writer gives each
 * coloured top-level shape a presentation (MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION
 * with its STYLED_ITEMs, styles and colours), keeps them in a map keyed by the shape, and adds them
 * to the STEP model last, in that map's iteration order. The map hashes a shape by the addresses
 * of its TShape and location, so with two or more coloured parts the order of the presentations,
 * and with it the numbering of the file's last entities, depended on the heap's history: the same
 * request built twice in one process could give different bytes.
 *
 * `styleOrder` reads the file the writer wrote and puts the presentations in the order of what
 * they colour (the entities they style, which the writer numbered in part order). Only the file's
 * last entities, from the first presentation on, change: they are numbered again and written as
 * OCCT's writer writes them (`stepEntityText.ts`: its line breaks depend on the numbers), so the
 * file is the one OCCT writes for its model with those entities moved. Where that text cannot be
 * written here, it says how to move the model's entities for OCCT to write the model again.
 *
 * The bindings offer no cheaper way: the document writer's `Transfer` without `Write` is bound
 * only with its multi-file prefix as a string (never null), which writes no colours, and the
 * session's lists of an entity's references (`Shareds`) come back as a type without bindings.
 */
/** What putting a STEP file's colours in the order of its parts takes. */
export type StyleOrder = 
/** Nothing: fewer than two presentations, or in that order already. */
{
    kind: "inOrder";
}
/** The last entities are not laid out as the writer lays out presentations: the file is left as it is. */
 | {
    kind: "unrecognised";
}
/** The file with its presentations in order. */
 | {
    kind: "renumbered";
    bytes: Uint8Array;
}
/** The moves of the model's entities after which OCCT writes the file in order (its presentations have text not written here). */
 | {
    kind: "moves";
    moves: EntityMove[];
};
/**
 * How to put the presentations of the STEP file `bytes` (written by OCCT's document writer) in
 * canonical order: sorted by the entities outside the presentations they reference (what they
 * style, in order), each presentation followed by its entities not already placed, depth first
 * (the order in which OCCT adds an entity with its references). Reads only the file's last
 * entities, and the rest of the file once to check that nothing there refers to them. With
 * `renumber: false` it gives the moves even where it could renumber the file (a reference for tests).
 * @example styleOrder(bytes) // { kind: "renumbered", bytes: … } for an assembly whose colours came out of order
 */
export declare function styleOrder(bytes: Uint8Array, options?: {
    renumber?: boolean;
}): StyleOrder;
