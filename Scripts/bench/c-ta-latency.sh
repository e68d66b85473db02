#!/usr/bin/env bash
# C TA vs Swift TA latency under one teed (release build), with a socket ping-pong floor
# measured in the same run. Not a test: figures go to docs/benchmarks.md.
#   Scripts/bench/c-ta-latency.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
BIN=$(swift build -c release --show-bin-path)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/swift-tee-bench.XXXXXX")
TEED_PID=""
cleanup() {
    [ -n "$TEED_PID" ] && kill -TERM "$TEED_PID" 2>/dev/null && wait "$TEED_PID" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"$BIN/teectl" sdk export --state-dir "$WORK/state" "$WORK/export" >/dev/null
cp -R Examples/c/hello_world "$WORK/hello_world"
make -s -C "$WORK/hello_world/ta" CROSS_COMPILE= TA_DEV_KIT_DIR="$WORK/export/ta_dev_kit" >/dev/null
"$BIN/teectl" ta install --state-dir "$WORK/state" "$WORK/hello_world/ta/6a14f3f0-601f-4c99-ab6d-445e0cde3a0b.ta" >/dev/null
"$BIN/teectl" ta install --state-dir "$WORK/state" "$BIN/libHelloWorldTA.so" >/dev/null
export TEE_SOCKET="$WORK/teed.sock"
"$BIN/teed" --state-dir "$WORK/state" --log-level warning --ta-log-level 0 2>"$WORK/teed.log" &
TEED_PID=$!
for _ in $(seq 1 100); do [ -S "$TEE_SOCKET" ] && break; sleep 0.05; done
gcc -O2 -Wall -o "$WORK/c_ta_latency" Scripts/bench/c_ta_latency.c \
    -I "$WORK/export/client/include" -L "$WORK/export/client/lib" -lteec
"$WORK/c_ta_latency" 6a14f3f0-601f-4c99-ab6d-445e0cde3a0b 8aaaf200-2450-11e4-abe2-0002a5d5c51b "${1:-20000}"
