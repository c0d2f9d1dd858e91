import {
  CHARS_PER_BLOCK,
  MAX_OUTPUT_RATIO,
  MIN_BLOCK_LIMIT,
  MIN_OUTPUT_LIMIT,
} from '../core/limits.ts';

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

/**
 * Thrown when a document has more blocks than its input's size allows (see `blockLimit` in
 * src/core/limits.ts): 100,000 one-word paragraphs are not a transcript, and formatting them
 * would answer hundreds of times the input. The edge answers 422 `too-many-blocks`.
 */
export class TooManyBlocksError extends Error {
  readonly blocks: number;
  readonly limit: number;
  readonly inputChars: number;

  constructor(blocks: number, limit: number, inputChars: number) {
    super(
      `The text makes ${blocks} blocks from ${inputChars} characters; at most ${limit} blocks are formatted for a text of this size (one block per ${CHARS_PER_BLOCK} characters on average, or ${MIN_BLOCK_LIMIT} blocks). Join the short paragraphs or send the transcript in parts.`,
    );
    this.name = 'TooManyBlocksError';
    this.blocks = blocks;
    this.limit = limit;
    this.inputChars = inputChars;
  }
}

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
