/**
 * A gear-like wheel for prototypes and toys: straight-flanked teeth with tips turned to the
 * tip circle, copied round a root disc by rotation, a hub, a bore with an optional keyway and
 * a polar pattern of lightening holes in the web. (The flanks are straight lines at the
 * pressure angle, not involutes: fine for a mock-up or a toy, not for a gearbox.)
 */
import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Spur gear blank",
  description: "Gear-like wheel with polar-patterned teeth, hub, keyed bore and lightening holes",
  license: "CC-BY-4.0",
};

export const p_module = ChoiceParam({ choices: [0.5, 0.8, 1, 1.25, 1.5, 2, 2.5, 3], group: "Teeth", desc: "Module (pitch diameter / teeth), mm",
                                      presets: { default: 1.5, pinion: 1, wheel: 2 } });
export const p_teeth = IntParam({ min: 8, max: 120, group: "Teeth", desc: "Number of teeth",
                                  presets: { default: 24, pinion: 12, wheel: 60 } });
export const p_face_width = FloatParam({ min: 2, max: 40, step: 0.5, group: "Teeth", desc: "Face width (thickness of the toothed rim)",
                                         presets: { default: 8, pinion: 6, wheel: 12 } });
export const p_pressure_angle = ChoiceParam({ choices: [14.5, 20, 25], default: 20, group: "Teeth", desc: "Pressure angle (flank slope), degrees" });
export const p_bore = FloatParam({ min: 1, max: 40, step: 0.5, group: "Hub and bore", desc: "Bore diameter",
                                   presets: { default: 6, pinion: 3, wheel: 12 } });
export const p_keyway = BooleanParam({ group: "Hub and bore", desc: "Cut a keyway in the bore",
                                       presets: { default: true, pinion: false, wheel: true } });
export const p_hub = BooleanParam({ group: "Hub and bore", desc: "Add a hub on one side",
                                    presets: { default: true, pinion: false, wheel: true } });
export const p_hub_length = FloatParam({ min: 2, max: 30, step: 0.5, default: 6, group: "Hub and bore", desc: "How far the hub stands out" });
export const p_lightening_holes = IntParam({ min: 0, max: 8, group: "Web", desc: "Lightening holes in the web (0 for none; skipped when the web is too narrow)",
                                             presets: { default: 4, pinion: 0, wheel: 6 } });

export function build() {
  const m = p_module.value;
  const z = p_teeth.value;
  const face = p_face_width.value;
  const bore = p_bore.value;

  const pitchRadius = (m * z) / 2;
  const tipRadius = pitchRadius + m;
  const rootRadius = pitchRadius - 1.25 * m;
  if (bore / 2 > rootRadius - 2 * m) {
    throw new Error(`a ${bore} mm bore is too big for ${z} teeth of module ${m}: at most ${2 * (rootRadius - 2 * m)} mm`);
  }

  // One tooth on the +x axis: straight flanks at the pressure angle, its thickness πm/2 on the
  // pitch circle, from just inside the root circle (so it fuses with the disc) to an arc on
  // the tip circle.
  const slope = Math.tan((p_pressure_angle.value * Math.PI) / 180);
  const halfThickness = (r: number) => (Math.PI * m) / 4 - (r - pitchRadius) * slope;
  const inner = rootRadius - 0.5 * m;
  const tipHalf = halfThickness(tipRadius);
  const tipX = Math.sqrt(tipRadius ** 2 - tipHalf ** 2);
  const tooth = Workplane("XY")
    .moveTo(inner, -halfThickness(inner))
    .lineTo(tipX, -tipHalf)
    .threePointArc([tipRadius, 0], [tipX, tipHalf])
    .lineTo(inner, halfThickness(inner))
    .close()
    .extrude(face);
  // z copies turned about the axis, fused with the root disc in one boolean
  const teeth = Array.from({ length: z }, (_, i) => tooth.rotate([0, 0, 0], [0, 0, 1], (360 * i) / z).val());
  let gear = Workplane("XY").circle(rootRadius).extrude(face).union(Workplane("XY").add(teeth));

  // Hub on top, then the bore through both.
  const hubRadius = Math.min(bore, rootRadius - 1.5 * m);
  if (p_hub.value) gear = gear.faces(">Z").workplane().circle(hubRadius).extrude(p_hub_length.value);
  gear = gear.faces("<Z").workplane().hole(bore);

  if (p_keyway.value) {
    // DIN 6885-like proportions: width bore/4, depth bore/8 beyond the bore's edge
    const keyWidth = bore / 4;
    const keyDepth = bore / 8;
    gear = gear.faces("<Z").workplane().center(0, bore / 2).rect(keyWidth, 2 * keyDepth).cutThruAll();
  }

  // Lightening holes centred in the web between the hub and the root of the teeth.
  const webInner = (p_hub.value ? hubRadius : bore / 2) + m;
  const webOuter = rootRadius - 1.5 * m;
  const count = p_lightening_holes.value;
  if (count > 0) {
    const holeRadius = (webInner + webOuter) / 2;
    const spacing = count > 1 ? 2 * holeRadius * Math.sin(Math.PI / count) : Infinity;
    const diameter = Math.min(0.7 * (webOuter - webInner), spacing - 2 * m);
    // On the axis: without the origin, the workplane would project the keyway's (moved by center()).
    if (diameter >= 2) gear = gear.faces("<Z").workplane({ origin: [0, 0, 0] }).polarArray(holeRadius, 0, 360, count).hole(diameter);
  }
  return gear;
}
