/**
 * The web form: `GET /` shows it, `POST /` is its plain submission (no JavaScript needed) and
 * answers the preview page or the file. The fields come from the options schema, so a new option
 * shows up in the form when it exists, and each output is offered as soon as it is registered.
 */
import type { Context } from 'hono';
import { coreOptionsShape } from '../core/options.ts';
import { readLimitedBody } from '../edge/body-limit.ts';
import { type AppEnv, DEFAULT_MAX_BODY_BYTES, maxBodyBytes } from '../edge/env.ts';
import { type HttpError, toHttpError } from '../edge/errors.ts';
import type { FieldError } from '../edge/options.ts';
import { type FieldSchema, fieldTypes, optionsJsonSchema } from '../edge/options.ts';
import { INPUT_FORMATS } from '../ingest/index.ts';
import { ingestOptionsShape } from '../ingest/options.ts';
import { layoutOptionsShape } from '../layouts/options.ts';
import { OUTPUTS, type OutputName } from '../options.ts';
import { subtitleOptionsShape } from '../subtitles/options.ts';
import { type TemplatedOutput, templateNames } from '../templates.ts';
import { embeddable } from './embed.ts';
import {
  availableOutputs,
  chooseOutput,
  type Formatted,
  formatSubmission,
  outputResponse,
} from './format.ts';
import { humanize, inlineMarkup, renderPage } from './pages.ts';
import { parseSubmission, type Submission } from './request.ts';

const OUTPUT_LABELS: Readonly<Record<OutputName, { label: string; description: string }>> = {
  teleprompter: { label: 'Teleprompter', description: 'A prompter page for the browser.' },
  'teleprompter-text': {
    label: 'Prompter text',
    description: 'Plain text for hardware prompters.',
  },
  print: { label: 'Print script', description: 'Two-column A/V script to print.' },
  srt: { label: 'SRT subtitles', description: 'SubRip file for editing systems and players.' },
  vtt: { label: 'WebVTT subtitles', description: 'Captions for web players.' },
  imsc: {
    label: 'IMSC 1.1 (TTML)',
    description: 'Timed Text for streaming platforms (Netflix, OTT).',
  },
  'ebu-tt-d': {
    label: 'EBU-TT-D',
    description: 'TTML for European broadcasters’ online delivery.',
  },
  scc: { label: 'SCC captions', description: 'CEA-608 pop-on captions for US broadcast.' },
  stl: { label: 'EBU STL', description: 'Binary Teletext subtitle file for European broadcast.' },
  json: { label: 'JSON document', description: 'The clean document with every change listed.' },
};

const INPUT_LABELS: Readonly<Record<string, string>> = {
  auto: 'Detect it',
  text: 'Plain text',
  html: 'CMS HTML',
  srt: 'SRT subtitles',
  vtt: 'WebVTT subtitles',
  json: 'Speech-to-text JSON (detect the service)',
  whisper: 'OpenAI Whisper JSON',
  'whisper-cpp': 'whisper.cpp JSON',
  whisperx: 'WhisperX JSON',
  deepgram: 'Deepgram JSON',
  assemblyai: 'AssemblyAI JSON',
  'aws-transcribe': 'AWS Transcribe JSON',
  revai: 'Rev.ai JSON',
  speechmatics: 'Speechmatics JSON',
};

const SUBTITLE_OUTPUTS: readonly OutputName[] = ['srt', 'vtt', 'imsc', 'ebu-tt-d', 'scc', 'stl'];
const LAYOUT_OUTPUTS: readonly OutputName[] = ['teleprompter', 'teleprompter-text', 'print'];

interface Group {
  legend: string;
  names: readonly string[];
  outputs: readonly OutputName[];
}

/** Option groups by the module that owns them; options outside any group apply to all outputs. */
function optionGroups(): Group[] {
  const templated = OUTPUTS.filter((o) => o !== 'json' && o !== 'stl');
  return [
    {
      legend: 'Transcript',
      names: [...Object.keys(coreOptionsShape), ...Object.keys(ingestOptionsShape)],
      outputs: OUTPUTS,
    },
    { legend: 'Subtitles', names: Object.keys(subtitleOptionsShape), outputs: SUBTITLE_OUTPUTS },
    {
      legend: 'Prompter and print',
      names: Object.keys(layoutOptionsShape),
      outputs: LAYOUT_OUTPUTS,
    },
    { legend: 'Layout', names: ['template'], outputs: templated },
  ];
}

/** What the form shows: the text and every value as last submitted. */
export interface FormState {
  text: string;
  input: string;
  output: OutputName;
  values: Readonly<Record<string, readonly string[]>>;
}

/** The output the form starts on: the teleprompter when it exists. */
export function defaultFormOutput(): OutputName {
  const available = availableOutputs();
  return available.includes('teleprompter') ? 'teleprompter' : (available[0] ?? 'json');
}

