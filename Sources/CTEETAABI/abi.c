// The TA ABI is header-only; see include/swift_tee_ta.h.
