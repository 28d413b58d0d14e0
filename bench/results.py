"""bench/RESULTS.md, written section by section: each benchmark replaces its own ``## `` section
(found by the start of its heading) and leaves the others as they are, so ``make bench`` can
refresh what it measured without erasing hand-written notes elsewhere in the file.

Every section a benchmark writes opens with the machine it ran on: numbers from a shared
2-core machine and from a quiet workstation are not comparable, and ratios measured in one run
are the only thing worth comparing across runs.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
PACKAGES = ("python-telegram-bot", "rapidfuzz", "PyYAML", "pymorphy3", "pymorphy3-dicts-ru")


def cpu_model() -> str:
    """The CPU's model name and how many cores this process may use (from /proc/cpuinfo)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    """One paragraph: date, machine, CPU, Python and the versions of the packages that matter."""
    import os

    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.system()} "
        f"{platform.release()} {platform.machine()}, {cpu_model()} ({cores} cores usable), "
        f"Python {sys.version.split()[0]}; {', '.join(versions)}."
    )


def verdict(value: float, target: float, *, at_most: bool) -> str:
    """``met`` or ``missed``: whether ``value`` is within ``target``."""
    return "met" if (value <= target if at_most else value >= target) else "missed"


def publish(heading: str, text: str, *, write: bool) -> None:
    """Print a benchmark's section, and write it into RESULTS.md unless told not to."""
    print(text)
    if write:
        write_section(heading, text)


def write_section(heading: str, body: str, results: Path = RESULTS) -> None:
    """Replace the section headed exactly ``## {heading}`` (or append one): hand-written
    sections with longer headings are left alone."""
    text = results.read_text(encoding="utf-8") if results.exists() else ""
    lines = text.splitlines()
    section = [f"## {heading}", "", *body.strip("\n").splitlines(), ""]
    start = next((n for n, line in enumerate(lines) if line.rstrip() == f"## {heading}"), None)
    if start is None:
        lines = [*lines, "", *section] if lines else section
    else:
        end = next(
            (n for n in range(start + 1, len(lines)) if lines[n].startswith("## ")), len(lines)
        )
        lines[start:end] = section
    results.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
