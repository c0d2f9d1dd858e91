/** Prompter and print options; filled in by the layouts module. */
export const layoutOptionsShape = {};
