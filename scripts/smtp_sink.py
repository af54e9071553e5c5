#!/usr/bin/python3
"""SMTP sink for takedown's integration tests: accepts mail on loopback and stores it in a Maildir.

Usage:
    /usr/bin/python3 scripts/smtp_sink.py --listen 127.0.0.1:PORT --maildir DIR
        [--pidfile F] [--fail-first N] [--user U --password P]
        [--tls-cert CERT --tls-key KEY [--require-starttls]]

Run it with Debian's /usr/bin/python3: that is the interpreter the python3-aiosmtpd package
installs into (the `python3` first on PATH may be another one without aiosmtpd).

Each accepted message is written into the Maildir DIR (tmp/ -> fsync -> rename into new/ ->
fsync new/) with two headers prepended that record the SMTP envelope:

    Return-Path: <sender>
    X-Rcpt-To: <rcpt1>, <rcpt2>

and the client gets `250 2.0.0 Ok: queued as <ID>`. The Maildir may be the Maildir of a
Dovecot test instance: when running as root, the files and directories created are chowned to
the owner of DIR (Dovecot never accesses mail as uid 0, so its Maildir belongs to an
unprivileged user such as nobody:nogroup, and files dropped in by root must be readable and
renamable by that user).

Exit codes: 0 after SIGTERM/SIGINT (clean shutdown), 2 for bad arguments (including any
listen address that is not 127.0.0.1 or ::1), 98 when the port is already in use (the
test harness then retries with another port).
"""

import argparse
import asyncio
import errno
import itertools
import os
import secrets
import signal
import ssl
import sys
import time
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

# Only loopback. The tests of this project must never open a listener reachable from
# another address, so anything else (0.0.0.0, ::, a host name, another 127.x alias) is refused.
ALLOWED_HOSTS = {"127.0.0.1", "::1"}

# auth_require_tls=False is deliberate (see below); keep aiosmtpd's warning out of the log.
warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")

EXIT_ADDR_IN_USE = 98


def log(msg):
    # stderr only: the harness redirects it to a log file. Nothing is printed to stdout after
    # start-up so that an unread pipe can never fill up and block the server.
    print(f"smtp_sink[{os.getpid()}] {time.strftime('%H:%M:%S')} {msg}", file=sys.stderr, flush=True)


