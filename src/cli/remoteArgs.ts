/**
 * The command-line options of the commands that talk to a server: `--server URL` (else
 * `PARTFORGE_URL`) and where the API key comes from. The key is never a flag — a process list
 * shows every flag to every user of the machine — so `--key` is refused with the ways that work.
 */
import { PartforgeError } from "../shared/errors.ts";

export interface RemoteSettings {
  /** The service's URL, normalised (origin and path, no query, no credentials). */
  server: string;
  /** `--key-file FILE`; `-` is standard input. */
  keyFile: string | undefined;
  /** `PARTFORGE_KEY`, when set. */
  environmentKey: string | undefined;
}

export const REMOTE_OPTIONS = { server: { type: "string" }, "key-file": { type: "string" } } as const;

type Environment = Readonly<Record<string, string | undefined>>;

export const KEY_SOURCES = "set PARTFORGE_KEY, pass --key-file FILE (- for standard input), or pipe the key on standard input";

/** Throws when a command line tries to pass an API key as a flag, without repeating its value. */
export function refuseKeyFlag(args: readonly string[]): void {
  const flag = args.find((arg) => /^--(api-?)?key(=|$)/i.test(arg));
  if (flag === undefined) return;
  throw new PartforgeError("USAGE", `${flag.split("=")[0]} is not an option: an API key on the command line shows in process listings; ${KEY_SOURCES}`);
}

function serverUrlOf(text: string, source: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new PartforgeError("USAGE", `${source} must be the service's http(s) URL, e.g. https://parts.example.org; got "${text}"`, { param: "server" });
  }
  if (url.username !== "" || url.password !== "" || url.search !== "") {
    throw new PartforgeError("USAGE", `${source} must not carry credentials or a query: give the key with ${KEY_SOURCES}`, { param: "server" });
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** The remote settings of a command line, or undefined when it names no server (a local build). */
export function remoteSettings(values: Record<string, unknown>, env: Environment): RemoteSettings | undefined {
  const flag = values.server as string | undefined;
  const server = flag !== undefined ? serverUrlOf(flag, "--server") : env.PARTFORGE_URL ? serverUrlOf(env.PARTFORGE_URL, "PARTFORGE_URL") : undefined;
  const keyFile = values["key-file"] as string | undefined;
  if (server === undefined) {
    if (keyFile !== undefined) throw new PartforgeError("USAGE", "--key-file is for building on a server: add --server URL (or set PARTFORGE_URL)");
    return undefined;
  }
  return { server, keyFile, environmentKey: env.PARTFORGE_KEY || undefined };
}
