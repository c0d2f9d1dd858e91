#!/usr/bin/env node
/**
 * The module graph of `src/` (every `import`/`export … from`, type-only ones too), checked
 * for import cycles and for imports across layers. `npm test` runs it (through `npm run check`);
 * it exits 1 and names each cycle or forbidden import.
 *
 * Layers: `core/` imports nothing outside `core/`; no module under `core/`, `ingest/`,
 * `subtitles/`, `layouts/` (the pure pipeline and its compilers) imports Hono, a Worker global
 * module (`cloudflare:*`) or the edge; `http/` and `webhooks/` never import each other (what both
 * need lives in `edge/`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

const RULES = [
  {
    name: 'core is self-contained',
    from: /^src\/core\//,
    to: (target) => target.startsWith('src/') && !target.startsWith('src/core/'),
  },
  {
    name: 'the pipeline never reaches the HTTP edge or the Workers runtime',
    from: /^src\/(core|ingest|subtitles|layouts|outputs)\//,
    to: (target) =>
      /^src\/(http|webhooks|edge|rundowns)\//.test(target) ||
      target === 'src/index.ts' ||
      /^node_modules\/(hono|cloudflare:)/.test(target),
  },
  {
    name: 'http and webhooks share edge/, not each other',
    from: /^src\/http\//,
    to: (target) => target.startsWith('src/webhooks/'),
  },
  {
    name: 'http and webhooks share edge/, not each other',
    from: /^src\/webhooks\//,
    to: (target) => target.startsWith('src/http/'),
  },
];

const FROM = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]/g;

/**
 * Every import of every module under `src/` — type-only imports included (a type cycle is a
 * cycle of the design, even when the bundler erases it) — as repository paths; packages by name.
 */
export async function moduleGraph(root = 'src') {
  const graph = new Map();
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(root, f).split(sep).join('/'));
  for (const file of files) {
    const targets = [];
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      const trimmed = line.trimStart();
      if (trimmed.startsWith('*') || trimmed.startsWith('//') || trimmed.startsWith('/*')) continue;
      for (const match of trimmed.matchAll(FROM)) {
        const specifier = match[1] ?? match[2];
        targets.push(
          specifier.startsWith('.')
            ? join(dirname(file), specifier).split(sep).join('/')
            : `node_modules/${specifier}`,
        );
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one module (or a self-import): the cycles. */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const indices = new Map();
  const lows = new Map();
  const found = [];
  // Iterative Tarjan: no recursion limit on a deep graph.
  for (const start of graph.keys()) {
    if (indices.has(start)) continue;
    const work = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      if (next === 0) {
        indices.set(node, index);
        lows.set(node, index);
        index++;
        stack.push(node);
        onStack.add(node);
      }
      const edges = graph.get(node) ?? [];
      if (next < edges.length) {
        frame[1]++;
        const target = edges[next];
        if (!graph.has(target)) continue;
        if (!indices.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) lows.set(node, Math.min(lows.get(node), indices.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        lows.set(parent, Math.min(lows.get(parent), lows.get(node)));
      }
      if (lows.get(node) === indices.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || edges.includes(node)) found.push(component.sort());
      }
    }
  }
  return found;
}

/**
 * What keeps the Worker bundle small (scripts/check-bundle.mjs holds the byte budget):
 * - schemas use `zod/mini` (functions, tree-shaken: about half of classic zod's bytes and a
 *   third of its construction time at start-up); classic `zod` is refused;
 * - zod is imported as a namespace: `import { z } from 'zod/mini'` keeps every export, as
 *   `import { z } from 'zod'` kept all 64 locale files (about 78 KB gzip);
 * - a module that builds schemas imports `core/zod-messages.ts` (English issue messages, which
 *   zod/mini does not set by itself), so no message depends on which module loaded first.
 */
const ZOD_IMPORT =
  /^\s*import\s*(type\s+)?(\{[^}]*\}|\*\s*as\s+\w+)\s*from\s*['"](zod(?:\/[^'"]*)?)['"]/gm;

export async function bundleHazards(root = 'src') {
  const found = [];
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.split(sep).join('/'));
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8');
    const path = `${root}/${file}`;
    let buildsSchemas = false;
    for (const [, typeOnly, binding, specifier] of text.matchAll(ZOD_IMPORT)) {
      if (specifier.startsWith('zod/v4/locales/')) continue;
      if (specifier !== 'zod/mini') {
        found.push(
          `bundle size: ${path} imports '${specifier}'; use \`import * as z from 'zod/mini'\``,
        );
      } else if (binding.startsWith('{') && !/^\{\s*type\b/.test(binding)) {
        found.push(
          `bundle size: ${path} imports zod/mini by name; use \`import * as z from 'zod/mini'\``,
        );
      }
      // A type-only import is erased: it builds nothing.
      if (!typeOnly) buildsSchemas = true;
    }
    if (
      buildsSchemas &&
      !file.endsWith('core/zod-messages.ts') &&
      !/from\s*['"][./]*(?:core\/)?zod-messages\.ts['"]|import\s*['"][./]*(?:core\/)?zod-messages\.ts['"]/.test(
        text,
      )
    ) {
      found.push(`zod messages: ${path} builds schemas without importing core/zod-messages.ts`);
    }
  }
  return found;
}

export function violations(graph) {
  const found = [];
  for (const [from, targets] of graph) {
    for (const rule of RULES) {
      if (!rule.from.test(from)) continue;
      for (const target of targets) {
        if (rule.to(target)) found.push(`${rule.name}: ${from} imports ${target}`);
      }
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = await moduleGraph('src');
  const loops = cycles(graph).filter((c) => c.some((m) => m.startsWith('src/')));
  const crossings = [...violations(graph), ...(await bundleHazards('src'))];
  for (const loop of loops) console.error(`import cycle: ${loop.join(' → ')}`);
  for (const crossing of crossings) console.error(crossing);
  const modules = [...graph.keys()].filter((m) => m.startsWith('src/')).length;
  if (loops.length + crossings.length > 0) {
    console.error(`layers: ${loops.length} cycle(s), ${crossings.length} forbidden import(s)`);
    process.exit(1);
  }
  console.log(`layers: ${modules} modules, no import cycle, no import across layers`);
}
