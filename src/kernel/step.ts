import { PartforgeError } from "../shared/errors.ts";
import { metresPer, type Unit } from "../shared/units.ts";
import { withKernel } from "./kernelError.ts";
import { kernel } from "./load.ts";
import { checkPartColor, type ExportPart } from "./mesh.ts";
import { writeThroughFile } from "./memoryFile.ts";
import { memoizedBytes } from "./memoSession.ts";
import type { EntityMove } from "./entityMoves.ts";
import { STEP_LINE_LENGTH } from "./stepEntityText.ts";
import { styleOrder } from "./stepStyleOrder.ts";
import { withStepSession, type StepSession } from "./stepSession.ts";
import { withLocatedPartners } from "./stepPartners.ts";

export interface WriteStepOptions {
  /** The model's unit: the file declares it and its coordinates are in it (no scaling). */
  unit: Unit;
}

/** What OCCT's `write.step.unit` calls each partforge unit. */
const STEP_UNIT_NAMES: Readonly<Record<Unit, string>> = { mm: "MM", cm: "CM", m: "M", in: "INCH", ft: "FT" };

/** The FILE_NAME time stamp every partforge STEP file carries, so equal input gives equal bytes. */
export const STEP_TIME_STAMP = "1970-01-01T00:00:00";

type OpenCascade = ReturnType<typeof kernel>;
type Deletable = { delete(): void };

/**
 * Writer settings are process-wide statics in OCCT. Every export pins all that shape the file
 * (to OCCT's own defaults, except schema and unit) and restores them, so nothing set elsewhere
 * (e.g. replicad's `exportSTEP`, which picks AP242) changes partforge's output.
 */
function writerStatics(unit: Unit): Record<string, string> {
  return {
    "write.step.schema": "AP214IS",
    "write.step.unit": STEP_UNIT_NAMES[unit],
    "write.step.assembly": "Auto",
    "write.surfacecurve.mode": "On",
    "write.precision.mode": "Average",
    "write.step.vertex.mode": "Compound",
    "write.step.nonmanifold": "Off",
    // Cached meshes from an earlier tessellation must not end up in the file.
    "write.step.tessellated": "Off",
  };
}

/** The document writer's own statics besides `writerStatics` (registered by STEPCAFControl_Writer only). */
const DOCUMENT_WRITER_STATICS: Readonly<Record<string, string>> = { "write.stepcaf.subshapes.name": "Off" };

/**
 * Runs `body` with the statics at `values`, and puts back the ones it changed. A static already
 * at its value is left alone (setting it again would change nothing): each of these calls costs
 * a few µs, and most statics are at their value already.
 */
function withWriterStatics<T>(oc: OpenCascade, values: Record<string, string>, body: () => T): T {
  const saved: [string, string][] = [];
  const savedAutoNaming = oc.XCAFDoc_ShapeTool.AutoNaming();
  try {
    for (const [name, value] of Object.entries(values)) {
      const current = oc.Interface_Static.CVal(name);
      if (current === value) continue;
      saved.push([name, current]);
      if (!oc.Interface_Static.SetCVal(name, value)) {
        throw new PartforgeError("INTERNAL", `the STEP writer refused the setting ${name}=${value}`);
      }
    }
    // Names come from the parts only, never from generated defaults.
    oc.XCAFDoc_ShapeTool.SetAutoNaming(false);
    return body();
  } finally {
    for (const [name, value] of saved) oc.Interface_Static.SetCVal(name, value);
    oc.XCAFDoc_ShapeTool.SetAutoNaming(savedAutoNaming);
  }
}

function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** `#rrggbb` (sRGB) as OCCT's linear RGB channels. */
function linearRgb(color: string): [number, number, number] {
  const channel = (at: number) => srgbToLinear(parseInt(color.slice(at, at + 2), 16) / 255);
  return [channel(1), channel(3), channel(5)];
}

