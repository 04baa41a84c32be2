// Port of programs/examples-lego-brick.py (CadQuery doc/examples.rst, section "Lego Brick"), line for line.
// The page shows the Workplane `tmp` (the directive's `:select: tmp`); build() returns it.
import * as cq from "partforge";

export function build() {
  //####
  // Inputs
  //#####
  const lbumps = 6; // number of bumps long
  const wbumps = 2; // number of bumps wide
  const thin = true; // True for thin, False for thick

  //
  // Lego Brick Constants-- these make a Lego brick a Lego :)
  //
  const pitch = 8.0;
  const clearance = 0.1;
  const bumpDiam = 4.8;
  const bumpHeight = 1.8;
  let height;
  if (thin) {
    height = 3.2;
  } else {
    height = 9.6;
  }

  const t = (pitch - (2 * clearance) - bumpDiam) / 2.0;
  const postDiam = pitch - t; // works out to 6.5
  const total_length = lbumps * pitch - 2.0 * clearance;
  const total_width = wbumps * pitch - 2.0 * clearance;

  // make the base
  let s = cq.Workplane("XY").box(total_length, total_width, height);

  // shell inwards not outwards
  s = s.faces("<Z").shell(-1.0 * t);

  // make the bumps on the top
  s = s.faces(">Z")
    .workplane()
    .rarray(pitch, pitch, lbumps, wbumps, true)
    .circle(bumpDiam / 2.0)
    .extrude(bumpHeight);

  // add posts on the bottom. posts are different diameter depending on geometry
  // solid studs for 1 bump, tubes for multiple, none for 1x1
  let tmp = s.faces("<Z").workplane({ invert: true });

  if (lbumps > 1 && wbumps > 1) {
    tmp = tmp.rarray(pitch, pitch, lbumps - 1, wbumps - 1, { center: true })
      .circle(postDiam / 2.0)
      .circle(bumpDiam / 2.0)
      .extrude(height - t);
  } else if (lbumps > 1) {
    tmp = tmp.rarray(pitch, pitch, lbumps - 1, 1, { center: true })
      .circle(t)
      .extrude(height - t);
  } else if (wbumps > 1) {
    tmp = tmp.rarray(pitch, pitch, 1, wbumps - 1, { center: true })
      .circle(t)
      .extrude(height - t);
  } else {
    tmp = s;
  }
  return tmp;
}
