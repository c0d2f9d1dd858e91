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
