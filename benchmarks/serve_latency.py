"""Latency of ``POST /api/check`` on a 1,500-word draft, warm, over loopback.

    python benchmarks/serve_latency.py [--requests 200] [--warmup 10]

Starts ``verify serve`` on a free loopback port (a child process, stopped at the end), sends the
invented draft of ``benchmarks/drafts.py`` ``--warmup`` times untimed, then ``--requests`` times one
after another, and prints p50, p95 and the slowest in milliseconds as one JSON line, with the server's
own CPU time per request (on a machine shared with other work the wall times grow with the load). Bounded: every
request has a 30 s timeout and the run stops after 10 minutes whatever happens.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from drafts import long_draft  # noqa: E402

_BUDGET_SECONDS = 600


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time (user + system) a process has used so far, where /proc tells it (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "verify", "serve", "--port", str(port), "--no-config"],
                              cwd=HERE.parent, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    try:
        with httpx.Client(timeout=30) as client:
            while True:
                try:
                    client.get(f"{base}/healthz")
                    break
                except httpx.TransportError:
                    if time.monotonic() - started > 30:
                        sys.exit("verify serve did not start")
                    time.sleep(0.1)
            body = {"text": long_draft(), "name": "draft.md", "date": "2026-04-10"}
            for _ in range(args.warmup):
                client.post(f"{base}/api/check", json=body).raise_for_status()
            times = []
            cpu_before = _cpu_seconds(server.pid)
            for _ in range(args.requests):
                if time.monotonic() - started > _BUDGET_SECONDS:
                    break
                begin = time.perf_counter()
                answer = client.post(f"{base}/api/check", json=body)
                times.append((time.perf_counter() - begin) * 1000)
                answer.raise_for_status()
            cpu_after = _cpu_seconds(server.pid)
        findings = len(answer.json()["reports"][0]["findings"])
    finally:
        server.terminate()
        server.wait(10)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    print(json.dumps({"requests": len(times), "words": len(body["text"].split()), "findings": findings,
                      "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
                      "max_ms": round(times[-1], 1),
                      # the server's own CPU per request: what the wall times come to on an idle machine
                      "server_cpu_ms_per_request": round((cpu_after - cpu_before) * 1000 / len(times), 1)
                      if cpu_before is not None and cpu_after is not None else None,
                      "load_average": round(os.getloadavg()[0], 1)}))


if __name__ == "__main__":
    main()
