"""Archive scale: ``--executor dask`` on a real ``distributed.LocalCluster``, ``--format jsonl``, ``summarize``.

One cluster of two single-threaded worker *processes* serves the module (the reports really are
pickled to and from other processes); starting it costs a few seconds.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from verify.dask_batch import check_dask
from verify.report import Unreadable
from verify.service import Checker

SUBJECTS = ("Harlow Foods", "the Brenmoor council", "Quillon Rail", "Tessaly Bank", "the Ostra museum")
TEMPLATES = (
    "{s} reported revenue of ${a} million for {y}. Analysts had expected ${b} million.\n\n"
    "Later in the year, {s} said its revenue for {y} was ${c} million.\n",
    "{s} hired {a} people in {y}, bringing its staff to {b}.\n\nIn {y}, {s} hired {c} people.\n",
    "Sales at {s} rose {p}% in {y}, from ${a} million to ${b} million.\n",
    "# {s} in {y}\n\n{s} was founded in 19{a2} and is {age} years old, its chief executive said on "
    "March {d}, {y}.\n",
)


def generate(folder: Path, count: int) -> list[Path]:
    """``count`` invented articles in two folders, some with a contradiction, none alike."""
    rng = random.Random(16)
    paths = []
    for index in range(count):
        year = rng.randint(2015, 2025)
        a, b = rng.randint(10, 900), rng.randint(10, 900)
        text = TEMPLATES[index % len(TEMPLATES)].format(
            s=SUBJECTS[index % len(SUBJECTS)], y=year, a=a, b=b, c=a if index % 3 else a + 7,
            p=rng.randint(1, 60), a2=rng.randint(10, 99), age=rng.randint(5, 90), d=rng.randint(1, 28))
        path = folder / ("desk-a" if index % 2 else "desk-b") / f"{index:04d}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes, one thread each; a dying task is retried once."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=50) as local:
        yield local


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """200 generated articles and, among them, one corrupt file (binary bytes behind a .md name)."""
    folder = tmp_path_factory.mktemp("archive")
    generate(folder, 200)
    (folder / "desk-a" / "0100-corrupt.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder


def test_dask_writes_the_json_of_jobs_1_byte_for_byte_and_reports_the_corrupt_file(run, cluster, archive):
    base = ("check", "--no-config", "--no-cache", "--format", "json", archive)
    one = run(*base, "--jobs", "1")
    spread = run(*base, "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert spread.out == one.out and spread.err == one.err and spread.status == one.status == 2
    document = spread.json()
    corrupt = str(archive / "desk-a" / "0100-corrupt.md")
    assert document["errors"] == [{"source": corrupt, "message": f"{corrupt}: binary file, not an article"}]
    assert len(document["reports"]) == 200 and sum(r["summary"]["errors"] for r in document["reports"]) > 0
    assert spread.err == f"verify: error: {corrupt}: binary file, not an article\n"


def test_jsonl_streams_one_report_a_line_in_order_or_as_they_finish(run, cluster, archive, tmp_path, schema_validator):
    import jsonschema

    whole = run("check", "--no-config", "--no-cache", "--format", "json", archive).json()
    expected = [*whole["reports"][:100], *whole["errors"], *whole["reports"][100:]]  # the corrupt file's place
    expected.sort(key=lambda item: item["source"])
    ordered = run("check", "--no-config", "--no-cache", "--format", "jsonl", "--executor", "dask",
                  "--scheduler", cluster.scheduler_address, archive)
    lines = ordered.out.splitlines()
    assert [json.loads(line) for line in lines] == expected and ordered.status == 2
    line_schema = jsonschema.Draft202012Validator({"$defs": schema_validator.schema["$defs"],
                                                   "$ref": "#/$defs/jsonlLine"})
    for line in lines:
        line_schema.validate(json.loads(line))
    unordered = run("check", "--no-config", "--no-cache", "--format", "jsonl", "--unordered", "--jobs", "2", archive)
    assert sorted(unordered.out.splitlines()) == sorted(lines)
    report = tmp_path / "run.jsonl"
    report.write_text(ordered.out)
    totals = run("summarize", "--format", "json", report).json()
    assert totals["articles"] == 201 and totals["unreadable"] == 1
    assert totals["folders"][str(archive / "desk-a")]["articles"] == 101
    by_rule: dict[str, int] = {}
    for item in whole["reports"]:
        for finding in item["findings"]:
            by_rule[finding["rule"]] = by_rule.get(finding["rule"], 0) + 1
    assert {rule: sum(counts[k] for k in ("errors", "warnings", "infos")) for rule, counts in totals["rules"].items()} \
        == by_rule


def test_unordered_is_only_for_jsonl(run, archive):
    result = run("check", "--unordered", "--format", "json", archive)
    assert result.status == 2 and result.err.startswith("verify: error: --unordered is for --format jsonl")


class BreakingChecker(Checker):
    """A checker with a bug on one article and an article that kills its worker process."""

    def check_or_unreadable(self, path, *, published=None):
        if path.endswith("0003.md"):
            raise ZeroDivisionError("division by zero")
        if path.endswith("0005.md"):
            os._exit(1)
        return super().check_or_unreadable(path, published=published)


def test_a_bug_or_a_dying_worker_is_that_articles_failure_and_the_rest_complete(cluster, tmp_path, capsys):
    paths = [str(p) for p in generate(tmp_path, 40)]
    results = list(check_dask(BreakingChecker(no_config=True), paths, scheduler=cluster.scheduler_address,
                              progress=True))
    assert [r.source if isinstance(r, Unreadable) else r.document.name for r in results] == paths
    failed = {r.source: r.message for r in results if isinstance(r, Unreadable)}
    assert failed[paths[3]] == f"{paths[3]}: internal error: ZeroDivisionError: division by zero"
    assert failed[paths[5]].startswith(f"{paths[5]}: the worker checking it failed (KilledWorker")
    assert len(failed) == 2  # its chunk-mates were checked again, one by one
    drawn = capsys.readouterr().err  # Dask's progress bar, on stderr (it stops where a task failed)
    assert drawn.startswith("\r[") and "% Completed" in drawn and drawn.endswith("\x1b[2K\r")


def test_a_cluster_of_its_own_starts_and_stops_with_the_run(run, tmp_path):
    paths = generate(tmp_path, 3)
    spread = run("check", "--no-config", "--no-cache", "--format", "json", "--executor", "dask", "--jobs", "1", *paths)
    assert spread.out == run("check", "--no-config", "--no-cache", "--format", "json", *paths).out


def test_an_unreachable_scheduler_is_a_one_line_error(run, tmp_path):
    import dask

    paths = generate(tmp_path, 1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run("check", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", *paths)
    assert result.status == 2 and result.err.startswith("verify: error: --scheduler tcp://127.0.0.1:9: cannot reach")


def test_standard_input_is_not_for_the_workers(run):
    result = run("check", "--executor", "dask", "-", stdin="Acme raised $5m.")
    assert result.status == 2 and result.err == ("verify: error: --executor dask reads articles on its workers, "
                                                 "which cannot see this standard input\n")


def test_scheduler_needs_the_dask_executor(run, tmp_path):
    paths = generate(tmp_path, 1)
    result = run("check", "--scheduler", "tcp://127.0.0.1:9", *paths)
    assert result.status == 2 and "give --executor dask too" in result.err


def _open_evidence_readers() -> int:
    """Run on a worker: how many evidence readers its process holds open."""
    from verify import service

    return len(service._OPEN_MATCHERS)


def test_workers_share_one_postgresql_store_with_one_connection_each(run, cluster, postgres_server, tmp_path):
    from distributed import Client
    from sqlalchemy import create_engine, text

    from tests.postgres import fresh_database
    from tests.test_evidence import FILES, filled_store

    store_url = fresh_database(postgres_server)
    filled_store(store_url).close()
    drafts = []
    for number in range(6):
        draft = tmp_path / f"{number:02d}-draft.md"
        draft.write_text((FILES / "draft.md").read_text())
        drafts.append(draft)
    base = ("check", "--no-config", "--no-cache", "--format", "json", "--evidence", "--store", store_url, *drafts)
    one = run(*base)
    spread = run(*base, "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert spread.out == one.out and spread.status == one.status == 1
    statuses = {c["status"] for r in spread.json()["reports"] for c in r["claims"]}
    assert {"supported", "contradicted"} <= statuses
    with Client(cluster) as client:
        readers = client.run(_open_evidence_readers)
    assert all(count <= 1 for count in readers.values()) and sum(readers.values()) >= 1
    admin = create_engine(store_url.rsplit("/", 1)[0] + "/postgres")
    with admin.connect() as connection:
        connected = connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                                       {"name": store_url.rsplit("/", 1)[1]}).scalar()
    admin.dispose()
    assert connected == sum(readers.values())  # one pooled connection per worker that read, none left by the client


def test_without_the_dask_extra_the_executor_names_it(run, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # what an install without the extra sees
    paths = generate(tmp_path, 1)
    result = run("check", "--executor", "dask", *paths)
    assert result.status == 2 and result.out == ""
    assert result.err == "verify: error: --executor dask needs the dask extra: pip install 'verify[dask]'\n"


def test_jsonl_filters_alike_on_the_workers_and_on_the_client(run, cluster, tmp_path):
    paths = generate(tmp_path, 40)
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "write", "--no-config", "--baseline-file", baseline, *paths[:20]).status == 0
    for options in (("--min-level", "error"), ("--baseline", str(baseline))):  # made on a worker / here
        base = ("check", "--no-config", "--no-cache", "--format", "jsonl", *options, *paths)
        one = run(*base)
        spread = run(*base, "--executor", "dask", "--scheduler", cluster.scheduler_address)
        assert spread.out == one.out and spread.status == one.status
        reports = [json.loads(line) for line in one.out.splitlines()]
        if options[0] == "--min-level":
            assert {f["severity"] for report in reports for f in report["findings"]} == {"error"}
        else:  # the first twenty articles' findings are in the baseline
            assert not any(r["findings"] for r in reports[:20]) and any(r["findings"] for r in reports[20:])
