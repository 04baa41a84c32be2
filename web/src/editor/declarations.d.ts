/** The virtual module `web/bundle.ts` makes: TypeScript's ES2022 lib files and the `partforge` declarations, by path. */
declare module "partforge:ts-declarations" {
  export const DECLARATION_FILES: Record<string, string>;
  /** The path of the `partforge` module's entry declaration among DECLARATION_FILES. */
  export const PARTFORGE_ENTRY: string;
}
