# Sourced by the build and test scripts: the toolchain environment for wasm builds.
# On a machine whose rustup has the wasm32 target, that is used as it is. Otherwise Debian's rustc-web
# (1.96, with std sources) builds std for wasm: RUSTC_BOOTSTRAP and build-std are set here, in the
# environment only, so a normal rustup machine is unaffected.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TRUNK_SKIP_VERSION_CHECK=true
# Leptos erases each component's view type (AnyView): one shared render path instead of a copy per
# view type. It made the wasm 15 % smaller (343.7 → 292.9 KB brotli); the dynamic dispatch slowed
# re-rendering, which is why component results are keyed (pages/components.rs).
LEPTOS_WASM_FLAGS="--cfg erase_components"
if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
  unset CARGO_UNSTABLE_BUILD_STD
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$LEPTOS_WASM_FLAGS"
else
  # Debian's cargo and rustc first; trunk and wasm-bindgen from ~/.cargo/bin; wasm-opt from npm.
  export PATH="/usr/bin:$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Smaller wasm: no panic machinery, no Debug formatting, no panic locations (nothing user-facing
  # uses `{:?}`).
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$LEPTOS_WASM_FLAGS -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
fi
# Host builds (tests, the pre-renderer) must not build std: run them through `native`.
native() { env -u CARGO_UNSTABLE_BUILD_STD "$@"; }
