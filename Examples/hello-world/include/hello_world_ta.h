/*
 * swift-tee example: definitions shared by the hello-world Trusted
 * Application and its client.
 */
#ifndef HELLO_WORLD_TA_H
#define HELLO_WORLD_TA_H

/* 8aaaf200-2450-11e4-abe2-0002a5d5c51b */
#define TA_HELLO_WORLD_UUID \
	{ 0x8aaaf200, 0x2450, 0x11e4, \
		{ 0xab, 0xe2, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b } }

/*
 * Commands. Both take one parameter:
 *   param 0: TEEC_VALUE_INOUT; value.a is incremented (INC) or
 *            decremented (DEC) by one.
 * Any other command id gives TEE_ERROR_BAD_PARAMETERS.
 */
#define TA_HELLO_WORLD_CMD_INC_VALUE 0
#define TA_HELLO_WORLD_CMD_DEC_VALUE 1

#endif /* HELLO_WORLD_TA_H */
