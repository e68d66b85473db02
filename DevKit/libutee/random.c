// SPDX-License-Identifier: BSD-2-Clause
/* TEE_GenerateRandom from the kernel's CSPRNG. */
#include <errno.h>
#include <sys/random.h>
#include <tee_internal_api.h>

void TEE_GenerateRandom(void *randomBuffer, size_t randomBufferLen)
{
	uint8_t *p = randomBuffer;

	if (!p && randomBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	while (randomBufferLen) {
		ssize_t n = getrandom(p, randomBufferLen, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			/* No randomness means no safe way to go on. */
			TEE_Panic(TEE_ERROR_GENERIC);
		}
		p += n;
		randomBufferLen -= (size_t)n;
	}
}

void __GP11_TEE_GenerateRandom(void *randomBuffer, uint32_t randomBufferLen)
{
	TEE_GenerateRandom(randomBuffer, randomBufferLen);
}
