#!/usr/bin/env bash
# GP trusted storage from a TA against write+fsync+rename of a plain file in the same
# directory, same run (release build). Not a test: figures go to docs/benchmarks.md.
#   Scripts/bench/storage-bench.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
BIN=$(swift build -c release --show-bin-path)
WORK=$(mktemp -d "${STORAGE_BENCH_DIR:-${TMPDIR:-/tmp}}/swift-tee-storage-bench.XXXXXX")
TEED_PID=""
cleanup() {
    [ -n "$TEED_PID" ] && kill -TERM "$TEED_PID" 2>/dev/null && wait "$TEED_PID" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"$BIN/teectl" sdk export --state-dir "$WORK/state" "$WORK/export" >/dev/null
cp -R Scripts/bench/storage_bench "$WORK/storage_bench"
make -s -C "$WORK/storage_bench/ta" CROSS_COMPILE= TA_DEV_KIT_DIR="$WORK/export/ta_dev_kit"
"$BIN/teectl" ta install --state-dir "$WORK/state" "$WORK/storage_bench/ta/7d2e9c41-3b6a-4f58-8e17-0a9c5d3b2f84.ta" >/dev/null
gcc -O2 -Wall -o "$WORK/storage_bench/host/storage_bench" "$WORK/storage_bench/host/main.c" \
    -I "$WORK/storage_bench/ta/include" -I "$WORK/export/client/include" -L "$WORK/export/client/lib" -lteec
export TEE_SOCKET="$WORK/teed.sock"
"$BIN/teed" --state-dir "$WORK/state" --log-level warning --ta-log-level 1 2>"$WORK/teed.log" &
TEED_PID=$!
"$BIN/teectl" status --wait 10 >/dev/null
mkdir -p "$WORK/state/storage"
"$WORK/storage_bench/host/storage_bench" "$WORK/state/storage" "${1:-7}" || { cat "$WORK/teed.log"; exit 1; }
