#!/usr/bin/env bash
# Installs a Debian package when its command is missing: `ensure-debian.sh <command> <package>`. The test run needs
# Chromium (browser tests and Lighthouse; no browser downloads here) and Java (the Nu Html Checker, vnu-jar).
set -euo pipefail
command_name="$1"
package="$2"
if command -v "$command_name" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "$command_name is missing: install it with 'sudo apt-get install -y $package'" >&2
  exit 1
fi
echo "Installing Debian $package..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "$package" >/dev/null
command -v "$command_name"
