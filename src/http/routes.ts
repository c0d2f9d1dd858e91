/**
 * Which methods a path allows, from the app's own route table, so that 405 and `Allow`
 * (RFC 9110 section 15.5.6) stay right for routes mounted later (webhooks).
 */

export interface RouteEntry {
  method: string;
  path: string;
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return false;
  for (let i = 0; i < want.length; i++) {
    const segment = want[i] ?? '';
    if (segment.startsWith(':')) {
      if (!have[i]) return false;
    } else if (segment !== have[i]) {
      return false;
    }
  }
  return true;
}

/**
 * Methods registered for a path, plus HEAD where GET is (Hono answers HEAD with GET) and OPTIONS;
 * empty when no route has the path. Middleware (`*` patterns, method ALL) does not count.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    if (matches(route.path, path)) methods.add(route.method);
  }
  if (methods.size === 0) return [];
  if (methods.has('GET')) methods.add('HEAD');
  methods.add('OPTIONS');
  return [...methods].sort();
}
