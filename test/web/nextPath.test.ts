/** Where the log-in form sends the visitor: only same-origin paths from `?next=`, checked as the browser reads URLs. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { nextPath } from "../../web/src/lib/authForm.ts";

describe("the log-in form's next page", () => {
  it("goes to /account for targets a browser would read as another site, in every spelling", () => {
    const offSite = [
      "?next=/%09/evil.example/phish",
      "?next=/%0a/evil.example",
      "?next=/%0d/evil.example",
      "?next=//evil.example",
      "?next=%2F%2Fevil.example",
      "?next=/%5Cevil.example",
      "?next=/\\evil.example",
      "?next=\\\\evil.example",
      "?next=/\t/evil.example",
      "?next=/.//evil.example",
      "?next=/..//evil.example",
      "?next=https://evil.example",
      "?next=javascript:alert(1)",
      "?next=%EF%BC%8F%EF%BC%8Fevil.example",
      "?next=%E2%80%AE//evil.example",
      "?next=evil.example",
      "?next=",
      "",
    ];
    for (const search of offSite) assert.equal(nextPath(search), "/account", search);
  });

  it("keeps a same-origin path with its query, percent-encoded as the browser would send it", () => {
    assert.equal(nextPath(`?next=${encodeURIComponent("/m/abc123?preset=short#view")}`), "/m/abc123?preset=short#view");
    assert.equal(nextPath("?next=/editor/abc123"), "/editor/abc123");
    assert.equal(nextPath(`?next=${encodeURIComponent("/\uff0f\uff0fevil.example")}`), "/%EF%BC%8F%EF%BC%8Fevil.example", "a fullwidth solidus inside a path is only a character");
    assert.equal(nextPath(`?next=${encodeURIComponent("/m/ü")}`), "/m/%C3%BC");
  });
});
