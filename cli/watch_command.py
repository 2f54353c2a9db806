"""``strategy-lineage watch FOLDER``: keep the store in step with a folder officers save files into.

New and changed files are loaded, deleted ones withdrawn, a changed ``NAME.toml`` reloads
``NAME``'s source; each action is logged on one line, a bad file is logged and passed over,
and Ctrl-C stops cleanly between two writes (each write is one transaction).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
import watchfiles

from cli.app import DEFAULT_STORE_PATH, StoreOption, app, fail, open_store
from graph import ingest
from graph.changes import WATCHED_FOLDER
from graph.store import Store, now_iso
from loaders.sources import METADATA_SUFFIX, SourceError, source_id_of


def say(message: str) -> None:
    typer.echo(f"{now_iso()} {message}", err=True)


class FolderSync:
    """What the folder holds, loaded: the files it loaded, by path, with their source ids."""

    def __init__(self, store: Store, folder: Path) -> None:
        self.store, self.folder = store, folder
        self.who = WATCHED_FOLDER
        self.known: dict[Path, str] = {}

    def load(self, files: list[Path], force: bool = False) -> None:
        errors: list[SourceError] = []
        results = ingest.load_files(self.store, files, force=force, skipped=errors, who=self.who)
        for error in errors:
            say(f"error: {error} (not loaded; watching on)")
        loaded = {source_id_of(path): path for path in files}
        for result in results:
            self.known[loaded[result.source_id]] = result.source_id
            say(f"{result.status} {result.source_id} ({result.facts} facts)")

    def start(self) -> None:
        passed_over: list[tuple[Path, str]] = []
        try:
            files = ingest.find_sources([self.folder], passed_over)
        except SourceError:
            files = []  # an empty folder is a fine place to start watching
        for path, why in passed_over:
            say(f"not loaded: {path}: {why}")
        if files:
            self.load(files)

    def apply(self, changed: Iterable[Path]) -> None:
        """Bring the store in line with the changed paths as they are now."""
        to_load: dict[Path, bool] = {}  # path -> force (its metadata changed, not its bytes)
        for path in sorted(set(changed)):
            if path.name.startswith("~$"):
                continue  # a word processor's lock file, beside the document being edited
            suffix = path.suffix.lower()
            if path.is_file() and suffix in ingest.LOADABLE:
                to_load.setdefault(path, False)
            elif path.is_file() and suffix == METADATA_SUFFIX:
                for source in (p for p in path.parent.glob(f"{path.stem}.*") if p.suffix.lower() in ingest.LOADABLE):
                    to_load[source] = True
            elif path.is_file():
                say(f"not loaded: {path}: {suffix or 'no extension'} is not a format that is read")
            elif not path.exists():
                self.withdraw_gone(path)
        for force in (False, True):
            files = [p for p, forced in to_load.items() if forced is force]
            if files:
                self.load(files, force=force)

    def withdraw_gone(self, path: Path) -> None:
        """Withdraw the sources of every known file at or under ``path`` that no longer exists."""
        for known, source_id in list(self.known.items()):
            if (known == path or path in known.parents) and not known.exists():
                del self.known[known]
                if ingest.withdraw(self.store, source_id, who=self.who):
                    say(f"withdrawn {source_id} ({known.name} was deleted)")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="The folder to keep the store in step with.")],
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Load new and changed files in FOLDER as they appear, withdraw deleted ones; Ctrl-C stops."""
    if not folder.is_dir():
        fail(f"{folder}: not a folder")
    sync = FolderSync(open_store(store), folder.resolve())
    started = False
    try:
        # The watcher yields once it is running (an empty batch after a second of quiet): only
        # then is the folder read, so that no file saved in between is missed.
        for batch in watchfiles.watch(sync.folder, raise_interrupt=False, yield_on_timeout=True, rust_timeout=1000):
            if not started:
                sync.start()
                say(f"watching {folder} (Ctrl-C stops)")
                started = True
            sync.apply(Path(changed) for _, changed in batch)
    except KeyboardInterrupt:
        pass  # between two writes: each write is one transaction, so nothing is half-done
    say("stopped")
