#!/usr/bin/env bash
# The system packages the whole test suite needs beyond pip: Debian's Chromium for the browser tests
# (never `playwright install`) and a Java runtime for the Spark parity tests. `make test` and
# `.ci/run` both call this, so a fresh machine runs every test instead of skipping these.
# Installs with apt when run as root; otherwise says what to install and fails.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
{ [ -n "${JAVA_HOME:-}" ] || command -v java >/dev/null; } || need+=(openjdk-17-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${need[*]} (apt) for the browser and Spark tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "error: the test suite needs ${need[*]}, which is not installed." >&2
  echo "  install it (Debian/Ubuntu: sudo apt-get install ${need[*]}) and run make test again." >&2
  exit 1
fi
