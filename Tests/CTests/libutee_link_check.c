// SPDX-License-Identifier: BSD-2-Clause
/*
 * swift-tee: link check for libutee. Takes the address of every function
 * that <tee_internal_api.h> and <tee_internal_api_extensions.h> declare
 * (GP 1.3 names and their __GP11_ forms), so linking this program against
 * libutee proves that libutee defines each of them:
 *
 *   gcc -std=gnu11 -Wall -Wextra -Werror -I DevKit/include \
 *       Tests/CTests/libutee_link_check.c <libutee.a> -o libutee_link_check
 *
 * It also compiles with -D__OPTEE_CORE_API_COMPAT_1_1=1; there the GP
 * names of the functions with a __GP11_ form are macros for that form, so
 * the table names each of those once (the 1.3 symbols are then not
 * referenced: the full check is the default-mode link). Running the
 * program prints how many functions the table holds.
 */
#include <stdio.h>

#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>
#include <user_ta_header.h>

#define F(fn)		((const void *)&fn)
#if __OPTEE_CORE_API_COMPAT_1_1
#define BOTH(fn)	F(fn)
#else
/* @fn and __GP11_@fn. */
#define BOTH(fn)	F(fn), F(__GP11_##fn)
#endif

/*
 * What a TA's generated user_ta_header.c defines and libutee's property
 * code reads; weak, so that linking a real user_ta_header.c wins.
 */
__weak const struct ta_head ta_head;
__weak const struct user_ta_property ta_props[1];
__weak const size_t ta_num_props;
__weak int trace_level;
__weak const char trace_ext_prefix[] = "TA";