/** Builds an XCAF document with one named (and optionally coloured) free shape per part. */
function buildDocument(oc: OpenCascade, parts: readonly ExportPart[], unit: Unit, temporaries: Deletable[]) {
  const keep = <T extends Deletable>(object: T): T => {
    temporaries.push(object);
    return object;
  };
  const format = keep(new oc.TCollection_ExtendedString("XmlXCAF", true));
  const document = keep(new oc.TDocStd_Document(format));
  // Shapes are in the model's unit; the writer converts from this unit to write.step.unit (the same).
  oc.XCAFDoc_DocumentTool.SetLengthUnit(document, metresPer(unit));
  const main = keep(document.Main());
  const shapeTool = keep(oc.XCAFDoc_DocumentTool.ShapeTool(main));
  const colorTool = keep(oc.XCAFDoc_DocumentTool.ColorTool(main));
  parts.forEach((part, index) => {
    const shape = part.shape.wrapped;
    if (shape.IsNull()) throw new PartforgeError("GEOMETRY", `part "${part.name}" has no geometry`);
    const label = keep(shapeTool.NewShape());
    shapeTool.SetShape(label, shape);
    const name = keep(new oc.TCollection_ExtendedString(productName(part, index), true));
    keep(oc.TDataStd_Name.Set(label, name));
    if (part.color !== undefined) {
      const color = keep(new oc.Quantity_ColorRGBA(...linearRgb(part.color), 1));
      colorTool.SetColor(label, color, oc.XCAFDoc_ColorType.XCAFDoc_ColorSurf);
    }
  });
  shapeTool.UpdateAssemblies();
  return document;
}

type Writer = InstanceType<OpenCascade["STEPCAFControl_Writer"]>;

/** A STEP writer on `session`. Making it also registers the writer's statics. */
function makeWriter(oc: OpenCascade, session: StepSession, temporaries: Deletable[]): Writer {
  const writer = new oc.STEPCAFControl_Writer(session, false);
  temporaries.push(writer);
  writer.SetNameMode(true);
  writer.SetColorMode(true);
  writer.SetLayerMode(false);
  writer.SetPropsMode(false);
  return writer;
}

/** Runs the writer into the in-memory file system and takes the file back out. */
function performWrite(
  oc: OpenCascade,
  writer: Writer,
  document: InstanceType<OpenCascade["TDocStd_Document"]>,
  temporaries: Deletable[],
): Uint8Array {
  const progress = new oc.Message_ProgressRange();
  temporaries.push(progress);
  return writeThroughFile(oc, "step", (path) => writer.Perform(document, path, progress), "STEP export failed: the STEP writer could not translate the shapes");
}