def parse_listen(value):
    """'127.0.0.1:2525' or '[::1]:2525' -> (host, port); refuses every non-loopback host."""
    host, sep, port = value.rpartition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"--listen needs HOST:PORT, got {value!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host not in ALLOWED_HOSTS:
        raise argparse.ArgumentTypeError(
            f"refusing to listen on {host!r}: only 127.0.0.1 or ::1 are allowed")
    try:
        port = int(port)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad port in --listen {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range in --listen {value!r}")
    return host, port


class MaildirWriter:
    """Delivers messages into a Maildir the way an MDA does (tmp/ then rename into new/)."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.counter = itertools.count(1)
        os.makedirs(self.root, exist_ok=True)
        st = os.stat(self.root)
        # As root, give everything we create to the Maildir's owner (see module doc).
        self.owner = (st.st_uid, st.st_gid) if os.geteuid() == 0 else None
        for sub in ("tmp", "new", "cur"):
            path = os.path.join(self.root, sub)
            try:
                os.mkdir(path, 0o700)
                self._chown(path)
            except FileExistsError:
                pass

    def _chown(self, path):
        if self.owner is not None:
            os.chown(path, *self.owner)

    def deliver(self, data, queue_id):
        now = time.time()
        # Unique Maildir name: time, microseconds, pid, per-process counter (the classic
        # "T.MusecPpidQn.host" form). The host part is fixed: a real host name could contain
        # '/' or ':' which are not allowed there.
        base = "%d.M%06dP%dQ%d_%s.smtp-sink" % (
            int(now), int((now % 1) * 1e6), os.getpid(), next(self.counter), queue_id)
        name = "%s,S=%d" % (base, len(data))
        tmp_path = os.path.join(self.root, "tmp", name)
        new_path = os.path.join(self.root, "new", name)
        fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        self._chown(tmp_path)
        os.rename(tmp_path, new_path)
        # The rename is only durable once the directory entry is on disk.
        dfd = os.open(os.path.join(self.root, "new"), os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
        return new_path


class SinkHandler:
    def __init__(self, writer, fail_first):
        self.writer = writer
        self.fail_left = fail_first

    async def handle_DATA(self, server, session, envelope):
        if self.fail_left > 0:
            # Transient (4xx) failure after the data, the way a busy or greylisting MTA
            # answers: lets the client's retry logic be tested.
            self.fail_left -= 1
            log(f"refusing message from {envelope.mail_from!r} (--fail-first, {self.fail_left} left)")
            return "451 4.3.0 Temporary failure (smtp_sink --fail-first)"
        content = envelope.content
        if isinstance(content, str):  # only with decode_data=True, which we do not use
            content = content.encode("utf-8", "surrogateescape")
        # Prepend the envelope using the message's own line ending, so a CRLF message stays
        # CRLF throughout.
        eol = b"\r\n" if b"\r\n" in content[:4096] or not content else b"\n"
        rcpts = ", ".join(f"<{r}>" for r in envelope.rcpt_tos)
        header = (f"Return-Path: <{envelope.mail_from or ''}>".encode("utf-8") + eol
                  + f"X-Rcpt-To: {rcpts}".encode("utf-8") + eol)
        queue_id = secrets.token_hex(5).upper()
        path = await asyncio.get_running_loop().run_in_executor(
            None, self.writer.deliver, header + content, queue_id)
        log(f"queued {queue_id}: from={envelope.mail_from!r} to={envelope.rcpt_tos!r} "
            f"size={len(content)} file={os.path.basename(path)}")
        return f"250 2.0.0 Ok: queued as {queue_id}"


def make_authenticator(user, password):
    user_b = user.encode("utf-8")
    password_b = password.encode("utf-8")

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user_b and auth_data.password == password_b)
        log(f"AUTH {mechanism} {'accepted' if ok else 'rejected'}")
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False matters: AuthResult's default (handled=True) tells aiosmtpd that we
        # already sent the reply, so a wrong password would get no answer at all and the
        # client would hang until its timeout. With handled=False aiosmtpd answers 535.
        return AuthResult(success=False, handled=False)

    return authenticator


def write_pidfile(path):
    # Written atomically and only after the socket is bound: the harness treats the pidfile's
    # appearance as "ready" (connections queue in the listen backlog from then on).
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w") as f:
        f.write(f"{os.getpid()}\n")
    os.rename(tmp, path)


async def serve(args):
    host, port = args.listen
    writer = MaildirWriter(args.maildir)
    handler = SinkHandler(writer, args.fail_first)

    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)

    smtp_kwargs = dict(
        hostname="smtp-sink.localhost",
        enable_SMTPUTF8=True,
        decode_data=False,
        data_size_limit=64 * 1024 * 1024,
        tls_context=tls_context,
        require_starttls=bool(args.require_starttls),
    )
    if args.user is not None:
        smtp_kwargs.update(
            authenticator=make_authenticator(args.user, args.password),
            auth_required=True,
            # Loopback connections are plaintext unless the client uses STARTTLS; aiosmtpd
            # would otherwise refuse AUTH before TLS, and the client's AUTH could not be tested.
            auth_require_tls=False,
        )

    sessions = set()

    def factory():
        proto = SMTP(handler, **smtp_kwargs)
        sessions.add(proto)
        return proto

    loop = asyncio.get_running_loop()
    try:
        server = await loop.create_server(factory, host=host, port=port, reuse_address=True)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            log(f"cannot listen on {host}:{port}: address already in use")
            sys.exit(EXIT_ADDR_IN_USE)
        raise

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    bound = server.sockets[0].getsockname()
    if args.pidfile:
        write_pidfile(args.pidfile)
    log(f"listening on {bound[0]}:{bound[1]} maildir={writer.root} "
        f"auth={'on' if args.user is not None else 'off'} "
        f"starttls={'on' if tls_context else 'off'} fail_first={args.fail_first}")

    await stop.wait()
    log("shutting down")
    server.close()
    # Cut the clients still connected. Python >= 3.12's wait_closed() waits for every
    # connection to end, so an idle client would otherwise hold up the exit.
    for proto in list(sessions):
        transport = getattr(proto, "transport", None)
        if transport is not None:
            transport.close()
    try:
        await asyncio.wait_for(server.wait_closed(), timeout=2)
    except asyncio.TimeoutError:
        pass
    if args.pidfile:
        try:
            os.unlink(args.pidfile)
        except FileNotFoundError:
            pass


def main(argv=None):
    p = argparse.ArgumentParser(description="SMTP sink writing into a Maildir (tests only, loopback only)")
    p.add_argument("--listen", required=True, type=parse_listen,
                   help="127.0.0.1:PORT or [::1]:PORT (PORT 0 = any free port)")
    p.add_argument("--maildir", required=True, help="Maildir to deliver into (created if missing)")
    p.add_argument("--pidfile", help="written once listening, removed on clean exit")
    p.add_argument("--fail-first", type=int, default=0, metavar="N",
                   help="answer the first N messages with 451 (transient failure)")
    p.add_argument("--user", help="require AUTH PLAIN/LOGIN with this user")
    p.add_argument("--password", help="password for --user")
    p.add_argument("--tls-cert", help="PEM certificate (chain) for STARTTLS")
    p.add_argument("--tls-key", help="PEM private key for STARTTLS")
    p.add_argument("--require-starttls", action="store_true",
                   help="refuse mail transactions before STARTTLS")
    args = p.parse_args(argv)
    if (args.user is None) != (args.password is None):
        p.error("--user and --password go together")
    if (args.tls_cert is None) != (args.tls_key is None):
        p.error("--tls-cert and --tls-key go together")
    if args.require_starttls and not args.tls_cert:
        p.error("--require-starttls needs --tls-cert/--tls-key")
    if args.fail_first < 0:
        p.error("--fail-first must be >= 0")
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
