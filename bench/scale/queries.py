"""The fixed query mix and its runs: Quorum in process (query_bench), `quest` per process, SQLite FTS5 in process.

The mix is drawn (seeded) from the archive's truth and the taxonomy: free text, phrases, facet-filtered
(council or topic) and date ranges, 20 of each. Quorum and FTS5 compute facet counts; quest cannot, and
runs the text part only, without the filters (omindex knows no council, topic or meeting date).
"""
import json
import os
import random
import sqlite3
import subprocess
import time

from scale import measure

KINDS = ["free", "phrase", "facet", "date"]


def make_mix(truth_rows, topics, seed=7, per_kind=20):
    """Rows (kind, query, council, topic, from, to)."""
    rng = random.Random(seed)
    slugs = sorted(topics)
    main_word = lambda slug: topics[slug][1][0].split()[-1]  # noqa: E731  the topic's first phrase, last word
    mix = []
    for i in range(per_kind):
        phrase = rng.choice(topics[rng.choice(slugs)][1])
        mix.append(("free", phrase if i % 2 == 0 else phrase.split()[0], "", "", "", ""))
    for i in range(per_kind):
        if i % 2 == 0:
            multi = [p for s in slugs for p in topics[s][1] if " " in p]
            mix.append(("phrase", f'"{rng.choice(multi)}"', "", "", "", ""))
        else:
            row = rng.choice([r for r in truth_rows if r["phrases"]])
            mix.append(("phrase", f'"{" ".join(rng.choice(row["phrases"]).split()[:4])}"', "", "", "", ""))
    for i in range(per_kind):
        row = rng.choice([r for r in truth_rows if r["topics"]])
        slug = rng.choice(row["topics"])
        if i % 2 == 0:
            mix.append(("facet", main_word(slug), row["council"], "", "", ""))
        else:
            mix.append(("facet", main_word(rng.choice(slugs)), "", slug, "", ""))
    for _ in range(per_kind):
        start = rng.randint(2005, 2022)
        mix.append(("date", main_word(rng.choice(slugs)), "", "", str(start), str(start + rng.randint(0, 3))))
    return mix


def write_mix(mix, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# kind\tquery\tcouncil\ttopic\tfrom\tto\n")
        for row in mix:
            f.write("\t".join(row) + "\n")


def run_quorum(query_bench, db, mix_path, reps):
    done = subprocess.run([query_bench, "--db", db, "--queries", mix_path, "--repetitions", str(reps)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"query_bench failed: {done.stderr[-1500:]}")
    return json.loads(done.stdout)


def run_quest(db, mix, reps):
    """quest, one process per query: the text part only, AND as the default operator like Quorum."""
    def once(q):
        seconds, done = measure.wall(["quest", "-d", db, "-m", "10", "-o", "and", q[1]])
        if done.returncode != 0:
            raise RuntimeError(f"quest failed on {q[1]!r}: {done.stderr.decode(errors='replace')[:500]}")
        return seconds
    for q in mix:
        once(q)  # warm-up
    samples = {k: [] for k in KINDS}
    for _ in range(reps):
        for q in mix:
            samples[q[0]].append(once(q))
    return summarise(samples)


def summarise(samples):
    all_ = [s for v in samples.values() for s in v]
    return {"all": measure.summary_ms(all_), "by_kind": {k: measure.summary_ms(v) for k, v in samples.items() if v}}


# ------------------------------------------------------------------------------------------- SQLite FTS5
def build_fts(db_path, text_dir, truth_rows):
    """One FTS5 row per document: extracted text (porter stemming), and path/council/date/topics columns."""
    if os.path.exists(db_path):
        os.unlink(db_path)
    start = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(body, path UNINDEXED, council UNINDEXED, date UNINDEXED,"
                " topics UNINDEXED, tokenize='porter unicode61')")
    rows = []
    for r in truth_rows:
        p = os.path.join(text_dir, r["path"] + ".txt")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                rows.append((f.read(), r["path"], r["council"], r["date"], " ".join(r["topics"])))
    con.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.commit()
    con.close()
    return time.perf_counter() - start


def fts_where(q):
    clauses, args = ["docs MATCH ?"], [q[1]]
    if q[2]:
        clauses.append("council = ?")
        args.append(q[2])
    if q[3]:
        clauses.append("instr(' ' || topics || ' ', ?) > 0")
        args.append(f" {q[3]} ")
    if q[4]:
        clauses.append("date >= ?")
        args.append(f"{q[4]}-01-01")
    if q[5]:
        clauses.append("date <= ?")
        args.append(f"{q[5]}-12-31")
    return " AND ".join(clauses), args


def fts_query(con, q):
    """Top 10 by bm25 with snippets, then counts per council and per year over the whole match set."""
    where, args = fts_where(q)
    hits = con.execute(f"SELECT path, snippet(docs, 0, '<b>', '</b>', '…', 24) FROM docs WHERE {where} "
                       "ORDER BY bm25(docs) LIMIT 10", args).fetchall()
    councils = con.execute(f"SELECT council, count(*) FROM docs WHERE {where} GROUP BY council", args).fetchall()
    years = con.execute(f"SELECT substr(date, 1, 4), count(*) FROM docs WHERE {where} GROUP BY 1", args).fetchall()
    return len(hits), sum(c for _, c in councils), len(years)


def run_fts(db_path, mix, reps):
    con = sqlite3.connect(db_path)
    matches = [fts_query(con, q)[1] for q in mix]  # warm-up
    samples = {k: [] for k in KINDS}
    for _ in range(reps):
        for q in mix:
            start = time.perf_counter()
            fts_query(con, q)
            samples[q[0]].append(time.perf_counter() - start)
    con.close()
    out = summarise(samples)
    out["matches"] = matches
    return out