function templateChoices(): string[] {
  const names = new Set<string>(['default']);
  for (const output of availableOutputs()) {
    if (output === 'json' || output === 'stl') continue;
    for (const name of templateNames(output as TemplatedOutput)) names.add(name);
  }
  return [...names];
}

interface FieldView {
  name: string;
  id: string;
  label: string;
  help: string;
  outputs: string;
  isCheckbox: boolean;
  isSelect: boolean;
  isNumber: boolean;
  isText: boolean;
  checked: boolean;
  value: string;
  choices: { value: string; label: string; selected: boolean }[];
  min: number | undefined;
  max: number | undefined;
  hasMin: boolean;
  hasMax: boolean;
  step: string;
  placeholder: string;
  hidden: boolean;
}

function fieldView(
  name: string,
  schema: FieldSchema,
  groupOutputs: readonly string[],
  state: FormState,
): FieldView {
  const sent = state.values[name];
  const outputs = schema['x-outputs'] ?? groupOutputs;
  const types = fieldTypes(schema);
  const current = sent?.at(-1) ?? (schema.default === undefined ? '' : String(schema.default));
  const enumValues = name === 'template' ? templateChoices() : schema.enum?.map(String);
  const isCheckbox = !enumValues && types.has('boolean') && types.size === 1;
  const isSelect = Boolean(enumValues);
  const isNumber = !isSelect && !isCheckbox && (types.has('integer') || types.has('number'));
  const choices = (enumValues ?? []).map((v) => ({ value: v, label: v, selected: v === current }));
  // A choice without a default (the subtitle profile: each output has its own) starts unset.
  if (isSelect && schema.default === undefined && name !== 'template') {
    choices.unshift({ value: '', label: 'default for the output', selected: current === '' });
  }
  if (isSelect && !choices.some((c) => c.selected) && current) {
    choices.push({ value: current, label: current, selected: true });
  }
  return {
    name,
    id: `opt-${name}`,
    label: schema.title ?? humanize(name),
    help: inlineMarkup(schema.description ?? ''),
    outputs: outputs.join(' '),
    hidden: !outputs.includes(state.output),
    isCheckbox,
    isSelect,
    isNumber,
    isText: !isCheckbox && !isSelect && !isNumber,
    checked:
      isCheckbox &&
      (sent ? ['true', '1', 'on', 'yes'].includes(current.toLowerCase()) : schema.default === true),
    value: current,
    choices,
    min: schema.minimum,
    max: schema.maximum,
    hasMin: schema.minimum !== undefined,
    hasMax: schema.maximum !== undefined,
    step: types.has('integer') ? '1' : 'any',
    placeholder:
      !isSelect && !isCheckbox && current === '' && schema.default === undefined ? 'default' : '',
  };
}

/**
 * A binary output (EBU STL) as the preview shows it: offset, 16 bytes in hex, and those bytes as
 * ASCII (`.` for the rest), for the first 2 KB.
 */
export function hexDump(bytes: Uint8Array, limit = 2048): string {
  const lines = [
    `${bytes.byteLength} bytes (binary file: use Download). First ${Math.min(limit, bytes.byteLength)}:`,
  ];
  for (let at = 0; at < Math.min(limit, bytes.byteLength); at += 16) {
    const row = bytes.subarray(at, Math.min(at + 16, bytes.byteLength));
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = [...row]
      .map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'))
      .join('');
    lines.push(`${at.toString(16).padStart(6, '0')}  ${hex.padEnd(47)}  ${text}`);
  }
  return lines.join('\n');
}

