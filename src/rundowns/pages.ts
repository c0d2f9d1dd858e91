/**
 * The rundown pages: create (`/rundowns`), manage (`/rundowns/:id`) and the three live views
 * (`talent`, `operator`, `remote`). The pages hold no secret and no story: their script reads
 * the capability from the URL fragment and everything else from the API and the WebSocket, and
 * places every piece of text with `textContent` (never as HTML).
 *
 * The talent screen uses the single-story prompter's style sheet (taken from
 * `templates/teleprompter.html.mustache`, so both look alike) and its keymap.
 */
import Mustache from 'mustache';
import { TEMPLATE_SOURCES } from '../generated/templates.ts';
import { layoutOptionsSchema } from '../layouts/options.ts';
import { PROMPTER_KEYMAP } from '../layouts/teleprompter.ts';
import { CLOSE, MAX_SCREENS } from './room.ts';
import { DEFAULT_SPEED_STEP, MAX_SPEED_STEP } from './state.ts';

export type RundownPageName = 'new' | 'manage' | 'talent' | 'operator' | 'remote';

const TITLES: Readonly<Record<RundownPageName, string>> = {
  new: 'New rundown',
  manage: 'Rundown',
  talent: 'Prompter',
  operator: 'Prompter operator',
  remote: 'Prompter remote',
};

let prompterCss: string | undefined;

/** The single-story prompter's style sheet, with its default sizes. */
function prompterStyles(): string {
  if (prompterCss !== undefined) return prompterCss;
  const source = TEMPLATE_SOURCES['teleprompter.html'] ?? '';
  const start = source.indexOf('>', source.indexOf('<style')) + 1;
  const end = source.indexOf('</style>', start);
  const defaults = layoutOptionsSchema().parse({});
  prompterCss = Mustache.render(source.slice(start, end), {
    fontSizePx: defaults.fontSize,
    marginPct: defaults.margin,
    eyelinePct: defaults.eyeline,
  });
  return prompterCss;
}

export function renderRundownPage(
  name: RundownPageName,
  context: { id: string; nonce: string },
): string {
  const source = TEMPLATE_SOURCES['rundown.html'];
  if (source === undefined) throw new Error('templates/rundown.html.mustache is missing');
  const defaults = layoutOptionsSchema().parse({});
  const config = {
    view: name,
    id: context.id,
    keymap: PROMPTER_KEYMAP,
    speedMax: MAX_SPEED_STEP,
    speedDefault: DEFAULT_SPEED_STEP,
    maxScreens: MAX_SCREENS,
    close: CLOSE,
    display: {
      fontSize: defaults.fontSize,
      margin: defaults.margin,
      eyeline: defaults.eyeline,
      mirror: false,
      flip: false,
      uppercase: false,
      marker: true,
    },
  };
  return Mustache.render(
    source,
    {
      title: TITLES[name],
      nonce: context.nonce,
      view: name,
      isNew: name === 'new',
      isManage: name === 'manage',
      isTalent: name === 'talent',
      isOperator: name === 'operator',
      isRemote: name === 'remote',
      isScreen: name === 'talent' || name === 'operator',
      isPage: name === 'new' || name === 'manage',
      prompterCss: prompterStyles(),
      configJson: JSON.stringify(config),
    },
    (partial) => TEMPLATE_SOURCES[partial] ?? '',
  );
}
