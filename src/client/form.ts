/**
 * The form's client code (bundled into the `form.js` partial by scripts/build-templates.mjs).
 * The form works without it (a plain POST to /); with it the preview follows the typing (work
 * debounced, stale requests aborted), only the chosen output's options show, errors sit next to
 * their field, and the producer corrects the result from the list of changes and from the blocks
 * of the preview. Corrections are kept while the text is edited and sent as the `corrections`
 * field; one that no longer applies is marked.
 */
import { contentKey } from '../core/content-key.ts';
import { hexDump } from '../http/hex-dump.ts';
import { CAPTION_INPUTS, formatFromFileName, READABLE_FILES } from '../ingest/file-names.ts';

/** Quiet time after the last keystroke before the preview is asked for. */
const DEBOUNCE_MS = 60;
/** A long text waits a little longer: the request costs more than a keystroke. */
const DEBOUNCE_LONG_MS = 250;
const LONG_TEXT = 20_000;

interface Block {
  id: string;
  type: string;
  speaker: string | null;
  text: string;
  line: number;
  sot: boolean;
}
interface Speaker {
  id: string;
  name: string | null;
  title: string | null;
  role: string | null;
  aliases: string[];
}
interface Message {
  ruleId: string;
  reason: string;
  line: number | null;
  severity: string;
  actual?: string;
  correction?: string;
}
interface ScriptDocument {
  blocks: Block[];
  speakers: Speaker[];
  messages: Message[];
  durationMs: number;
}
interface FieldError {
  field: string;
  value: unknown;
  allowed: string;
  message: string;
}
interface Problem {
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

interface Ref {
  key: string;
  line?: number;
}
interface Corrections {
  restore?: Ref[];
  versions?: { keep: Ref; drop: Ref }[];
  split?: { speaker: string; from: Ref; name: string; title?: string }[];
  merge?: { speaker: string; into: string }[];
  rename?: { speaker: string; name: string }[];
  titles?: { speaker: string; title: string }[];
  blocks?: (Ref & { type: string; speaker?: string })[];
}
type Kind = keyof Corrections;

const KIND_WORDS: Readonly<Record<Kind, string>> = {
  restore: 'Restore',
  versions: 'Version',
  split: 'Split speaker',
  merge: 'Merge speakers',
  rename: 'Rename',
  titles: 'Title',
  blocks: 'Block type',
};

const TYPE_CHOICES: readonly [string, string][] = [
  ['narration', 'Narration (read by the anchor)'],
  ['throw', 'Throw to a reporter'],
  ['sot', 'SOT (quoted bite)'],
  ['live', 'Live turn'],
  ['note', 'Note (not read)'],
  ['direction', 'Direction'],
];

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function speakerName(speaker: Speaker | undefined, id: string | null): string {
  if (!speaker) return id ?? '';
  return speaker.name ?? speaker.aliases[0] ?? speaker.role ?? speaker.id;
}

function blockType(block: Block): string {
  return block.type === 'speech' ? (block.sot ? 'sot' : 'live') : block.type;
}

function start(): void {
  const form = byId<HTMLFormElement>('format-form');
  const text = byId<HTMLTextAreaElement>('text');
  const fileInput = byId<HTMLInputElement>('file');
  const inputSelect = byId<HTMLSelectElement>('input');
  const statusEl = byId('status');
  const previewEl = byId('preview');
  const changesEl = byId('changes');
  const summaryEl = byId('changes-summary');
  const blocksEl = byId('blocks');
  const correctionsInput = byId<HTMLInputElement>('corrections');
  const correctionsList = byId('corrections-list');
  if (
    !form ||
    !text ||
    !fileInput ||
    !inputSelect ||
    !statusEl ||
    !previewEl ||
    !changesEl ||
    !summaryEl ||
    !correctionsInput
  )
    return;
  const hiddenField: HTMLInputElement = correctionsInput;
  const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
  document.documentElement.classList.add('js');

  let timer = 0;
  let controller: AbortController | null = null;
  // The request behind the preview on screen (or on its way): the same request is not sent again.
  let previewKey: string | null = null;
  let doc: ScriptDocument | null = null;
  let corrections: Corrections = {};
  try {
    corrections = correctionsInput.value ? (JSON.parse(correctionsInput.value) as Corrections) : {};
  } catch {
    corrections = {};
  }
  /** Paths (`blocks.2`) of corrections the last answer said no longer apply. */
  let stalePaths = new Set<string>();

  const setStatus = (message: string): void => {
    statusEl.textContent = message;
  };

  const selectedOutput = (): string =>
    form.querySelector<HTMLInputElement>('input[name="output"]:checked')?.value ?? 'json';

  const outputLabel = (output: string): string =>
    form.querySelector(`label[for="output-${output}"]`)?.textContent ?? output;

  /**
   * The input format as sent, or as it looks: captions have `-->` cue timings (SRT, WebVTT), a
   * `<tt` root (TTML), an SBV timing line, an ASS `[Script Info]`/`[Events]` or an SCC header, an
   * LRC header tag or line time, a Transcriber `<Trans>` root, a Praat TextGrid.
   */
  const inputFormat = (): string => {
    const chosen = inputSelect.value;
    if (chosen === 'auto') {
      const head = text.value.slice(0, 2000);
      if (/^\s*\[(?:script info|events)\]/i.test(head)) return 'ass';
      if (/^\s*(?:Scenarist_SCC|File Format=MacCaption_MCC)/.test(head)) return 'scc';
      if (/^\s*<SAMI[\s>]/i.test(head)) return 'sami';
      if (/<begin subtitles>/i.test(head)) return 'sbv';
      // QuickTime text; Adobe Encore's caption lines (number, in, out, text).
      if (
        /^\s*(?:\{QTtext\}|(?:\d{1,5}[ \t]+)?\d\d[:;]\d\d[:;]\d\d[:;]\d\d[ \t]+\d\d[:;]\d\d[:;]\d\d[:;]\d\d[ \t]+\S)/i.test(
          head,
        )
      )
        return 'sbv';
      // SubViewer 2's header, Spruce STL's settings or caption lines, an editor's ranges.
      if (
        /^\s*(?:\[INFORMATION\]|(?:\/\/[^\n]{0,200}\n\s*){0,8}\$[A-Za-z]{2,30}[ \t]*=|\d\d:\d\d:\d\d[:;]\d\d[ \t]*(?:,|-[ \t]*\d\d:\d\d:\d\d[:;]\d\d[ \t]*\r?\n[^\n:]{1,80}\r?\n\s*\r?\n\d\d:))/i.test(
          head,
        )
      )
        return 'sbv';
      // LRC: a header tag (`[ti:…]`) or a `[mm:ss.xx]` line time first, before JSON's `[`.
      if (
        /^\s*\[(?:ar|al|ti|au|by|re|ve|length|offset):|^\s*\[\d{1,3}:\d\d[.,]\d{2,3}\]/i.test(head)
      )
        return 'lrc';
      // Transcriber's XML (`<Trans>`, maybe after its declaration and DOCTYPE): cue times.
      if (/^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!DOCTYPE[^>]{0,200}>\s*)?<Trans[\s>]/.test(head))
        return 'trs';
      // A Praat TextGrid (a forced aligner's words): word times, as speech-to-text JSON has.
      if (/^\s*File type = "ooTextFile"/.test(head)) return 'json';
      if (/^\s*[{[]/.test(head)) return 'json';
      if (/-->/.test(head)) return 'srt';
      if (/<(?:\w{1,30}:)?tt[\s>]/.test(head)) return 'ttml';
      return /^\s*\d{1,3}:\d\d:\d\d\.\d{1,3},\d/.test(head) ? 'sbv' : 'text';
    }
    // Every speech-to-text service is timed JSON input.
    return ['text', 'html', 'rtf', ...CAPTION_INPUTS].includes(chosen) ? chosen : 'json';
  };

  // Only the options of the chosen output (and input) show; hidden ones are disabled, so they are
  // not sent and their defaults apply.
  function updateFields(): void {
    const output = selectedOutput();
    const input = inputFormat();
    for (const field of form?.querySelectorAll<HTMLElement>('[data-outputs]') ?? []) {
      const outputs = (field.dataset.outputs ?? '').split(' ');
      const inputs = field.dataset.inputs?.split(' ');
      const on =
        outputs.includes(output) &&
        (!inputs || inputs.includes(input) || (input === 'srt' && inputs.includes('vtt')));
      field.hidden = !on;
      for (const control of field.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
        control.disabled = !on;
      }
    }
    for (const group of form?.querySelectorAll<HTMLElement>('fieldset.options') ?? []) {
      group.hidden = !group.querySelector('[data-outputs]:not([hidden])');
    }
    const summary = byId('options-summary');
    if (summary) summary.textContent = `Options for the ${outputLabel(output)}`;
  }

  function saveCorrections(): void {
    const kept: Corrections = {};
    for (const [kind, list] of Object.entries(corrections) as [Kind, unknown[]][]) {
      if (list && list.length > 0) (kept as Record<string, unknown[]>)[kind] = list;
    }
    corrections = kept;
    hiddenField.value = Object.keys(kept).length > 0 ? JSON.stringify(kept) : '';
    showCorrections();
  }

  function addCorrection<K extends Kind>(kind: K, item: NonNullable<Corrections[K]>[number]): void {
    const list = (corrections[kind] ?? []) as unknown[];
    list.push(item);
    (corrections as Record<string, unknown[]>)[kind] = list;
    saveCorrections();
    refresh(true);
  }

  function removeCorrection(path: string): void {
    const [kind, index] = path.split('.') as [Kind, string];
    const list = corrections[kind] as unknown[] | undefined;
    if (!list) return;
    list.splice(Number(index), 1);
    saveCorrections();
    refresh(true);
  }

  function describeCorrection(kind: Kind, item: Record<string, unknown>): string {
    const ref = (r: unknown) => {
      const line = (r as Ref | undefined)?.line;
      return line ? `line ${line}` : 'a paragraph';
    };
    switch (kind) {
      case 'restore':
        return `Restore the repeat at ${ref(item)}`;
      case 'versions':
        return `Keep the version at ${ref(item.keep)}, drop ${ref(item.drop)}`;
      case 'split':
        return `${item.speaker} is ${item.name} from ${ref(item.from)} on`;
      case 'merge':
        return `${item.speaker} is the same person as ${item.into}`;
      case 'rename':
        return `${item.speaker} is called ${item.name}`;
      case 'titles':
        return `${item.speaker}: ${item.title || 'no title'}`;
      case 'blocks':
        return `${ref(item)} is ${TYPE_CHOICES.find(([v]) => v === item.type)?.[1] ?? item.type}`;
    }
  }

  /** The producer's corrections, each with Undo, and a marker when it no longer applies. */
  function showCorrections(): void {
    if (!correctionsList) return;
    correctionsList.replaceChildren();
    let count = 0;
    for (const [kind, list] of Object.entries(corrections) as [Kind, Record<string, unknown>[]][]) {
      list.forEach((item, i) => {
        const path = `${kind}.${i}`;
        const stale = stalePaths.has(path);
        const li = el('li', { class: stale ? 'stale' : '', 'data-correction': path });
        li.append(el('span', { class: 'kind' }, KIND_WORDS[kind]), ' ');
        li.append(describeCorrection(kind, item));
        if (stale) li.append(' ', el('strong', { class: 'stale-mark' }, 'no longer applies'));
        const undo = el('button', { type: 'button', class: 'link', 'data-undo': path }, 'Undo');
        li.append(' ', undo);
        correctionsList.append(li);
        count++;
      });
    }
    const heading = byId('corrections-heading');
    if (heading) heading.hidden = count === 0;
    correctionsList.hidden = count === 0;
  }

  function requestBody(output: string): URLSearchParams {
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form as HTMLFormElement)) {
      if (typeof value === 'string' && name !== 'action' && name !== 'output' && value !== '')
        body.append(name, value);
    }
    body.set('output', output);
    return body;
  }

  const post = (output: string, signal: AbortSignal): Promise<Response> =>
    fetch('/v1/format', { method: 'POST', body: requestBody(output), signal });

  function showText(body: string, label: string): void {
    const pre = el('pre', { tabindex: '0', 'aria-label': `Preview: ${label}` }, body);
    previewEl?.replaceChildren(pre);
  }

  // An HTML output carries the nonce of its own response; in this page's frame it must carry
  // this page's nonce, which the frame inherits with the page's Content-Security-Policy.
  function showHtml(body: string, policy: string | null, label: string): void {
    const match = /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(policy ?? '');
    const html = match?.[1] ? body.split(match[1]).join(nonce) : body;
    // Embedded, the page must not take the focus from the transcript (see src/http/embed.ts).
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const focusing of parsed.querySelectorAll('[autofocus]')) {
      focusing.removeAttribute('autofocus');
    }
    const frame = el('iframe', { title: `Preview: ${label}`, sandbox: 'allow-scripts' });
    frame.srcdoc = `<!DOCTYPE html>${parsed.documentElement.outerHTML}`;
    previewEl?.replaceChildren(frame);
  }

