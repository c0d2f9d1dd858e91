/**
 * The OpenAPI 3.1 document, served at `GET /v1/openapi.json`. Its schemas are generated from the
 * zod schemas the code itself uses: the options schema that validates requests (a new option is
 * documented the moment it exists), the problem body, and the document (`ScriptDocument`,
 * `Block`, `Speaker`, `Message`, `TimedWord`, whose TypeScript types are inferred from them).
 */

import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { correctionsSchema } from '../core/corrections.ts';
import { DOCUMENT_SCHEMAS } from '../core/document.ts';
import { lazy } from '../core/lazy.ts';
import { apiParts } from '../edge/api-parts.ts';
import { PROBLEM_TYPES } from '../edge/errors.ts';
import { type FieldSchema, optionsJsonSchema } from '../edge/options.ts';
import { fieldErrorSchema, openApiComponents, problemSchema } from '../edge/problem-schema.ts';
import { DOCX_MEDIA_TYPE, READABLE_FILES } from '../ingest/index.ts';
import { OUTPUTS, optionsSchema } from '../options.ts';
import { OUTPUT_MEDIA_TYPES } from './format.ts';
import { BODY_TYPES } from './request.ts';
import { FORM_ACTIONS, formatJsonRequestSchema, requestMemberSchemas } from './request-schema.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

export interface OpenApiOperation extends JsonObject {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  responses: JsonObject;
}

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject;
  paths: { [path: string]: { [method: string]: OpenApiOperation } };
  components: JsonObject;
}

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string): JsonObject => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const html = (description: string): JsonObject => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

const OUTPUT_DESCRIPTIONS: Readonly<Record<(typeof OUTPUTS)[number], string>> = {
  json: 'The clean document (`ScriptDocument`): blocks, speakers, timing and every change made.',
  srt: 'SubRip subtitles, timed from the read rate or the transcript’s time anchors.',
  vtt: 'WebVTT subtitles with speaker voices.',
  teleprompter: 'A browser teleprompter page (HTML, scrolls itself; settings in its URL).',
  'teleprompter-text': 'Plain text for hardware prompters: short lines, no markup.',
  print: 'A two-column A/V print script (HTML, print to PDF).',
  imsc: 'IMSC 1.1 Text profile TTML (streaming platforms).',
  'ebu-tt-d':
    'EBU-TT-D 1.0.1 TTML (European broadcasters’ online delivery); same media type as IMSC, reached by `output=ebu-tt-d`.',
  scc: 'Scenarist SCC: CEA-608 pop-on captions at 29.97 drop-frame (or 30 non-drop).',
  stl: 'EBU STL (Tech 3264) binary subtitle file: GSI block and TTI blocks.',
};

function outputContent(): JsonObject {
  const content: JsonObject = {};
  for (const output of OUTPUTS) {
    const type = OUTPUT_MEDIA_TYPES[output];
    if (!type) continue;
    content[type] =
      output === 'json'
        ? { schema: ref('ScriptDocument') }
        : output === 'stl'
          ? {
              schema: {
                type: 'string',
                format: 'binary',
                description: OUTPUT_DESCRIPTIONS[output],
              },
            }
          : { schema: { type: 'string', description: OUTPUT_DESCRIPTIONS[output] } };
  }
  return content;
}

function optionParameters(): JsonObject[] {
  return Object.entries(optionsJsonSchema().properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: schema.description ?? name,
    schema: schema as JsonObject,
  }));
}

function optionProperties(): JsonObject {
  const properties: JsonObject = {};
  for (const [name, schema] of Object.entries(optionsJsonSchema().properties)) {
    properties[name] = schema as FieldSchema as JsonObject;
  }
  return properties;
}

/** The request's members a query or a form can give, generated from `request-schema.ts`. */
const requestFields = lazy((): JsonObject => {
  const members = requestMemberSchemas();
  const fields: JsonObject = {};
  for (const name of ['text', 'output', 'input', 'download'] as const) {
    const { $schema: _dialect, ...schema } = z.toJSONSchema(members[name], { io: 'input' });
    fields[name] = schema as JsonObject;
  }
  return fields;
});

const CORRECTIONS_FIELD: JsonObject = {
  type: 'string',
  contentMediaType: 'application/json',
  description: 'The corrections object (`#/components/schemas/Corrections`) as JSON text.',
};

