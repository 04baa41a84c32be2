/** Conditional requests: whether an `If-None-Match` header matches an entity tag (RFC 9110 §13.1.2, weak comparison). */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const values = (Array.isArray(header) ? header.join(",") : header).split(",").map((v) => v.trim().replace(/^W\//, ""));
  return values.includes("*") || values.includes(etag);
}
