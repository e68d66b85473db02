# swift-tee: the configuration the dev kit was exported with.
CFG_SWIFT_TEE := y
CFG_TA_ASLR := y
