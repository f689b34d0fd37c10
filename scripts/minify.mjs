// Minifies what trunk wrote: the stylesheet (lightningcss, 0.5 KB less brotli), and the wasm's JS
// glue. wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and some exports after mangled
// Rust paths; those names are written in both the wasm and the glue, and hex digits hardly compress.
// Each becomes a short name in the wasm's import and export sections and in the glue (5.3 KB less
// brotli), then terser minifies the glue (1.6 KB less). The integrity hashes in index.html are
// updated. Runs on trunk's output, before pre-rendering copies index.html.
// Usage: node scripts/minify.mjs --dist dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { transform } from 'lightningcss';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
/** The file name trunk gave an asset ending in `suffix` (`-<16 hex digits><suffix>`), as index.html names it. */
const hashedName = (suffix) => html.match(new RegExp(`"\\/?(?:[^"]*\\/)?([^"/]+-[0-9a-f]{16}${suffix.replace('.', '\\.')})"`))?.[1];
const jsName = hashedName('.js');
const wasmName = hashedName('_bg.wasm');
if (!jsName || !wasmName) throw new Error(`minify: no hashed .js and _bg.wasm named in ${indexPath}`);
const jsPath = join(dist, jsName);
const wasmPath = join(dist, wasmName);
const originalJs = readFileSync(jsPath, 'utf8');
let js = originalJs;
const wasm = readFileSync(wasmPath);

// The glue's own import module; its key in the glue's import object is renamed with it.
const glueModule = js.match(/"(\.\/[^"]+_bg\.js)": import0/)?.[1];
if (!glueModule) throw new Error(`minify: ${jsName} has no "./…_bg.js": import0 (already minified, or a new wasm-bindgen layout?)`);

let counter = 0;
const shortName = () => '_' + (counter++).toString(36);

// --- the wasm binary: sections are (id, LEB128 size, body); only imports (2) and exports (7) change.
function readU32(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, pos];
}
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const str = (s) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);
function readStr(buf, pos) {
  const [len, p] = readU32(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}
/** The end of an import's description (after its kind byte at `pos`). */
function skipImportDesc(buf, pos) {
  const kind = buf[pos++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readU32(buf, p);
    if (flags & 1) [, p] = readU32(buf, p);
    return p;
  };
  if (kind === 0) return readU32(buf, pos)[1]; // function: type index
  if (kind === 1) return limits(pos + 1); // table: reference type, limits
  if (kind === 2) return limits(pos); // memory: limits
  if (kind === 3) return pos + 2; // global: value type, mutability
  if (kind === 4) return readU32(buf, pos + 1)[1]; // tag: attribute, type index
  throw new Error(`minify: unknown import kind ${kind}`);
}

const importNames = new Map();
const exportNames = new Map();
const sections = [wasm.subarray(0, 8)];
let pos = 8;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, bodyStart] = readU32(wasm, pos + 1);
  const end = bodyStart + size;
  let body = wasm.subarray(bodyStart, end);
  if (id === 2 || id === 7) {
    const [count, p0] = readU32(body, 0);
    let p = p0;
    const parts = [u32(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        let module, field;
        [module, p] = readStr(body, p);
        [field, p] = readStr(body, p);
        const descEnd = skipImportDesc(body, p);
        if (module === glueModule) {
          if (!importNames.has(field)) importNames.set(field, shortName());
          parts.push(str('a'), str(importNames.get(field)));
        } else {
          parts.push(str(module), str(field));
        }
        parts.push(body.subarray(p, descEnd));
        p = descEnd;
      } else {
        let name;
        [name, p] = readStr(body, p);
        const [, indexEnd] = readU32(body, p + 1);
        exportNames.set(name, shortName());
        parts.push(str(exportNames.get(name)), body.subarray(p, indexEnd));
        p = indexEnd;
      }
    }
    body = Buffer.concat(parts);
  }
  sections.push(Buffer.from([id]), u32(body.length), body);
  pos = end;
}

// --- the glue: import object keys, the module key, and `wasm.<export>` uses.
for (const [from, to] of importNames) {
  const key = `        ${from}: function`;
  if (!js.includes(key)) throw new Error(`minify: import ${from} not found in ${jsName}`);
  js = js.replace(key, `        ${to}: function`);
}
js = js.replace(`"${glueModule}": import0`, '"a": import0');
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  if (!exportNames.has(name)) throw new Error(`minify: ${jsName} uses wasm.${name}, which the wasm does not export`);
  return 'wasm.' + exportNames.get(name);
});
const leftover = js.match(/__wbg_\w+_[0-9a-f]{16}\b/);
if (leftover) throw new Error(`minify: ${leftover[0]} left in ${jsName}`);

// The module keeps its exports (trunk's loader calls `default`); everything inside may be renamed.
const minified = await minify(js, { module: true, compress: true, mangle: true });
if (!minified.code) throw new Error(`minify: terser returned nothing for ${jsName}`);
js = minified.code;

const newWasm = Buffer.concat(sections);
writeFileSync(wasmPath, newWasm);
writeFileSync(jsPath, js);

// --- the stylesheet, if the page has one.
const cssName = hashedName('.css');
const css = cssName ? readFileSync(join(dist, cssName)) : null;
const newCss = css ? Buffer.from(transform({ filename: cssName, code: css, minify: true }).code) : null;
if (css) writeFileSync(join(dist, cssName), newCss);

// --- the integrity hashes trunk wrote for each file.
const sri = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
let page = html;
const changed = [[wasm, newWasm, wasmName], [Buffer.from(originalJs), Buffer.from(js), jsName]];
if (css) changed.push([css, newCss, cssName]);
for (const [before, after, name] of changed) {
  if (!page.includes(sri(before))) throw new Error(`minify: ${indexPath} has no integrity hash for ${name}`);
  page = page.split(sri(before)).join(sri(after));
}
writeFileSync(indexPath, page);
console.log(`minify: ${importNames.size} imports and ${exportNames.size} exports renamed; wasm ${wasm.length} → ${newWasm.length} bytes, glue ${originalJs.length} → ${js.length}${css ? `, css ${css.length} → ${newCss.length}` : ''}`);
