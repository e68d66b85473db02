/*
 * The storage driver TA: one command that applies one operation to the TA's
 * trusted storage (TEE_STORAGE_PRIVATE) and answers. Driven by
 * Tests/IntegrationTests/StorageCrashTests.swift.
 */
#ifndef STORAGE_DRIVER_TA_H
#define STORAGE_DRIVER_TA_H

/* 3c41747b-b6bf-4419-bfc8-9b360118d86c */
#define TA_STORAGE_DRIVER_UUID \
	{ 0x3c41747b, 0xb6bf, 0x4419, \
		{ 0xbf, 0xc8, 0x9b, 0x36, 0x01, 0x18, 0xd8, 0x6c } }

/*
 * CMD_APPLY. The command itself returns TEE_SUCCESS (or BAD_PARAMETERS for a
 * malformed request); the operation's GP result is value[0].a.
 *
 *   params[0] value inout: in a = OP_*, b = offset (WRITE) or size (TRUNCATE);
 *                          out a = the operation's TEE_Result, b = see below
 *   params[1] memref in:   the object id (not used by LIST)
 *   params[2] memref:      CREATE, WRITE: in, the data
 *                          RENAME: in, the new id
 *                          READ: out, the data; b = the data size. A memref
 *                            too small gives TEE_ERROR_SHORT_BUFFER in a.
 *                          LIST: out, each id as (u8 length, bytes); b = the
 *                            number of ids. SHORT_BUFFER as for READ, b = the
 *                            bytes needed.
 */
#define CMD_APPLY	0

#define OP_CREATE	0	/* TEE_CreatePersistentObject, TEE_DATA_FLAG_OVERWRITE */
#define OP_WRITE	1	/* open, seek to b, write, close */
#define OP_TRUNCATE	2	/* open, TEE_TruncateObjectData(b), close */
#define OP_RENAME	3	/* open, TEE_RenamePersistentObject, close */
#define OP_DELETE	4	/* open, TEE_CloseAndDeletePersistentObject1 */
#define OP_READ		5
#define OP_LIST		6	/* TEE_StartPersistentObjectEnumerator / GetNext */

#endif /* STORAGE_DRIVER_TA_H */