/* __used: emitted, with its references, even if the optimizer drops it. */
static const void *const all[] __used = {
	/* Properties */
	BOTH(TEE_GetPropertyAsString), F(TEE_GetPropertyAsBool),
	F(TEE_GetPropertyAsU32), F(TEE_GetPropertyAsU64),
	BOTH(TEE_GetPropertyAsBinaryBlock), F(TEE_GetPropertyAsUUID),
	F(TEE_GetPropertyAsIdentity), F(TEE_AllocatePropertyEnumerator),
	F(TEE_FreePropertyEnumerator), F(TEE_StartPropertyEnumerator),
	F(TEE_ResetPropertyEnumerator), BOTH(TEE_GetPropertyName),
	F(TEE_GetNextProperty),
	/* Panics and cancellation */
	F(TEE_Panic), F(TEE_GetCancellationFlag), F(TEE_UnmaskCancellation),
	F(TEE_MaskCancellation),
	/* Sessions with other TAs */
	BOTH(TEE_OpenTASession), F(TEE_CloseTASession),
	BOTH(TEE_InvokeTACommand),
	/* Memory */
	BOTH(TEE_CheckMemoryAccessRights), F(TEE_SetInstanceData),
	F(TEE_GetInstanceData), BOTH(TEE_Malloc), BOTH(TEE_Realloc),
	F(TEE_Free), BOTH(TEE_MemMove), BOTH(TEE_MemCompare), BOTH(TEE_MemFill),
	/* Objects: generic */
	BOTH(TEE_GetObjectInfo), BOTH(TEE_GetObjectInfo1),
	F(TEE_RestrictObjectUsage), F(TEE_RestrictObjectUsage1),
	BOTH(TEE_GetObjectBufferAttribute), F(TEE_GetObjectValueAttribute),
	F(TEE_CloseObject),
	/* Objects: transient */
	BOTH(TEE_AllocateTransientObject), F(TEE_FreeTransientObject),
	F(TEE_ResetTransientObject), BOTH(TEE_PopulateTransientObject),
	BOTH(TEE_InitRefAttribute), BOTH(TEE_InitValueAttribute),
	F(TEE_CopyObjectAttributes), F(TEE_CopyObjectAttributes1),
	BOTH(TEE_GenerateKey),
	/* Objects: persistent */
	BOTH(TEE_OpenPersistentObject), BOTH(TEE_CreatePersistentObject),
	F(TEE_CloseAndDeletePersistentObject),
	F(TEE_CloseAndDeletePersistentObject1),
	BOTH(TEE_RenamePersistentObject),
	F(TEE_AllocatePersistentObjectEnumerator),
	F(TEE_FreePersistentObjectEnumerator),
	F(TEE_ResetPersistentObjectEnumerator),
	F(TEE_StartPersistentObjectEnumerator),
	BOTH(TEE_GetNextPersistentObject), BOTH(TEE_ReadObjectData),
	BOTH(TEE_WriteObjectData), BOTH(TEE_TruncateObjectData),
	BOTH(TEE_SeekObjectData),
	/* Cryptographic operations: generic */
	F(TEE_AllocateOperation), BOTH(TEE_FreeOperation),
	F(TEE_GetOperationInfo), BOTH(TEE_GetOperationInfoMultiple),
	F(TEE_ResetOperation), BOTH(TEE_SetOperationKey),
	BOTH(TEE_SetOperationKey2), F(TEE_CopyOperation),
	F(TEE_IsAlgorithmSupported),
	/* Message digests */
	BOTH(TEE_DigestUpdate), BOTH(TEE_DigestDoFinal), F(TEE_DigestExtract),
	/* Symmetric ciphers */
	BOTH(TEE_CipherInit), BOTH(TEE_CipherUpdate), BOTH(TEE_CipherDoFinal),
	/* MACs */
	BOTH(TEE_MACInit), BOTH(TEE_MACUpdate), BOTH(TEE_MACComputeFinal),
	BOTH(TEE_MACCompareFinal),
	/* Authenticated encryption */
	BOTH(TEE_AEInit), BOTH(TEE_AEUpdateAAD), BOTH(TEE_AEUpdate),
	BOTH(TEE_AEEncryptFinal), BOTH(TEE_AEDecryptFinal),
	/* Asymmetric operations */
	BOTH(TEE_AsymmetricEncrypt), BOTH(TEE_AsymmetricDecrypt),
	BOTH(TEE_AsymmetricSignDigest), BOTH(TEE_AsymmetricVerifyDigest),
	/* Key derivation and random numbers */
	BOTH(TEE_DeriveKey), BOTH(TEE_GenerateRandom),
	/* Time */
	F(TEE_GetSystemTime), F(TEE_Wait), F(TEE_GetTAPersistentTime),
	F(TEE_SetTAPersistentTime), F(TEE_GetREETime),
	/* Arithmetic */
	BOTH(TEE_BigIntFMMSizeInU32), BOTH(TEE_BigIntFMMContextSizeInU32),
	BOTH(TEE_BigIntInit), BOTH(TEE_BigIntInitFMMContext),
	F(TEE_BigIntInitFMMContext1), BOTH(TEE_BigIntInitFMM),
	BOTH(TEE_BigIntConvertFromOctetString),
	BOTH(TEE_BigIntConvertToOctetString), F(TEE_BigIntConvertFromS32),
	F(TEE_BigIntConvertToS32), F(TEE_BigIntCmp), F(TEE_BigIntCmpS32),
	BOTH(TEE_BigIntShiftRight), F(TEE_BigIntGetBit),
	F(TEE_BigIntGetBitCount), F(TEE_BigIntSetBit), F(TEE_BigIntAssign),
	F(TEE_BigIntAbs), F(TEE_BigIntAdd), F(TEE_BigIntSub), F(TEE_BigIntNeg),
	F(TEE_BigIntMul), F(TEE_BigIntSquare), F(TEE_BigIntDiv),
	F(TEE_BigIntMod), F(TEE_BigIntAddMod), F(TEE_BigIntSubMod),
	F(TEE_BigIntMulMod), F(TEE_BigIntSquareMod), F(TEE_BigIntInvMod),
	F(TEE_BigIntExpMod), F(TEE_BigIntRelativePrime),
	F(TEE_BigIntComputeExtendedGcd), F(TEE_BigIntIsProbablePrime),
	F(TEE_BigIntConvertToFMM), F(TEE_BigIntConvertFromFMM),
	F(TEE_BigIntFMMConvertToBigInt), F(TEE_BigIntComputeFMM),
	/* <tee_internal_api_extensions.h> */
	F(tee_user_mem_mark_heap), F(tee_user_mem_check_heap),
	F(TEE_CacheClean), F(TEE_CacheFlush), F(TEE_CacheInvalidate),
	F(tee_map_zi), F(tee_map_zi_va), F(tee_unmap), F(tee_uuid_from_str),
	F(tee_invoke_supp_plugin),
};

int main(void)
{
	printf("libutee_link_check: %zu functions\n",
	       sizeof(all) / sizeof(all[0]));
	return 0;
}
