export type { RenderContext } from './context.ts';
export type { LayoutOptions, ResolvedLayoutOptions } from './options.ts';
export { compilePrint, PRINT_METRICS, renderPrint } from './print.ts';
export { compileScript } from './script.ts';
export { compileTeleprompter, PROMPTER_KEYS, renderTeleprompter } from './teleprompter.ts';
export { compileTeleprompterText, renderTeleprompterText } from './teleprompter-text.ts';
