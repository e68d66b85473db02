/*
 * swift-tee example: definitions shared by the "buffers" Trusted
 * Application and its clients.
 *
 * The buffers TA exercises the ways a client can pass memory and values to
 * a TA, and a few behaviours of the TEE itself (cancellation, crashes,
 * isolation, client identity). It is multi-instance: every session gets
 * its own instance.
 */
#ifndef BUFFERS_TA_H
#define BUFFERS_TA_H

/* 2ef8eb90-feb3-4f4e-8347-d638a983d7df */
#define TA_BUFFERS_UUID \
	{ 0x2ef8eb90, 0xfeb3, 0x4f4e, \
		{ 0x83, 0x47, 0xd6, 0x38, 0xa9, 0x83, 0xd7, 0xdf } }

/*
 * BUFFERS_CMD_NOP: does nothing. Any parameters are accepted, ignored and
 * left untouched.
 */
#define BUFFERS_CMD_NOP 0

/*
 * BUFFERS_CMD_CHECKSUM
 *   param 0: memref input   the bytes to hash
 *   param 1: value output   a = FNV-1a 32-bit hash of the bytes,
 *                           b = number of bytes hashed
 */
#define BUFFERS_CMD_CHECKSUM 1

/* FNV-1a (32-bit) parameters used by BUFFERS_CMD_CHECKSUM. */
#define BUFFERS_FNV1A_OFFSET_BASIS 0x811c9dc5u
#define BUFFERS_FNV1A_PRIME        0x01000193u

/*
 * BUFFERS_CMD_FILL
 *   param 0: memref output  receives the bytes
 *   param 1: value input    a = byte value, b = count
 * If count is larger than param 0's size, the TA sets param 0's size to
 * count and returns TEE_ERROR_SHORT_BUFFER. Otherwise it writes count
 * copies of the byte and sets param 0's size to count.
 */
#define BUFFERS_CMD_FILL 2

/*
 * BUFFERS_CMD_REVERSE
 *   param 0: memref inout   the bytes are reversed in place
 */
#define BUFFERS_CMD_REVERSE 3

/*
 * BUFFERS_CMD_WAIT
 *   param 0: value input    a = milliseconds to wait
 * Returns TEE_ERROR_CANCEL (TEEC_ERROR_CANCEL) if the operation is
 * cancelled before the time is up.
 */
#define BUFFERS_CMD_WAIT 4

/*
 * BUFFERS_CMD_CRASH
 *   param 0: value input    a = one of the BUFFERS_CRASH_* kinds below
 * The command never returns normally; the instance dies (or hangs).
 */
#define BUFFERS_CMD_CRASH 5

#define BUFFERS_CRASH_PANIC    0 /* TEE_Panic() */
#define BUFFERS_CRASH_ABORT    1 /* abort() */
#define BUFFERS_CRASH_SEGFAULT 2 /* invalid memory access */
#define BUFFERS_CRASH_TRAP     3 /* a Swift runtime trap */
#define BUFFERS_CRASH_HANG     4 /* loops forever */

/*
 * BUFFERS_CMD_TRY_NETWORK
 *   param 0: value output   a = errno of socket(AF_INET, SOCK_STREAM, 0)
 *                               inside the TA (0 if it succeeded),
 *                           b = errno of socket(AF_NETLINK, SOCK_RAW, 0)
 */
#define BUFFERS_CMD_TRY_NETWORK 6

/*
 * BUFFERS_CMD_WHOAMI
 *   param 0: value output   a = the client's login method as the TA sees
 *                               it, b = process id of the TA host
 *   param 1: memref output  16 bytes: the client identity UUID as 16
 *                           big-endian octets
 */
#define BUFFERS_CMD_WHOAMI 7

/*
 * BUFFERS_CMD_SECRET
 *   param 0: value output   a = low 32 bits, b = high 32 bits of the
 *                           address of a 32-byte secret in the TA host
 *   param 1: memref output  32 bytes: receives the secret
 */
#define BUFFERS_CMD_SECRET 8

#define BUFFERS_SECRET_SIZE 32

/*
 * BUFFERS_CMD_INSTANCE
 *   param 0: value output   a = process id of the TA host,
 *                           b = number of sessions open on this instance
 */
#define BUFFERS_CMD_INSTANCE 9

#endif /* BUFFERS_TA_H */
