/* The random TA's protocol, shared by the TA and its client. */
#ifndef RANDOM_TA_H
#define RANDOM_TA_H

/* d5f3aec0-ad65-490f-8662-7dde6ad631e9 */
#define TA_RANDOM_UUID \
	{ 0xd5f3aec0, 0xad65, 0x490f, \
		{ 0x86, 0x62, 0x7d, 0xde, 0x6a, 0xd6, 0x31, 0xe9 } }

/* memref[0] (output) is filled with random bytes */
#define TA_RANDOM_CMD_GENERATE		0

#endif /* RANDOM_TA_H */
