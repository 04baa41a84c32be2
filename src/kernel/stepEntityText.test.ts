import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { layOutEntity, readEntity } from "./stepEntityText.ts";

/** Entities as OCCT's STEP writer wrote them (from primer-assembly and assy-point). */
const WRITTEN = [
  "#1039 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(\n    #1040),#689);\n",
  "#1040 = STYLED_ITEM('color',(#1041),#359);\n",
  "#1042 = SURFACE_STYLE_USAGE(.BOTH.,#1043);\n",
  "#1047 = DRAUGHTING_PRE_DEFINED_COLOUR('blue');\n",
  "#1393 = COLOUR_RGB('',1.,0.647058827698,0.);\n",
  "#1 = APPLICATION_PROTOCOL_DEFINITION('international standard',\n  'automotive_design',2000,#2);\n",
];

function read(text: string) {
  const entity = readEntity(text, 0);
  assert.ok(entity !== undefined, `reads ${text}`);
  return entity;
}

describe("readEntity and layOutEntity", () => {
  it("read an entity's number, type, references and end, and lay it out again as the writer wrote it", () => {
    for (const text of WRITTEN) {
      const entity = read(text);
      assert.equal(entity.end, text.length);
      assert.equal(layOutEntity(entity.id, entity.pieces!, (id) => id), text);
    }
    assert.deepEqual({ ...read(WRITTEN[0]!), pieces: undefined }, { id: 1039, type: "MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION", refs: [1040, 689], pieces: undefined, start: 0, end: WRITTEN[0]!.length });
  });

  it("break a line where a piece no longer fits with other numbers, indented two spaces per open parenthesis", () => {
    const presentation = read(WRITTEN[0]!);
    // Three-digit numbers: the reference and its `)` fit on the first line (72 characters), the `,` after them does not.
    assert.equal(
      layOutEntity(999, presentation.pieces!, (id) => (id === 1040 ? 998 : id)),
      "#999 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(#998)\n  ,#689);\n",
    );
    assert.equal(
      layOutEntity(99, presentation.pieces!, (id) => (id === 1040 ? 98 : 7)),
      "#99 = MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION('',(#98),\n  #7);\n",
    );
  });

  it("keeps room for two more characters after an enumeration, not after a boolean", () => {
    const name = "A".repeat(56);
    const enumeration = read(`#1 = ${name}(#2,.BOTH.);\n`);
    assert.equal(layOutEntity(10, enumeration.pieces!, (id) => id), `#10 = ${name}(#2,\n  .BOTH.);\n`);
    const logical = read(`#1 = ${name}(#2,.T.,#3);\n`);
    assert.equal(layOutEntity(10000, logical.pieces!, (id) => id), `#10000 = ${name}(#2,.T.\n  ,#3);\n`);
  });

  it("read without pieces what they do not lay out: a string across lines, a complex entity, other spacing", () => {
    assert.equal(read("#5 = PRODUCT('a\nb',#2);\n").pieces, undefined);
    assert.equal(read("#5 = ( LENGTH_UNIT() NAMED_UNIT(*) );\n").pieces, undefined);
    assert.equal(read("#5= STYLED_ITEM('',(#6),#2);\n").pieces, undefined);
    assert.deepEqual(read("#5 = COLOUR('it''s #7;');\n").refs, []);
  });

  it("give up laying out a piece longer than a line at its indentation", () => {
    const long = read(`#5 = NAME('${"x".repeat(70)}');\n`);
    assert.equal(layOutEntity(5, long.pieces!, (id) => id), undefined);
  });
});
