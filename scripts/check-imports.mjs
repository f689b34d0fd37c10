// Checks that the crate's modules import one way: core never imports ui; inside ui,
// state (state, browser, fetch, on_demand) → components → pages → app, pages never import each other; and no
// two modules import each other,
// directly or round a circle. Reads every `crate::` and `super::` path in src/ (test modules
// included: a test that needs a later layer belongs in tests/). Run by scripts/test.sh.
// Usage: node scripts/check-imports.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.rs') ? [p] : [];
  });
}

/** `src/core/export/mod.rs` → `core::export`; `src/core/model.rs` → `core::model`. */
function moduleOf(file) {
  const parts = relative(src, file).replace(/\.rs$/, '').split('/');
  if (parts.at(-1) === 'mod') parts.pop();
  return parts.join('::');
}

// The library's modules only: the binaries (main.rs, bin/) sit on top of everything.
const libFiles = files(src).filter((f) => !f.endsWith('/main.rs') && !f.endsWith('/lib.rs') && !f.includes('/bin/'));
const modules = new Map(libFiles.map((f) => [moduleOf(f), f]));

/** Every path a file names, expanded from `{a, b::c}` groups (one level of nesting is enough here). */
function paths(text) {
  const out = [];
  const re = /\b(crate|super)((?:::\w+)*)::(\{[^;]*?\}(?=\s*[;,}])|\w+)/g;
  for (const m of text.matchAll(re)) {
    const head = m[1] + m[2];
    const tail = m[3];
    if (tail.startsWith('{')) {
      for (const item of tail.slice(1, -1).split(/,(?![^{]*\})/)) {
        const name = item.trim().split(/::|\s|\{/)[0];
        if (name && name !== 'self') out.push(`${head}::${name}`);
        else if (name === 'self') out.push(head);
      }
    } else out.push(`${head}::${tail}`);
  }
  return out;
}

/** The module a path refers to: its longest prefix that is a module of the crate. */
function resolve(from, path) {
  let parts = path.split('::');
  if (parts[0] === 'crate') parts = parts.slice(1);
  else {
    const base = from.split('::');
    // In `a/b.rs` (module a::b), `super` is `a`; in `a/mod.rs` (module a) it is a's parent.
    while (parts[0] === 'super') {
      base.pop();
      parts = parts.slice(1);
    }
    parts = [...base, ...parts];
  }
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('::');
    if (modules.has(candidate)) return candidate;
  }
  return null;
}

function layer(module) {
  if (module.startsWith('core')) return 0;
  if (['ui::state', 'ui::browser', 'ui::fetch', 'ui::on_demand'].includes(module)) return 1;
  if (module === 'ui' || module.startsWith('ui::components')) return 2;
  if (module.startsWith('ui::pages')) return 3;
  if (module === 'ui::app') return 4;
  throw new Error(`check-imports: ${module} belongs to no layer; add it to scripts/check-imports.mjs`);
}

const edges = new Map();
const problems = [];
for (const [module, file] of modules) {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const targets = new Set(paths(text).map((p) => resolve(module, p)).filter((t) => t && t !== module));
  // A module's own submodules are its parts, not imports; a parent module that only declares them is fine.
  edges.set(module, [...targets]);
  for (const t of targets) {
    // Pages share views through components/, not through each other.
    const page = (m) => m.split('::').slice(0, 3).join('::');
    if (layer(module) === 3 && layer(t) === 3 && page(t) !== page(module) && !t.startsWith(module + '::')) {
      problems.push(`${module} imports another page, ${t}: move what they share into components/`);
    }
    if (layer(t) > layer(module)) problems.push(`${module} (layer ${layer(module)}) imports ${t} (layer ${layer(t)})`);
  }
}

// Cycles, by depth-first search.
const state = new Map();
const stack = [];
function visit(m) {
  state.set(m, 'open');
  stack.push(m);
  for (const t of edges.get(m) ?? []) {
    if (state.get(t) === 'open') problems.push(`cycle: ${[...stack.slice(stack.indexOf(t)), t].join(' → ')}`);
    else if (!state.has(t)) visit(t);
  }
  stack.pop();
  state.set(m, 'done');
}
for (const m of modules.keys()) if (!state.has(m)) visit(m);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-imports: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check-imports: ${modules.size} modules, ${[...edges.values()].flat().length} imports, one way, no cycles`);
