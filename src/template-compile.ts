/**
 * Mustache templates compiled once into closures. `Mustache.render` looks the template up in its
 * cache by its whole text (a station layout with its page scripts is tens of KB, hashed on every
 * render), re-indents and re-parses each indented partial on every render, and walks the tokens
 * through a context object per section item. Here a template's tokens (Mustache's own parser) are
 * turned into one function per token, once; rendering runs those functions over the view.
 *
 * The output is byte-for-byte what mustache.js 4 writes for the same template, partials and view
 * (`test/core/template-compile.test.ts` checks every layout against it). The one thing compiled
 * code does not do is call functions: a view holding a function (a lambda, a higher-order
 * section) or a section over a null item is rendered by `Mustache.render` itself. The compilers
 * precompute every field, so that never happens for the shipped layouts.
 */
import Mustache from 'mustache';

/** One level of the context stack: the view of a section item, over its parent's. */
interface Frame {
  view: unknown;
  parent: Frame | null;
}

type Part = (frame: Frame) => string;

/** Thrown when a view needs what only `Mustache.render` does (see the module comment). */
class NeedsMustache extends Error {}

/** Mustache's token: [type, value, start, end, children or indentation, tag index, line has text]. */
type Token = [string, string, number, number, unknown?, unknown?, unknown?];

function hasProperty(obj: unknown, name: string): boolean {
  return obj != null && typeof obj === 'object' && name in obj;
}

function primitiveHasOwnProperty(primitive: unknown, name: string): boolean {
  return (
    primitive != null &&
    typeof primitive !== 'object' &&
    Object.hasOwn(Object(primitive) as object, name)
  );
}

/** A name's value, as mustache.js's `Context.lookup` finds it. */
function lookup(frame: Frame, name: string, path: readonly string[] | null): unknown {
  let value: unknown;
  if (name === '.') value = frame.view;
  else {
    for (let f: Frame | null = frame; f !== null; f = f.parent) {
      const view = f.view;
      if (view == null) throw new NeedsMustache();
      if (path === null) {
        if (hasProperty(view, name)) {
          value = (view as Record<string, unknown>)[name];
          break;
        }
        continue;
      }
      let step: unknown = view;
      let hit = false;
      for (let i = 0; step != null && i < path.length; i++) {
        const key = path[i] as string;
        if (i === path.length - 1)
          hit = hasProperty(step, key) || primitiveHasOwnProperty(step, key);
        step = (step as Record<string, unknown>)[key];
      }
      if (hit) {
        value = step;
        break;
      }
    }
  }
  if (typeof value === 'function') throw new NeedsMustache();
  return value;
}

function pathOf(name: string): string[] | null {
  return name.indexOf('.') > 0 ? name.split('.') : null;
}

/** Mustache's partial indentation: each non-empty line of a standalone partial gets the tag's. */
function indentPartial(partial: string, indentation: string, lineHasNonSpace: boolean): string {
  const spaces = indentation.replace(/[^ \t]/g, '');
  const lines = partial.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as string).length > 0 && (i > 0 || !lineHasNonSpace))
      lines[i] = spaces + lines[i];
  }
  return lines.join('\n');
}

interface CompileContext {
  partials: (name: string) => string | undefined;
  /** null: Mustache's HTML escaping. */
  escape: ((value: unknown) => string) | null;
}

function sequence(parts: Part[]): Part {
  if (parts.length === 1) return parts[0] as Part;
  return (frame) => {
    let out = '';
    for (let i = 0; i < parts.length; i++) out += (parts[i] as Part)(frame);
    return out;
  };
}

function compileTokens(tokens: readonly Token[], cx: CompileContext): Part {
  const parts: Part[] = [];
  for (const token of tokens) {
    const part = compileToken(token, cx);
    if (part !== null) parts.push(part);
  }
  if (parts.length === 0) return () => '';
  return sequence(parts);
}

function compileToken(token: Token, cx: CompileContext): Part | null {
  const [type, name] = token;
  switch (type) {
    case 'text':
      return () => name;
    case 'name': {
      const path = pathOf(name);
      const escapeValue = cx.escape;
      if (escapeValue !== null) {
        return (frame) => {
          const value = lookup(frame, name, path);
          return value == null ? '' : escapeValue(value);
        };
      }
      return (frame) => {
        const value = lookup(frame, name, path);
        if (value == null) return '';
        return typeof value === 'number' ? String(value) : Mustache.escape(value as string);
      };
    }
    case '&': {
      const path = pathOf(name);
      return (frame) => {
        const value = lookup(frame, name, path);
        // `+=` as mustache.js appends it (ToPrimitive with the default hint).
        let out = '';
        if (value != null) out += value as string;
        return out;
      };
    }
    case '#': {
      const path = pathOf(name);
      const body = compileTokens((token[4] ?? []) as Token[], cx);
      return (frame) => {
        const value = lookup(frame, name, path);
        if (!value) return '';
        if (Array.isArray(value)) {
          let out = '';
          for (let i = 0; i < value.length; i++) out += body({ view: value[i], parent: frame });
          return out;
        }
        if (typeof value === 'object' || typeof value === 'string' || typeof value === 'number') {
          return body({ view: value, parent: frame });
        }
        return body(frame);
      };
    }
    case '^': {
      const path = pathOf(name);
      const body = compileTokens((token[4] ?? []) as Token[], cx);
      return (frame) => {
        const value = lookup(frame, name, path);
        return !value || (Array.isArray(value) && value.length === 0) ? body(frame) : '';
      };
    }
    case '>': {
      const source = cx.partials(name);
      if (source == null) return null;
      const indentation = String(token[4] ?? '');
      const indented =
        token[5] === 0 && indentation !== ''
          ? indentPartial(source, indentation, token[6] === true)
          : source;
      // Compiled on first use: a partial that includes itself compiles one level at a time.
      let body: Part | null = null;
      return (frame) => {
        body ??= compileTokens(Mustache.parse(indented) as Token[], cx);
        return body(frame);
      };
    }
    default:
      return null;
  }
}

/** A compiled template: renders a view, as `Mustache.render` would. */
export type CompiledTemplate = (view: object) => string;

/**
 * Compiles `source` with its partials (looked up by name when first used) and an escape function
 * (`undefined`: Mustache's HTML escaping, as `Mustache.render` without an `escape` option).
 *
 * @example compileTemplate('{{#cues}}{{index}}\n{{/cues}}', () => undefined)({ cues: [{ index: 1 }] }) // '1\n'
 */
export function compileTemplate(
  source: string,
  partials: (name: string) => string | undefined,
  escapeValue?: (value: unknown) => string,
): CompiledTemplate {
  const render = compileTokens(Mustache.parse(source) as Token[], {
    partials,
    escape: escapeValue ?? null,
  });
  return (view) => {
    try {
      return render({ view, parent: null });
    } catch (error) {
      if (!(error instanceof NeedsMustache)) throw error;
      return Mustache.render(
        source,
        view,
        partials,
        escapeValue ? { escape: escapeValue } : undefined,
      );
    }
  };
}
