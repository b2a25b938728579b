"""Timings of the document core: inspection of a 2 000-page PDF, put_file of 50 MB.

Run from the project root: ``python tests/bench/bench_documents.py``. Baselines
(same run): pypdf opening the PDF and counting its pages; reading and hashing
the 50 MB file with hashlib (the store must at least do that).
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import record, timeit
from pypdf import PdfReader, PdfWriter

from desktop_app.core.documents import BlobStore, inspect_file


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


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
        base = timeit(lambda: len(PdfReader(pdf).pages), runs=5).best
        record("inspect_file, 2000-page PDF", timeit(lambda: inspect_file(pdf)).best, "s",
               baseline=base, note="baseline: pypdf counting the pages")

        big = tmp / "скан 50 МБ.bin"
        big.write_bytes(os.urandom(50 * 1024 * 1024))
        counter = iter(range(1000))

        def put_new() -> None:
            BlobStore(tmp / f"store{next(counter)}").put_file(big)

        store = BlobStore(tmp / "store-dup")
        store.put_file(big)
        base = timeit(lambda: _sha256(big), runs=5).best
        note = "baseline: reading and hashing the 50 MB with hashlib"
        record("put_file, 50 MB, new content (hash + copy + fsync + rename)",
               timeit(put_new).best, "s", baseline=base, note=note)
        record("put_file, 50 MB, already stored", timeit(lambda: store.put_file(big)).best,
               "s", baseline=base, note=note)
        sha = next(iter(store.iter_blobs()))
        record("verify, 50 MB", timeit(lambda: store.verify(sha)).best, "s", baseline=base,
               note=note)


if __name__ == "__main__":
    main()