/** The index range of the FILE_NAME time stamp (its second field) in a STEP file's header. */
function timeStampRange(bytes: Uint8Array): [number, number] {
  // A single-byte decoding: character i is byte i.
  const header = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1", 0, Math.min(bytes.length, 4096));
  const match = /FILE_NAME\s*\(\s*'(?:[^']|'')*'\s*,\s*'([^']*)'/.exec(header);
  if (match === null) throw new PartforgeError("INTERNAL", "the STEP writer wrote no FILE_NAME header");
  const end = match.index + match[0].length - 1;
  return [end - match[1]!.length, end];
}

/** `STEP_TIME_STAMP` as bytes. */
const TIME_STAMP_BYTES = new TextEncoder().encode(STEP_TIME_STAMP);

/**
 * Replaces the writer's wall-clock time stamp by `STEP_TIME_STAMP` (ISO 10303-21 §8.2.2), in
 * place when the two are as long (OCCT writes `YYYY-MM-DDThh:mm:ss`, as long): `bytes` are the
 * export's own, just read from the kernel's file (or made by `nameProducts`).
 */
function fixTimeStamp(bytes: Uint8Array): Uint8Array {
  const [start, end] = timeStampRange(bytes);
  const stamp = TIME_STAMP_BYTES;
  if (end - start === stamp.length) {
    bytes.set(stamp, start);
    return bytes;
  }
  const fixed = new Uint8Array(bytes.length - (end - start) + stamp.length);
  fixed.set(bytes.subarray(0, start), 0);
  fixed.set(stamp, start);
  fixed.set(bytes.subarray(end), start + stamp.length);
  return fixed;
}

/** What the file depends on besides the shapes: the writer makes one product per distinct kernel shape, so which parts share one counts too. */
function stepKeyArgs(parts: readonly ExportPart[], options: WriteStepOptions): unknown {
  const sharing = parts.map((part) => parts.findIndex((other) => other.shape.wrapped.IsPartner(part.shape.wrapped)));
  return { unit: options.unit, parts: parts.map((part, index) => ({ name: part.name, color: part.color ?? null, sharing: sharing[index]! })) };
}

/**
 * Writes the parts as one STEP AP214 file (ISO 10303-214, B-rep): one named product per part,
 * coloured where the part has a colour, in the model's unit. Byte-identical for identical input.
 * Kernel failures become GEOMETRY errors.
 *
 * Parts the plain writer can express (`plainWriterFits`) are written by it; the rest through an
 * XCAF document. Both write the same bytes for such parts (`src/kernel/step.test.ts` compares
 * them); the plain writer saves the document's fixed cost, about 0.5 ms of an export (a plate
 * with a hole: 2.5 against 3.0 ms), and nothing measurable on a large file. A file the plain
 * writer wrote that is not the document's is written again through the document, which costs
 * the plain write: `nameProducts` keeps that to what the plain writer cannot express.
 *
 * Where a small export's time goes (issue 15; a 10 mm box, plain writer, in-process, kernel warm,
 * wall medians of 1000 on a lightly loaded machine, µs): OCCT's Transfer 840 and Write 675 (native
 * OCCT 7.6.3, the same calls in C++, thread CPU medians: 780 and 520), clearing the session 80, pinning and restoring the statics 50, reading the
 * file back and removing it 30, making the writer and its model 40, the rest (`nameProducts`, the
 * time stamp, checks) under 100, of about 1.9 ms. Through the document (two coloured parts, 4 ms)
 * making the STEPCAFControl_Writer alone costs about 0.25 ms: its STEPControl_Writer member is
 * built with a session of its own, which it customises for the STEP norm and then drops for the
 * shared one. A writer kept from one export to the next would save that, but it keeps the
 * presentations of the parts it coloured (`myMapCompMDGPR`, never cleared) and adds them to every
 * later file, so each export makes its own.
 *
 * @example writeStep([{ name: "block", shape }], { unit: "in" }) // a 1 in cube is written as 1.0, unit INCH
 */
export function writeStep(parts: readonly ExportPart[], options: WriteStepOptions): Uint8Array {
  return writeStepWith(parts, options, writeChosen);
}

/**
 * How the document writer's file gets its colours in the order of the parts (`withStylesInPartOrder`):
 * `renumbered` in the file where it can be (what `writeStep` does), by OCCT `writtenAgain` after
 * moving the model's entities (the reference the renumbering is checked against), or not at all,
 * `asWritten` by OCCT in an order that depends on memory addresses.
 */
export type StyleOrdering = "renumbered" | "writtenAgain" | "asWritten";

const writeChosen: WriteParts = (oc, parts, unit) => writeFile(oc, parts, unit, writeIfPlainFits) ?? writeFile(oc, parts, unit, writeDocument("renumbered"));

/** The plain writer's file, or undefined where it does not write the document writer's (`writePlain`). */
const writeIfPlainFits: WriteAttempt = (oc, parts, unit, written) => (plainWriterFits(parts) ? writePlain(oc, parts, unit, written) : undefined);

/**
 * `writeStep` always through an XCAF document: the reference the plain writer's bytes are checked
 * against, and with `styles` other than `renumbered`, the reference for the order of the colours.
 */
export function writeStepThroughDocument(parts: readonly ExportPart[], options: WriteStepOptions & { styles?: StyleOrdering }): Uint8Array {
  const write = writeDocument(options.styles ?? "renumbered");
  return writeStepWith(parts, options, (oc, documentParts, unit) => writeFile(oc, documentParts, unit, write));
}

/**
 * `writeStep` through the plain writer alone: its file, or undefined for parts it cannot write as
 * the document writer does (`plainWriterFits`, `nameProducts`), which `writeStep` writes through
 * the document. Not memoized: for checking which writer a file comes from.
 */
export function writeStepWithoutDocument(parts: readonly ExportPart[], options: WriteStepOptions): Uint8Array | undefined {
  checkParts(parts);
  return withKernel("STEP export", () => writeFile(kernel(), parts, options.unit, writeIfPlainFits));
}

/** One way of writing the parts as a STEP file. */
type WriteParts = (oc: OpenCascade, parts: readonly ExportPart[], unit: Unit) => Uint8Array;

/** One writer's attempt at the file, in the session `written` holds: its file, or undefined where it cannot write the parts. */
type WriteAttempt<T extends Uint8Array | undefined = Uint8Array | undefined> = (oc: OpenCascade, parts: readonly ExportPart[], unit: Unit, written: Written) => T;

/** Where one export writes: the shared work session (`stepSession.ts`), and the kernel objects it made, freed after the export. */
interface Written {
  session: StepSession;
  temporaries: Deletable[];
}

function checkParts(parts: readonly ExportPart[]): void {
  if (parts.length === 0) throw new PartforgeError("INVALID_RESULT", "STEP export failed: there is nothing to export");
  parts.forEach(checkPartColor);
}

function writeStepWith(parts: readonly ExportPart[], options: WriteStepOptions, write: WriteParts): Uint8Array {
  checkParts(parts);
  return withKernel("STEP export", () => memoizedBytes("step", () => stepKeyArgs(parts, options), parts.map((part) => part.shape), () => write(kernel(), parts, options.unit)));
}

/**
 * The file `write` makes of the parts, with its time stamp fixed; the kernel objects it made are
 * freed and the session is cleared, so a second attempt starts from what a first one would.
 */
function writeFile<T extends Uint8Array | undefined>(oc: OpenCascade, parts: readonly ExportPart[], unit: Unit, write: WriteAttempt<T>): T {
  return withStepSession(oc, (session) => {
    const temporaries: Deletable[] = [];
    try {
      const bytes = write(oc, withLocatedPartners(parts, temporaries), unit, { session, temporaries });
      return (bytes === undefined ? bytes : fixTimeStamp(bytes)) as T;
    } finally {
      // In reverse order of creation (labels before their document), and before the session is cleared.
      for (const object of temporaries.reverse()) object.delete();
    }
  });
}

const writeDocument = (styles: StyleOrdering): WriteAttempt<Uint8Array> => (oc, parts, unit, { session, temporaries }) => {
  const writer = makeWriter(oc, session, temporaries);
  return withWriterStatics(oc, { ...writerStatics(unit), ...DOCUMENT_WRITER_STATICS }, () => {
    const document = buildDocument(oc, parts, unit, temporaries);
    const bytes = performWrite(oc, writer, document, temporaries);
    return styles === "asWritten" ? bytes : withStylesInPartOrder(oc, bytes, { session, writer, temporaries, renumber: styles === "renumbered" });
  });
};

/**
 * The file with its colours in the order of the parts: the writer adds the presentations of
 * coloured parts in an order that depends on memory addresses (`stepStyleOrder.ts`). When they are
 * out of order their entities are numbered again in the file, or, where their text is not one
 * `stepStyleOrder.ts` writes, moved in the model and the model written again.
 */
function withStylesInPartOrder(oc: OpenCascade, bytes: Uint8Array, written: WrittenModel & { renumber: boolean }): Uint8Array {
  const order = styleOrder(bytes, { renumber: written.renumber });
  if (order.kind === "inOrder" || order.kind === "unrecognised") return bytes;
  const reordered = order.kind === "renumbered" ? order.bytes : writtenAgain(oc, order.moves, written);
  if (styleOrder(reordered).kind !== "inOrder") {
    throw new PartforgeError("INTERNAL", "STEP export failed: the colours could not be put in the order of the parts");
  }
  return reordered;
}

/** The writer that wrote a file, with its session (whose model it wrote) and the export's temporaries. */
interface WrittenModel {
  session: StepSession;
  writer: Writer;
  temporaries: Deletable[];
}

/** The session's model written again after `moves`. */
function writtenAgain(oc: OpenCascade, moves: readonly EntityMove[], { session, writer, temporaries }: WrittenModel): Uint8Array {
  const model = session.Model();
  temporaries.push(model);
  for (const { from, to, count } of moves) model.ChangeOrder(from, to, count);
  return writeThroughFile(oc, "step", (path) => writer.Write(path) === oc.IFSelect_ReturnStatus.IFSelect_RetDone, "STEP export failed: the STEP writer could not write the file");
}

/** A part's product name: its own, or `part-N` (N from 1) when it has none. */
function productName(part: ExportPart, index: number): string {
  return part.name || `part-${index + 1}`;
}

/**
 * Whether the plain writer (STEPControl_Writer, no document) writes these parts byte for byte as
 * the XCAF document does: no colours (only a document carries them), no compound solid (the two
 * write it differently), no two parts that are the same shape (one kernel shape at one location:
 * the document makes them one product; one kernel shape at two locations, as `moved` makes, is
 * two products both ways), and names of printable ASCII without `'` or `\` (the plain writer
 * takes its product name unescaped, see `writePlain`). A compound, of any shapes and nested, is
 * one representation both ways: the plain writer's assembly mode is off (`writePlain`), as the
 * document writer's is for a shape that is not an assembly of labels.
 */
export function plainWriterFits(parts: readonly ExportPart[]): boolean {
  const compoundSolid = kernel().TopAbs_ShapeEnum.TopAbs_COMPSOLID;
  return parts.every((part, index) => {
    const shape = part.shape.wrapped;
    if (part.color !== undefined || shape.IsNull() || !/^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/.test(productName(part, index))) return false;
    if (shape.ShapeType() === compoundSolid) return false;
    return parts.every((other, otherIndex) => otherIndex === index || !other.shape.wrapped.IsSame(shape));
  });
}

/**
 * One product per part through STEPControl_Writer, or undefined when it could not write the
 * parts or the file it wrote is not the document writer's (then the caller writes through the
 * document). Its product name comes from the static `write.step.product.name`, to which OCCT
 * appends a process-wide counter (`PRODUCT('bracket 17','bracket 17',…)`); `nameProducts` takes
 * the counter off again.
 */
function writePlain(oc: OpenCascade, parts: readonly ExportPart[], unit: Unit, { session, temporaries }: Written): Uint8Array | undefined {
  // Making the writer registers its statics, so it comes before they are pinned.
  const writer = new oc.STEPControl_Writer(session, false);
  temporaries.push(writer);
  const progress = new oc.Message_ProgressRange();
  temporaries.push(progress);
  // Assembly mode off: a compound is one representation, as in the document (not an assembly of products).
  const bytes = withWriterStatics(oc, { ...writerStatics(unit), "write.step.assembly": "Off", "write.step.product.name": "" }, () => {
    const model = writer.Model(false);
    temporaries.push(model);
    // The shapes' unit, in millimetres (the document path sets it from the document's length unit).
    model.SetLocalLengthUnit(metresPer(unit) * 1000);
    let translated: boolean;
    try {
      translated = parts.every((part, index) => {
        setProductName(oc, productName(part, index));
        return writer.Transfer(part.shape.wrapped, oc.STEPControl_StepModelType.STEPControl_AsIs, true, progress) === oc.IFSelect_ReturnStatus.IFSelect_RetDone;
      });
    } finally {
      // Back to its pinned value: `withWriterStatics` restores only what it changed, and a part's
      // name must not stay in a process-wide static after its export (the next build's would see it).
      setProductName(oc, "");
    }
    if (!translated) return undefined;
    return writeThroughFile(oc, "step", (path) => writer.Write(path) === oc.IFSelect_ReturnStatus.IFSelect_RetDone, "STEP export failed: the STEP writer could not write the file");
  });
  return bytes === undefined ? undefined : nameProducts(bytes, parts);
}

function setProductName(oc: OpenCascade, name: string): void {
  if (!oc.Interface_Static.SetCVal("write.step.product.name", name)) {
    throw new PartforgeError("INTERNAL", "the STEP writer refused the setting write.step.product.name");
  }
}

/** What every PRODUCT entity's line holds after its id (`#12 = PRODUCT(`), as bytes. */
const PRODUCT_OPENING = new TextEncoder().encode(" = PRODUCT(");
/** Where the writer may break an entity's line: before any of its tokens, indenting the next line. */
const BREAK = String.raw`(?:\n *)?`;
/**
 * A PRODUCT entity as the writers write it, on one line or broken between its tokens (never
 * inside a name, unless the name alone is too long for a line): id, name, description, contexts.
 */
const PRODUCT_ENTITY = new RegExp(String.raw`^#(\d+) = PRODUCT\(${BREAK}'([^'\n]*)'${BREAK},${BREAK}'([^'\n]*)'${BREAK},${BREAK}''${BREAK},${BREAK}\(${BREAK}(#\d+)${BREAK}\)${BREAK}\);$`, "my");
const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;

/**
 * The PRODUCT entities of a STEP file: where each starts and ends and its text. A byte search
 * finds them, and only their lines are decoded: this runs on every plain-written STEP export.
 * Decoding the whole file and running a multi-line regex over it cost `nameProducts` 14 µs of CPU
 * for a 15 KB box and 92–106 µs for the 87 KB lego brick; this way 8.5 and 80 µs (paired, same
 * process, loaded machine; the rest is the search and the copy, linear in the file). An entity
 * starts a line (`#id = PRODUCT(`) and ends at the first `;` that ends a line: names hold no line
 * break, so no `;` inside one ends a line.
 */
function* productEntities(bytes: Uint8Array): Generator<{ start: number; end: number; text: string }> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = file.indexOf(PRODUCT_OPENING); at !== -1; at = file.indexOf(PRODUCT_OPENING, at + 1)) {
    const start = file.lastIndexOf(NEWLINE, at) + 1;
    if (!isEntityId(file, start, at)) continue;
    let end = file.indexOf(SEMICOLON, at);
    while (end !== -1 && end + 1 < file.length && file[end + 1] !== NEWLINE) end = file.indexOf(SEMICOLON, end + 1);
    end = end === -1 ? file.length : end + 1;
    // A single-byte decoding: character i is byte start + i.
    yield { start, end, text: file.toString("latin1", start, end) };
  }
}

