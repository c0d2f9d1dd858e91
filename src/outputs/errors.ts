import { MAX_OUTPUT_RATIO, MIN_OUTPUT_LIMIT } from '../core/limits.ts';

/** Thrown when `template=` names a layout that does not exist (the edge answers 422). */
export class UnknownTemplateError extends Error {
  readonly output: string;
  readonly template: string;
  readonly available: string[];

  constructor(output: string, template: string, available: string[]) {
    super(`Unknown template "${template}" for ${output}; available: ${available.join(', ')}`);
    this.name = 'UnknownTemplateError';
    this.output = output;
    this.template = template;
    this.available = available;
  }
}

export { TooManyBlocksError } from '../core/limits.ts';

/**
 * Thrown when a rendered answer would be longer than `outputLimit` allows (ten times the input,
 * or 1 MiB for a short text): the edge answers 422 `output-too-large` rather than send it.
 */
export class OutputTooLargeError extends Error {
  readonly output: string;
  readonly size: number;
  readonly limit: number;

  constructor(output: string, size: number, limit: number) {
    super(
      `The ${output} output of this text would be ${size} characters, over the limit of ${limit} (${MAX_OUTPUT_RATIO} times the input, or ${MIN_OUTPUT_LIMIT} for a short text). Join the short paragraphs, send the transcript in parts, or choose another output.`,
    );
    this.name = 'OutputTooLargeError';
    this.output = output;
    this.size = size;
    this.limit = limit;
  }
}
