#!/usr/bin/env bash
# Installs Debian's headless Java when it is missing: the Nu Html Checker (vnu-jar, `npm run test:html`) runs on it.
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "java is missing: install it with 'sudo apt-get install -y default-jre-headless'" >&2
  exit 1
fi
echo "Installing Debian default-jre-headless..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq default-jre-headless >/dev/null
command -v java
