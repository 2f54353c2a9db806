"""Documented command-line examples, run for real.

A ```console block in README.md or docs/*.md that follows the line ``<!-- example -->`` is
an example: each ``$ strategy-lineage ...`` line is run (in order, in a fresh folder holding
a copy of ``data/`` and its own store), and what it prints must be what the block shows.
A line ``...`` in the shown output stands for any number of lines.

``python -m tests.docs_examples --update`` rewrites the shown output from real runs.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- example -->"
BLOCK = re.compile(rf"{re.escape(MARKER)}\n```console\n(?P<body>.*?)```", re.DOTALL)
CLI = str(Path(sys.executable).parent / "strategy-lineage")


@dataclass
class Step:
    command: str
    shown: list[str]


@dataclass
class Example:
    path: Path
    start: int  # offset of the block body in the file
    end: int
    steps: list[Step]


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def examples(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        steps: list[Step] = []
        for line in match.group("body").splitlines():
            if line.startswith("$ "):
                steps.append(Step(line[2:], []))
            elif steps:
                steps[-1].shown.append(line)
        found.append(Example(path, match.start("body"), match.end("body"), steps))
    return found


def run(example: Example) -> list[list[str]]:
    """What each step prints (stdout, then stderr), run in a fresh folder with its own store."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "data", work / "data")
        env = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE")}
        env["STRATEGY_LINEAGE_STORE"] = str(work / "var" / "store")
        env["COLUMNS"] = "200"
        outputs = []
        for step in example.steps:
            words = shlex.split(step.command)
            if words[0] != "strategy-lineage":
                raise ValueError(f"{example.path.name}: examples run strategy-lineage only: {step.command}")
            done = subprocess.run([CLI, *words[1:]], cwd=work, env=env, capture_output=True, text=True, timeout=600)
            outputs.append([line.rstrip() for line in (done.stdout + done.stderr).splitlines()])
        return outputs


def matches(shown: list[str], printed: list[str]) -> bool:
    """``shown`` with ``...`` lines as wildcards for any run of printed lines."""
    pattern = "\n".join(".*?" if line == "..." else re.escape(line.rstrip()) for line in shown)
    return re.fullmatch(pattern, "\n".join(printed), re.DOTALL) is not None


def update(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for example in reversed(examples(path)):
        body = []
        for step, printed in zip(example.steps, run(example), strict=True):
            body += [f"$ {step.command}", *(step.shown if matches(step.shown, printed) else printed)]
        text = text[: example.start] + "\n".join(body) + "\n" + text[example.end :]
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.docs_examples --update")
    for document in documents():
        if examples(document):
            update(document)
            print(f"updated {document.relative_to(ROOT)}")
