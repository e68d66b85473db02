/*
 * swift-tee: CTEEClientAPI exposes the GlobalPlatform TEE Client API
 * headers (tee_client_api.h, tee_client_api_extensions.h) to Swift.
 *
 * SwiftPM needs at least one source file in a C target; this is it. The
 * functions declared in the headers are implemented in Swift.
 */
#include "tee_client_api.h"
#include "tee_client_api_extensions.h"
