# swift-tee TA dev kit: builds an OP-TEE-style TA directory into a signed
# <uuid>.ta for x86-64 Linux. A TA's Makefile sets BINARY=<uuid> (or
# LIBNAME=<name> for a static library) and includes this file; sources and
# include directories come from sub.mk files (srcs-y, global-incdirs-y,
# incdirs-y, cflags-y, cflags-<file>-y, cppflags-y, cppflags-<file>-y,
# cflags-remove-y, cflags-remove-<file>-y, subdirs-y).
#
#   make CROSS_COMPILE= TA_DEV_KIT_DIR=<export>/ta_dev_kit [O=out] [V=1]
#
# Outputs (in O, default the TA directory): <uuid>.elf, <uuid>.stripped.elf,
# <uuid>.map, <uuid>.dmp and <uuid>.ta, signed with TA_SIGN_KEY.

ifeq ($(TA_DEV_KIT_DIR),)
$(error TA_DEV_KIT_DIR is not set: pass TA_DEV_KIT_DIR=<export>/ta_dev_kit)
endif

.DEFAULT_GOAL := all
.SUFFIXES:
.SECONDARY:

# Values teectl recorded at export time (TEECTL, the default signing key).
-include $(TA_DEV_KIT_DIR)/mk/conf.mk

O ?= .
CROSS_COMPILE ?=
CC := $(CROSS_COMPILE)gcc
AR := $(CROSS_COMPILE)ar
OBJCOPY := $(CROSS_COMPILE)objcopy
OBJDUMP := $(CROSS_COMPILE)objdump

CFG_TEE_TA_LOG_LEVEL ?= 2
CFG_TA_VERSION ?= 0
TA_SIGN_KEY ?= $(TA_DEV_KIT_DIR)/keys/default_ta.pem
TA_SIGN_ALGORITHM ?= pss

ifeq ($(V),1)
q :=
echo := @:
quiet-sign :=
else
q := @
# make -s: no progress lines either.
echo := $(if $(findstring s,$(firstword -$(MAKEFLAGS))),@:,@echo)
quiet-sign := > /dev/null
endif

# ---- sub.mk files --------------------------------------------------------
ta-srcs :=
ta-global-incdirs :=

# $(1): the source's path from the TA directory, $(2): its name in sub.mk
define ta-add-src
ta-srcs += $(1)
ta-flags-$(1) := $(filter-out $(cflags-remove-y) $(cflags-remove-$(2)-y), \
	$(addprefix -I,$(ta-local-incdirs)) $(cppflags-y) $(cppflags-$(2)-y) \
	$(cflags-y) $(cflags-$(2)-y))
endef

# $(1): a directory holding a sub.mk ("." for the TA directory itself)
define ta-process-subdir
srcs-y :=
global-incdirs-y :=
incdirs-y :=
cflags-y :=
cppflags-y :=
cflags-remove-y :=
subdirs-y :=
$$(foreach v,$$(filter cflags-%-y cppflags-%-y cflags-remove-%-y,$$(.VARIABLES)),$$(eval $$(v) :=))
include $(1)/sub.mk
ta-prefix-$(1) := $$(if $$(filter .,$(1)),,$(1)/)
ta-local-incdirs := $$(addprefix $$(ta-prefix-$(1)),$$(incdirs-y) $$(global-incdirs-y))
ta-global-incdirs += $$(addprefix $$(ta-prefix-$(1)),$$(global-incdirs-y))
$$(foreach f,$$(srcs-y),$$(eval $$(call ta-add-src,$$(ta-prefix-$(1))$$(f),$$(f))))
ta-subdirs-$(1) := $$(addprefix $$(ta-prefix-$(1)),$$(subdirs-y))
$$(foreach d,$$(ta-subdirs-$(1)),$$(eval $$(call ta-process-subdir,$$(d))))
endef

$(eval $(call ta-process-subdir,.))

# ---- Flags ---------------------------------------------------------------
# Every CFG_* make variable reaches the compiler: y -> 1, n or empty -> unset.
ta-cfg-vars := $(sort $(filter CFG_%,$(.VARIABLES)))
ta-cfg-flags := $(foreach v,$(ta-cfg-vars),$(if $(filter y,$($(v))),-D$(v)=1,\
	$(if $(filter n,$($(v))),,$(if $(strip $($(v))),-D$(v)=$($(v))))))
ifeq ($(CFG_TA_OPTEE_CORE_API_COMPAT_1_1),y)
ta-cfg-flags += -D__OPTEE_CORE_API_COMPAT_1_1=1
endif

ta-cflags := -std=gnu11 -fPIC -fvisibility=hidden -Os -g -Wall \
	-fno-common -fstack-protector-strong -ffunction-sections -fdata-sections \
	-DTRACE_LEVEL=$(CFG_TEE_TA_LOG_LEVEL) $(ta-cfg-flags) \
	-I. $(addprefix -I,$(ta-global-incdirs)) -I$(TA_DEV_KIT_DIR)/include \
	$(CFLAGS_EXTRA)

