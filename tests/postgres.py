"""A throwaway PostgreSQL server for the tests, from the Debian binaries (``initdb``, ``pg_ctl``).

Started once per test session on a free loopback port, in a temporary folder, and stopped at the
end. PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` system user
that Debian's package creates. Tests that need it skip only when no server binary exists; under
CI (``CI=true``) that is a failure, because CI must run both backends.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def server_binaries() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return os.path.dirname(found[-1]) if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh PostgreSQL server; stop and delete it afterwards."""
    bindir = server_binaries()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql")
    folder = tempfile.mkdtemp(prefix="verify-pg-", dir="/tmp")
    os.chmod(folder, 0o755)
    data, log = os.path.join(folder, "data"), os.path.join(folder, "server.log")
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *args: subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)  # noqa: E731
    try:
        run(f"{bindir}/initdb", "-D", data, "-U", "verify", "--auth=trust", "--no-sync", "-E", "UTF8")
        run(f"{bindir}/pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "start", "-o",
            f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off")
        yield f"postgresql+psycopg://verify@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(server: str) -> str:
    """URL of a new, empty database on the throwaway server."""
    import uuid

    from sqlalchemy import create_engine, text

    name = "t" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.rsplit("/", 1)[0] + f"/{name}"
