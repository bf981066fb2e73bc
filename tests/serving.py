"""A ``verify serve`` app running for real (uvicorn, in a thread, on a loopback port the OS picks)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from verify.serve.app import Settings, create_app
from verify.service import Checker


@contextmanager
def running(**options: object) -> Iterator[str]:
    """The base URL of a server started with these :class:`Settings`; stopped on exit."""
    import uvicorn

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    options.setdefault("checker", Checker(no_config=True))
    settings = Settings(host="127.0.0.1", port=port, **options)  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", access_log=False,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("verify serve did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        listener.close()
