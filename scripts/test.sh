#!/usr/bin/env bash
# The whole test suite. Installs what the tests need (Debian packages: Dovecot
# for IMAP, aiosmtpd for SMTP, isync for the benchmark baseline, sqlite3 for
# the tamper tests, chromium for the staff pages), then runs cargo test. Run as root on a fresh machine, or
# with those packages already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-imapd)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
command -v mbsync >/dev/null 2>&1 || need+=(isync)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
# The staff pages' tests drive headless Chromium (tests/web.rs); a Korean
# font makes their screenshots legible.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi nanum || need+=(fonts-nanum)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "test.sh: missing packages: ${need[*]} (run as root, or apt-get install them)" >&2
        exit 1
    fi
    echo "test.sh: installing ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo test --locked "$@"