# Objects land next to their sources by default, as with OP-TEE's kit.
ta-out := $(if $(filter .,$(O)),,$(O)/)
ta-objs := $(patsubst %.c,$(ta-out)%.o,$(patsubst %.S,$(ta-out)%.o,$(ta-srcs)))
ta-header-obj := $(ta-out)user_ta_header.o

# Everything that decides what comes out, kept in a file rewritten only when it changes:
# objects and the signed image depend on it, so changing CFG_* variables, sub.mk flags,
# the API mode, the version or the signing key rebuilds what they affect.
ta-build-flags := $(ta-out).ta-build-flags
ta-build-now := $(ta-cflags) $(foreach f,$(ta-srcs),$(f):$(ta-flags-$(f))) | $(LDADD) $(LDFLAGS) \
	| $(CFG_TA_VERSION) $(TA_SIGN_KEY) $(TA_SIGN_ALGORITHM) $(BINARY) $(LIBNAME)
ifneq ($(ta-out),)
$(shell mkdir -p $(ta-out))
endif
ifneq ($(file <$(ta-build-flags)),$(strip $(ta-build-now)))
$(file >$(ta-build-flags),$(strip $(ta-build-now)))
endif

$(ta-out)%.o: %.c $(ta-build-flags)
	$(echo) '  CC      $<'
	@mkdir -p $(dir $@)
	$(q)$(CC) $(ta-cflags) $(ta-flags-$<) -MMD -MP -c $< -o $@

$(ta-out)%.o: %.S $(ta-build-flags)
	$(echo) '  AS      $<'
	@mkdir -p $(dir $@)
	$(q)$(CC) $(ta-cflags) $(ta-flags-$<) -MMD -MP -c $< -o $@

# What the dev kit compiles into every TA: ta_head, ta_props and the hand-over to libutee.
$(ta-header-obj): $(TA_DEV_KIT_DIR)/src/user_ta_header.c $(ta-build-flags)
	$(echo) '  CC      user_ta_header.c'
	@mkdir -p $(dir $@)
	$(q)$(CC) $(ta-cflags) -I$(TA_DEV_KIT_DIR)/src -MMD -MP -c $< -o $@

-include $(ta-objs:.o=.d) $(ta-header-obj:.o=.d)

# ---- A static library (LIBNAME=name) --------------------------------------
ifneq ($(LIBNAME),)
all: $(ta-out)lib$(LIBNAME).a
$(ta-out)lib$(LIBNAME).a: $(ta-objs)
	$(echo) '  AR      $@'
	$(q)rm -f $@ && $(AR) rcs $@ $(ta-objs)
clean:
	$(echo) '  CLEAN   $(or $(ta-out),.)'
	$(q)rm -f $(ta-objs) $(ta-objs:.o=.d) $(ta-out)lib$(LIBNAME).a $(ta-build-flags)
endif

# ---- A TA (BINARY=uuid) ---------------------------------------------------
ifneq ($(BINARY),)
ta-elf := $(ta-out)$(BINARY).elf

all: $(ta-out)$(BINARY).ta $(ta-out)$(BINARY).dmp

$(ta-elf): $(ta-objs) $(ta-header-obj) $(TA_DEV_KIT_DIR)/lib/libutee.a
	$(echo) '  LD      $@'
	$(q)$(CC) -shared -o $@ $(ta-objs) $(ta-header-obj) $(LDADD) \
		-L$(TA_DEV_KIT_DIR)/lib -lutee $(LDFLAGS) \
		-Wl,-z,defs -Wl,-z,noexecstack -Wl,-z,relro -Wl,-z,now -Wl,--gc-sections \
		-Wl,--version-script=$(TA_DEV_KIT_DIR)/src/ta.ver -Wl,-Map=$(ta-out)$(BINARY).map

$(ta-out)$(BINARY).stripped.elf: $(ta-elf)
	$(echo) '  OBJCOPY $@'
	$(q)$(OBJCOPY) --strip-unneeded $< $@

$(ta-out)$(BINARY).dmp: $(ta-elf)
	$(echo) '  OBJDUMP $@'
	$(q)$(OBJDUMP) -l -x -d $< > $@

$(ta-out)$(BINARY).ta: $(ta-out)$(BINARY).stripped.elf $(TA_SIGN_KEY) $(ta-build-flags)
	$(echo) '  SIGN    $@'
	$(q)$(TEECTL) ta sign --key $(TA_SIGN_KEY) --algorithm $(TA_SIGN_ALGORITHM) \
		--uuid $(BINARY) --ta-version $(CFG_TA_VERSION) $< -o $@ $(quiet-sign)

clean:
	$(echo) '  CLEAN   $(or $(ta-out),.)'
	$(q)rm -f $(ta-objs) $(ta-objs:.o=.d) $(ta-header-obj) $(ta-header-obj:.o=.d) \
		$(ta-elf) $(ta-out)$(BINARY).stripped.elf $(ta-out)$(BINARY).map \
		$(ta-out)$(BINARY).dmp $(ta-out)$(BINARY).ta $(ta-build-flags)
endif

.PHONY: all clean
