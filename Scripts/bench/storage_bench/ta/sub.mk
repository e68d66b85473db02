global-incdirs-y += include
srcs-y += storage_bench_ta.c
