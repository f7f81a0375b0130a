"""A generated archive (bench/generate) and a scanned copy of its PDFs (scan.py), both cached on disk:
what bench/ocr_accuracy and bench/ocr_bench measure OCR on."""
import multiprocessing
import pathlib
import random
import subprocess

from . import scan

GENERATE = pathlib.Path(__file__).resolve().parent.parent / "generate"


def generated_archive(count, cache, seed=1):
    """The archive folder of `count` generated documents under `cache` (bench/generate: a no-op when
    it already holds them)."""
    archive_dir = pathlib.Path(cache) / f"archive-{count}-seed{seed}"
    subprocess.run([str(GENERATE), "--out", str(archive_dir), "--count", str(count), "--seed", str(seed),
                    "--jobs", "1"], check=True, stdout=subprocess.DEVNULL)
    return archive_dir / "archive"


def _scan_one(job):
    source, target, dpi, seed = job
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        scan.scan_pdf(str(source), str(partial), dpi, random.Random(seed))
        partial.rename(target)
    return target


def scanned_archive(archive, out, dpi, jobs):
    """Scans every PDF under `archive` into the same place under `out`, `jobs` at a time (a scan
    already there is kept). Returns [(original, scan)] in path order."""
    originals = sorted(pathlib.Path(archive).rglob("*.pdf"))
    work = [(p, pathlib.Path(out) / p.relative_to(archive), dpi, i) for i, p in enumerate(originals)]
    with multiprocessing.Pool(jobs) as pool:
        scans = pool.map(_scan_one, work)
    return list(zip(originals, scans))