  const blockAt = (line: number): Block | undefined => doc?.blocks.find((b) => b.line === line);
  const refOf = (block: Block): Ref => ({ key: contentKey(block.text), line: block.line });

  /** Buttons for a message that a correction answers: restore, choose a version, undo. */
  function messageActions(message: Message): HTMLElement[] {
    const buttons: HTMLElement[] = [];
    if (message.ruleId === 'duplicate-paragraph' && message.actual && message.line !== null) {
      const key = contentKey(message.actual);
      const line = message.line;
      const done = corrections.restore?.some((r) => r.key === key && r.line === line);
      if (!done) {
        const b = el('button', { type: 'button', class: 'fix' }, 'Restore it');
        b.addEventListener('click', () => addCorrection('restore', { key, line }));
        buttons.push(b);
      }
    }
    if (message.ruleId === 'revised-paragraph') {
      const lines = /lines (\d+) and (\d+)/.exec(message.reason);
      const a = lines ? blockAt(Number(lines[1])) : undefined;
      const b = lines ? blockAt(Number(lines[2])) : undefined;
      if (a && b && message.line === a.line) {
        for (const [keep, drop] of [
          [a, b],
          [b, a],
        ] as const) {
          const button = el('button', { type: 'button', class: 'fix' }, `Keep line ${keep.line}`);
          button.addEventListener('click', () =>
            addCorrection('versions', { keep: refOf(keep), drop: refOf(drop) }),
          );
          buttons.push(button);
        }
      }
    }
    if (
      (message.ruleId === 'correction' || message.ruleId === 'correction-stale') &&
      message.correction
    ) {
      const path = message.correction;
      const b = el('button', { type: 'button', class: 'fix', 'data-undo': path }, 'Undo');
      buttons.push(b);
    }
    return buttons;
  }

