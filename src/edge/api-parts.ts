/**
 * Route groups mounted beside the HTTP app (the CMS webhook and stored stories, …) describe
 * their own OpenAPI paths and component schemas and add them here when the Worker is composed
 * (`src/index.ts`); the API document and `/docs` read them. So `http/` never imports a route group.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/** OpenAPI paths and `components.schemas` entries of one route group. */
export interface ApiPart {
  paths: JsonObject;
  schemas: JsonObject;
  /** `components.securitySchemes` entries the group's operations name, if any. */
  securitySchemes?: JsonObject;
}

const parts: (() => ApiPart)[] = [];

/** Adds a route group's description (a function: it is built on first use, not at start-up). */
export function addApiPart(part: () => ApiPart): void {
  parts.push(part);
}

/** Every added part, built. */
export function apiParts(): ApiPart[] {
  return parts.map((part) => part());
}
