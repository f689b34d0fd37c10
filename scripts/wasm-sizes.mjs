// Bytes of the wasm by crate and by module of this crate: the code section's function bodies,
// attributed through the name section of the wasm as rustc wrote it (before wasm-bindgen and
// wasm-opt strip the names). Generic code is counted where it is instantiated from when the
// mangled name says so (`<T as Trait>::f` counts for T's crate), so the page modules show what
// their views cost. Sizes are raw bytes before optimisation: read them as shares, not as the
// bytes shipped.
//   node scripts/wasm-sizes.mjs [--wasm target/wasm32-unknown-unknown/release/bomca-explorer.wasm] [--json out.json]
import { readFileSync, writeFileSync } from 'node:fs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const file = arg('wasm', 'target/wasm32-unknown-unknown/release/bomca-explorer.wasm');
const bytes = readFileSync(file);

let pos = 8;
const u32 = () => {
  let result = 0, shift = 0, b;
  do { b = bytes[pos++]; result |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
  return result >>> 0;
};
const str = () => { const n = u32(); const s = bytes.toString('utf8', pos, pos + n); pos += n; return s; };

let importedFunctions = 0;
const bodies = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      str(); str();
      const kind = bytes[pos++];
      if (kind === 0) { importedFunctions++; u32(); }
      else if (kind === 1) { pos++; const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 3) { pos += 2; }
      else { u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) { const len = u32(); bodies.push(len); pos += len; }
  } else if (id === 0 && str() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = u32();
      const subEnd = pos + subSize;
      if (sub === 1) for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, str()); }
      pos = subEnd;
    }
  }
  pos = end;
}
if (process.env.SAMPLE) { [...names.values()].slice(0, Number(process.env.SAMPLE)).forEach((n) => console.log(n)); process.exit(0); }
if (!names.size) {
  console.error(`${file} has no name section: build without stripping (trunk keeps target/wasm32-unknown-unknown/release/*.wasm)`);
  process.exit(1);
}

/** The identifiers that follow a crate root at `at` in a v0-mangled symbol: `2ui5pages8overview`. */
function pathAfter(symbol, at) {
  const out = [];
  let i = at;
  while (out.length < 3) {
    const m = /^(?:s[0-9a-zA-Z]*_)?(\d+)/.exec(symbol.slice(i));
    if (!m) break;
    const len = Number(m[1]);
    const ident = symbol.slice(i + m[0].length, i + m[0].length + len);
    if (!/^[a-z_][a-z0-9_]*$/.test(ident)) break;
    out.push(ident);
    i += m[0].length + len;
  }
  return out;
}

const OWN = '14bomca_explorer';
/** Where a function's bytes are counted (names are v0-mangled, `_R...`): the first module of this
 * crate the symbol names, else the crate that defines the function. */
function owner(symbol) {
  for (let at = symbol.indexOf(OWN); at >= 0; at = symbol.indexOf(OWN, at + 1)) {
    const [layer, group, file] = pathAfter(symbol, at + OWN.length);
    if (layer === 'ui' && ['pages', 'components'].includes(group) && file) return { crate: 'bomca_explorer', module: `ui/${group}/${file}` };
    if (layer === 'core' || layer === 'ui') return { crate: 'bomca_explorer', module: `${layer}/${group ?? ''}` };
  }
  const root = /C(?:s[0-9a-zA-Z]*_)?(\d+)([a-z_][a-z0-9_]*)/.exec(symbol);
  const crate = root ? root[2].slice(0, Number(root[1])) : symbol.startsWith('__wbindgen') || symbol.startsWith('__wbg') ? 'wasm-bindgen glue' : 'other';
  return { crate, module: crate === 'bomca_explorer' ? 'main and other' : null };
}

const byCrate = new Map(), byModule = new Map();
let total = 0;
bodies.forEach((len, i) => {
  const { crate, module } = owner(names.get(importedFunctions + i) ?? 'unnamed');
  total += len;
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + len);
  if (module) byModule.set(module, (byModule.get(module) ?? 0) + len);
});

const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`wasm code by crate (${file}, ${(total / 1024).toFixed(0)} KB of function bodies before optimisation):`);
for (const [k, v] of sorted(byCrate).slice(0, 15)) console.log(`  ${kb(v)} KB  ${(100 * v / total).toFixed(1).padStart(4)} %  ${k}`);
console.log('this crate by module:');
for (const [k, v] of sorted(byModule)) console.log(`  ${kb(v)} KB  ${(100 * v / total).toFixed(1).padStart(4)} %  ${k}`);
const out = arg('json');
if (out) writeFileSync(out, JSON.stringify({ file, total, by_crate: Object.fromEntries(sorted(byCrate)), by_module: Object.fromEntries(sorted(byModule)) }, null, 2));
