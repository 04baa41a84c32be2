/** The messages between the editor page and its TypeScript worker (`tsWorker.ts`). */
export interface CheckDiagnostic {
  from: number;
  to: number;
  severity: "error" | "warning";
  message: string;
  /** Where it comes from: "syntax", "imports" or "types". */
  source: string;
}

export interface CompletionEntry {
  label: string;
  kind: string;
  detail?: string;
}

export interface HoverInfo {
  from: number;
  to: number;
  signature: string;
  docs: string;
}

export type WorkerRequest =
  | { id: number; kind: "check"; text: string; language: "ts" | "js" }
  | { id: number; kind: "complete"; text: string; language: "ts" | "js"; pos: number }
  | { id: number; kind: "hover"; text: string; language: "ts" | "js"; pos: number };

export type WorkerAnswer =
  | { id: number; kind: "check"; diagnostics: CheckDiagnostic[] }
  | { id: number; kind: "complete"; from: number; entries: CompletionEntry[] }
  | { id: number; kind: "hover"; info: HoverInfo | null }
  | { id: number; kind: "failed"; message: string };
