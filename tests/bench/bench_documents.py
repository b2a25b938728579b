"""Timings of the document core: inspection of a 2 000-page PDF, put_file of 50 MB.

Run from the project root: python bench/bench_documents.py
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfWriter

from desktop_app.core.documents import BlobStore, inspect_file


def _best(label: str, func: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    best = min(times)
    median = sorted(times)[len(times) // 2]
    print(f"{label}: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms")
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        writer = PdfWriter()
        for _ in range(2000):
            writer.add_blank_page(width=595, height=842)
        buf = io.BytesIO()
        writer.write(buf)
        pdf = tmp / "КД 2000 страниц.pdf"
        pdf.write_bytes(buf.getvalue())
        info = inspect_file(pdf)
        assert info.ok and info.pages == 2000, info.problems
        print(f"PDF: {pdf.stat().st_size / 1e6:.1f} MB, {info.pages} pages")
        _best("inspect_file, 2000-page PDF", lambda: inspect_file(pdf))

        big = tmp / "скан 50 МБ.bin"
        big.write_bytes(os.urandom(50 * 1024 * 1024))
        counter = iter(range(1000))

        def put_new() -> None:
            BlobStore(tmp / f"store{next(counter)}").put_file(big)

        store = BlobStore(tmp / "store-dup")
        store.put_file(big)
        _best("put_file, 50 MB, new content (hash + copy + fsync + rename)", put_new)
        _best("put_file, 50 MB, already stored", lambda: store.put_file(big))
        sha = next(iter(store.iter_blobs()))
        _best("verify, 50 MB", lambda: store.verify(sha))


if __name__ == "__main__":
    main()
