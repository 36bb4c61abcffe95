#!/usr/bin/env python3
"""Regenerates the expected outputs of the golden cases from real CPython.

Every tests/golden/<area>/<case>.py is run with /usr/bin/python3 (Debian's CPython
3.11 with python3-numpy 1.24 and python3-sklearn 1.2), in a clean environment plus
the K=V lines of <case>.env, and its stdout is written byte for byte to <case>.out.
If the script exits non-zero, the last line of its stderr (the exception line) goes
to <case>.err. The versions used are recorded in tests/golden/VERSIONS.txt.

Each case runs twice and must print the same both times: a script whose output
depends on unseeded entropy (or on hash randomisation without PYTHONHASHSEED in its
.env) cannot be a golden, and is reported instead of written.

Never hand-edit a .out or .err file; change the script and rerun this.

usage: generate.py [--check] [--once] [CASE_OR_FOLDER ...]
  --check   compare with the stored outputs instead of writing them (exit 1 on a difference)
  --once    run each case once (skips the entropy check; for slow cases)
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

PYTHON = "/usr/bin/python3"
GOLDEN = Path(__file__).resolve().parent
TIMEOUT_S = 600
# The environment every case starts from; a case's .env adds to it.
BASE_ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}


def read_env(case: Path) -> dict:
    env_file = case.with_suffix(".env")
    env = {}
    if env_file.exists():
        for line in env_file.read_text().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise SystemExit(f"{env_file}: expected K=V, got {line!r}")
            env[key.strip()] = value.strip()
    return env


def find_cases(targets):
    roots = [Path(t).resolve() for t in targets] or [GOLDEN]
    cases = []
    for root in roots:
        if root.is_file():
            cases.append(root)
            continue
        for path in sorted(root.rglob("*.py")):
            if path.parent != GOLDEN:  # scripts directly in tests/golden (this one) are tools
                cases.append(path)
    return sorted(set(cases))


def run_case(case: Path):
    env = dict(BASE_ENV)
    env.update(read_env(case))
    proc = subprocess.run([PYTHON, "-s", case.name], cwd=case.parent, env=env, capture_output=True, timeout=TIMEOUT_S)
    err = None
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        err = (lines[-1] if lines else f"exit status {proc.returncode}") + "\n"
    return proc.stdout, err


def library_versions() -> str:
    lines = ["# Written by tests/golden/generate.py; the versions every .out/.err was produced with."]
    probe = (
        "import importlib, platform, sys\n"
        f"print('python', platform.python_version(), '({PYTHON})')\n"
        "print('libc', *platform.libc_ver())\n"
        "print('machine', platform.machine())\n"
        "for name in ['numpy', 'sklearn', 'scipy', 'tensorflow', 'keras', 'torch']:\n"
        "    try:\n"
        "        m = importlib.import_module(name)\n"
        "        print(name, m.__version__)\n"
        "    except Exception:\n"
        "        print(name, 'not installed')\n"
    )
    out = subprocess.run([PYTHON, "-s", "-c", probe], env=BASE_ENV, capture_output=True, text=True, timeout=TIMEOUT_S)
    lines += out.stdout.splitlines()
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--once", action="store_true")
    ap.add_argument("targets", nargs="*")
    args = ap.parse_args()

    problems = []
    cases = find_cases(args.targets)
    for case in cases:
        rel = case.relative_to(GOLDEN)
        out, err = run_case(case)
        if not args.once and run_case(case) != (out, err):
            problems.append(f"{rel}: prints differently on each run (unseeded entropy or hash order); not a golden")
            continue
        out_file, err_file = case.with_suffix(".out"), case.with_suffix(".err")
        if args.check:
            stored_err = err_file.read_text() if err_file.exists() else None
            if not out_file.exists() or out_file.read_bytes() != out or stored_err != err:
                problems.append(f"{rel}: stored output differs from CPython's")
            continue
        out_file.write_bytes(out)
        if err is None:
            err_file.unlink(missing_ok=True)
        else:
            err_file.write_text(err)
        print(f"{rel}: {len(out)} bytes" + (f", error {err.strip()}" if err else ""))
    if not args.check:
        (GOLDEN / "VERSIONS.txt").write_text(library_versions())
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(cases)} cases, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
