/*
 * The ta_to_ta example's protocols, shared by the client and both TAs: the
 * client talks to the caller TA, which talks to the callee TA.
 */
#ifndef TA_TO_TA_H
#define TA_TO_TA_H

/* 86264d03-33d4-4b02-8053-21aefe3aa0ad */
#define TA_CALLER_UUID \
	{ 0x86264d03, 0x33d4, 0x4b02, \
		{ 0x80, 0x53, 0x21, 0xae, 0xfe, 0x3a, 0xa0, 0xad } }

/* 48b017e5-b9e2-481e-9aa1-5b0d076b470f */
#define TA_CALLEE_UUID \
	{ 0x48b017e5, 0xb9e2, 0x481e, \
		{ 0x9a, 0xa1, 0x5b, 0x0d, 0x07, 0x6b, 0x47, 0x0f } }

/*
 * The caller TA's commands (invoked by the client).
 *
 * CALLER_CMD_RUN: value[0] (inout): a is squared through the callee; on the
 * way the caller also has the callee reverse a buffer and checks who the
 * callee thinks its client is.
 *
 * CALLER_CMD_CALL_PANIC: value[0] (output): a = the result, b = the origin
 * of a call that makes the callee panic; value[1] (output): a = the result,
 * b = the origin of a later call on the same session.
 */
#define CALLER_CMD_RUN			0
#define CALLER_CMD_CALL_PANIC		1

/*
 * The callee TA's commands (invoked by the caller TA).
 *
 * CALLEE_CMD_WHOAMI: value[0] (output): a = the client's login;
 * memref[1] (output): the client's UUID, as a 16-byte TEE_UUID.
 * CALLEE_CMD_SQUARE: value[0] (inout): a = a * a.
 * CALLEE_CMD_REVERSE: memref[0] (inout): its bytes reversed in place.
 * CALLEE_CMD_PANIC: the callee panics (TEE_Panic(0xDEAD)).
 */
#define CALLEE_CMD_WHOAMI		0
#define CALLEE_CMD_SQUARE		1
#define CALLEE_CMD_REVERSE		2
#define CALLEE_CMD_PANIC		3

#endif /* TA_TO_TA_H */
