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
import {
  CAPTION_INPUTS,
  FILE_ACCEPT,
  INPUT_FORMATS,
  READABLE_FILES,
  stlToSrt,
} from '../ingest/index.ts';
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
import { hexDump } from './hex-dump.ts';
import { humanize, renderPage } from './pages.ts';
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
  rtf: 'RTF (Word, WordPad, TextEdit)',
  srt: 'SRT subtitles',
  vtt: 'WebVTT subtitles',
  ttml: 'TTML captions (DFXP, IMSC, EBU-TT-D)',
  sbv: 'Caption text (YouTube SBV, Avid SubCap, Encore, QuickTime, Spruce, Audacity labels)',
  ass: 'ASS/SSA subtitles',
  scc: 'Scenarist SCC captions (CEA-608)',
  lrc: 'LRC timed lyrics or transcript',
  sami: 'SAMI captions (.smi)',
  stl: 'EBU STL subtitles (binary: upload the file)',
  csv: 'Transcript table (CSV or tab-separated)',
  trs: 'Transcriber transcript (.trs)',
  ctm: 'CTM time-marked words (Kaldi, NIST)',
  stm: 'STM time-marked segments (NIST)',
  textgrid: 'Praat TextGrid (forced aligners)',
  json: 'Speech-to-text JSON (detect the service)',
  whisper: 'OpenAI Whisper JSON',
  'whisper-cpp': 'whisper.cpp JSON',
  whisperx: 'WhisperX JSON',
  deepgram: 'Deepgram JSON',
  assemblyai: 'AssemblyAI JSON',
  'aws-transcribe': 'AWS Transcribe JSON',
  revai: 'Rev.ai JSON',
  speechmatics: 'Speechmatics JSON',
  'ibm-watson': 'IBM Watson JSON',
  'google-speech': 'Google Speech-to-Text JSON',
  'azure-speech': 'Azure AI Speech JSON',
  elevenlabs: 'ElevenLabs Scribe JSON',
  soniox: 'Soniox JSON',
  vosk: 'Vosk JSON',
  'youtube-json3': 'YouTube json3 captions',
  nemo: 'NVIDIA NeMo / Parakeet JSON',
  transformers: 'Hugging Face transformers pipeline JSON (chunks)',
  'coqui-stt': 'Coqui STT / DeepSpeech JSON',
  'premiere-pro': 'Adobe Premiere Pro transcript JSON',
  'sherpa-onnx': 'sherpa-onnx JSON',
  otranscribe: 'oTranscribe (.otr)',
  gentle: 'Gentle forced alignment JSON',
};

/** Options whose only effect is a warning of an output's renderer (not in the form's list). */
const REPORT_ONLY = new Set(['maxCps', 'maxWpm']);

/**
 * Each option in newsroom words, with plain-language help; an option not listed here shows its
 * schema title or name and description. Choices of an enum may be named too.
 */
const FIELD_TEXT: Readonly<
  Record<string, { label: string; help: string; choices?: Readonly<Record<string, string>> }>
