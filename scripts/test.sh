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

# Cyrus IMAP, the second real server (tests/support/cyrus.rs). Its package
# conflicts with dovecot-imapd (both provide imap-server), so it is not
# installed: the packages and the libraries it needs are fetched with
# `apt-get download` and unpacked with `dpkg -x` into target/cyrus, where the
# tests run it from (LD_LIBRARY_PATH). cyrus-common's dependency on an MTA is
# thereby never installed either.
CYRUS_ROOT="${TAKEDOWN_CYRUS_ROOT:-$PWD/target/cyrus}"
if [ ! -x "$CYRUS_ROOT/usr/lib/cyrus/bin/master" ] || [ ! -x "$CYRUS_ROOT/usr/sbin/saslpasswd2" ]; then
    echo "test.sh: unpacking Cyrus IMAP into $CYRUS_ROOT" >&2
    debs="$(mktemp -d)"
    chmod 0755 "$debs"   # apt's _apt user downloads into it
    [ "$(id -u)" = 0 ] && apt-get update -qq
    (cd "$debs" && apt-get -o APT::Sandbox::User=root download -qq cyrus-imapd cyrus-common libxapian30 libpcre3 libical3 sasl2-bin >/dev/null)
    mkdir -p "$CYRUS_ROOT"
    for d in "$debs"/*.deb; do dpkg -x "$d" "$CYRUS_ROOT"; done
    rm -rf "$debs"
fi
# The mail processes run as nobody: the unpacked tree must be reachable.
chmod o+x "$PWD" "$PWD/target" 2>/dev/null || true

cargo test --locked "$@"
