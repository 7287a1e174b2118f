#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing (Debian packages for the
# browser, PostgreSQL and CJK font; node modules), then type-checks, lints and runs every test.
# `--unit` skips the Debian packages and the browser/PostgreSQL suites.
set -euo pipefail
cd "$(dirname "$0")/.."

unit_only=false
[[ "${1:-}" == "--unit" ]] && unit_only=true

if ! $unit_only; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qiE 'wqy|noto sans cjk|noto serif cjk'; } || missing+=(fonts-wqy-microhei fontconfig)
  if ((${#missing[@]})); then
    echo "installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [[ "$(id -u)" != 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

# The CLI tests run bin/hujifen.mjs, which runs the compiled CLI when it is up to date: test what ships.
node scripts/build-node.mjs
npx tsc --noEmit -p tsconfig.json
npx biome check .

shopt -s globstar nullglob
files=(test/**/*.test.ts)
if $unit_only; then
  files=()
  for f in test/**/*.test.ts; do [[ "$f" == test/web/* || "$f" == *postgres* ]] || files+=("$f"); done
fi
# test/watchdog.ts ends a file whose process outlives its tests (a leaked handle); the timeout (per test and per
# file) is the last resort, so that nothing can hang CI.
node --test --import tsx --import ./test/watchdog.ts --import ./test/fixed-seed.ts --test-concurrency=2 --test-timeout=600000 "${files[@]}"
