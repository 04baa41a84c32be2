export * from "./errors.ts";
export * from "./units.ts";
export * from "./closest.ts";
export * from "./mesh.ts";
export * from "./localPath.ts";
