#!/usr/bin/env bash
# GP cryptography inside a TA against libcrypto in a plain process, same run (release
# build). Not a test: figures go to docs/benchmarks.md.
#   Scripts/bench/crypto-bench.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
BIN=$(swift build -c release --show-bin-path)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/swift-tee-crypto-bench.XXXXXX")
TEED_PID=""
cleanup() {
    [ -n "$TEED_PID" ] && kill -TERM "$TEED_PID" 2>/dev/null && wait "$TEED_PID" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"$BIN/teectl" sdk export --state-dir "$WORK/state" "$WORK/export" >/dev/null
cp -R Scripts/bench/crypto_bench "$WORK/crypto_bench"
make -s -C "$WORK/crypto_bench/ta" CROSS_COMPILE= TA_DEV_KIT_DIR="$WORK/export/ta_dev_kit"
"$BIN/teectl" ta install --state-dir "$WORK/state" "$WORK/crypto_bench/ta/5b7c3e21-8f4a-4d6b-b0c9-2e1f7a9d3c55.ta" >/dev/null
gcc -O2 -Wall -o "$WORK/crypto_bench/host/crypto_bench" "$WORK/crypto_bench/host/main.c" \
    -I "$WORK/crypto_bench/ta/include" -I "$WORK/export/client/include" \
    -L "$WORK/export/client/lib" -lteec -lcrypto
export TEE_SOCKET="$WORK/teed.sock"
"$BIN/teed" --state-dir "$WORK/state" --log-level warning --ta-log-level 1 2>"$WORK/teed.log" &
TEED_PID=$!
"$BIN/teectl" status --wait 10 >/dev/null
"$WORK/crypto_bench/host/crypto_bench" "${1:-11}" || { cat "$WORK/teed.log"; exit 1; }
