"""Pre-extracted text: `quorum extract --format text` over an archive, one .txt per document, one block a line.

The same text feeds SQLite FTS5 and ripgrep, so they search what Quorum extracted. Cached beside the
archive; the cache is keyed by the archive's STAMP and the quorum binary's size and mtime.
"""
import concurrent.futures
import os
import re
import shutil
import subprocess

BLOCK = re.compile(r"^\[p\d+ [a-z -]+\] ")


def parse_extract_output(text):
    """Yields (path, [block text]) from `quorum extract --format text` output."""
    path, blocks, in_body = None, [], False
    for line in text.split("\n"):
        if line.startswith("== ") and line.endswith(")") and " (" in line:
            if path is not None:
                yield path, blocks
            path, blocks, in_body = line[3:line.rindex(" (")], [], False
        elif path is None:
            continue
        elif not in_body:
            in_body = line == ""
        elif BLOCK.match(line):
            blocks.append(BLOCK.sub("", line))
        elif line and blocks:
            blocks[-1] += " " + line
    if path is not None:
        yield path, blocks


def extract_batch(quorum, files):
    done = subprocess.run([quorum, "extract", "--format", "text", *files], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"quorum extract failed ({done.returncode}): {done.stderr.decode(errors='replace')[:800]}")
    return list(parse_extract_output(done.stdout.decode("utf-8", errors="replace"))), done.returncode


def build(quorum, archive_root, out_dir, jobs=2, batch=100):
    """Writes out_dir/text/REL.txt for each document of archive_root/archive; returns (documents, failed)."""
    st = os.stat(quorum)
    with open(os.path.join(archive_root, "STAMP")) as f:
        key = f.read() + f"quorum size={st.st_size} mtime={int(st.st_mtime)}\n"
    stamp = os.path.join(out_dir, "STAMP")
    if os.path.exists(stamp) and open(stamp).read() == key:
        with open(os.path.join(out_dir, "COUNT")) as f:
            n, failed = f.read().split()
        return int(n), int(failed)
    shutil.rmtree(out_dir, ignore_errors=True)
    archive = os.path.join(archive_root, "archive")
    files = sorted(os.path.join(r, n) for r, _, fs in os.walk(archive) for n in fs)
    batches = [files[i:i + batch] for i in range(0, len(files), batch)]
    written = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for docs, _ in pool.map(lambda b: extract_batch(quorum, b), batches):
            for path, blocks in docs:
                rel = os.path.relpath(path, archive)
                dest = os.path.join(out_dir, "text", rel + ".txt")
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "w", encoding="utf-8") as f:
                    f.write("\n".join(blocks) + "\n")
                written += 1
    failed = len(files) - written
    with open(os.path.join(out_dir, "COUNT"), "w") as f:
        f.write(f"{written} {failed}\n")
    with open(stamp, "w") as f:
        f.write(key)
    return written, failed