/** Whether bytes [start, end) are an entity id: `#` and digits. */
function isEntityId(file: Uint8Array, start: number, end: number): boolean {
  if (end - start < 2 || file[start] !== 0x23) return false;
  for (let i = start + 1; i < end; i++) if (file[i]! < 0x30 || file[i]! > 0x39) return false;
  return true;
}

/**
 * The plain writer's file with each product's name as the document writer writes it: the
 * counter taken off. Undefined when the products are not the parts' names plus a counter, one
 * per part in order (an assembly would add products), or when a product's line without the
 * counter is too long for one line (the document writer breaks it, and where is not repeated
 * here). The counter itself only grows (it is process-wide), so a product's line that it broke
 * is joined again.
 */
function nameProducts(bytes: Uint8Array, parts: readonly ExportPart[]): Uint8Array | undefined {
  const edits: { start: number; end: number; line: string }[] = [];
  for (const entity of productEntities(bytes)) {
    PRODUCT_ENTITY.lastIndex = 0;
    const match = PRODUCT_ENTITY.exec(entity.text);
    const index = edits.length;
    if (match === null || index >= parts.length) return undefined;
    const name = productName(parts[index]!, index);
    if (!new RegExp(`^${escapeRegExp(name)} \\d+$`).test(match[2]!) || match[3] !== match[2]) return undefined;
    const line = `#${match[1]} = PRODUCT('${name}','${name}','',(${match[4]}));`;
    if (line.length > STEP_LINE_LENGTH) return undefined;
    edits.push({ start: entity.start, end: entity.start + match[0].length, line });
  }
  if (edits.length !== parts.length) return undefined;
  const out = new Uint8Array(bytes.length - edits.reduce((sum, edit) => sum + (edit.end - edit.start - edit.line.length), 0));
  let from = 0;
  let to = 0;
  for (const edit of edits) {
    out.set(bytes.subarray(from, edit.start), to);
    to += edit.start - from;
    for (let i = 0; i < edit.line.length; i++) out[to++] = edit.line.charCodeAt(i);
    from = edit.end;
  }
  out.set(bytes.subarray(from), to);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
