global-incdirs-y += ../include
srcs-y += caller_ta.c
