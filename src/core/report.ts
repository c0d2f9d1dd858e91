import type { VFile } from 'vfile';
import type { Severity } from './document.ts';

export interface ReportOptions {
  line?: number | null;
  column?: number | null;
  /** End of the range changed (1-based line and column just past it), when known. */
  endLine?: number | null;
  endColumn?: number | null;
  /** The plugin that made the change (`mojibake`, `entities`, …); default `scriptdesk`. */
  source?: string;
  severity?: Severity;
  /** What was removed or replaced. */
  actual?: string;
  /** What it became. */
  expected?: string[];
}

/**
 * Adds a message to the file: every change the pipeline makes and every doubt it has is one of
 * these, never a silent edit and never a throw.
 */
export function report(
  file: VFile,
  ruleId: string,
  reason: string,
  options: ReportOptions = {},
): void {
  const line = options.line ?? null;
  const start = line === null ? undefined : { line, column: options.column ?? 1 };
  const place =
    start && options.endLine != null
      ? { start, end: { line: options.endLine, column: options.endColumn ?? start.column } }
      : start;
  // A message is a note, not a thrown error: skip the stack trace its Error base would capture.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = file.message(reason, {
    place,
    ruleId,
    source: options.source ?? 'scriptdesk',
  });
  Error.stackTraceLimit = limit;
  const severity = options.severity ?? 'info';
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = options.expected;
}

/** Counts changes of one kind and reports them once, at the first line they happened. */
export class Tally {
  count = 0;
  lines = 0;
  firstLine: number | null = null;
  private lastLine: number | null = null;

  add(line: number, times = 1): void {
    if (times <= 0) return;
    this.count += times;
    if (this.lastLine !== line) this.lines++;
    this.lastLine = line;
    this.firstLine ??= line;
  }

  flush(file: VFile, ruleId: string, reason: (count: number, lines: number) => string): void {
    if (this.count === 0) return;
    report(file, ruleId, reason(this.count, this.lines), { line: this.firstLine });
  }
}
