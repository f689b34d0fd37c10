#!/usr/bin/env bash
# Every test, in order; stops at the first failing stage with its name. Run by `make test` and CI.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

stage() { printf '\n\033[1m== %s\033[0m (at %ss)\n' "$*" "$(( $(date +%s) - start ))"; }
start=$(date +%s)
command -v /usr/bin/chromium >/dev/null || { echo "Chromium is missing: run scripts/setup.sh (apt-get install chromium chromium-driver)" >&2; exit 1; }
command -v xmllint >/dev/null || { echo "xmllint is missing: run scripts/setup.sh (apt-get install libxml2-utils)" >&2; exit 1; }
command -v java >/dev/null || { echo "Java is missing: run scripts/setup.sh (apt-get install default-jre-headless)" >&2; exit 1; }
stage "code habits: rustfmt, clippy (core and pre-renderer features), imports one way"
native cargo fmt --check
native cargo clippy --locked --all-targets -- -D warnings
native cargo clippy --locked --features ssr --all-targets -- -D warnings
node scripts/check-imports.mjs

stage "native tests: core, dataset, schema, exports (cargo test)"
native cargo test --locked

stage "search benchmark: real data and 100 times larger (median time per query)"
native cargo bench --locked --bench search

stage "map data is what scripts/gen-map.mjs generates"
node scripts/gen-map.mjs >/dev/null
git diff --exit-code -- src/core/geo_shapes.rs public/map/

stage "build: dist/ at the root and dist-sub/ under /bomca/"
./scripts/build.sh
BASE=/bomca/ DIST=dist-sub ./scripts/build.sh

stage "open data: the data package and its tables pass the Frictionless reference validator"
[ -x .venv/bin/frictionless ] || { echo "frictionless is missing: run scripts/setup.sh" >&2; exit 1; }
.venv/bin/frictionless validate dist/data/datapackage.json
.venv/bin/frictionless validate dist/data/v*/datapackage.json

stage "size report and budgets"
# In the site's target folder: the standard library and the shared crates are built once (the same
# profile, flags and versions give the same bytes; 67 s instead of about 230 s on a fresh clone).
(cd benches/minimal-app && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release --offline --dist dist >/dev/null 2>&1) || { echo "minimal app build failed" >&2; exit 1; }
node scripts/minify.mjs --dist benches/minimal-app/dist >/dev/null
# The goal is 250 KB brotli for a first visit in either language, printed with the gap on every run;
# the cap of 300 KB is enforced. The wasm's own budget sits just above today's 246.7 KB (with the
# takeover in parts and the texts in the page), so any growth of the code is a decision, not a drift.
node scripts/size-report.mjs --dist dist --baseline benches/minimal-app/dist --goal-kb 250 --cap-kb 300 --budget-kb 300 --wasm-budget-kb 250
# Bytes per feature: the wasm's code by crate and by page or component module (before optimisation).
node scripts/wasm-sizes.mjs --json target/site-reports/wasm-modules.json

stage "valid HTML: the Nu HTML Checker on every page of dist/ (any error fails)"
java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html dist

stage "links: every internal link, asset and fragment of both languages resolves (dist/ and dist-sub/)"
node scripts/check-links.mjs --dist dist
node scripts/check-links.mjs --dist dist-sub --base /bomca/

stage "browser tests (headless Chromium against dist/)"
node tests/e2e/app.test.mjs
node tests/e2e/countries.test.mjs
node tests/e2e/explorers.test.mjs
node tests/e2e/search.test.mjs
node tests/e2e/reliability.test.mjs
node tests/e2e/hosting.test.mjs
node tests/e2e/prerender.test.mjs
node tests/e2e/a11y.test.mjs
node tests/e2e/layout.test.mjs

stage "dataset read benchmark (4x CPU throttling)"
node tests/e2e/read.bench.mjs

stage "Lighthouse (mobile) and pre-rendering benchmark"
node tests/e2e/lighthouse.mjs

echo
echo "ALL TESTS PASSED in $(( $(date +%s) - start ))s"