function schemas(): JsonObject {
  const options = optionsJsonSchema() as unknown as JsonObject;
  const { $schema: _ignored, ...corrections } = z.toJSONSchema(correctionsSchema(), {
    io: 'input',
  }) as JsonObject;
  return {
    Corrections: corrections,
    // Generated from the schemas the edge answers with (src/edge/problem-schema.ts) and the
    // document's schemas (src/core/document.ts): ScriptDocument, Block, Speaker, Message, …
    ...(openApiComponents({
      Problem: problemSchema(),
      FieldError: fieldErrorSchema(),
      ...DOCUMENT_SCHEMAS(),
    }) as JsonObject),
    Options: {
      ...options,
      description: 'Formatting options (one schema for query, form and JSON).',
    },
    // The JSON body's schema, its `options` and `corrections` referring to their components.
    ...(openApiComponents({ FormatJsonRequest: formatJsonRequestSchema() }, 'input', {
      Options: optionsSchema(),
      Corrections: correctionsSchema(),
    }) as JsonObject),
    FormatFormRequest: {
      type: 'object',
      required: ['text'],
      properties: { ...requestFields(), corrections: CORRECTIONS_FIELD, ...optionProperties() },
      description: 'Form fields: the request fields and any option, as strings.',
    },
    FormatUploadRequest: {
      type: 'object',
      properties: {
        ...requestFields(),
        corrections: CORRECTIONS_FIELD,
        file: {
          type: 'string',
          contentMediaType: 'application/octet-stream',
          description: `A ${READABLE_FILES} file (UTF-8, or another encoding: see above); used instead of \`text\` when given.`,
        },
        ...optionProperties(),
      },
    },
  };
}

const FORMAT_DESCRIPTION = [
  'Formats a transcript. The body is the transcript as `text/plain`, CMS `text/html`, an SRT',
  '(`application/x-subrip`), WebVTT (`text/vtt`) or TTML (`application/ttml+xml`: DFXP, IMSC,',
  'EBU-TT-D) file, a transcript table (`text/csv`, `text/tab-separated-values`: a header row,',
  'then one row per segment), a JSON object `{text, output, options}`,',
  'or form fields (`multipart/form-data` with `text` or a `file`, `application/x-www-form-urlencoded`).',
  'A speech-to-text result (Whisper, whisper.cpp, WhisperX, Deepgram, AssemblyAI, AWS Transcribe,',
  'Rev.ai, Speechmatics, Google, Azure, IBM Watson, ElevenLabs JSON) posted as `application/json` is read by its',
  'shape: any member besides `text`, `output`, `input`, `download` and `options` makes it a',
  'transcript, not a request.',
  'Pasted text is told apart by how it starts (SRT and WebVTT cues, a `<tt>` root for TTML, a',
  'YouTube SBV timing line, an ASS/SSA `[Script Info]` header, a table header row, `{\\rtf`);',
  '`input=` forces a format.',
  'A Word document (`.docx` upload, or the DOCX media type as the body) is unpacked and read as text.',
  'An EBU STL file (`.stl` upload, `application/x-ebu-stl` body, or any body its GSI block opens) is',
  'read as timed captions; SAMI (`.smi`, `<SAMI>`) too.',
  'Options come from the query string, the form fields or the JSON `options` object.',
  '',
  'The output is `output=` (query or body) or, without it, the best match for `Accept`:',
  '`application/json` → json, `application/x-subrip` → srt, `text/vtt` → vtt,',
  '`text/html` → teleprompter, `text/plain` → teleprompter-text (q-values honoured; json on a tie).',
  'Text is read as UTF-8, else in its declared charset, else as detected (Windows-1252, Windows-1251,',
  'KOI8-R; UTF-16 with a BOM), reported as an `encoding` message; binary data is a 415. The body',
  'limit is 5 MB unless configured otherwise.',
].join('\n');

