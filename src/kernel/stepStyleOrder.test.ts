import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeLine, makeSphere, type AnyShape } from "replicad";
import { located } from "../../test/helpers/shapes.ts";
import { loadKernel } from "./load.ts";
import type { ExportPart } from "./mesh.ts";
import { writeStep, writeStepThroughDocument } from "./step.ts";
import { styleOrder } from "./stepStyleOrder.ts";

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}


/** The colours of the file's STYLED_ITEMs, in file order, and the entities they style. */
function styles(step: string): { styled: number[]; colours: string[] } {
  return {
    styled: [...step.matchAll(/STYLED_ITEM\('color',\(#\d+\),#(\d+)\)/g)].map((match) => Number(match[1])),
    colours: [...step.matchAll(/(COLOUR_RGB\('',[^)]*\)|DRAUGHTING_PRE_DEFINED_COLOUR\('\w+'\))/g)].map((match) => match[1]!),
  };
}

describe("writeStep's colours", () => {
  before(async () => {
    await loadKernel();
  });

  it("come in the order of the parts, whatever the addresses of the shapes (one box placed four times, as assy-point does)", () => {
    const box = makeBaseBox(1, 1, 1);
    const colors = ["#ff0000", "#00ff00", "#ffa500", "#0000ff", "#804020"];
    const files: string[] = [];
    const kept: AnyShape[] = [];
    try {
      for (let build = 0; build < 8; build++) {
        const parts: ExportPart[] = colors.map((color, index) => ({ name: `box${index}`, shape: located(box, [index * 3, build % 2, 0]), color }));
        // Shapes kept between exports move later allocations to other addresses, as a slot's history does.
        for (let i = 0; i < build * 3; i++) kept.push(located(box, [0, 0, i]));
        const step = text(writeStep(parts.map((part) => ({ ...part, shape: located(part.shape, [0, -(build % 2), 0]) })), { unit: "mm" }));
        files.push(step);
      }
      const first = styles(files[0]!);
      const [red, green, orange, blue, brown] = ["DRAUGHTING_PRE_DEFINED_COLOUR('red')", "DRAUGHTING_PRE_DEFINED_COLOUR('green')", "COLOUR_RGB('',1.,0.647058827698,0.)", "DRAUGHTING_PRE_DEFINED_COLOUR('blue')", "COLOUR_RGB('',0.501960785193,0.250980388104,0.125490196231)"];
      assert.deepEqual(first.colours, [red, green, orange, blue, brown]);
      assert.deepEqual(first.styled, [...first.styled].sort((a, b) => a - b), `styled entities in part order: ${first.styled}`);
      files.forEach((step, build) => assert.equal(step, files[0], `export ${build} differs from the first`));
    } finally {
      box.delete();
      for (const shape of kept) shape.delete();
    }
  });
});

/** A DATA section's last entities as OCCT's document writer lays out two presentations, the second part's first. */
const TWO_PRESENTATIONS = [
  "DATA;",
  "#1 = MANIFOLD_SOLID_BREP('a');",
  "#2 = MANIFOLD_SOLID_BREP('b');",
  "#3 = CONTEXT('');",
  "#4 = CONTEXT('');",
  "#5 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(#6),#4);",
  "#6 = STYLED_ITEM('color',(#7),#2);",
  "#7 = COLOUR('it''s #5;');",
  "#8 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(",
  "    #9),#3);",
  "#9 = STYLED_ITEM('color',(#7),#1);",
  "ENDSEC;",
  "END-ISO-10303-21;",
].join("\n");

/** The moves `styleOrder` gives for `step` ([] when in order, undefined when not recognised). */
function styleOrderMoves(step: string) {
  const order = styleOrder(new TextEncoder().encode(step), { renumber: false });
  if (order.kind === "renumbered") assert.fail("renumbered although told not to");
  return order.kind === "inOrder" ? [] : order.kind === "unrecognised" ? undefined : order.moves;
}

describe("styleOrder's moves", () => {
  it("moves the first part's presentation, and a colour both share, first", () => {
    // Wanted: #8, #9, #7 (shared colour, now reached from #9), #5, #6.
    assert.deepEqual(styleOrderMoves(TWO_PRESENTATIONS), [{ from: 8, to: 5, count: 2 }, { from: 9, to: 7, count: 1 }]);
  });

  it("moves nothing when the presentations are in order, or there are fewer than two", () => {
    const inOrder = [
      "DATA;", "#1 = SOLID('a');", "#2 = SOLID('b');",
      "#3 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(#4),#1);", "#4 = STYLED_ITEM('color',(#5),#1);", "#5 = COLOUR('');",
      "#6 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(#7),#2);", "#7 = STYLED_ITEM('color',(#5),#2);",
      "ENDSEC;",
    ].join("\n");
    assert.deepEqual(styleOrderMoves(inOrder), []);
    assert.deepEqual(styleOrderMoves(inOrder.replace(/#6 = .*\n#7 = .*\n/, "")), []);
    assert.deepEqual(styleOrderMoves("DATA;\n#1 = SOLID('a');\nENDSEC;\n"), []);
  });

  it("leaves a file alone whose last entities are not laid out as the writer lays out presentations", () => {
    // An entity no presentation reaches.
    assert.equal(styleOrderMoves(TWO_PRESENTATIONS.replace("ENDSEC;", "#10 = OTHER('');\nENDSEC;")), undefined);
    // Numbers that do not follow one another.
    assert.equal(styleOrderMoves(TWO_PRESENTATIONS.replace("#9 = STYLED_ITEM", "#19 = STYLED_ITEM")), undefined);
    // A reference past the end.
    assert.equal(styleOrderMoves(TWO_PRESENTATIONS.replace("(#7),#1)", "(#7),#12)")), undefined);
    // Cut short.
    assert.equal(styleOrderMoves(TWO_PRESENTATIONS.slice(0, TWO_PRESENTATIONS.indexOf("ENDSEC;") - 3)), undefined);
  });
});

/** A presentation of a predefined colour as OCCT writes it, numbered from `first` (four digits), styling `item` in `context`. */
function presentation(first: number, item: number, context: number, colour: string): string[] {
  const at = (offset: number) => `#${first + offset}`;
  return [
    `${at(0)} = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(`,
    `    ${at(1)}),#${context});`,
    `${at(1)} = STYLED_ITEM('color',(${at(2)}),#${item});`,
    `${at(2)} = PRESENTATION_STYLE_ASSIGNMENT((${at(3)}));`,
    `${at(3)} = SURFACE_STYLE_USAGE(.BOTH.,${at(4)});`,
    `${at(4)} = SURFACE_SIDE_STYLE('',(${at(5)}));`,
    `${at(5)} = SURFACE_STYLE_FILL_AREA(${at(6)});`,
    `${at(6)} = FILL_AREA_STYLE('',(${at(7)}));`,
    `${at(7)} = FILL_AREA_STYLE_COLOUR('',${at(8)});`,
    `${at(8)} = DRAUGHTING_PRE_DEFINED_COLOUR('${colour}');`,
  ];
}

/** primer-assembly's STEP file (its last entities): two parts (#359 in context #689, #703 in #1033) coloured blue and red. */
function primer(presentations: readonly string[]): string {
  const parts = ["#359 = MANIFOLD_SOLID_BREP('',#360);", "#689 = GEOMETRIC_REPRESENTATION_CONTEXT('');", "#703 = MANIFOLD_SOLID_BREP('',#704);", "#1033 = GEOMETRIC_REPRESENTATION_CONTEXT('');"];
  return ["DATA;", ...parts, ...presentations, "ENDSEC;", "END-ISO-10303-21;", ""].join("\n");
}

/** As OCCT may write it, its second part's presentation first. */
const PRIMER_OUT_OF_ORDER = primer([...presentation(1039, 703, 1033, "red"), ...presentation(1048, 359, 689, "blue")]);
/** In part order: the file OCCT writes after moving the entities. */
const PRIMER_IN_ORDER = primer([...presentation(1039, 359, 689, "blue"), ...presentation(1048, 703, 1033, "red")]);

describe("styleOrder", () => {
  const order = (step: string) => styleOrder(new TextEncoder().encode(step));

  it("numbers the presentations again in the file, in part order, leaving the rest of it as it is", () => {
    const renumbered = order(PRIMER_OUT_OF_ORDER);
    assert.equal(renumbered.kind, "renumbered");
    assert.equal(renumbered.kind === "renumbered" && text(renumbered.bytes), PRIMER_IN_ORDER);
    assert.equal(order(PRIMER_IN_ORDER).kind, "inOrder");
  });

  it("leaves the moving to OCCT when the presentations hold text it does not write, or something before them refers to them", () => {
    // COLOUR is no entity of a presentation of surface colours.
    assert.equal(order(TWO_PRESENTATIONS).kind, "moves");
    assert.equal(order(PRIMER_OUT_OF_ORDER.replace("#359 = MANIFOLD_SOLID_BREP('',#360)", "#359 = MANIFOLD_SOLID_BREP('',#1047)")).kind, "moves");
    assert.equal(order(PRIMER_OUT_OF_ORDER.replace("#1047 = DRAUGHTING_PRE_DEFINED_COLOUR('red');", "#1047 = DRAUGHTING_PRE_DEFINED_COLOUR(\n  'red');")).kind, "moves");
  });
});

describe("writeStep's renumbered colours", () => {
  before(async () => {
    await loadKernel();
  });

  const colors = ["#ff0000", "#00ff00", "#ffa500", "#0000ff", "#804020"];
  /** Five coloured spheres after `boxes` boxes and `lines` lines (uncoloured): their presentations come after entity 136 + 344 × boxes + 22 × lines. */
  function parts(boxes: number, lines: number): ExportPart[] {
    return [
      ...Array.from({ length: boxes }, (_, index) => ({ name: `box${index}`, shape: makeBaseBox(1, 1, 1).translate([index * 3, 0, 0]) })),
      ...Array.from({ length: lines }, (_, index) => ({ name: `line${index}`, shape: makeLine([index, 5, 0], [index, 6, 1]) })),
      ...colors.map((color, index) => ({ name: `ball${index}`, shape: makeSphere(1).translate([index * 3, 10, 0]), color })),
    ];
  }

  it("are the file OCCT writes after moving its entities, with presentations numbered across 1000 and 10000", () => {
    const firsts: number[] = [];
    const kinds: string[] = [];
    // Presentations at 137–181, 979–1023 and 9967–10011: their line breaks move as the numbers gain a digit.
    for (const [boxes, lines] of [[0, 0], [2, 7], [28, 9]] as const) {
      const exported = parts(boxes, lines);
      try {
        const asWritten = writeStepThroughDocument(exported, { unit: "mm", styles: "asWritten" });
        const first = Number(/#(\d+) = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION/.exec(text(asWritten))![1]);
        firsts.push(first);
        const kind = styleOrder(asWritten).kind;
        kinds.push(kind);
        assert.ok(kind === "renumbered" || kind === "inOrder", `presentations at ${first}: ${kind}`);
        const reference = text(writeStepThroughDocument(exported, { unit: "mm", styles: "writtenAgain" }));
        assert.ok(text(writeStep(exported, { unit: "mm" })) === reference, `presentations at ${first}: the renumbered file differs from OCCT's`);
        assert.ok(text(writeStepThroughDocument(exported, { unit: "mm", styles: "renumbered" })) === reference);
      } finally {
        for (const part of exported) part.shape.delete();
      }
    }
    // Five presentations of nine entities each: 45 numbers from the first.
    for (const power of [1000, 10000]) assert.ok(firsts.some((first) => first < power && first + 44 >= power), `presentations across ${power}: ${firsts}`);
    // OCCT writes five presentations in part order one time in 120.
    assert.ok(kinds.includes("renumbered"), `renumbered: ${kinds}`);
  });
});
