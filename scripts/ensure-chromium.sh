#!/bin/sh
# The browser tests drive Debian's Chromium at /usr/bin/chromium (playwright-core ships no browser).
# Installs it when it is missing, then prints its version; running it again changes nothing.
set -eu

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends chromium
fi

# Debian's launcher script trips over its own memory check on some machines and says so on stderr;
# the version line on stdout is what matters here.
"$CHROMIUM" --version 2>/dev/null
