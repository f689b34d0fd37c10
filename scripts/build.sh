#!/usr/bin/env bash
# Builds the deployable site: trunk (wasm, hashed assets) → minified stylesheet, glue and shared
# names (scripts/minify.mjs) → pre-rendered HTML for every route →
# headers, service worker, sitemap and pre-compressed files.
#   BASE=/bomca/ ./scripts/build.sh      site served under a sub-path
#   DIST=dist-sub                        output folder (default dist)
#   SITE_URL=https://example.org         absolute site address for the sitemap and canonical links
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

BASE="${BASE:-/}"
DIST="${DIST:-dist}"
case "$BASE" in /*/|/) ;; *) echo "BASE must start and end with /, e.g. /bomca/" >&2; exit 2;; esac

start=$(date +%s)
trunk build --release --public-url "$BASE" --dist "$DIST"
node scripts/minify.mjs --dist "$DIST"
# Component types erased as in the wasm (env.sh).
RUSTFLAGS="$ERASE_COMPONENTS" native cargo build --profile prerender --features ssr --bin prerender --quiet
native ./target/prerender/prerender --dist "$DIST" --base "${BASE%/}" --data public/data/bomca.json ${SITE_URL:+--site-url "$SITE_URL"}
node scripts/postbuild.mjs --dist "$DIST" --base "$BASE" ${SITE_URL:+--site-url "$SITE_URL"}
echo "built $DIST (base $BASE) in $(( $(date +%s) - start ))s"
