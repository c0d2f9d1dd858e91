/** `GET /docs`: the OpenAPI document as a readable, self-contained page. */
import type { Context } from 'hono';
import type { AppEnv } from '../edge/env.ts';
import { PROBLEM_TYPES } from '../edge/errors.ts';
import { describeAllowed, type FieldSchema, optionsJsonSchema } from '../edge/options.ts';
import { OUTPUTS } from '../options.ts';
import { availableOutputs } from './format.ts';
import { openApiDocument } from './openapi.ts';
import { humanize, inlineMarkup, renderPage } from './pages.ts';

type Node = Record<string, unknown>;

function asNode(value: unknown): Node {
  return typeof value === 'object' && value !== null ? (value as Node) : {};
}

function schemaSummary(schema: Node): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? '';
  return describeAllowed(schema as FieldSchema);
}

/** curl examples, one per output (the README shows the same). */
export function curlExamples(origin: string): { output: string; command: string }[] {
  const send = `curl --data-binary @story.txt -H 'Content-Type: text/plain; charset=utf-8'`;
  const api = `${origin}/v1/format`;
  const COMMANDS: Readonly<Record<(typeof OUTPUTS)[number], string>> = {
    json: `${send} ${api}`,
    srt: `${send} -H 'Accept: application/x-subrip' '${api}?download=1' -OJ`,
    vtt: `${send} '${api}?output=vtt&readRate=150' -o story.vtt`,
    teleprompter: `${send} -H 'Accept: text/html' ${api} -o prompter.html`,
    'teleprompter-text': `${send} -H 'Accept: text/plain' ${api}`,
    print: `${send} '${api}?output=print&download=1' -OJ`,
    imsc: `${send} -H 'Accept: application/ttml+xml' '${api}?fps=23.976&download=1' -OJ`,
    'ebu-tt-d': `${send} '${api}?output=ebu-tt-d&fps=25' -o story.xml`,
    scc: `${send} '${api}?output=scc&start=01:00:00:00&download=1' -OJ`,
    stl: `${send} '${api}?output=stl&fps=25&start=10:00:00:00&download=1' -OJ`,
  };
  return OUTPUTS.map((output) => ({ output, command: COMMANDS[output] }));
}

function docsView(origin: string, nonce: string): object {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = ((operation.parameters as Node[] | undefined) ?? []).map((p) => ({
        name: String(p.name),
        in: String(p.in),
        required: p.required === true,
        allowed: schemaSummary(asNode(p.schema)),
        description: inlineMarkup(String(p.description ?? '')),
      }));
      const body = asNode(asNode(operation.requestBody).content);
      const responses = Object.entries(operation.responses).map(([status, response]) => ({
        status,
        description: inlineMarkup(String(asNode(response).description ?? '')),
        types: Object.keys(asNode(asNode(response).content)).join(', '),
      }));
      return {
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: operation.summary,
        description: inlineMarkup(operation.description),
        parameters,
        hasParameters: parameters.length > 0,
        bodyTypes: Object.keys(body).join(', '),
        hasBody: Object.keys(body).length > 0,
        responses,
        auth: Array.isArray(operation.security) ? 'Bearer token' : '',
      };
    }),
  );
  const available = availableOutputs();
  return {
    nonce,
    title: String(doc.info.title),
    summary: String(doc.info.summary),
    version: String(doc.info.version),
    operations,
    options: Object.entries(optionsJsonSchema().properties).map(([name, schema]) => ({
      name,
      label: schema.title ?? humanize(name),
      allowed: describeAllowed(schema),
      default: schema.default === undefined ? '—' : JSON.stringify(schema.default),
      description: inlineMarkup(schema.description ?? ''),
    })),
    outputs: OUTPUTS.map((output) => ({ output, available: available.includes(output) })),
    problems: Object.entries(PROBLEM_TYPES).map(([slug, p]) => ({
      slug,
      status: p.status,
      title: p.title,
      description: inlineMarkup(p.description),
    })),
    examples: curlExamples(origin),
  };
}

/** `GET /docs`. */
export function handleDocs(c: Context<AppEnv>): Response {
  const origin = new URL(c.req.url).origin;
  return c.html(renderPage('docs.html', docsView(origin, c.get('nonce'))), 200, {
    'Cache-Control': 'public, max-age=300',
  });
}
