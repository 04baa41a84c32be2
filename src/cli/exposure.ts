/**
 * How `partforge serve` faces the network: its public URL (an https one makes every cookie
 * `Secure`), whether one reverse proxy in front is trusted for the client address and protocol,
 * and the admin token that may see operator details. Read from flags, else the environment; the
 * token only from the environment, so it never shows in a process list.
 */
import { PartforgeError } from "../shared/errors.ts";

export interface ExposureSettings {
  /** `--public-url` / `PARTFORGE_PUBLIC_URL`, normalised (origin and path), when given. */
  publicUrl: string | undefined;
  /** `--trust-proxy` / `PARTFORGE_TRUST_PROXY=1`. */
  trustProxy: boolean;
  /** `PARTFORGE_ADMIN_TOKEN`, when set. */
  adminToken: string | undefined;
}

export const EXPOSURE_OPTIONS = { "public-url": { type: "string" }, "trust-proxy": { type: "boolean" } } as const;

/** The shortest admin token accepted, so it cannot be guessed. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

type Environment = Readonly<Record<string, string | undefined>>;

function publicUrlOf(text: string | undefined): string | undefined {
  if (text === undefined || text === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:") || url.username !== "" || url.password !== "") {
    throw new PartforgeError("USAGE", `--public-url (or PARTFORGE_PUBLIC_URL) must be an http(s) URL such as https://parts.example.com; got "${text}"`, { param: "public-url" });
  }
  return url.href;
}

function booleanEnv(name: string, text: string | undefined): boolean {
  if (text === undefined || text === "" || text === "0" || text.toLowerCase() === "false") return false;
  if (text === "1" || text.toLowerCase() === "true") return true;
  throw new PartforgeError("USAGE", `${name} must be 1 or 0 (true or false); got "${text}"`, { param: name });
}

function adminTokenOf(text: string | undefined): string | undefined {
  if (text === undefined || text === "") return undefined;
  if (text.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(text)) {
    throw new PartforgeError(
      "USAGE",
      `PARTFORGE_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters without spaces (e.g. the output of: openssl rand -hex 32)`,
      { param: "PARTFORGE_ADMIN_TOKEN" },
    );
  }
  return text;
}

export function exposureSettings(values: Record<string, unknown>, env: Environment): ExposureSettings {
  return {
    publicUrl: publicUrlOf((values["public-url"] as string | undefined) ?? env.PARTFORGE_PUBLIC_URL),
    trustProxy: values["trust-proxy"] === true || booleanEnv("PARTFORGE_TRUST_PROXY", env.PARTFORGE_TRUST_PROXY),
    adminToken: adminTokenOf(env.PARTFORGE_ADMIN_TOKEN),
  };
}

/** Whether cookies must always be `Secure`: the service is reached over https. */
export function alwaysSecureCookies(settings: ExposureSettings): boolean {
  return settings.publicUrl !== undefined && settings.publicUrl.startsWith("https:");
}