function paths(): OpenApiDocument['paths'] {
  const formatErrors = {
    '400': problem('Malformed body: JSON or multipart that does not parse.'),
    '406': problem('No output matches `Accept`.'),
    '413': problem('Body over the size limit, or a DOCX that unpacks past its limits.'),
    '415': problem(
      'Unsupported content type or file type, binary data, or an unknown charset on text that is not UTF-8.',
    ),
    '422': problem(
      'Empty text, an unreadable DOCX, an invalid option, an unknown template, an output not available here, more blocks than the text’s size allows (`too-many-blocks`), or an answer over ten times the input (`output-too-large`).',
    ),
    '429': problem('Too many formatting requests from this client (`Retry-After`).'),
  };
  const bodyTypes: JsonObject = {};
  for (const type of Object.keys(BODY_TYPES)) {
    bodyTypes[type] =
      type === 'application/json'
        ? { schema: ref('FormatJsonRequest') }
        : type === 'multipart/form-data'
          ? { schema: ref('FormatUploadRequest') }
          : type === 'application/x-www-form-urlencoded'
            ? { schema: ref('FormatFormRequest') }
            : type === DOCX_MEDIA_TYPE || type === 'application/x-ebu-stl'
              ? { schema: { type: 'string', format: 'binary' } }
              : { schema: { type: 'string' } };
  }
  return {
    '/': {
      get: {
        operationId: 'form',
        summary: 'The web form',
        description:
          'Paste or upload a transcript, choose the output and its options, preview or download.',
        tags: ['web'],
        responses: { '200': html('The form page.') },
      },
      post: {
        operationId: 'submitForm',
        summary: 'Submit the web form (works without JavaScript)',
        description:
          'The form’s plain POST: `action=preview` answers the form page with the preview and the list of changes; `action=download` answers the file, as `/v1/format?download=1` would. Errors come back as the form page with the problem explained, with the problem’s status.',
        tags: ['web'],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                allOf: [
                  ref('FormatUploadRequest'),
                  { properties: { action: { type: 'string', enum: [...FORM_ACTIONS] } } },
                ],
              },
            },
            'application/x-www-form-urlencoded': {
              schema: {
                allOf: [
                  ref('FormatFormRequest'),
                  { properties: { action: { type: 'string', enum: [...FORM_ACTIONS] } } },
                ],
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The preview page, or the file (with `Content-Disposition: attachment`).',
            content: { 'text/html': { schema: { type: 'string' } }, ...outputContent() },
          },
          '429': problem('Too many formatting requests from this client (`Retry-After`).'),
          '4XX': html('The form page explaining the problem.'),
        },
      },
    },
    ...Object.fromEntries(
      ['/favicon.ico', '/favicon.svg'].map((path) => [
        path,
        {
          get: {
            operationId: path === '/favicon.ico' ? 'faviconIco' : 'faviconSvg',
            summary: 'The site icon',
            description:
              'An SVG icon (also at `/favicon.ico`, where browsers look for it), cached for a day.',
            tags: ['operations'],
            responses: {
              '200': {
                description: 'The icon.',
                content: { 'image/svg+xml': { schema: { type: 'string' } } },
              },
            },
          },
        },
      ]),
    ),
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Health check for monitors',
        description: 'Always `{"status":"ok"}` while the Worker runs; never cached.',
        tags: ['operations'],
        responses: {
          '200': {
            description: 'The Worker is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: { status: { const: 'ok' } },
                },
              },
            },
          },
        },
      },
    },
    '/v1/format': {
      post: {
        operationId: 'format',
        summary: 'Format a transcript into one output',
        description: FORMAT_DESCRIPTION,
        tags: ['format'],
        parameters: [
          {
            name: 'output',
            in: 'query',
            required: false,
            schema: requestFields().output as JsonObject,
          },
          {
            name: 'input',
            in: 'query',
            required: false,
            schema: requestFields().input as JsonObject,
          },
          {
            name: 'download',
            in: 'query',
            required: false,
            schema: requestFields().download as JsonObject,
          },
          ...optionParameters(),
        ],
        requestBody: { required: true, content: bodyTypes },
        responses: {
          '200': {
            description: 'The rendered output.',
            headers: {
              'Content-Disposition': {
                description:
                  'With `download=1`: `attachment; filename="<slug>.<ext>"; filename*=UTF-8\'\'…`.',
                schema: { type: 'string' },
              },
            },
            content: outputContent(),
          },
          ...formatErrors,
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This OpenAPI 3.1 document',
        description:
          'Generated from the zod schemas that validate requests and type the answers (options, problem, document, webhook).',
        tags: ['docs'],
        responses: {
          '200': {
            description: 'OpenAPI 3.1 document.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
    '/docs': {
      get: {
        operationId: 'docs',
        summary: 'API reference page',
        description: 'This document as a readable page, with every option and problem type.',
        tags: ['docs'],
        responses: { '200': html('The reference page.') },
      },
    },
  };
}

let cached: OpenApiDocument | null = null;

/**
 * The OpenAPI 3.1 document of the whole API.
 *
 * @example openApiDocument().paths['/v1/format']?.post?.operationId // 'format'
 */
export function openApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const parts = apiParts();
  cached = {
    openapi: '3.1.1',
    info: {
      title: 'scriptdesk',
      version: '1.0.0',
      summary: 'Raw newsroom transcripts to teleprompter scripts, subtitles and print layouts.',
      description:
        'Every error is `application/problem+json` (RFC 9457); its `type` links to the problem on `/docs`. Problem types: ' +
        Object.entries(PROBLEM_TYPES)
          .map(([slug, p]) => `\`${slug}\` (${p.status})`)
          .join(', ') +
        '.',
    },
    tags: [
      { name: 'format', description: 'Transcript in, script out.' },
      { name: 'web', description: 'The web form for newsroom staff.' },
      { name: 'cms', description: 'CMS integration: signed webhook and stored outputs.' },
      {
        name: 'rundowns',
        description: 'Rundowns and the live prompter: talent, operator, remote.',
      },
      { name: 'docs', description: 'This reference.' },
      { name: 'operations', description: 'Monitoring.' },
    ],
    // Route groups mounted beside this app describe themselves (src/edge/api-parts.ts).
    paths: Object.assign(paths(), ...parts.map((part) => part.paths)) as OpenApiDocument['paths'],
    components: {
      schemas: Object.assign(schemas(), ...parts.map((part) => part.schemas)),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The story read token (a Worker secret).',
        },
        ...Object.assign({}, ...parts.map((part) => part.securitySchemes ?? {})),
      },
    },
  };
  return cached;
}
