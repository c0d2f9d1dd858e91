/**
 * RFC 9457 problem details for the webhook and story routes.
 *
 * LOCAL HELPER: the edge branch owns the shared problem helper; this one exists so the webhook
 * routes answer `application/problem+json` on their own. The lead may swap it for the shared one
 * (same fields: `type`, `title`, `status`, `detail`, plus extension members).
 */

/** Extension members are allowed next to the standard ones (RFC 9457 §3.2). */
export interface Problem {
  /** URI reference naming the problem type; a full path as RFC 9457 §3.1.1 recommends. */
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

/**
 * Builds a `application/problem+json` response.
 *
 * @example
 * problemResponse({ type: '/problems/not-found', title: 'Not Found', status: 404, detail: 'x' })
 */
export function problemResponse(problem: Problem, headers?: Record<string, string>): Response {
  return new Response(`${JSON.stringify(problem)}\n`, {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}
