/**
 * The colours of a STEP file in the order of its parts. OCCT's document writer gives each
 * coloured top-level shape a presentation (MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION
 * with its STYLED_ITEMs, styles and colours), keeps them in a map keyed by the shape, and adds them
 * to the STEP model last, in that map's iteration order. The map hashes a shape by the addresses
 * of its TShape and location, so with two or more coloured parts the order of the presentations,
 * and with it the numbering of the file's last entities, depended on the heap's history: the same
 * request built twice in one process could give different bytes.
 *
 * `styleOrderMoves` reads the file the writer wrote and says how to reorder the model so that the
 * presentations come in the order of what they colour (the entities they style, which the writer
 * numbered in part order); the caller moves the entities and writes the model again, so the file
 * is OCCT's own text (its line wrapping depends on the numbers) for that order.
 */
/** Moves entity `from` (1-based) and the `count - 1` after it to `to` (< `from`), as `Interface_InterfaceModel::ChangeOrder` does. */
export interface EntityMove {
    from: number;
    to: number;
    count: number;
}
/**
 * The moves that put the presentations of the STEP file `bytes` (written by OCCT's document writer)
 * in canonical order: sorted by the entities outside the presentations they reference (what they
 * style, in order), each presentation followed by its entities not already placed, depth first
 * (the order in which OCCT adds an entity with its references). Empty when the file has fewer than
 * two presentations or they are in that order already; undefined when its last entities are not
 * laid out as the writer lays presentations out (then the file is left as it is). Only the file's
 * last entities, from the first presentation on, are decoded.
 */
export declare function styleOrderMoves(bytes: Uint8Array): EntityMove[] | undefined;
