"""Does a change to the loaders keep every fact? Save the output once, check it after each change.

``python -m bench.same_output save DIR`` writes, for every gold document and seed, the sorted
N-Quads of its graph (as ``load`` would store it, at a fixed load time) and its warnings, plus
the bench's 100 KB and 1 MB texts and a concatenation of the gold corpus; ``check DIR`` does
the same into memory and lists every document whose output differs. A speed-up must leave
them identical; a rule change is expected to differ (save again before the next speed-up).
``check DIR --before REV`` first saves the output of the loaders as they are at revision ``REV``
(e.g. ``main``, after a rebase onto it) from a clone of this repository, then checks against it.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.extraction import gold_text, seed_text
from graph.ingest import extract_any
from loaders.facts import to_quads

ROOT = Path(__file__).resolve().parent.parent
LOADED_AT = "2026-01-01T00:00:00+00:00"
LARGE: dict[str, Callable[[], str]] = {
    "bench-100k": lambda: seed_text(100_000),
    "bench-1m": lambda: seed_text(1_000_000),
    "gold-1m": lambda: gold_text(1_000_000),
}


def documents(work: Path, also: list[Path] = []) -> Iterator[tuple[str, Path]]:  # noqa: B006 (never changed)
    """The gold corpus, the texts of the ``also`` folders, the seeds, and the large texts (written under
    ``work``), each with the name its output is saved under (an ``also`` text's has its folder's number
    before it: a real text may share its name with a gold document)."""
    for path in sorted((ROOT / "tests" / "gold" / "corpus").glob("*.txt")):
        yield path.stem, path
    for number, folder in enumerate(also, 1):
        for path in sorted(folder.rglob("*.txt")):
            yield f"also{number}-{path.stem}", path
    for path in sorted((ROOT / "data" / "sources").glob("*.txt")):
        yield path.stem, path
    work.mkdir(parents=True, exist_ok=True)
    for name, make in LARGE.items():
        path = work / f"{name}.txt"
        if not path.exists():
            path.write_text(make(), encoding="utf-8")
        yield name, path


def output_of(path: Path) -> str:
    extraction = extract_any(path)
    lines = sorted(str(quad) + " ." for quad in to_quads(extraction, LOADED_AT))
    return "\n".join(["# warnings", *extraction.warnings, "# quads", *lines]) + "\n"


def save_as_of(revision: str, folder: Path, also: list[Path]) -> None:
    """Save into ``folder`` the output of the loaders at ``revision`` (run from a clone of this repository)."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{revision}^{{commit}}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    checkout = folder / "checkout"
    shutil.rmtree(checkout, ignore_errors=True)
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(checkout)], check=True)
    subprocess.run(["git", "-C", str(checkout), "checkout", "--quiet", commit], check=True)
    command = [sys.executable, "-m", "bench.same_output", "save", str(folder.resolve())]
    command += ["--also", *(str(path.resolve()) for path in also)] if also else []
    subprocess.run(command, cwd=checkout, env={**os.environ, "PYTHONPATH": str(checkout)}, check=True)
    print(f"saved the output of {revision} ({commit[:10]})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.same_output", description=__doc__)
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--also", type=Path, nargs="*", default=[], help="folders of more texts (e.g. a real-text gold set's docs/)"
    )
    parser.add_argument("--before", default=None, help="with check: save the output at this git revision first")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    if args.before and args.action == "check":
        save_as_of(args.before, args.folder, args.also)
    differ = 0
    for name, path in documents(args.folder / "texts", args.also):
        out = output_of(path)
        saved = args.folder / f"{name}.nq"
        if args.action == "save":
            saved.write_text(out, encoding="utf-8")
            continue
        before = saved.read_text(encoding="utf-8") if saved.exists() else ""
        if before != out:
            differ += 1
            diff = list(difflib.unified_diff(before.splitlines(), out.splitlines(), lineterm="", n=0))
            print(f"DIFFERS {path.name}: {len(diff)} diff lines")
            print("\n".join(line[:300] for line in diff[:12]))
        else:
            print(f"same {path.name} {hashlib.sha256(out.encode()).hexdigest()[:12]}", flush=True)
    if args.action == "check":
        print("all identical" if not differ else f"{differ} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
