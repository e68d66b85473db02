global-incdirs-y += include
srcs-y += crypto_bench_ta.c
