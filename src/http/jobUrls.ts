/** Where a client finds a job (a build's or a batch's): its state, and its file once done. */
export function jobUrls(id: string): { statusUrl: string; resultUrl: string } {
  return { statusUrl: `/api/jobs/${id}`, resultUrl: `/api/jobs/${id}/result` };
}
