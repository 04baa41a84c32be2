/**
 * Redirect targets (`?next=` after logging in) as the browser will read them: parsed as a URL
 * against a placeholder origin, they must stay on that origin and come out as a path. Shared by
 * the service (the redirect of `/login` for a logged-in visitor) and the browser (the log-in form).
 */

/** Never contacted: only compared with the origin a target resolves to. */
const PROBE_ORIGIN = "https://partforge.invalid";
const MAX_TARGET_LENGTH = 2048;
/**
 * Browsers drop tabs and newlines anywhere in a URL and read `\` as `/`, so `/\t/evil` and `/\evil`
 * mean `//evil`, another site. Such targets are refused outright rather than repaired.
 */
const DROPPED_OR_REREAD = /[\u0000-\u001f\u007f\\]/;

/**
 * `target` as a same-origin path (`/…`, with its query and fragment, percent-encoded), or
 * undefined when it is not one: another origin (`//evil`, `https://evil`), a scheme
 * (`javascript:`), a relative path, or anything with control characters or backslashes.
 * @example sameOriginPath("/m/4hskpb69?p_len=5") // "/m/4hskpb69?p_len=5"
 * @example sameOriginPath("/\t/evil.example") // undefined
 */
export function sameOriginPath(target: unknown): string | undefined {
  if (typeof target !== "string" || !target.startsWith("/") || target.length > MAX_TARGET_LENGTH) return undefined;
  if (DROPPED_OR_REREAD.test(target)) return undefined;
  let url: URL;
  try {
    url = new URL(target, PROBE_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PROBE_ORIGIN) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into a leading "//" (e.g. "/.//evil"), which would name a host again.
  return path.startsWith("/") && !path.startsWith("//") ? path : undefined;
}
