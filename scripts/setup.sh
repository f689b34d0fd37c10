#!/usr/bin/env bash
# Installs what the build and tests need, skipping what is present (a second run takes seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "setup: need root for: $*" >&2; exit 1; fi; }

# 1. Debian packages: Chromium for browser tests, xmllint for the IATI schema check, Java for the
#    Nu HTML Checker (npm vnu-jar), and Debian's
#    Rust with std sources, the wasm linker, and the clippy and rustfmt of that same Rust. The wasm
#    is always built by Debian's Rust, whatever else the machine has (one build path: the same
#    flags and the same bytes on every machine, see scripts/env.sh).
packages=(chromium chromium-driver libxml2-utils python3-venv rustc-web cargo-web rust-web-src lld-22 rust-web-llvm rust-web-clippy rustfmt-web
  default-jre-headless)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

source scripts/env.sh

# 2. trunk and wasm-bindgen-cli at the versions the build pins (wasm-bindgen from Cargo.lock).
#    They are host tools that only wait on cargo and rewrite one file: built without LTO, with
#    many codegen units and little optimisation, they install in minutes instead of most of an hour.
host_tool() {
  native env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true \
    cargo install --jobs "$(nproc)" "$@"
}
wbg_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "0.21.14" ]; then
  say "installing trunk 0.21.14"
  host_tool trunk --version 0.21.14 --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  host_tool wasm-bindgen-cli --version "$wbg_version"
fi

# 3. npm tools: wasm-opt (binaryen), playwright-core, axe-core, lighthouse, the Nu HTML Checker, map data.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  touch node_modules
fi

# 4. Crates for offline builds (trunk passes --offline to cargo).
if [ ! -f target/.fetched ] || [ Cargo.lock -nt target/.fetched ]; then
  say "fetching crates"
  cargo fetch --locked
  (cd benches/minimal-app && cargo fetch --locked)
  # build-std resolves std's own dependencies from the registry: fetch them too.
  if [ -n "${CARGO_UNSTABLE_BUILD_STD:-}" ]; then
    cargo fetch --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  fi
  mkdir -p target && touch target/.fetched
fi
# 5. The reference validator of Frictionless data packages (make test checks data/datapackage.json
#    with it), in a local virtual environment (.venv/, ignored by git), from PyPI.
if [ "$(.venv/bin/frictionless --version 2>/dev/null)" != "5.21.0" ]; then
  say "installing frictionless 5.21.0 into .venv/"
  [ -x .venv/bin/pip ] || /usr/bin/python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "frictionless==5.21.0"
fi
say "ready: $(rustc --version | cut -d' ' -f1-2), trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}')"
