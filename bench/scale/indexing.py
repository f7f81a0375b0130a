"""Indexing figures: `quorum index` and `omindex` on the same archive, full, unchanged and after 1% changed."""
import os
import random
import shutil
import subprocess

from scale import measure


def copy_archive(archive, dest):
    """A hard-linked copy (fast, same mtimes) that the 1%-changed step can modify without touching the cache."""
    if os.path.exists(dest):
        shutil.rmtree(dest)
    subprocess.run(["cp", "-al", archive, dest], check=True)


def warm_page_cache(archive):
    for root, _, files in os.walk(archive):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                while f.read(1 << 20):
                    pass


def tools(quorum, work, with_omindex=True):
    q_db, o_db = os.path.join(work, "quorum-db"), os.path.join(work, "omega-db")
    archive = os.path.join(work, "archive")
    out = {
        "quorum": ([quorum, "index", "--quiet", "--db", q_db, "--failures", os.path.join(work, "failures.jsonl"),
                    archive], q_db),
        "omindex": (["omindex", "--db", o_db, "--url", "/", archive], o_db),
    }
    if not with_omindex:
        del out["omindex"]
    return out


def xapian_doccount(db):
    """Number of Xapian documents, from `xapian-delve DB` ("number of documents = N")."""
    text = subprocess.run(["xapian-delve", db], stdout=subprocess.PIPE, text=True, check=True).stdout
    for line in text.splitlines():
        if line.startswith("number of documents"):
            return int(line.split("=")[1])
    raise RuntimeError(f"xapian-delve {db}: no document count in {text[:300]!r}")


def change_one_percent(archive, seed):
    """Rewrites 1% of the text and HTML files with an added sentence (new inode, size and mtime)."""
    candidates = sorted(os.path.join(r, n) for r, _, fs in os.walk(archive) for n in fs
                        if n.endswith((".txt", ".html", ".htm")))
    total = sum(len(fs) for _, _, fs in os.walk(archive))
    chosen = random.Random(seed).sample(candidates, max(1, total // 100))
    for path in chosen:
        with open(path, "rb") as f:
            data = f.read()
        if path.endswith(".txt"):
            data += b"\nAmended: a late correction to the minutes was agreed.\n"
        else:
            data = data.replace(b"</main>", b"<p>Amended: a late correction to the minutes was agreed.</p></main>")
        os.unlink(path)  # break the hard link to the cached archive
        with open(path, "wb") as f:
            f.write(data)
    return len(chosen)


def run(quorum, archive, work, runs, log, with_omindex=True):
    """Returns {tool: {...figures...}} and leaves the indexes (of the changed archive) in `work`."""
    copy_archive(archive, os.path.join(work, "archive"))
    warm_page_cache(os.path.join(work, "archive"))
    t = tools(quorum, work, with_omindex)
    out = {name: {"full": []} for name in t}
    attempts = runs + (1 if runs > 1 else 0)  # one untimed warm-up run when several are timed
    for attempt in range(attempts):
        for name, (cmd, db) in t.items():
            shutil.rmtree(db, ignore_errors=True)
            log(f"  index ({name}) run {attempt + 1}/{attempts}")
            m = measure.timed(cmd, ok_codes=(0, 1))  # 1: some files failed (quorum --failures)
            if runs == 1 or attempt > 0:
                out[name]["full"].append(m)
    failures = os.path.join(work, "failures.jsonl")
    if os.path.exists(failures):
        with open(failures) as f:
            out["quorum"]["failed_files"] = sum(1 for line in f if line.strip())
    else:
        out["quorum"]["failed_files"] = 0
    for name, (cmd, db) in t.items():
        out[name]["size_kb"] = measure.du_kb(db)
        out[name]["records"] = xapian_doccount(db)
        out[name]["unchanged"] = [measure.timed(cmd, ok_codes=(0, 1))["seconds"] for _ in range(3)]
    out["changed_files"] = change_one_percent(os.path.join(work, "archive"), 6)
    for name, (cmd, db) in t.items():
        log(f"  re-index after 1% changed ({name})")
        out[name]["changed"] = measure.timed(cmd, ok_codes=(0, 1))["seconds"]
    out["dbs"] = {name: db for name, (_, db) in t.items()}
    return out
