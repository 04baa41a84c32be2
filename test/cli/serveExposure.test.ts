/** `partforge serve` flags and environment for how it faces the network: public URL, proxy, admin token. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseCommandLine, type ServeCommand } from "../../src/cli/args.ts";
import { alwaysSecureCookies } from "../../src/cli/exposure.ts";

const serve = (argv: string[], env: Record<string, string> = {}) => parseCommandLine(["serve", ...argv], env) as ServeCommand;
const TOKEN = "0123456789abcdef0123";

describe("partforge serve exposure settings", () => {
  it("makes cookies Secure for an https public URL from the flag or PARTFORGE_PUBLIC_URL, and not by default", () => {
    assert.equal(alwaysSecureCookies(serve(["--public-url", "https://parts.example.com"])), true);
    assert.equal(alwaysSecureCookies(serve([], { PARTFORGE_PUBLIC_URL: "https://parts.example.com/" })), true);
    assert.equal(alwaysSecureCookies(serve(["--public-url", "http://127.0.0.1:8080"], { PARTFORGE_PUBLIC_URL: "https://ignored.example" })), false, "the flag wins");
    assert.equal(alwaysSecureCookies(serve([])), false);
  });

  it("refuses a public URL that is not http(s), with a usage error naming it", () => {
    for (const bad of ["parts.example.com", "ftp://parts.example.com", "https://user:pw@parts.example.com"]) {
      assert.throws(() => serve(["--public-url", bad]), (error: Error & { code?: string }) => error.code === "USAGE" && /--public-url/.test(error.message), bad);
    }
  });

  it("trusts a proxy only when asked with --trust-proxy or PARTFORGE_TRUST_PROXY=1", () => {
    assert.equal(serve([]).trustProxy, false);
    assert.equal(serve(["--trust-proxy"]).trustProxy, true);
    assert.equal(serve([], { PARTFORGE_TRUST_PROXY: "1" }).trustProxy, true);
    assert.throws(() => serve([], { PARTFORGE_TRUST_PROXY: "yes please" }), /PARTFORGE_TRUST_PROXY must be 1 or 0/);
  });

  it("reads the admin token from PARTFORGE_ADMIN_TOKEN only, and refuses one too short to be secret", () => {
    assert.equal(serve([], { PARTFORGE_ADMIN_TOKEN: TOKEN }).adminToken, TOKEN);
    assert.equal(serve([]).adminToken, undefined);
    assert.throws(() => serve([], { PARTFORGE_ADMIN_TOKEN: "short" }), /at least 16 characters/);
    assert.throws(() => serve(["--admin-token", TOKEN]), /admin-token/, "no flag: a token on the command line shows in ps");
  });
});
