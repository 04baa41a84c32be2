/** The untyped npm package `parse-prometheus-text-format`: the text exposition format as metric families. */
declare module "parse-prometheus-text-format" {
  export default function parsePrometheusTextFormat(text: string): unknown[];
}