  function showChanges(answer: ScriptDocument): number {
    const messages = answer.messages ?? [];
    const items = messages.map((message) => {
      const item = el('li', { class: `sev-${message.severity}` });
      item.append(el('span', { class: 'sev' }, message.severity));
      if (message.line !== null && message.line !== undefined) {
        item.append(
          el('a', { href: '#text', 'data-line': String(message.line) }, `Line ${message.line}`),
          ': ',
        );
      }
      item.append(`${message.reason} `, el('code', {}, message.ruleId));
      const actions = messageActions(message);
      if (actions.length > 0) item.append(' ', ...actions);
      return item;
    });
    changesEl?.replaceChildren(...items);
    const seconds = Math.round((answer.durationMs || 0) / 1000);
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    if (summaryEl)
      summaryEl.textContent = `${plural(answer.blocks.length, 'block')}, ${plural(answer.speakers.length, 'speaker')}, read time ${time}; ${plural(messages.length, 'change')} and notes.`;
    return messages.length;
  }

  /** The document's blocks, each a button that opens its corrections. */
  function showBlocks(answer: ScriptDocument): void {
    if (!blocksEl) return;
    const speakers = new Map(answer.speakers.map((s) => [s.id, s]));
    const items = answer.blocks.map((block) => {
      const li = el('li', { class: `block type-${block.type}` });
      const who = block.speaker
        ? `${speakerName(speakers.get(block.speaker), block.speaker)}: `
        : '';
      const button = el('button', {
        type: 'button',
        class: 'block-button',
        'data-block': block.id,
        'aria-expanded': 'false',
      });
      button.append(
        el('span', { class: 'block-type' }, blockType(block).toUpperCase()),
        ' ',
        el('span', { class: 'block-line' }, `line ${block.line}`),
        ' ',
        el('span', { class: 'block-text' }, `${who}${block.text.slice(0, 160)}`),
      );
      li.append(button);
      return li;
    });
    blocksEl.replaceChildren(...items);
  }

