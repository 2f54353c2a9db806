"""``strategy-lineage watch FOLDER`` as a real process: files appear, change, break and go;
Ctrl-C stops it cleanly, and the store and its change log say what happened."""

from __future__ import annotations

import hashlib
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from graph.changes import changes
from graph.store import open_store
from tests.formats_fixtures import SEED, as_docx, seed_text

CLI = [sys.executable, "-c", "from cli import main; main()"]
ROOT = Path(__file__).resolve().parents[2]


class Watcher:
    def __init__(self, folder: Path, store: Path) -> None:
        self.proc = subprocess.Popen(
            [*CLI, "watch", str(folder), "--store", str(store)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    # Generous: a liveness bound, not a timing assertion (CI and a busy machine are slow).
    def wait_for(self, pattern: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r} in {timeout}s; saw {self.seen}")


def test_watch_loads_replaces_withdraws_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    folder, store = tmp_path / "inbox", tmp_path / "store"
    folder.mkdir()
    (folder / "report.docx").write_bytes(as_docx(seed_text()))  # there before the watch starts
    watcher = Watcher(folder, store)
    try:
        watcher.wait_for(r"loaded report \(\d+ facts\)")
        watcher.wait_for(r"watching .*inbox")
        text = seed_text().encode("utf-8")
        (folder / f"{SEED}.txt").write_bytes(text)
        watcher.wait_for(rf"loaded {SEED} \(\d+ facts\)")
        (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n% a damaged file")
        watcher.wait_for(r"error: .*scan\.pdf: not a readable PDF .*watching on")
        changed = text + b"\nAppendix: background papers.\n"
        (folder / f"{SEED}.txt").write_bytes(changed)
        watcher.wait_for(rf"reloaded {SEED}")
        (folder / "report.docx").unlink()
        watcher.wait_for(r"withdrawn report \(report\.docx was deleted\)")
        watcher.proc.send_signal(signal.SIGINT)
        assert watcher.proc.wait(timeout=120) == 0
        watcher.wait_for(r"stopped$", timeout=30)
    finally:
        if watcher.proc.poll() is None:
            watcher.proc.kill()
    graph = open_store(store)
    assert [s.source_id for s in graph.sources()] == [SEED]
    assert graph.source_sha256(SEED) == hashlib.sha256(changed).hexdigest()
    log = [(c.action, c.source_id) for c in changes(graph)]
    assert log == [("withdrawn", "report"), ("replaced", SEED), ("loaded", SEED), ("loaded", "report")]
    assert {c.who for c in changes(graph)} == {"watched folder"}
