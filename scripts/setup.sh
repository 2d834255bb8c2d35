#!/usr/bin/env bash
# Idempotent toolchain setup for proselens (Debian bookworm, root, package registries only).
# Every step is skipped when its result is already present; tool versions are pinned:
#   wasm32 target | wasm-bindgen-cli (== wasm-bindgen in Cargo.lock) | wasm-pack 0.15.1 |
#   chromium + chromium-driver (apt) | npm ci (binaryen's wasm-opt, playwright-core) |
#   pip: cmudict + wordfreq (dev-time data for the syllable accuracy test)
# Never install Debian's binaryen: its wasm-opt 108 silently breaks wasm-bindgen output.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION="0.15.1"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
: "${WASM_BINDGEN_VERSION:?could not read the wasm-bindgen version from Cargo.lock}"
BIN="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
export PATH="$BIN:$PATH"

t0=$SECONDS
step() { printf '== %s (t=%ss)\n' "$*" "$((SECONDS - t0))"; }
have_version() { [ -x "$BIN/$1" ] && [ "$("$BIN/$1" --version 2>/dev/null | awk '{print $2}')" = "$2" ]; }

step "rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then echo "present"
else rustup target add wasm32-unknown-unknown; fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then echo "present"
else
  # --locked first; the registry may lack a locked dependency of the CLI (webpki-roots for
  # 0.2.130), in which case the same CLI version is resolved afresh.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

step "wasm-pack $WASM_PACK_VERSION"
if have_version wasm-pack "$WASM_PACK_VERSION"; then echo "present"
else cargo install wasm-pack --version "=$WASM_PACK_VERSION" --locked; fi

step "chromium + chromium-driver (Debian)"
if dpkg-query -W -f='${Status}\n' chromium chromium-driver 2>/dev/null | grep -c "install ok installed" | grep -qx 2; then
  echo "present"
else
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

step "npm ci (binaryen -> node_modules/.bin/wasm-opt, playwright-core)"
stamp=node_modules/.setup-stamp
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then echo "present"
else npm ci --no-audit --no-fund && echo "$want" > "$stamp"; fi

step "python dev data (cmudict, wordfreq: syllable tests only)"
pystamp=node_modules/.pip-stamp
pywant="$(sha256sum scripts/requirements-dev.txt | cut -d' ' -f1)"
if [ -f "$pystamp" ] && [ "$(cat "$pystamp")" = "$pywant" ] && python3 -c "import cmudict, wordfreq" 2>/dev/null; then
  echo "present"
else
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r scripts/requirements-dev.txt \
    && echo "$pywant" > "$pystamp"
fi

if command -v wasm-opt >/dev/null && [ "$(command -v wasm-opt)" != "$PWD/node_modules/.bin/wasm-opt" ]; then
  echo "note: $(command -v wasm-opt) is on PATH; the Makefile puts node_modules/.bin first so it is not used"
fi
echo "setup done in $((SECONDS - t0))s"
