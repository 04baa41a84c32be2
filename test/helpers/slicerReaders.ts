/**
 * Two independent mesh readers from Debian, run as programs on a temporary file:
 * PrusaSlicer's CLI (`prusa-slicer --info`: per object its bounding box, facet count, whether it
 * is manifold, and its volume, in millimetres) and Open Asset Import Library's
 * `assimp info` (meshes, vertex/face counts and the scene's bounding box, in the file's own
 * coordinates: assimp applies no unit). `.ci/run` installs both; tests skip with the reason
 * when one is missing.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Box3, Vec3 } from "./meshChecks.ts";

const run = promisify(execFile);

export const PRUSA_SLICER = "/usr/bin/prusa-slicer";
export const ASSIMP = "/usr/bin/assimp";

/** A skip reason for `it(…, { skip })`, or false when the program is installed. */
export function missing(program: string): string | false {
  return existsSync(program) ? false : `${program} is not installed (apt-get install ${program.endsWith("assimp") ? "assimp-utils" : "prusa-slicer"})`;
}

async function withFile<T>(bytes: Uint8Array, extension: string, body: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-reader-"));
  try {
    const path = join(dir, `model${extension}`);
    await writeFile(path, bytes);
    return await body(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PrusaObject {
  bbox: Box3;
  facets: number;
  manifold: boolean;
  /** Cubic millimetres. */
  volume: number;
}

/** `prusa-slicer --info`: one block of `key = value` lines per object, headed by `[file name]`. */
export async function readWithPrusaSlicer(bytes: Uint8Array, extension: string): Promise<PrusaObject[]> {
  return withFile(bytes, extension, async (path) => {
    // A headless run: no display, no user configuration folder of the test runner's.
    const { stdout } = await run(PRUSA_SLICER, ["--info", path], {
      env: { ...process.env, DISPLAY: "", HOME: tmpdir() },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 60_000,
    });
    const blocks = stdout.split(/^\[.*\]$/m).slice(1);
    if (blocks.length === 0) throw new Error(`prusa-slicer read no object from ${extension}:\n${stdout}`);
    return blocks.map((block) => {
      const field = (key: string): string => {
        const match = new RegExp(`^${key}\\s*=\\s*(\\S+)`, "m").exec(block);
        if (!match) throw new Error(`prusa-slicer printed no ${key}:\n${block}`);
        return match[1]!;
      };
      const vec = (prefix: string): Vec3 => [Number(field(`${prefix}_x`)), Number(field(`${prefix}_y`)), Number(field(`${prefix}_z`))];
      return { bbox: { min: vec("min"), max: vec("max") }, facets: Number(field("number_of_facets")), manifold: field("manifold") === "yes", volume: Number(field("volume")) };
    });
  });
}

export interface AssimpInfo {
  meshes: { name: string; vertices: number; faces: number }[];
  bbox: Box3;
  vertices: number;
  faces: number;
}

/** `assimp info`: the summary counts, the scene's bounding box and the mesh table. */
export async function readWithAssimp(bytes: Uint8Array, extension: string): Promise<AssimpInfo> {
  return withFile(bytes, extension, async (path) => {
    const { stdout } = await run(ASSIMP, ["info", path], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
    const number = (label: string): number => {
      const match = new RegExp(`^${label}:\\s+(\\d+)`, "m").exec(stdout);
      if (!match) throw new Error(`assimp printed no ${label}:\n${stdout}`);
      return Number(match[1]);
    };
    const point = (label: string): Vec3 => {
      const match = new RegExp(`^${label}\\s+\\(([^)]*)\\)`, "m").exec(stdout);
      if (!match) throw new Error(`assimp printed no ${label}:\n${stdout}`);
      return match[1]!.trim().split(/\s+/).map(Number) as Vec3;
    };
    const meshes = [...stdout.matchAll(/^\s+\d+ \(([^)]*)\): \[(\d+) \/ \d+ \/ (\d+) \| triangle\]/gm)].map((m) => ({
      name: m[1]!,
      vertices: Number(m[2]),
      faces: Number(m[3]),
    }));
    return { meshes, bbox: { min: point("Minimum point"), max: point("Maximum point") }, vertices: number("Vertices"), faces: number("Faces") };
  });
}
