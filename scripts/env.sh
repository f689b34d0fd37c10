# Sourced by the build and test scripts: the toolchain environment for wasm builds, and the one place
# the wasm's build flags are written.
# One build path: every machine builds the wasm with Debian's rustc-web (1.96, with std sources),
# which builds std for wasm itself (RUSTC_BOOTSTRAP and build-std, set here in the environment only),
# so the same commit gives the same wasm bytes whatever rustup toolchain the machine also has. A
# rustup toolchain's prebuilt wasm std would need a different rustc and cannot take these flags.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TRUNK_SKIP_VERSION_CHECK=true
# Debian's cargo and rustc first; trunk and wasm-bindgen from ~/.cargo/bin; wasm-opt from npm.
export PATH="/usr/bin:$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# std's smaller algorithms (sorting, formatting): 1.75 KB less brotli wasm, measured.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Leptos erases each component's view type (AnyView): one shared render path instead of a copy per
# view type. It made the wasm 15 % smaller (343.7 → 292.9 KB brotli); the dynamic dispatch slowed
# re-rendering, which is why component results are keyed (pages/components.rs).
# Smaller wasm: no panic machinery, no Debug formatting, no panic locations (nothing user-facing
# uses `{:?}`).
# The pre-renderer is built with the same erasure (scripts/build.sh): erased children carry the
# markers hydration walks, so the wasm and the pre-rendered markup must be built alike.
export ERASE_COMPONENTS="--cfg erase_components"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$ERASE_COMPONENTS -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
# Host builds (tests, the pre-renderer) must not build std: run them through `native`.
native() { env -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES "$@"; }
