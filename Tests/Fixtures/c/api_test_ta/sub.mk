global-incdirs-y += include
srcs-y += api_test_ta.c
srcs-y += asymmetric_checks.c
srcs-y += storage_checks.c
cflags-api_test_ta.c-y += -Wno-div-by-zero -Wno-infinite-recursion
