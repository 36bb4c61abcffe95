#!/usr/bin/env python3
"""Checks the language tests' expectations against real CPython.

What it is: the oracle check for tests/lang/<folder>/<case>.py. Each case is run with
/usr/bin/python3 (CPython 3.11) and its inline expectations must match what CPython
prints: every `# expect: TEXT` is one stdout line (in source order), and
`# expect error line N: TYPE: MESSAGE` / `# expect syntax error line N: MESSAGE` must
be the last line of CPython's traceback and the line of its innermost frame.
Carets and the rest of the traceback are not compared (the engine runner does the same).
A `# env: K=V` comment sets the environment of the run (e.g. PYTHONHASHSEED=0).

What it is not: it does not run the engine (tests/engine/lang_test.cpp does), and it
skips cases expecting `unsupported` or `limit`, which CPython cannot produce.

Usage: tests/lang/check_with_cpython.py [--python PATH] [FILE_OR_DIR ...]
Exit status 0 when every checked case agrees with CPython.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT_OUT = re.compile(r"# expect: ?(.*)$")
EXPECT_END = re.compile(r"# expect (error|syntax error|unsupported|limit) line (\d+): (.*)$")
ENV = re.compile(r"^# env: (\w+)=(\S*)\s*$")
FILE_LINE = re.compile(r'^  File "[^"]*", line (\d+)')
SYNTAX_TYPES = ("SyntaxError", "IndentationError", "TabError")


def parse_case(path):
    """Returns (expected stdout lines, (kind, line, message) or None, env dict)."""
    out, end, env = [], None, {}
    with open(path, encoding="utf-8") as f:
        for text in f.read().split("\n"):
            m = ENV.match(text)
            if m:
                env[m.group(1)] = m.group(2)
                continue
            m = EXPECT_END.search(text)
            if m:
                if end is not None:
                    raise ValueError(f"{path}: more than one end expectation")
                end = (m.group(1), int(m.group(2)), m.group(3))
                continue
            m = EXPECT_OUT.search(text)
            if m:
                out.append(m.group(1))
    return out, end, env


def check_case(python, path):
    """Returns a list of problems (empty when CPython agrees), or None when skipped."""
    expected_out, end, env = parse_case(path)
    if end is not None and end[0] in ("unsupported", "limit"):
        return None
    run_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run_env["PYTHONIOENCODING"] = "utf-8"
    run_env.update(env)
    proc = subprocess.run([python, "-s", path], capture_output=True, env=run_env,
                          timeout=120, cwd=os.path.dirname(path))
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    problems = []
    want = "".join(line + "\n" for line in expected_out)
    if stdout != want:
        got_lines = stdout.split("\n")
        want_lines = want.split("\n")
        for i in range(max(len(got_lines), len(want_lines))):
            g = got_lines[i] if i < len(got_lines) else "<missing>"
            w = want_lines[i] if i < len(want_lines) else "<missing>"
            if g != w:
                problems.append(f"stdout line {i + 1}: expected {w!r}, CPython printed {g!r}")
                break
    err_lines = [l for l in stderr.split("\n") if l.strip()]
    if end is None:
        if proc.returncode != 0 or err_lines:
            problems.append(f"expected no error, CPython exited {proc.returncode}: {err_lines[-1] if err_lines else ''}")
        return problems
    kind, line, message = end
    if proc.returncode == 0 or not err_lines:
        problems.append(f"expected {kind} at line {line}, CPython succeeded")
        return problems
    last = err_lines[-1]
    frames = [int(m.group(1)) for m in map(FILE_LINE.match, err_lines) if m]
    got_line = frames[-1] if frames else None
    if kind == "syntax error":
        typ, _, msg = last.partition(": ")
        if typ not in SYNTAX_TYPES or msg != message:
            problems.append(f"expected syntax error {message!r}, CPython said {last!r}")
    elif last != message:
        problems.append(f"expected error {message!r}, CPython said {last!r}")
    if got_line != line:
        problems.append(f"expected the error at line {line}, CPython reported line {got_line}")
    return problems


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.abspath(os.path.join(root, n)) for n in names
                          if n.endswith(".py") and os.path.abspath(root) != HERE]
        else:
            files.append(os.path.abspath(p))
    return sorted(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("paths", nargs="*", default=[HERE])
    args = ap.parse_args()
    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    checked = skipped = failed = 0
    for path in collect(args.paths):
        rel = os.path.relpath(path, HERE)
        problems = check_case(args.python, path)
        if problems is None:
            skipped += 1
            continue
        checked += 1
        if problems:
            failed += 1
            print(f"FAIL {rel}")
            for p in problems:
                print(f"     {p}")
    print(f"{version}: {checked} cases checked, {failed} disagree, {skipped} skipped (unsupported/limit)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
