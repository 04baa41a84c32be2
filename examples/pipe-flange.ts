/**
 * A flanged pipe spool in inches: a length of pipe with a weld-neck flange on one or both
 * ends, revolved from its half-section, with the bolt holes on a polar pattern that straddles
 * the centre lines. Flange proportions follow ASME B16.5 Class 150 (approximate: check the
 * standard before machining).
 */
import { Workplane, FloatParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "in";
export const VERSION = "1.0";
export const METADATA = {
  name: "Flanged pipe spool",
  description: "Pipe spool with Class 150 weld-neck flanges (inch sizes), raised faces and a bolt-hole circle",
  license: "CC-BY-4.0",
};

export const p_size = ChoiceParam({ choices: ["1", "2", "3", "4", "6"], group: "Pipe", desc: "Nominal pipe size (NPS, inches)",
                                    presets: { default: "2", stub: "1", spool6: "6" } });
export const p_schedule = ChoiceParam({ choices: ["40", "80"], group: "Pipe", desc: "Pipe schedule (wall thickness)",
                                        presets: { default: "40", stub: "80", spool6: "40" } });
export const p_length = FloatParam({ min: 4, max: 48, step: 0.25, group: "Pipe", desc: "Overall length, face to face (in)",
                                     presets: { default: 8, stub: 4, spool6: 24 } });
export const p_both_ends = BooleanParam({ group: "Flanges", desc: "Flange both ends (otherwise a plain pipe end)",
                                          presets: { default: true, stub: false, spool6: true } });
export const p_hub_length = FloatParam({ min: 0.5, max: 4, step: 0.125, default: 1.5, group: "Flanges",
                                         desc: "Length of the tapered weld-neck hub behind the flange (in)" });
export const p_raised_face = BooleanParam({ default: true, group: "Flanges", desc: "1/16 in raised face" });

/** Class 150 flange and pipe dimensions by NPS (inches). */
const SIZES: Record<string, {
  flangeOd: number; thickness: number; raisedFaceOd: number; hubOd: number;
  boltCircle: number; bolts: number; boltHole: number; pipeOd: number; wall: Record<string, number>;
}> = {
  "1": { flangeOd: 4.25, thickness: 0.56, raisedFaceOd: 2.0, hubOd: 1.94, boltCircle: 3.12, bolts: 4, boltHole: 0.62, pipeOd: 1.315, wall: { "40": 0.133, "80": 0.179 } },
  "2": { flangeOd: 6.0, thickness: 0.75, raisedFaceOd: 3.62, hubOd: 3.06, boltCircle: 4.75, bolts: 4, boltHole: 0.75, pipeOd: 2.375, wall: { "40": 0.154, "80": 0.218 } },
  "3": { flangeOd: 7.5, thickness: 0.94, raisedFaceOd: 5.0, hubOd: 4.25, boltCircle: 6.0, bolts: 4, boltHole: 0.75, pipeOd: 3.5, wall: { "40": 0.216, "80": 0.3 } },
  "4": { flangeOd: 9.0, thickness: 0.94, raisedFaceOd: 6.19, hubOd: 5.31, boltCircle: 7.5, bolts: 8, boltHole: 0.75, pipeOd: 4.5, wall: { "40": 0.237, "80": 0.337 } },
  "6": { flangeOd: 11.0, thickness: 1.0, raisedFaceOd: 8.5, hubOd: 7.56, boltCircle: 9.5, bolts: 8, boltHole: 0.88, pipeOd: 6.625, wall: { "40": 0.28, "80": 0.432 } },
};

const RAISED_FACE_HEIGHT = 1 / 16;

export function build() {
  const size = SIZES[p_size.value];
  const ends = p_both_ends.value ? 2 : 1;
  const overall = p_length.value;
  const face = p_raised_face.value ? RAISED_FACE_HEIGHT : 0;
  const flangeZ = face + size.thickness; // back of the flange
  const hub = Math.min(p_hub_length.value, (overall - ends * flangeZ) / ends - 0.25);
  if (hub < 0.25) throw new Error(`a ${overall} in spool is too short for NPS ${p_size.value} flanges`);

  const rIn = size.pipeOd / 2 - size.wall[p_schedule.value];
  const rOut = size.pipeOd / 2;

  // Half-section (radius, height) from the bottom face up the outside and back down the bore.
  const flangeEnd = (z0: number, dir: 1 | -1): [number, number][] => [
    ...(face > 0 ? [[size.raisedFaceOd / 2, z0], [size.raisedFaceOd / 2, z0 + dir * face]] as [number, number][] : []),
    [size.flangeOd / 2, z0 + dir * face],
    [size.flangeOd / 2, z0 + dir * flangeZ],
    [size.hubOd / 2, z0 + dir * flangeZ],
    [rOut, z0 + dir * (flangeZ + hub)],
  ];
  const bottom = flangeEnd(0, 1);
  const top = ends === 2 ? flangeEnd(overall, -1).reverse() : [[rOut, overall]] as [number, number][];
  const outline: [number, number][] = [[rIn, 0], ...bottom, ...top, [rIn, overall]];

  // On XZ local y is world z, so revolving about the local y axis turns it about world z.
  let spool = Workplane("XZ").polyline(outline).close().revolve(360);

  // Bolt holes straddling the centre lines, drilled from the bottom face through every flange.
  spool = spool
    .faces("<Z")
    .workplane()
    .polarArray(size.boltCircle / 2, 180 / size.bolts, 360, size.bolts)
    .hole(size.boltHole);
  return spool;
}
