/** Strict UTF-8 decoding: a byte sequence that is not UTF-8 is the client's mistake, never replaced silently. */
import { PartforgeError } from "../../shared/errors.ts";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes `bytes`, or throws USAGE naming `what` (e.g. `the JSON body`, `field "s"`) and `param`. */
export function decodeUtf8(bytes: Uint8Array, what: string, param?: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PartforgeError("USAGE", `${what} is not valid UTF-8: send text encoded as UTF-8`, param === undefined ? {} : { param });
  }
}
