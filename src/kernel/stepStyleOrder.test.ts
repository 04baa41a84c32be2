import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, type AnyShape } from "replicad";
import { located } from "../../test/helpers/shapes.ts";
import { loadKernel } from "./load.ts";
import type { ExportPart } from "./mesh.ts";
import { writeStep } from "./step.ts";
import { styleOrderMoves as movesOfBytes } from "./stepStyleOrder.ts";

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

function styleOrderMoves(step: string) {
  return movesOfBytes(new TextEncoder().encode(step));
}

describe("styleOrderMoves", () => {
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