function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The view of the form page: fields from the schema, and the preview and changes when there are. */
export function formView(
  state: FormState,
  nonce: string,
  result: { formatted?: Formatted; error?: HttpError } = {},
): object {
  const { properties } = optionsJsonSchema();
  const placed = new Set<string>();
  const groups = optionGroups().map((group) => {
    const fields = group.names
      .filter((name) => properties[name] && !placed.has(name))
      .map((name) => {
        placed.add(name);
        return fieldView(name, properties[name] as FieldSchema, group.outputs, state);
      });
    return { legend: group.legend, fields };
  });
  const rest = Object.keys(properties).filter((name) => !placed.has(name));
  if (rest.length > 0) {
    const fields = rest.map((name) =>
      fieldView(name, properties[name] as FieldSchema, OUTPUTS, state),
    );
    groups.push({ legend: 'More options', fields });
  }
  const visibleGroups = groups
    .filter((group) => group.fields.length > 0)
    .map((group) => ({ ...group, hidden: group.fields.every((f) => f.hidden) }));

  const formatted = result.formatted;
  const document = formatted?.document;
  const changes = (document?.messages ?? []).map((m) => ({
    line: m.line,
    hasLine: m.line !== null,
    reason: m.reason,
    ruleId: m.ruleId,
    severity: m.severity,
  }));
  const isHtml = formatted ? formatted.rendered.contentType.startsWith('text/html') : false;
  const error = result.error;
  const items = ((error?.extensions.errors as FieldError[] | undefined) ?? []).map((e) => ({
    field: e.field,
    value: typeof e.value === 'string' ? e.value : JSON.stringify(e.value),
    allowed: e.allowed,
  }));
  return {
    nonce,
    text: state.text,
    maxMegabytes: Math.round(DEFAULT_MAX_BODY_BYTES / (1024 * 1024)),
    inputFormats: ['auto', ...INPUT_FORMATS].map((value) => ({
      value,
      label: INPUT_LABELS[value] ?? value,
      selected: value === state.input,
    })),
    // In newsroom order: prompter first, the JSON document last.
    outputs: (Object.keys(OUTPUT_LABELS) as OutputName[])
      .filter((value) => availableOutputs().includes(value))
      .map((value) => ({
        value,
        ...OUTPUT_LABELS[value],
        checked: value === state.output,
      })),
    groups: visibleGroups,
    error: error
      ? {
          title: error.title,
          detail: error.message,
          status: error.status,
          items,
          hasItems: items.length > 0,
        }
      : null,
    preview: formatted
      ? {
          isHtml,
          label: OUTPUT_LABELS[formatted.output].label,
          body: formatted.rendered.body,
        }
      : null,
    status: formatted
      ? `Preview of the ${OUTPUT_LABELS[formatted.output].label}.`
      : 'Paste a transcript to see the preview.',
    changes,
    changesSummary: document
      ? `${plural(document.blocks.length, 'block')}, ${plural(document.speakers.length, 'speaker')}, read time ${describeDuration(document.durationMs)}; ${plural(changes.length, 'change')} and notes.`
      : 'Nothing formatted yet.',
  };
}

function emptyState(output: OutputName): FormState {
  return { text: '', input: 'auto', output, values: {} };
}

function stateFrom(submission: Submission, output: OutputName): FormState {
  return {
    text: submission.text,
    // An uploaded file's text is shown as it came, so its format is no longer a guess.
    input: submission.fileName ? submission.inputFormat : (submission.input ?? 'auto'),
    output,
    values: submission.optionStrings,
  };
}

/** `GET /`: the empty form; `?output=srt` preselects an output. */
export function handleFormGet(c: Context<AppEnv>): Response {
  const requested = c.req.query('output');
  const output =
    requested && (availableOutputs() as string[]).includes(requested)
      ? (requested as OutputName)
      : defaultFormOutput();
  const html = renderPage('form.html', formView(emptyState(output), c.get('nonce')));
  return c.html(html, 200, { 'Cache-Control': 'no-store' });
}

/**
 * `POST /`: `action=download` answers the file; otherwise the page with the preview and the list
 * of changes. A problem is shown on the page (with its status), the text kept.
 */
export async function handleFormPost(c: Context<AppEnv>): Promise<Response> {
  const nonce = c.get('nonce');
  let submission: Submission | null = null;
  let output = defaultFormOutput();
  try {
    const body = await readLimitedBody(c.req.raw, maxBodyBytes(c.env));
    submission = await parseSubmission(body, c.req.header('content-type'), new URL(c.req.url));
    // Browsers send a textarea's line breaks as CRLF (HTML form submission); the text typed had
    // none, so that is no change to report. An uploaded file is kept byte for byte.
    if (!submission.fileName)
      submission = { ...submission, text: submission.text.replaceAll('\r\n', '\n') };
    const requested = submission.output;
    if (requested && (OUTPUTS as readonly string[]).includes(requested))
      output = requested as OutputName;
    const formatted = formatSubmission(
      submission,
      chooseOutput(requested ?? output, undefined),
      nonce,
    );
    if (submission.action === 'download') return outputResponse(formatted, true);
    const rendered = formatted.rendered.body;
    const shown =
      typeof rendered !== 'string'
        ? { ...formatted, rendered: { ...formatted.rendered, body: hexDump(rendered) } }
        : formatted.rendered.contentType.startsWith('text/html')
          ? { ...formatted, rendered: { ...formatted.rendered, body: await embeddable(rendered) } }
          : formatted;
    const html = renderPage(
      'form.html',
      formView(stateFrom(submission, output), nonce, { formatted: shown }),
    );
    return c.html(html, 200, { 'Cache-Control': 'no-store' });
  } catch (thrown) {
    const error = toHttpError(thrown);
    if (error.status >= 500) throw thrown;
    const state = submission ? stateFrom(submission, output) : emptyState(output);
    const html = renderPage('form.html', formView(state, nonce, { error }));
    return c.html(html, error.status, { 'Cache-Control': 'no-store' });
  }
}
