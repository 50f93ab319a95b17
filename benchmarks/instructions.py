"""Instructions per call of a statement, counted by valgrind's cachegrind: a measure that,
unlike times, repeats to within about 1 % on a shared VM, for comparing two versions of a
hot path.

Usage::

    python benchmarks/instructions.py SETUP.py "STATEMENT" [N]

``SETUP.py`` is executed first (imports, fixtures, a local server started as a subprocess,
whose instructions are not counted); the figure is the instructions of running
``STATEMENT`` N times (default 2,000), minus the same run with N = 0, divided by N.
Needs ``valgrind`` on the PATH; run it with the interpreter whose packages you measure
(e.g. ``.venv/bin/python``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def instructions(setup: Path, statement: str, runs: int) -> int:
    """Instructions executed by this interpreter running ``setup`` then ``statement`` ``runs`` times."""
    code = f"exec(compile(open({str(setup)!r}).read(), {str(setup)!r}, 'exec'))\n"
    code += f"for _ in range({runs}):\n    {statement}\n"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(code)
    try:
        done = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
             sys.executable, script.name],
            capture_output=True, text=True, check=False, env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip
    finally:
        Path(script.name).unlink()
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"valgrind failed:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    setup, statement = Path(sys.argv[1]).resolve(), sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) == 4 else 2000
    per_call = (instructions(setup, statement, runs) - instructions(setup, statement, 0)) / runs
    print(f"{per_call:,.0f} instructions per call of {statement}")


if __name__ == "__main__":
    main()
