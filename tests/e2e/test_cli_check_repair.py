"""``check --repair`` as an administrator runs it after a crash: it lists what it
removed, and a document file a row refers to stays."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from test_cli_dossiers import exchange_zip, run

from desktop_app.core.documents import BlobStore


def test_check_repair_reports_removed_leftovers_and_keeps_documents(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    res = run(data, "dossier", "import", str(exchange_zip(tmp_path / "in.zip")), "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["documents"] == 1
    store = BlobStore(data / "documents")
    (referenced,) = store.iter_blobs()
    orphan = store.put_bytes(b"the row of this file was never committed").sha256
    staging = data / "e2e.sqlite3.restore"
    staging.write_bytes(b"SQLite format 3\x00")
    part = data / "backups" / ".e2e-20260101-x1y2z3.part"
    part.parent.mkdir()
    part.write_bytes(b"half a copy")
    hours_ago = time.time() - 3 * 3600
    for path in (store.path_for(orphan), store.path_for(referenced), part):
        os.utime(path, (hours_ago, hours_ago))

    res = run(data, "check", "--repair")

    assert res.returncode == 0, res.stdout + res.stderr
    assert "Удалено остатков прерванных операций: 3" in res.stdout
    assert str(store.path_for(orphan)) in res.stdout
    assert str(staging) in res.stdout and str(part) in res.stdout
    assert "Итог: проблем не найдено." in res.stdout
    assert list(store.iter_blobs()) == [referenced]
    assert store.verify(referenced) == "ok"
    assert not staging.exists() and not part.exists()
