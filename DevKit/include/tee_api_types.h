/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: types of the GP TEE Internal Core API 1.3.1, laid out
 * exactly as OP-TEE lays them out (x86-64 sizes are checked by
 * Tests/CTests/internal_api_check.c).
 *
 * Types whose layout changed after GP 1.1 exist twice: the 1.3 form under
 * the GP name and the 1.1 form under a __GP11_ prefix. A TA built with
 * __OPTEE_CORE_API_COMPAT_1_1=1 gets the 1.1 forms under the GP names via
 * <tee_api_compat.h>, which <tee_internal_api.h> includes last.
 */
#ifndef TEE_API_TYPES_H
#define TEE_API_TYPES_H

#include <compiler.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <tee_api_defines.h>

/* ---- Common ----------------------------------------------------------- */

typedef uint32_t TEE_Result;

typedef struct {
	uint32_t timeLow;
	uint16_t timeMid;
	uint16_t timeHiAndVersion;
	uint8_t clockSeqAndNode[8];
} TEE_UUID;

/* Who a client is: a TEE_LOGIN_* value and a UUID (nil when not relevant). */
typedef struct {
	uint32_t login;
	TEE_UUID uuid;
} TEE_Identity;

/*
 * One operation parameter; paramTypes says which member is meaningful.
 * GP 1.3: memref size is a size_t.
 */
typedef union {
	struct {
		void *buffer;
		size_t size;
	} memref;
	struct {
		uint32_t a;
		uint32_t b;
	} value;
} TEE_Param;

/* GP 1.1: memref size is 32 bits. */
typedef union {
	struct {
		void *buffer;
		uint32_t size;
	} memref;
	struct {
		uint32_t a;
		uint32_t b;
	} value;
} __GP11_TEE_Param;

/* ---- Opaque handles ---------------------------------------------------- */

typedef struct __TEE_TASessionHandle *TEE_TASessionHandle;
typedef struct __TEE_PropSetHandle *TEE_PropSetHandle;
typedef struct __TEE_ObjectHandle *TEE_ObjectHandle;
typedef struct __TEE_ObjectEnumHandle *TEE_ObjectEnumHandle;
typedef struct __TEE_OperationHandle *TEE_OperationHandle;

/* ---- Trusted storage ---------------------------------------------------- */

typedef uint32_t TEE_ObjectType;

/* GP 1.3 object information: data size and position are size_t. */
typedef struct {
	uint32_t objectType;
	uint32_t objectSize;
	uint32_t maxObjectSize;
	uint32_t objectUsage;
	size_t dataSize;
	size_t dataPosition;
	uint32_t handleFlags;
} TEE_ObjectInfo;

/*
 * GP 1.1 object information. GP 1.1 named the second and third fields
 * keySize / maxKeySize, 1.1.1 renamed them; both spellings work.
 */
typedef struct {
	uint32_t objectType;
	__extension__ union {
		uint32_t keySize;
		uint32_t objectSize;
	};
	__extension__ union {
		uint32_t maxKeySize;
		uint32_t maxObjectSize;
	};
	uint32_t objectUsage;
	uint32_t dataSize;
	uint32_t dataPosition;
	uint32_t handleFlags;
} __GP11_TEE_ObjectInfo;

/* One of TEE_DATA_SEEK_SET / _CUR / _END. */
typedef uint32_t TEE_Whence;

/* An attribute: a buffer reference, or two 32-bit values (GP 1.3). */
typedef struct {
	uint32_t attributeID;
	union {
		struct {
			void *buffer;
			size_t length;
		} ref;
		struct {
			uint32_t a, b;
		} value;
	} content;
} TEE_Attribute;

/* GP 1.1 attribute: 32-bit buffer length. */
typedef struct {
	uint32_t attributeID;
	union {
		struct {
			void *buffer;
			uint32_t length;
		} ref;
		struct {
			uint32_t a, b;
		} value;
	} content;
} __GP11_TEE_Attribute;

/* ---- Cryptographic operations ----------------------------------------- */

/*
 * One of the TEE_MODE_* values of tee_api_defines.h. A plain 32-bit
 * integer (as in OP-TEE) rather than an enum, so the TEE_MODE_* macros and
 * the type can coexist.
 */
typedef uint32_t TEE_OperationMode;

typedef struct {
	uint32_t algorithm;
	uint32_t operationClass;
	uint32_t mode;
	uint32_t digestLength;
	uint32_t maxKeySize;
	uint32_t keySize;
	uint32_t requiredKeyUsage;
	uint32_t handleState;
} TEE_OperationInfo;

typedef struct {
	uint32_t keySize;
	uint32_t requiredKeyUsage;
} TEE_OperationInfoKey;

/* Followed by numberOfKeys TEE_OperationInfoKey entries. */
typedef struct {
	uint32_t algorithm;
	uint32_t operationClass;
	uint32_t mode;
	uint32_t digestLength;
	uint32_t maxKeySize;
	uint32_t handleState;
	uint32_t operationState;
	uint32_t numberOfKeys;
	TEE_OperationInfoKey keyInformation[];
} TEE_OperationInfoMultiple;

/* ---- Time --------------------------------------------------------------- */

typedef struct {
	uint32_t seconds;
	uint32_t millis;
} TEE_Time;

/* ---- Arithmetic ----------------------------------------------------------- */

/* Big integers are arrays of these words; see TEE_BigIntSizeInU32(). */
typedef uint32_t TEE_BigInt;
typedef uint32_t TEE_BigIntFMM;
/* The context may hold pointers, hence the stronger alignment. */
typedef uint32_t TEE_BigIntFMMContext __aligned(__alignof__(void *));

/* ---- Secure Element API (types only: no SE functions are provided) ----- */

typedef struct __TEE_SEServiceHandle *TEE_SEServiceHandle;
typedef struct __TEE_SEReaderHandle *TEE_SEReaderHandle;
typedef struct __TEE_SESessionHandle *TEE_SESessionHandle;
typedef struct __TEE_SEChannelHandle *TEE_SEChannelHandle;

typedef struct {
	bool sePresent;
	bool teeOnly;
	bool selectResponseEnable;
} TEE_SEReaderProperties;

typedef struct {
	uint8_t *buffer;
	size_t bufferLen;
} TEE_SEAID;

#define TEE_SE_READER_NAME_MAX	20

/* ---- Other -------------------------------------------------------------- */

typedef uint32_t TEE_ErrorOrigin;
typedef void *TEE_Session;

#define TEE_MEM_INPUT		0x00000001
#define TEE_MEM_OUTPUT		0x00000002

#define TEE_MEMREF_0_USED	0x00000001
#define TEE_MEMREF_1_USED	0x00000002
#define TEE_MEMREF_2_USED	0x00000004
#define TEE_MEMREF_3_USED	0x00000008

#endif /* TEE_API_TYPES_H */
