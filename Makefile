# Building and installing parley (docs/install.md).
#
#   make install                       for you: ~/.local/bin/parley, its man page, completions
#   make install PREFIX=/usr/local     for everyone (as root)
#   make install SECURE=1              secure mode built in: it cannot be turned off (docs/usage.md)
#   make uninstall [PREFIX=...]        removes exactly the files install puts there
#
# Packagers: `make` then `make install PREFIX=/usr DESTDIR=debian/tmp`;
# STRIP=: keeps the symbols (for a -dbgsym package).

PREFIX ?= $(HOME)/.local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
# Where each shell looks for completions of commands installed under PREFIX
# (bash-completion and fish search XDG data folders, ~/.local/share included;
# zsh's fpath holds /usr/local/share/zsh/site-functions on Debian).
BASH_COMPLETION_DIR ?= $(DATADIR)/bash-completion/completions
ZSH_COMPLETION_DIR ?= $(DATADIR)/zsh/site-functions
FISH_COMPLETION_DIR ?= $(DATADIR)/fish/vendor_completions.d

SWIFT ?= swift
STRIP ?= strip
INSTALL ?= install
SECURE ?=

# The release build with the Swift runtime linked in (it starts faster, and
# runs where no Swift toolchain is: docs/performance.md). A scratch folder of
# its own, so it never fights `swift test`'s debug build; the secure build has
# another, so the benchmark never measures it by mistake.
ifeq ($(SECURE),)
SCRATCH := .build-release
SECURE_FLAGS :=
else
SCRATCH := .build-release-secure
SECURE_FLAGS := -Xswiftc -DPARLEY_FORCE_SECURE
endif
BUILD_FLAGS := -c release --scratch-path $(SCRATCH) --static-swift-stdlib --product parley $(SECURE_FLAGS)
BINARY := $(SCRATCH)/release/parley
COMPLETIONS := $(SCRATCH)/completions
MANPAGE := docs/man/parley.1

# What install puts where, and so what uninstall removes.
INSTALLED := \
	$(BINDIR)/parley \
	$(MANDIR)/man1/parley.1 \
	$(BASH_COMPLETION_DIR)/parley \
	$(ZSH_COMPLETION_DIR)/_parley \
	$(FISH_COMPLETION_DIR)/parley.fish

SOURCES := Package.swift $(shell find Sources -type f)

.PHONY: all install uninstall

all: $(BINARY) $(COMPLETIONS)/parley.bash

# File targets, not phony ones: `sudo make install` after `make` installs what
# was built and builds nothing as root (root may not even have swift on PATH).
$(BINARY): $(SOURCES)
	$(SWIFT) build $(BUILD_FLAGS)
	touch $@

# Made by the binary itself, so they always match its commands and options.
$(COMPLETIONS)/parley.bash: $(BINARY)
	mkdir -p $(COMPLETIONS)
	$(BINARY) --generate-completion-script zsh > $(COMPLETIONS)/_parley
	$(BINARY) --generate-completion-script fish > $(COMPLETIONS)/parley.fish
	$(BINARY) --generate-completion-script bash > $@

install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(BASH_COMPLETION_DIR) $(DESTDIR)$(ZSH_COMPLETION_DIR) $(DESTDIR)$(FISH_COMPLETION_DIR)
	$(INSTALL) -m 0755 $(BINARY) $(DESTDIR)$(BINDIR)/parley
	$(STRIP) $(DESTDIR)$(BINDIR)/parley
	$(INSTALL) -m 0644 $(MANPAGE) $(DESTDIR)$(MANDIR)/man1/parley.1
	$(INSTALL) -m 0644 $(COMPLETIONS)/parley.bash $(DESTDIR)$(BASH_COMPLETION_DIR)/parley
	$(INSTALL) -m 0644 $(COMPLETIONS)/_parley $(DESTDIR)$(ZSH_COMPLETION_DIR)/_parley
	$(INSTALL) -m 0644 $(COMPLETIONS)/parley.fish $(DESTDIR)$(FISH_COMPLETION_DIR)/parley.fish

# Only parley's own files: the folders may hold other programs' files.
uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
