import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FastifyRequest } from "fastify";
import { parseQueryString, queryFields } from "./queryString.ts";

/** A request as routing leaves it: `routed` is the text the router took for the query. */
function routedRequest(url: string, routed: string): FastifyRequest {
  return { url, query: parseQueryString(routed) } as unknown as FastifyRequest;
}

describe("the query string, read once", () => {
  it("hands the build fields the very record routing made, repeated keys as arrays", () => {
    const request = routedRequest("/build?type=STL&p_a=1&p_a=2", "type=STL&p_a=1&p_a=2");
    const fields = queryFields(request);
    assert.equal(fields, request.query);
    assert.deepEqual({ ...fields }, { type: "STL", p_a: ["1", "2"] });
  });

  it("keeps fastify's reading of a query the strict reader refuses for the routes, and the refusal for the build fields", () => {
    const request = routedRequest("/api/models?limit=%zz", "limit=%zz");
    assert.deepEqual({ ...(request.query as object) }, { limit: "%zz" });
    assert.throws(() => queryFields(request), /"%" that is not followed by two hex digits/);
  });

  it("reads the query after the first ? again when the router split the target elsewhere (at a #)", () => {
    const request = routedRequest("/build#x?type=STL", "x?type=STL");
    assert.deepEqual({ ...queryFields(request) }, { type: "STL" });
  });
});