  /** The editor under a block: its type, and for a speech block its speaker. */
  function openEditor(button: HTMLElement): void {
    const block = doc?.blocks.find((b) => b.id === button.dataset.block);
    if (!doc || !block) return;
    const open = button.getAttribute('aria-expanded') === 'true';
    for (const other of blocksEl?.querySelectorAll('.block-editor') ?? []) other.remove();
    for (const other of blocksEl?.querySelectorAll('[aria-expanded="true"]') ?? [])
      other.setAttribute('aria-expanded', 'false');
    if (open) return;
    button.setAttribute('aria-expanded', 'true');
    const editor = el('div', {
      class: 'block-editor',
      role: 'group',
      'aria-label': `Correct line ${block.line}`,
    });
    const id = `edit-${block.id}`;
    const typeLabel = el('label', { for: `${id}-type` }, 'This block is');
    const typeSelect = el('select', { id: `${id}-type` });
    for (const [value, words] of TYPE_CHOICES) {
      const option = el('option', { value }, words);
      if (value === blockType(block)) option.selected = true;
      typeSelect.append(option);
    }
    const setType = el(
      'button',
      { type: 'button', class: 'fix', 'data-set-type': block.id },
      'Set type',
    );
    setType.addEventListener('click', () => {
      const type = typeSelect.value;
      const item: NonNullable<Corrections['blocks']>[number] = { ...refOf(block), type };
      if ((type === 'sot' || type === 'live') && block.speaker) item.speaker = block.speaker;
      addCorrection('blocks', item);
    });
    editor.append(el('div', { class: 'row' }), typeLabel, typeSelect, setType);
    if (block.type === 'note') {
      const read = el('button', { type: 'button', class: 'fix' }, 'Mark as read');
      read.addEventListener('click', () =>
        addCorrection('blocks', { ...refOf(block), type: 'narration' }),
      );
      editor.append(read);
    } else {
      const note = el('button', { type: 'button', class: 'fix' }, 'Mark as a note');
      note.addEventListener('click', () =>
        addCorrection('blocks', { ...refOf(block), type: 'note' }),
      );
      editor.append(note);
    }
    const speaker = block.speaker ? doc.speakers.find((s) => s.id === block.speaker) : undefined;
    if (speaker) {
      const nameId = `${id}-name`;
      const name = el('input', {
        id: nameId,
        type: 'text',
        value: speakerName(speaker, speaker.id),
      });
      const rename = el('button', { type: 'button', class: 'fix' }, 'Rename');
      rename.addEventListener('click', () => {
        if (name.value.trim())
          addCorrection('rename', { speaker: speaker.id, name: name.value.trim() });
      });
      const split = el('button', { type: 'button', class: 'fix' }, 'Someone else from here on');
      split.addEventListener('click', () => {
        if (name.value.trim())
          addCorrection('split', {
            speaker: speaker.id,
            from: refOf(block),
            name: name.value.trim(),
          });
      });
      const titleId = `${id}-title`;
      const title = el('input', { id: titleId, type: 'text', value: speaker.title ?? '' });
      const setTitle = el('button', { type: 'button', class: 'fix' }, 'Set title');
      setTitle.addEventListener('click', () =>
        addCorrection('titles', { speaker: speaker.id, title: title.value.trim() }),
      );
      editor.append(
        el('label', { for: nameId }, 'Speaker’s name'),
        name,
        rename,
        split,
        el('label', { for: titleId }, 'Speaker’s title'),
        title,
        setTitle,
      );
      const others = doc.speakers.filter((s) => s.id !== speaker.id);
      if (others.length > 0) {
        const mergeId = `${id}-merge`;
        const into = el('select', { id: mergeId });
        for (const other of others)
          into.append(el('option', { value: other.id }, speakerName(other, other.id)));
        const merge = el('button', { type: 'button', class: 'fix' }, 'Same person');
        merge.addEventListener('click', () =>
          addCorrection('merge', { speaker: speaker.id, into: into.value }),
        );
        editor.append(el('label', { for: mergeId }, 'Is the same person as'), into, merge);
      }
    }
    button.after(editor);
    typeSelect.focus();
  }

