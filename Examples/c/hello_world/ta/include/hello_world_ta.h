/* The hello_world TA's protocol, shared by the TA and its client. */
#ifndef HELLO_WORLD_TA_H
#define HELLO_WORLD_TA_H

/* 6a14f3f0-601f-4c99-ab6d-445e0cde3a0b */
#define TA_HELLO_WORLD_UUID \
	{ 0x6a14f3f0, 0x601f, 0x4c99, \
		{ 0xab, 0x6d, 0x44, 0x5e, 0x0c, 0xde, 0x3a, 0x0b } }

/* value[0].a is incremented / decremented in place */
#define TA_HELLO_WORLD_CMD_INC_VALUE	0
#define TA_HELLO_WORLD_CMD_DEC_VALUE	1

#endif /* HELLO_WORLD_TA_H */
