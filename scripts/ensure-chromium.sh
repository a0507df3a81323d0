#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (browser tests and Lighthouse drive it; no browser downloads here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing: install it with 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
echo "Installing Debian chromium..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
command -v chromium