  function clearFieldErrors(): void {
    for (const error of form?.querySelectorAll('.field-error') ?? []) error.remove();
    for (const control of form?.querySelectorAll('[aria-invalid="true"]') ?? []) {
      control.removeAttribute('aria-invalid');
      const hint = control.getAttribute('aria-describedby')?.split(' ')[0];
      if (hint) control.setAttribute('aria-describedby', hint);
    }
  }

  /** A 422 names its fields: each error goes next to its field, the preview is marked stale. */
  function showProblem(problem: Problem | null): void {
    clearFieldErrors();
    const errors = problem?.errors ?? [];
    let placed = 0;
    for (const error of errors) {
      const name = error.field.split('.')[0] ?? '';
      const control = form?.querySelector<HTMLElement>(
        `[name="${CSS.escape(name)}"]:not([type="hidden"])`,
      );
      const field = control?.closest('.field');
      if (!control || !field) continue;
      const id = `${control.id || name}-error`;
      const message = el(
        'p',
        { class: 'field-error', id },
        `“${String(error.value)}” is not allowed: ${error.allowed}.`,
      );
      field.append(message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute(
        'aria-describedby',
        `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim(),
      );
      placed++;
    }
    previewEl?.classList.add('stale');
    const detail = problem?.detail ?? 'The preview failed.';
    setStatus(
      placed > 0
        ? `The preview is out of date: fix the ${plural(placed, 'marked field')}. ${detail}`
        : `The preview is out of date: ${detail}`,
    );
  }

  // `again`: ask for a fresh preview even of the same request (the Preview button, a correction).
  async function refresh(again = false): Promise<void> {
    window.clearTimeout(timer);
    if (!text?.value.trim()) {
      controller?.abort();
      previewKey = null;
      previewEl?.replaceChildren();
      changesEl?.replaceChildren();
      blocksEl?.replaceChildren();
      if (summaryEl) summaryEl.textContent = 'Nothing formatted yet.';
      setStatus('Paste a transcript to see the preview.');
      return;
    }
    const output = selectedOutput();
    const key = requestBody(output).toString();
    if (key === previewKey && !again) return;
    controller?.abort();
    previewKey = key;
    controller = new AbortController();
    const { signal } = controller;
    setStatus('Updating the preview…');
    previewEl?.setAttribute('aria-busy', 'true');
    try {
      const [docResponse, outResponse] = await Promise.all([
        post('json', signal),
        output === 'json' ? null : post(output, signal),
      ]);
      if (!docResponse.ok) {
        showProblem((await docResponse.json()) as Problem);
        return;
      }
      const answer = (await docResponse.json()) as ScriptDocument;
      const label = outputLabel(output);
      if (outResponse && !outResponse.ok) {
        showProblem((await outResponse.json()) as Problem);
        return;
      }
      clearFieldErrors();
      doc = answer;
      stalePaths = new Set(
        answer.messages
          .filter((m) => m.ruleId === 'correction-stale' && m.correction)
          .map((m) => m.correction as string),
      );
      const count = showChanges(answer);
      showBlocks(answer);
      showCorrections();
      if (!outResponse) {
        showText(JSON.stringify(answer, null, 2), label);
      } else {
        const type = outResponse.headers.get('content-type') ?? '';
        // A binary output (EBU STL) shows as a hex dump; Download gives the file.
        const binary = type.startsWith('application/x-ebu-stl');
        const body = binary
          ? hexDump(new Uint8Array(await outResponse.arrayBuffer()))
          : await outResponse.text();
        if (!binary && type.startsWith('text/html'))
          showHtml(body, outResponse.headers.get('content-security-policy'), label);
        else showText(body, label);
      }
      previewEl?.classList.remove('stale');
      const stale =
        stalePaths.size > 0 ? `; ${plural(stalePaths.size, 'correction')} no longer apply` : '';
      setStatus(
        `Preview of the ${label} updated; ${plural(count, 'change')} and notes listed${stale}.`,
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      previewKey = null; // a failed request may be tried again
      previewEl?.classList.add('stale');
      setStatus(
        `The preview could not be updated: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      if (!signal.aborted) previewEl?.removeAttribute('aria-busy');
    }
  }

  function schedule(): void {
    window.clearTimeout(timer);
    const wait = (text?.value.length ?? 0) > LONG_TEXT ? DEBOUNCE_LONG_MS : DEBOUNCE_MS;
    timer = window.setTimeout(() => void refresh(), wait);
  }

  // Selects a line of the transcript (1-based) and scrolls it into view.
  function selectLine(line: number): void {
    if (!text) return;
    const value = text.value;
    let from = 0;
    for (let n = 1; n < line; n++) {
      const next = value.indexOf('\n', from);
      if (next === -1) break;
      from = next + 1;
    }
    let end = value.indexOf('\n', from);
    if (end === -1) end = value.length;
    text.focus({ preventScroll: true });
    text.setSelectionRange(from, end);
    const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight) || 24;
    text.scrollTop = Math.max(0, (line - 1) * lineHeight - text.clientHeight / 3);
    text.scrollIntoView({ block: 'nearest' });
    setStatus(`Line ${line} of the transcript is selected.`);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLElement>('[data-line]');
    if (link && changesEl?.contains(link)) {
      event.preventDefault();
      selectLine(Number(link.dataset.line));
      return;
    }
    const undo = target?.closest<HTMLElement>('[data-undo]');
    if (undo?.dataset.undo) {
      removeCorrection(undo.dataset.undo);
      return;
    }
    const block = target?.closest<HTMLElement>('[data-block]');
    if (block && blocksEl?.contains(block)) openEditor(block);
  });

