import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { MAX_PATTERN_LENGTH, patternProblem } from "./safePattern.ts";

describe("patternProblem (the safe subset of StringParam patterns)", () => {
  it("accepts the patterns authors write for labels, codes and numbers", () => {
    for (const pattern of [
      "[A-Z]\\d+",
      "[A-Z][0-9]+",
      "[0-9]+(\\.[0-9]+)?",
      "M\\d{1,2}(x\\d(\\.\\d+)?)?",
      "\\w+@\\w+\\.\\w+",
      "(?:left|right|center)",
      "(?<side>L|R)-\\d{3}",
      "[^\\]]*",
      "\\p{L}+",
      "\\u{1F600}?",
      "😀+",
      "a|b|c",
      "(ab){2}",
      "x{0,1000}",
    ]) {
      assert.equal(patternProblem(pattern), undefined, pattern);
    }
  });

  it("refuses nested quantifiers and repeated alternatives, naming the exponential case", () => {
    for (const pattern of ["(a+)+", "(a*)*", "(a+)*b", "(?:[a-z]+)+$", "((a)+)+", "(a|a)*", "(a|ab)+", "(x(a|b))+", "(a+){2,}", "(\\d{2})+", "(|a)+", "(?<n>a+)+"]) {
      assert.match(patternProblem(pattern) ?? "", /repeats a group that itself repeats or has alternatives/, pattern);
    }
  });

  it("refuses backreferences and lookarounds", () => {
    assert.match(patternProblem("(a)\\1") ?? "", /backreference \(\\1\)/);
    assert.match(patternProblem("(?<x>a)\\k<x>") ?? "", /named backreference/);
    for (const [pattern, opener] of [["a(?=b)", "(?="], ["a(?!b)", "(?!"], ["(?<=a)b", "(?<="], ["(?<!a)b", "(?<!"]]) {
      assert.match(patternProblem(pattern!) ?? "", new RegExp(`lookaround \\(${opener!.replace(/[()?]/g, "\\$&")}…\\)`), pattern);
    }
  });

  it("refuses a pattern longer than the limit and counts above 1000", () => {
    assert.match(patternProblem("a".repeat(MAX_PATTERN_LENGTH + 1)) ?? "", /is 257 characters long; at most 256/);
    assert.equal(patternProblem("a".repeat(MAX_PATTERN_LENGTH)), undefined);
    assert.match(patternProblem("a{1001}") ?? "", /repeats 1001 times/);
    assert.match(patternProblem("a{2,5000}") ?? "", /repeats 5000 times/);
  });

  it("does not mistake escaped or bracketed metacharacters for structure", () => {
    for (const pattern of ["\\(a+\\)+", "[(]a+[)]+", "[|]+", "\\|+", "[\\]()]+", "\\\\+"]) assert.equal(patternProblem(pattern), undefined, pattern);
  });
});
