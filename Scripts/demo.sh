#!/usr/bin/env bash
# The main job: build swift-tee, start a private teed with the bundled example TAs, run the
# example clients (C against libteec, Swift against TEEClient) end to end, build the C
# examples (OP-TEE layout) with the exported dev kits and run them, and stop everything it
# started. Needs nothing but this checkout, Swift, gcc, make and libssl-dev.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Building swift-tee (debug)"
swift build
BIN=$(swift build --show-bin-path)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/swift-tee-demo.XXXXXX")
STATE="$WORK/state"
export TEE_SOCKET="$WORK/teed.sock"
TEED_PID=""
cleanup() {
    if [ -n "$TEED_PID" ] && kill -0 "$TEED_PID" 2>/dev/null; then
        kill -TERM "$TEED_PID"
        wait "$TEED_PID" || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

say "Installing the bundled TAs into a fresh state directory ($STATE)"
for ta in HelloWorldTA BuffersTA KeystoreTA; do
    "$BIN/teectl" ta install --state-dir "$STATE" "$BIN/lib$ta.so"
done
"$BIN/teectl" ta list --state-dir "$STATE"

say "Starting teed (socket $TEE_SOCKET)"
"$BIN/teed" --state-dir "$STATE" --socket "$TEE_SOCKET" --log-level info 2> "$WORK/teed.log" &
TEED_PID=$!
for _ in $(seq 1 100); do [ -S "$TEE_SOCKET" ] && break; sleep 0.05; done
[ -S "$TEE_SOCKET" ] || { cat "$WORK/teed.log"; echo "teed did not start"; exit 1; }

say "Building the C clients against swift-tee's tee_client_api.h and libteec.so.2"
mkdir -p "$WORK/lib"
cp "$BIN/libteec.so" "$WORK/lib/libteec.so.2"
ln -sf libteec.so.2 "$WORK/lib/libteec.so"
for example in hello-world buffers; do
    gcc -Wall -o "$WORK/$example" "Examples/$example/host/main.c" \
        -I Sources/CTEEClientAPI/include -I "Examples/$example/include" \
        -L "$WORK/lib" -lteec -Wl,-rpath,"$WORK/lib"
done

say "hello-world, C client"
"$WORK/hello-world"
say "hello-world, Swift client"
"$BIN/hello-world-swift"
say "buffers, C client"
"$WORK/buffers"
say "buffers, Swift client"
"$BIN/buffers-swift"
say "keystore (Swift TA using GP cryptography), Swift client"
"$BIN/keystore-swift"

say "Exporting the dev kits (TEEC_EXPORT, TA_DEV_KIT_DIR) and building the C examples with make, as on OP-TEE"
"$BIN/teectl" sdk export --state-dir "$STATE" "$WORK/export"
mkdir -p "$WORK/c"
for example in hello_world random ta_to_ta; do
    cp -R "Examples/c/$example" "$WORK/c/$example"
    make -s -C "$WORK/c/$example" TEEC_EXPORT="$WORK/export/client" TA_DEV_KIT_DIR="$WORK/export/ta_dev_kit"
    for ta in $(find "$WORK/c/$example" -name '*.ta'); do
        "$BIN/teectl" ta install --state-dir "$STATE" "$ta"
    done
done
for example in hello_world random ta_to_ta; do
    say "$example (C TA and C client, OP-TEE layout)"
    "$WORK/c/$example/host/$example"
done

say "teectl status"
"$BIN/teectl" status

say "teectl storage verify (the keystore keeps its keys in trusted storage)"
"$BIN/teectl" storage verify

say "Stopping teed (SIGTERM)"
kill -TERM "$TEED_PID"
wait "$TEED_PID"
TEED_PID=""
say "What the TAs and teed logged"
cat "$WORK/teed.log"
say "Done: every example ran against isolated TA processes under teed"
