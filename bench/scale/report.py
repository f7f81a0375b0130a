"""The scale benchmark's table (Markdown), and its marked section in docs/benchmarks.md."""
import re


def fmt(x, digits=1):
    if x is None or x != x:  # None or NaN
        return "-"
    return f"{x:,.{digits}f}"


def ratio(a, b, digits=2):
    return "-" if not a or not b or a != a or b != b else f"{a / b:.{digits}f}"


def pct(s):
    return f"{fmt(s['p50'], 2)} / {fmt(s['p95'], 2)} / {fmt(s['p99'], 2)}"


def size_rows(r):
    n = f"{r['documents']:,}"
    ix, q = r["index"], r["index"]["quorum"]
    o = ix.get("omindex")  # absent in a --quorum-only run
    med = lambda runs, key: sorted(x[key] for x in runs)[len(runs) // 2]  # noqa: E731
    q_s = med(q["full"], "seconds")
    o_s = med(o["full"], "seconds") if o else None
    other = "omindex" if o else "omindex (not run)"
    o_med = lambda key: med(o["full"], key) if o else None  # noqa: E731
    o_get = lambda f: f(o) if o else None  # noqa: E731
    mb = r["archive_mb"]
    rows = [
        (n, f"full index, seconds (median of {len(q['full'])}); files failed: quorum {q.get('failed_files', '-')}", fmt(q_s, 2), other, fmt(o_s, 2), ratio(q_s, o_s)),
        (n, "indexing files/s", fmt(r["files"] / q_s), other, fmt(o_get(lambda _: r["files"] / o_s)),
         ratio(o_s, q_s) + "× faster" if o else "-"),
        (n, "indexing MB/s", fmt(mb / q_s, 2), other, fmt(o_get(lambda _: mb / o_s), 2), ratio(o_s, q_s)),
        (n, "indexing CPU seconds (user+sys)", fmt(med(q["full"], "cpu"), 2), other,
         fmt(o_med("cpu"), 2), ratio(med(q["full"], "cpu"), o_med("cpu"))),
        (n, "peak RSS, MB", fmt(med(q["full"], "rss_kb") / 1024), other, fmt(o_get(lambda _: o_med("rss_kb") / 1024)),
         ratio(med(q["full"], "rss_kb"), o_med("rss_kb"))),
        (n, "Xapian documents in the index", f"{q['records']:,}", other, o_get(lambda o: f"{o['records']:,}") or "-", "-"),
        (n, "index size, MB", fmt(q["size_kb"] / 1024), other, fmt(o_get(lambda o: o["size_kb"] / 1024)),
         ratio(q["size_kb"], o_get(lambda o: o["size_kb"]))),
        (n, "no-change re-index, seconds (median of 3)", fmt(sorted(q["unchanged"])[1], 2), other,
         fmt(o_get(lambda o: sorted(o["unchanged"])[1]), 2), ratio(sorted(q["unchanged"])[1], o_get(lambda o: sorted(o["unchanged"])[1]))),
        (n, f"re-index after {ix['changed_files']} files (1%) changed, seconds", fmt(q["changed"], 2), other,
         fmt(o_get(lambda o: o["changed"]), 2), ratio(q["changed"], o_get(lambda o: o["changed"]))),
    ]
    qq = r["queries"]["quorum"]
    qs, fts = r["queries"].get("quest"), r["queries"].get("fts5")
    reps = qq["repetitions"]
    label = f"queries p50 / p95 / p99 ms ({qq['queries']} queries × {reps})"
    if qs and fts:
        rows.append((n, label + ", all", pct(qq["all"]), "quest (process per query, text only, no facets)",
                     pct(qs["all"]), ratio(qq["all"]["p99"], qs["all"]["p99"]) + " (p99)"))
        rows.append((n, label + ", all", pct(qq["all"]), "SQLite FTS5 (in process, bm25 + snippet + 2 facet counts)",
                     pct(fts["all"]), ratio(qq["all"]["p99"], fts["all"]["p99"]) + " (p99)"))
    else:
        rows.append((n, label + ", all", pct(qq["all"]), "quest and SQLite FTS5 (not run)", "-", "-"))
    for kind in ("free", "phrase", "facet", "date"):
        if kind in qq.get("by_kind", {}):
            if fts:
                rows.append((n, f"queries p50 / p95 / p99 ms, {kind}", pct(qq["by_kind"][kind]), "SQLite FTS5",
                             pct(fts["by_kind"][kind]), ratio(qq["by_kind"][kind]["p99"], fts["by_kind"][kind]["p99"]) + " (p99)"))
            else:
                rows.append((n, f"queries p50 / p95 / p99 ms, {kind}", pct(qq["by_kind"][kind]), "SQLite FTS5 (not run)", "-", "-"))
    if "fts_build_seconds" in r:
        rows.append((n, "FTS5 table build from pre-extracted text, seconds", "-", "SQLite FTS5",
                     fmt(r["fts_build_seconds"], 2), "-"))
    for m in r["mentions"]:
        label = f"every mention of \"{m['phrase']}\", seconds"
        if "rg_seconds" not in m:
            rows.append((n, label, f"{fmt(m['quorum_seconds'], 3)} ({m['quorum_docs']} docs, {m['quorum_mentions']} rows)",
                         "rg (not run)", "-",
                         f"truth {m['truth_docs']} docs, {m['truth_missing_count']} of them not found"))
        elif "quorum_seconds" in m:
            agree = "sets agree" if m["same_documents"] else f"sets DIFFER (quorum only {m['only_quorum']}, rg only {m['only_rg']})"
            rows.append((n, label, f"{fmt(m['quorum_seconds'], 3)} ({m['quorum_docs']} docs, {m['quorum_mentions']} rows)",
                         "rg over extracted text", f"{fmt(m['rg_seconds'], 3)} ({m['rg_docs']} docs, {m['rg_mentions']} hits)",
                         f"{ratio(m['quorum_seconds'], m['rg_seconds'])}; {agree}; truth {m['truth_docs']} docs"))
        else:
            rows.append((n, label, "skipped: `quorum mentions` does not exist yet", "rg over extracted text",
                         f"{fmt(m['rg_seconds'], 3)} ({m['rg_docs']} docs, {m['rg_mentions']} hits)",
                         f"truth {m['truth_docs']} docs"))
    return rows


def table(results, header_lines):
    out = list(header_lines) + ["",
                                "| docs | measure | quorum | compared with | other | quorum / other |",
                                "|---:|---|---:|---|---:|---|"]
    for r in results:
        out += ["| " + " | ".join(row) + " |" for row in size_rows(r)]
    for r in results:
        if r.get("accuracy"):
            out += ["", f"{r['documents']:,} documents, `bench/accuracy` (quorum show against the truth):", "",
                    "```", r["accuracy"].rstrip("\n"), "```"]
    return "\n".join(out) + "\n"


def write_section(doc_path, section, body):
    """Replaces the text between <!-- SECTION:begin --> and <!-- SECTION:end --> (appends the markers if absent)."""
    begin, end = f"<!-- {section}:begin -->", f"<!-- {section}:end -->"
    with open(doc_path, encoding="utf-8") as f:
        doc = f.read()
    block = f"{begin}\n{body}{end}"
    if begin in doc and end in doc:
        doc = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, doc, flags=re.S)
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    with open(doc_path, "w", encoding="utf-8") as f:
        f.write(doc)
