/**
 * The format request's own members (`text`, `output`, `input`, `download`, `options`,
 * `corrections`) as ONE schema: the JSON body's reader (`src/http/request.ts`) checks each member
 * against it and names the members it knows from it, and the OpenAPI request components
 * (`FormatJsonRequest`, `FormatFormRequest`, `FormatUploadRequest`) are generated from it.
 */
import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { correctionsSchema } from '../core/corrections.ts';
import { lazy } from '../core/lazy.ts';
import { INPUT_FORMATS } from '../ingest/index.ts';
import { OUTPUTS, optionsSchema } from '../options.ts';

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
};

/** Words a query, a form or a JSON string may give `download` (case does not matter). */
export const DOWNLOAD_WORDS = {
  yes: ['1', 'true', 'yes', 'on'],
  no: ['', '0', 'false', 'no', 'off'],
} as const;

/** True for a word `download` may be (already lower-cased). */
export function isDownloadWord(word: string): boolean {
  return (
    (DOWNLOAD_WORDS.yes as readonly string[]).includes(word) ||
    (DOWNLOAD_WORDS.no as readonly string[]).includes(word)
  );
}

/** The buttons of the form's plain POST (`POST /`). */
export const FORM_ACTIONS = ['preview', 'download'] as const;

/** Each request member's schema, as a client sends it. */
export const requestMemberSchemas = lazy(() => ({
  text: described(z.string(), 'The transcript (plain text, CMS HTML, SRT or WebVTT).'),
  output: described(z.enum(OUTPUTS), 'Output to render; else negotiated from `Accept`.'),
  input: described(
    z._default(z.enum(['auto', ...INPUT_FORMATS]), 'auto'),
    'Input format; `auto` takes it from the content type or file name, else detects it.',
  ),
  download: described(
    z._default(
      z.union([z.boolean(), z.enum([...DOWNLOAD_WORDS.yes, ...DOWNLOAD_WORDS.no])]),
      false,
    ),
    'Answer with `Content-Disposition: attachment; filename="<slug>.<ext>"`.',
  ),
  options: optionsSchema(),
  corrections: correctionsSchema(),
}));

export type RequestMember = keyof ReturnType<typeof requestMemberSchemas>;

/** The JSON request body (`{"text": …, "output": …, "options": {…}}`): no other member. */
export const formatJsonRequestSchema = lazy(() => {
  const m = requestMemberSchemas();
  return z.strictObject({
    text: m.text,
    output: z.optional(m.output),
    input: z.optional(m.input),
    download: z.optional(m.download),
    options: z.optional(m.options),
    corrections: z.optional(m.corrections),
  });
});

/** The request's member names, in schema order. */
export function requestMemberNames(): RequestMember[] {
  return Object.keys(requestMemberSchemas()) as RequestMember[];
}

/** True for a member of the request (an own key of the schema, never `__proto__` and the like). */
export function isRequestMember(key: string): key is RequestMember {
  return Object.hasOwn(requestMemberSchemas(), key);
}
