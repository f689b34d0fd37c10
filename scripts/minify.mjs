// Minifies what trunk wrote: the stylesheet (lightningcss, 0.5 KB less brotli), and the wasm's JS
// glue. wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and some exports after mangled
// Rust paths; those names are written in both the wasm and the glue, and hex digits hardly compress.
// binaryen's --minify-imports-and-exports-and-modules gives each a short name in the wasm and prints
// the mapping, which this script applies to the glue (5.3 KB less brotli together), then terser
// minifies the glue (1.6 KB less). The integrity hashes in index.html are
// updated. Runs on trunk's output, before pre-rendering copies index.html.
// Usage: node scripts/minify.mjs --dist dist
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { transform } from 'lightningcss';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
/** The file name trunk gave an asset ending in `suffix` (`-<hex digits><suffix>`: up to 16, as trunk drops leading zeros), as index.html names it. */
const hashedName = (suffix) => html.match(new RegExp(`"\\/?(?:[^"]*\\/)?([^"/]+-[0-9a-f]{8,16}${suffix.replace('.', '\\.')})"`))?.[1];
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

// --- the wasm: binaryen renames its imports, exports and import module (to "a") and prints the mapping.
const minifiedWasmPath = wasmPath + '.min';
const mapping = JSON.parse(
  execFileSync('wasm-opt', [wasmPath, '--minify-imports-and-exports-and-modules', '-o', minifiedWasmPath], { encoding: 'utf8' }),
);
const newWasm = readFileSync(minifiedWasmPath);
unlinkSync(minifiedWasmPath);
const importNames = new Map();
for (const [module, from, to] of mapping.imports) {
  if (module !== glueModule) throw new Error(`minify: the wasm imports ${from} from ${module}, not from the glue`);
  importNames.set(from, to);
}
const exportNames = new Map(mapping.exports);

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
