"""Every mention: `quorum mentions --format csv PHRASE` against ripgrep over the pre-extracted text.

Both are timed (median of 3 runs after a warm-up) and their sets of documents (and counts of
occurrences per document) compared. ripgrep matches the phrase's words case-insensitively with any
run of non-word characters between them, which is how a word-based phrase search reads it.
"""
import collections
import csv
import io
import os
import re
import subprocess

from scale import measure


def available(quorum):
    """Whether `quorum --help` lists a mentions subcommand."""
    done = subprocess.run([quorum, "--help"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return re.search(r"^  mentions\b", done.stdout, re.M) is not None


def rg_pattern(phrase):
    return r"(?i)\b" + r"\W+".join(re.escape(w) for w in phrase.split()) + r"\b"


def rg_counts(text_dir, phrase):
    """document (relative to text_dir, without .txt) -> occurrences, and the median seconds."""
    cmd = ["rg", "--count-matches", "--no-messages", "-e", rg_pattern(phrase), text_dir]
    times, out = [], None
    for i in range(4):
        seconds, done = measure.wall(cmd)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"rg failed on {phrase!r}: {done.stderr.decode(errors='replace')[:500]}")
        if i:
            times.append(seconds)
        out = done.stdout.decode("utf-8", errors="replace")
    counts = {}
    for line in out.splitlines():
        path, _, n = line.rpartition(":")
        counts[os.path.relpath(path, text_dir)[:-len(".txt")]] = int(n)
    return counts, measure.median(times)


def path_column(header):
    for name in ("path", "file", "document", "source"):
        if name in header:
            return header.index(name)
    return None


def quorum_counts(quorum, db, archive, phrase):
    """document (relative to archive) -> rows of `quorum mentions` output, and the median seconds."""
    cmd = [quorum, "mentions", "--db", db, "--format", "csv", phrase]
    times, out = [], None
    for i in range(4):
        seconds, done = measure.wall(cmd)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"quorum mentions failed on {phrase!r}: {done.stderr.decode(errors='replace')[:500]}")
        if i:
            times.append(seconds)
        out = done.stdout.decode("utf-8", errors="replace")
    rows = list(csv.reader(io.StringIO(out)))
    if not rows:
        return {}, measure.median(times)
    col = path_column(rows[0])
    if col is None:
        raise RuntimeError(f"quorum mentions CSV has no path column: {rows[0]}")
    counts = collections.Counter(os.path.relpath(r[col], archive) for r in rows[1:] if len(r) > col)
    return dict(counts), measure.median(times)


def compare(quorum, db, archive, text_dir, phrase, truth_docs):
    rg, rg_s = rg_counts(text_dir, phrase)
    q, q_s = quorum_counts(quorum, db, archive, phrase)
    return {
        "phrase": phrase,
        "quorum_seconds": q_s, "rg_seconds": rg_s,
        "quorum_docs": len(q), "rg_docs": len(rg), "truth_docs": len(truth_docs),
        "quorum_mentions": sum(q.values()), "rg_mentions": sum(rg.values()),
        "same_documents": set(q) == set(rg),
        "same_counts": q == rg,
        "only_quorum": sorted(set(q) - set(rg))[:5], "only_rg": sorted(set(rg) - set(q))[:5],
        "rg_vs_truth_missing": sorted(set(truth_docs) - set(rg))[:5],
    }


def rg_only(text_dir, phrase, truth_docs):
    rg, rg_s = rg_counts(text_dir, phrase)
    return {"phrase": phrase, "rg_seconds": rg_s, "rg_docs": len(rg), "rg_mentions": sum(rg.values()),
            "truth_docs": len(truth_docs), "rg_vs_truth_missing": sorted(set(truth_docs) - set(rg))[:5]}


def quorum_only(quorum, db, archive, phrase, truth_docs):
    """`quorum mentions` timed and checked against the generator's truth alone (no extracted text)."""
    q, q_s = quorum_counts(quorum, db, archive, phrase)
    return {"phrase": phrase, "quorum_seconds": q_s, "quorum_docs": len(q), "quorum_mentions": sum(q.values()),
            "truth_docs": len(truth_docs), "truth_missing": sorted(set(truth_docs) - set(q))[:5],
            "truth_missing_count": len(set(truth_docs) - set(q))}
