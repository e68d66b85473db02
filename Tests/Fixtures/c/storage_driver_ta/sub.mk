global-incdirs-y += include
srcs-y += storage_driver_ta.c