  // A block clicked in the prompter preview (its frame posts the block's id): open its editor.
  window.addEventListener('message', (event) => {
    const frame = previewEl?.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow) return;
    const data = event.data as { scriptdesk?: unknown; id?: unknown } | null;
    if (data?.scriptdesk !== 'block' || typeof data.id !== 'string') return;
    const button = blocksEl?.querySelector<HTMLElement>(`[data-block="${CSS.escape(data.id)}"]`);
    if (!button) return;
    if (button.getAttribute('aria-expanded') !== 'true') openEditor(button);
    button.scrollIntoView({ block: 'nearest' });
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const format = formatFromFileName(file.name);
    if (!format) {
      setStatus(`scriptdesk reads ${READABLE_FILES} files, not ${file.name}.`);
      fileInput.value = '';
      return;
    }
    if (format === 'docx' || format === 'stl') {
      // A Word document is unpacked by the server: the form goes with the file (as without
      // script), and the page comes back with the document's text in the box. So is an STL
      // file (EBU STL is binary: its subtitles come back as SRT; Spruce STL as it is).
      setStatus(`Reading ${file.name}…`);
      (form as HTMLFormElement).submit();
      return;
    }
    text.value = await file.text();
    // A `.txt` file is told apart like a paste (captions saved as text: Avid SubCap).
    inputSelect.value = format === 'text' ? 'auto' : format;
    // The text is in the box now: the form sends it from there.
    fileInput.value = '';
    setStatus(`Loaded ${file.name}.`);
    updateFields();
    void refresh();
  });

  form.addEventListener('input', (event) => {
    if (event.target === fileInput) return;
    // The preview on screen no longer matches what is typed until the answer comes.
    if (event.target === text) updateFields();
    schedule();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'output' || target.name === 'input') updateFields();
    if (target !== fileInput) schedule();
  });
  form.addEventListener('submit', (event) => {
    const action = (event.submitter as HTMLButtonElement | null)?.value ?? 'preview';
    if (action !== 'preview') return;
    event.preventDefault();
    void refresh(true);
  });

  updateFields();
  showCorrections();
  if (text.value.trim()) void refresh();
}

start();