> = {
  language: {
    label: 'Language',
    help: 'Found from the text (auto). If it guesses wrong, type the two-letter code: en, ru, fr…',
  },
  readRate: {
    label: 'Reading speed (words per minute)',
    help: 'How fast the anchor reads; sets the running times. Empty: 180 for English, 150 for Russian.',
  },
  typography: {
    label: 'Quotes and apostrophes',
    help: 'Curly quotes for print and the prompter; straight ones for older systems.',
    choices: { smart: 'Curly (“ ” ’)', ascii: 'Straight (" \')' },
  },
  dedupe: {
    label: 'Remove paragraphs pasted twice',
    help: 'Each removal is listed under “What changed and why”, where you can put it back.',
  },
  keepCueTimes: {
    label: 'Keep the cue times',
    help: 'Start each paragraph with the time of its first subtitle, like [00:01:23].',
  },
  profile: {
    label: 'Subtitle standard',
    help: 'Sets line length, reading speed and timing to what the broadcaster asks for.',
    choices: {
      netflix: 'Netflix',
      bbc: 'BBC',
      dcmp: 'DCMP (US education)',
      scc: 'SCC (US broadcast line 21)',
      stl: 'EBU STL (Teletext)',
    },
  },
  maxCharsPerLine: {
    label: 'Characters per line',
    help: 'Empty: the standard’s (Netflix 42, BBC 37, DCMP 32).',
  },
  maxLines: { label: 'Lines per subtitle', help: 'Empty: 2.' },
  maxCps: {
    label: 'Reading speed limit (characters per second)',
    help: 'Subtitles faster than this are flagged in the list of changes. Empty: 20.',
  },
  maxWpm: {
    label: 'Reading speed limit (words per minute)',
    help: 'Subtitles faster than this are flagged. BBC asks for 180, DCMP for 160.',
  },
  minDurationMs: {
    label: 'Shortest time on screen (milliseconds)',
    help: 'Netflix: 833, five sixths of a second.',
  },
  maxDurationMs: {
    label: 'Longest time on screen (milliseconds)',
    help: 'Empty: 7000 (7 seconds).',
  },
  pauseMs: {
    label: 'A pause that ends a subtitle (milliseconds)',
    help: 'For speech-to-text and subtitle input, where every word has its time. Default 500.',
  },
  dropFrame: {
    label: 'Drop-frame timecode (29.97 fps)',
    help: 'Timecodes like 10:00:00;00 that keep to the clock, as US broadcast uses.',
  },
  stlDoubleHeight: {
    label: 'Double-height Teletext rows',
    help: 'Each subtitle row takes two Teletext rows, for larger type.',
  },
  fps: {
    label: 'Video frame rate (frames per second)',
    help: 'Subtitles start and end on frames: 25 in Europe, 29.97 or 23.976 in North America.',
  },
  speechRate: {
    label: 'Speaking speed (words per minute)',
    help: 'Times the subtitles when there is no audio. Empty: 160 for English.',
  },
  start: {
    label: 'First subtitle at',
    help: 'Timecode of the first word, like 10:00:00:00, or seconds, like 36000s.',
  },
  duration: {
    label: 'Length of the clip',
    help: 'Like 120s or 00:02:00: the subtitles are spread to end there.',
  },
  directions: {
    label: 'Subtitle directions ([APPLAUSE])',
    help: 'For deaf and hard-of-hearing viewers (SDH).',
  },
  speakerLabels: {
    label: 'A change of speaker shows as',
    help: 'WebVTT also names every speaker for players that show it.',
    choices: { dash: 'A dash before each speaker', name: 'The speaker’s name', none: 'Nothing' },
  },
  sot: {
    label: 'SOTs on the prompter',
    help: 'The cue tells the presenter who speaks, the first and last words and how long it runs.',
    choices: { cue: 'The cue only', full: 'The cue and the whole bite' },
  },
  width: {
    label: 'Line width (characters)',
    help: 'How many characters the prompter shows on a line.',
  },
  uppercase: {
    label: 'All capitals',
    help: 'The script text in capitals; cue labels are always in capitals.',
  },
  fontSize: {
    label: 'Text size (pixels)',
    help: 'The presenter can change it with + and − on the prompter.',
  },
  speed: {
    label: 'Scroll speed (pixels per second)',
    help: 'The operator changes it with the arrow keys.',
  },
  mirror: { label: 'Mirror for the glass', help: 'Left to right, for a beam-splitter prompter.' },
  flip: { label: 'Upside down', help: 'For a monitor mounted upside down.' },
  eyeline: {
    label: 'Reading line (% from the top)',
    help: 'Where the presenter’s eyes rest; the next block stops there.',
  },
  marker: { label: 'Show the reading-line arrow', help: 'A red arrow at the reading line.' },
  margin: { label: 'Side margins (% of the width)', help: 'Space left and right of the text.' },
  paper: {
    label: 'Paper size',
    help: 'The page the script is printed on.',
    choices: { a4: 'A4', letter: 'US Letter' },
  },
  date: { label: 'Air date', help: 'Printed in the page header. Empty: today.' },
  template: { label: 'Layout', help: 'Your newsroom’s own layout for this output, if it has one.' },
};

const SUBTITLE_OUTPUTS: readonly OutputName[] = ['srt', 'vtt', 'imsc', 'ebu-tt-d', 'scc', 'stl'];
const LAYOUT_OUTPUTS: readonly OutputName[] = ['teleprompter', 'teleprompter-text', 'print'];

interface Group {
  legend: string;
  names: readonly string[];
  outputs: readonly OutputName[];
}

/**
 * Option groups by the module that owns them. Each option shows for the outputs its schema names
 * (`x-outputs`), else for every output of its group; options outside any group apply to all.
 */
