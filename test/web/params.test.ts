/** The customiser's data rules, without a browser: checks that mirror /build, the shared query, curl. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  buildQuery,
  checkValue,
  configurationFromQuery,
  configurationQuery,
  curlCommands,
  tidyNumber,
  presetTexts,
  runnablePattern,
  type ModelSchema,
  type ParamSchema,
} from "../../web/src/lib/params.ts";

const SCHEMA: ModelSchema = {
  metadata: { name: "Bored block" },
  uom: "mm",
  version: "1.0",
  parameters: [
    { name: "p_length", type: "float", default: 100, min: 30, max: 200, group: "Basics" },
    { name: "p_holes", type: "int", default: 2, min: 0, max: 8, group: "default" },
    { name: "p_round", type: "boolean", default: true, group: "default" },
    { name: "p_module", type: "choice", default: 1.5, choices: [1, 1.5, 2], group: "default" },
    { name: "p_label", type: "string", default: "A1", maxLength: 4, pattern: "[A-Z][0-9]+", group: "default" },
  ],
  groups: [
    { name: "Basics", parameters: ["p_length"] },
    { name: "default", parameters: ["p_holes", "p_round", "p_module", "p_label"] },
  ],
  presets: {
    default: { p_length: 100, p_holes: 2, p_round: true, p_module: 1.5, p_label: "A1" },
    short: { p_length: 50, p_holes: 2, p_round: true, p_module: 1.5, p_label: "A1" },
  },
};

const parameter = (name: string): ParamSchema => SCHEMA.parameters.find((p) => p.name === name)!;

describe("checkValue mirrors the service's datatypes and limits", () => {
  it("accepts decimal and exponent floats in range and refuses the rest with a sentence", () => {
    for (const text of ["30", "200", "1e2", ".5e2", "+120.25"]) assert.equal(checkValue(parameter("p_length"), text), undefined, text);
    assert.equal(checkValue(parameter("p_length"), "500"), "Must be at most 200.");
    assert.equal(checkValue(parameter("p_length"), "29.9"), "Must be at least 30.");
    for (const text of ["", "NaN", "Infinity", "0x40", "1,5", " 50"]) assert.ok(checkValue(parameter("p_length"), text), text);
  });

  it("refuses ints written with a fraction or exponent, as the service does", () => {
    assert.equal(checkValue(parameter("p_holes"), "3"), undefined);
    assert.equal(checkValue(parameter("p_holes"), "3.0"), "Enter a whole number.");
    assert.equal(checkValue(parameter("p_holes"), "1e0"), "Enter a whole number.");
  });

  it("accepts the boolean words, number choices by value, and strings within maxLength and pattern", () => {
    assert.equal(checkValue(parameter("p_round"), "OFF"), undefined);
    assert.equal(checkValue(parameter("p_round"), "maybe"), "Must be true or false.");
    assert.equal(checkValue(parameter("p_module"), "1.50"), undefined);
    assert.equal(checkValue(parameter("p_module"), "3"), "Must be one of 1, 1.5, 2.");
    assert.equal(checkValue(parameter("p_label"), "B12"), undefined);
    assert.equal(checkValue(parameter("p_label"), "B1234"), "At most 4 characters.");
    assert.match(checkValue(parameter("p_label"), "b1")!, /pattern/);
  });

  it("never runs an author's pattern outside the safe subset on a value from the URL, leaving it to the service", () => {
    const withPattern = (pattern: string): ParamSchema => ({ name: "p_code", type: "string", default: "", pattern, group: "default" });
    // Each of these would refuse the value if it ran; the first backtracks exponentially on longer input.
    assert.equal(checkValue(withPattern("(a+)+$"), `${"a".repeat(16)}!`), undefined);
    assert.equal(checkValue(withPattern("(a|b)+"), "c"), undefined);
    assert.equal(checkValue(withPattern("(x)\\1"), "xy"), undefined);
    assert.equal(checkValue(withPattern("a(?=b)b"), "ac"), undefined);
    assert.equal(checkValue(withPattern("[ab]+"), "c"), "Must match the pattern [ab]+.", "a safe pattern is still checked");
    assert.equal(runnablePattern(withPattern("(a+)+$")), undefined, "nor is it given to the input's pattern attribute");
    assert.equal(runnablePattern(withPattern("[ab]+")), "[ab]+");
  });
});

describe("the configuration in the URL", () => {
  it("carries the preset and only the values that differ from it", () => {
    const configuration = { preset: "short", texts: { ...presetTexts(SCHEMA, "short"), p_holes: "4", p_module: "1.50" } };
    assert.equal(configurationQuery(SCHEMA, configuration).toString(), "preset=short&p_holes=4");
  });

  it("is empty for the defaults, with or without the default preset named", () => {
    assert.equal(configurationQuery(SCHEMA, { preset: "", texts: presetTexts(SCHEMA, "") }).toString(), "");
    assert.equal(configurationQuery(SCHEMA, { preset: "default", texts: presetTexts(SCHEMA, "default") }).toString(), "");
  });

  it("keeps an invalid value in the URL so a shared link shows the same error", () => {
    const configuration = { preset: "", texts: { ...presetTexts(SCHEMA, ""), p_length: "500" } };
    assert.equal(configurationQuery(SCHEMA, configuration).toString(), "p_length=500");
  });

  it("reads a shared query back: preset first, then values; unknown names and presets are reported, not applied", () => {
    const { configuration, ignored } = configurationFromQuery(SCHEMA, new URLSearchParams("preset=short&p_round=false&p_lenght=3"));
    assert.equal(configuration.preset, "short");
    assert.equal(configuration.texts.p_length, "50");
    assert.equal(configuration.texts.p_round, "false");
    assert.deepEqual(ignored, ["p_lenght"]);
    assert.deepEqual(configurationFromQuery(SCHEMA, new URLSearchParams("preset=huge")).ignored, ["preset=huge"]);
  });
});

describe("tidyNumber", () => {
  it("rounds what a range control reports to the decimals of its step", () => {
    assert.equal(tidyNumber("3.055600000", "0.001"), "3.056");
    assert.equal(tidyNumber("3.055500000", "0.1"), "3.1");
    assert.equal(tidyNumber("120.000000", "1"), "120");
    assert.equal(tidyNumber("0.00012345", "1e-5"), "0.00012");
    assert.equal(tidyNumber("abc", "1"), "abc");
  });
});

describe("the /build request and its curl lines", () => {
  const configuration = { preset: "short", texts: { ...presetTexts(SCHEMA, "short"), p_label: "it's" } };

  it("builds the same fields as the URL, with id and type", () => {
    assert.equal(buildQuery("4hskpb69", SCHEMA, configuration, "STEP").toString(), "id=4hskpb69&type=STEP&preset=short&p_label=it%27s");
  });

  it("puts typed values in the POST JSON: numbers and booleans unquoted, as a program sends them", () => {
    const typed = { preset: "", texts: { ...presetTexts(SCHEMA, ""), p_length: "120.5", p_holes: "3", p_round: "off", p_module: "2", p_label: "B7" } };
    const { post } = curlCommands("http://localhost:8080", "4hskpb69", SCHEMA, typed, "STL", ".stl");
    const json = JSON.parse(/-d '(.*)'$/.exec(post)![1]!);
    assert.deepEqual(json.params, { p_length: 120.5, p_holes: 3, p_round: false, p_module: 2, p_label: "B7" });
  });

  it("writes a GET with the key from $PARTFORGE_KEY and a POST with JSON that survives shell quoting", () => {
    const { get, post } = curlCommands("http://localhost:8080", "4hskpb69", SCHEMA, configuration, "STL", ".stl");
    assert.equal(get, `curl -o 4hskpb69.stl "http://localhost:8080/build?key=$PARTFORGE_KEY&id=4hskpb69&type=STL&preset=short&p_label=it%27s"`);
    assert.equal(
      post,
      `curl -o 4hskpb69.stl http://localhost:8080/build -H "Authorization: Bearer $PARTFORGE_KEY" -H "Content-Type: application/json" -d '{"id":"4hskpb69","type":"STL","preset":"short","params":{"p_label":"it'\\''s"}}'`,
    );
  });
});
