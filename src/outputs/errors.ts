/** Thrown when `template=` names a layout that does not exist (the edge answers 422). */
export class UnknownTemplateError extends Error {
  constructor(
    readonly output: string,
    readonly template: string,
    readonly available: string[],
  ) {
    super(`Unknown template "${template}" for ${output}; available: ${available.join(', ')}`);
    this.name = 'UnknownTemplateError';
  }
}