function optionGroups(): Group[] {
  const templated = OUTPUTS.filter((o) => o !== 'json' && o !== 'stl');
  return [
    {
      legend: 'Transcript',
      names: [...Object.keys(coreOptionsShape()), ...Object.keys(ingestOptionsShape())],
      outputs: OUTPUTS,
    },
    { legend: 'Subtitles', names: Object.keys(subtitleOptionsShape()), outputs: SUBTITLE_OUTPUTS },
    {
      legend: 'Prompter and print',
      names: Object.keys(layoutOptionsShape()),
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
  /** The corrections field as last sent (JSON text), kept while the text is edited. */
  corrections: string;
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
  inputs: string;
  inputType: string;
  error: string;
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
  schema: FieldSchema & { 'x-inputs'?: string[] },
  groupOutputs: readonly string[],
  state: FormState,
  error: FieldError | undefined,
): FieldView {
  const sent = state.values[name];
  // A layout choice with one layout changes nothing: the field is not offered then; nor are the
  // limits that only add warnings of the subtitle writer, which the form's list does not show.
  const outputs =
    (name === 'template' && templateChoices().length < 2) || REPORT_ONLY.has(name)
      ? []
      : (schema['x-outputs'] ?? groupOutputs);
  const inputs = schema['x-inputs'] ?? null;
  const text = Object.hasOwn(FIELD_TEXT, name) ? FIELD_TEXT[name] : undefined;
  const types = fieldTypes(schema);
  const current = sent?.at(-1) ?? (schema.default === undefined ? '' : String(schema.default));
  const enumValues = name === 'template' ? templateChoices() : schema.enum?.map(String);
  const isCheckbox = !enumValues && types.has('boolean') && types.size === 1;
  const isSelect = Boolean(enumValues);
  const isNumber = !isSelect && !isCheckbox && (types.has('integer') || types.has('number'));
  const choices = (enumValues ?? []).map((v) => ({
    value: v,
    label: text?.choices?.[v] ?? v,
    selected: v === current,
  }));
  // A choice without a default (the subtitle profile: each output has its own) starts unset.
  if (isSelect && schema.default === undefined && name !== 'template') {
    choices.unshift({ value: '', label: 'Default for the output', selected: current === '' });
  }
  if (isSelect && !choices.some((c) => c.selected) && current) {
    choices.push({ value: current, label: current, selected: true });
  }
  return {
    name,
    id: `opt-${name}`,
    label: text?.label ?? schema.title ?? humanize(name),
    help: text?.help ?? plainText(schema.description ?? ''),
    outputs: outputs.join(' '),
    inputs: inputs ? inputs.join(' ') : '',
    inputType: name === 'date' ? 'date' : 'text',
    error: error
      ? `“${typeof error.value === 'string' ? error.value : JSON.stringify(error.value)}” is not allowed: ${error.allowed}.`
      : '',
    hidden:
      !outputs.includes(state.output) ||
      (inputs !== null && !inputs.includes(inputKind(state.input))),
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
 * The input as an option's `x-inputs` names it: `text` for a guess (the form starts empty), `json`
 * for any speech-to-text service.
 */
function inputKind(input: string): string {
  if (input === 'auto') return 'text';
  return ['text', 'html', 'rtf', ...CAPTION_INPUTS].includes(input) ? input : 'json';
}

/** A schema description as plain text: `code` marks dropped. */
function plainText(text: string): string {
  return text.replaceAll('`', '');
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
  const fieldErrors = new Map<string, FieldError>();
  for (const e of (result.error?.extensions.errors as FieldError[] | undefined) ?? []) {
    const name = e.field.split('.')[0] ?? '';
    if (!fieldErrors.has(name)) fieldErrors.set(name, e);
  }
  const placed = new Set<string>();
  const groups = optionGroups().map((group) => {
    const fields = group.names
      .filter((name) => properties[name] && !placed.has(name))
      .map((name) => {
        placed.add(name);
        return fieldView(
          name,
          properties[name] as FieldSchema,
          group.outputs,
          state,
          fieldErrors.get(name),
        );
      });
    return { legend: group.legend, fields };
  });
  const rest = Object.keys(properties).filter((name) => !placed.has(name));
  if (rest.length > 0) {
    const fields = rest.map((name) =>
      fieldView(name, properties[name] as FieldSchema, OUTPUTS, state, fieldErrors.get(name)),
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
    label: FIELD_TEXT[e.field.split('.')[0] ?? '']?.label ?? e.field,
    value: typeof e.value === 'string' ? e.value : JSON.stringify(e.value),
    allowed: e.allowed,
  }));
  return {
    nonce,
    text: state.text,
    corrections: state.corrections,
    outputLabel: OUTPUT_LABELS[state.output].label,
    stale: Boolean(error),
    maxMegabytes: Math.round(DEFAULT_MAX_BODY_BYTES / (1024 * 1024)),
    fileAccept: FILE_ACCEPT,
    readableFiles: READABLE_FILES,
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
  return { text: '', input: 'auto', output, values: {}, corrections: '' };
}

function stateFrom(submission: Submission, output: OutputName): FormState {
  // A binary EBU STL file cannot go in the box: its subtitles do, as SRT on the same clock.
  const fps = Number(submission.optionStrings.fps?.at(-1));
  const stl =
    submission.inputFormat === 'stl'
      ? stlToSrt(submission.text, Number.isFinite(fps) && fps > 0 ? { fps } : {})
      : null;
  return {
    text: stl ?? (submission.inputFormat === 'stl' ? '' : submission.text),
    // An uploaded file's text is shown as it came, so its format is no longer a guess.
    input:
      stl !== null
        ? 'srt'
        : submission.fileName
          ? submission.inputFormat
          : (submission.input ?? 'auto'),
    output,
    values: submission.optionStrings,
    corrections:
      typeof submission.corrections === 'string'
        ? submission.corrections
        : submission.corrections === undefined
          ? ''
          : JSON.stringify(submission.corrections),
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
