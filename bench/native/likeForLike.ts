/**
 * Which conformance programs the native benchmark (bench/native.ts) compares like for like.
 *
 * A native reference (test/conformance/native/<name>.py) that does less work than the program's
 * port says so with one marker comment line:
 *
 *   # like-for-like: no (<kind>) — <why, for this program>
 *
 * where <kind> is one of KINDS below. Such programs are measured and printed, but in their own
 * group, outside the headline means that are compared with issue 15's targets. A kind with a
 * `port` pattern is checked both ways by test/conformance/likeForLike.test.ts: every port whose
 * source matches it must have a reference marked with that kind, and every reference marked with
 * it must belong to a port that matches it, so a new program cannot slip into the wrong group.
 */

export interface LikeForLikeKind {
  /** The group's label in the benchmark's tables: what ours does that the reference does not. */
  label: string;
  /** A port whose source matches this runs the work; undefined when the kind is not detectable from the source. */
  port?: RegExp;
  /** The extra work is in the STEP export alone: the meshing comparison (STL) stays in the like-for-like group. */
  stepOnly?: boolean;
}

export const KINDS = {
  solver: {
    label: "constraint solver: ours solves the constraints (Assembly.solve, Sketch.solve), the native reference only makes the parts or the solved result",
    port: /\.solve\s*\(/,
  },
  document: {
    label:
      "STEP document: ours writes each part of the Assembly as a named, coloured product through an XCAF document (STEPCAFControl_Writer), " +
      "as CadQuery's Assembly export does (which also writes the assembly's structure); the native reference exports the parts as one plain compound (STEPControl_Writer), no names, no colours",
    // An Assembly the port does not solve (a solving port is marked "solver", which covers it).
    port: /^(?![\s\S]*\.solve\s*\()[\s\S]*\bAssembly\s*\(/,
    stepOnly: true,
  },
} as const satisfies Record<string, LikeForLikeKind>;

export type KindName = keyof typeof KINDS;

/** A reference's marker: why it does less work than the port. */
export interface NotLikeForLike {
  kind: KindName;
  reason: string;
}

const MARKER = /^\s*#\s*like[- ]for[- ]like\b/i;
const FORM = /^\s*#\s*like-for-like: no \(([^)]*)\) [—–-] (\S.*)$/;

/**
 * The marker of one native reference script, or undefined when it has none (like for like).
 * Throws on a marker line that is not exactly of the documented form, names an unknown kind, or
 * is repeated: a misspelt marker would otherwise put the program in the wrong group silently.
 */
export function parseLikeForLike(script: string, file = "the native script"): NotLikeForLike | undefined {
  let found: NotLikeForLike | undefined;
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKER.test(line)) continue;
    const where = `${file}, line ${i + 1}`;
    if (found !== undefined) throw new Error(`${where}: a second like-for-like marker; a reference has at most one`);
    const match = FORM.exec(line.trimEnd());
    if (match === null) throw new Error(`${where}: a like-for-like marker must read "# like-for-like: no (<kind>) — <reason>" (no marker means like for like); got: ${line.trim()}`);
    const kind = match[1]!;
    if (!Object.hasOwn(KINDS, kind)) throw new Error(`${where}: unknown like-for-like kind "${kind}"; known: ${Object.keys(KINDS).join(", ")}`);
    found = { kind: kind as KindName, reason: match[2]!.trim() };
  }
  return found;
}

/** The kinds whose `port` pattern the port's source matches: what the reference must be marked with. */
export function detectedKinds(portSource: string): KindName[] {
  return (Object.keys(KINDS) as KindName[]).filter((kind) => {
    const pattern: RegExp | undefined = (KINDS[kind] as LikeForLikeKind).port;
    return pattern !== undefined && pattern.test(portSource);
  });
}

/**
 * Disagreements between a port and its reference's marker (empty when they agree): a port that
 * runs a detectable kind of work its reference is not marked for, or a marker of a detectable
 * kind on a reference whose port does not run it.
 */
export function markerProblems(name: string, portSource: string, marker: NotLikeForLike | undefined): string[] {
  const problems: string[] = [];
  const detected = detectedKinds(portSource);
  for (const kind of detected) {
    if (marker?.kind !== kind) problems.push(`${name}: the port runs the ${kind} work (matches ${String(KINDS[kind].port)}) but native/${name}.py is not marked "# like-for-like: no (${kind}) — …"`);
  }
  if (marker !== undefined && (KINDS[marker.kind] as LikeForLikeKind).port !== undefined && !detected.includes(marker.kind)) {
    problems.push(`${name}: native/${name}.py is marked "like-for-like: no (${marker.kind})" but the port does not match ${String(KINDS[marker.kind].port)}`);
  }
  return problems;
}
