/* swift-tee: the configuration the dev kit was exported with. */
#ifndef CONF_H
#define CONF_H

#define CFG_SWIFT_TEE 1
#define CFG_TEE_TA_LOG_LEVEL 2
/* TAs are x86-64 shared objects run in sandboxed Linux processes. */
#define CFG_TA_ASLR 1

#endif /* CONF_H */
