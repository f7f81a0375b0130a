#!/usr/bin/python3
"""Fits the meeting-date ranker's weights on labelled documents and writes facets/meeting_date_weights.inc.

  tools/fit_meeting_date_weights.py --tool build/tools/date_candidates [--shared ../shared] [--out facets/meeting_date_weights.inc]

Training documents (never the held-out part):
  - tests/labels/real.tsv          (../shared/corpus-real, status ok)
  - tests/labels/corpus.tsv        (corpus/, the sample archive)
  - ../shared/corpus-real-2/MANIFEST.tsv, only the publishers tests/labels/real2-split.tsv puts in the
    `dev` part, text-layer files only. Publishers in the `test` part are never read: not their labels,
    not their files.

Model: a conditional logit over each document's candidates (build/tools/date_candidates prints them,
one row per date with its features). A candidate's score is w . features; "not stated" scores 0. The fit
maximises the probability of the labelled date (all candidates giving it), or of "not stated" when the
document has no labelled date or no candidate gives it, with an L2 penalty. Pure Python (no numpy in
Debian's base python), Adam on the full batch.
"""
import argparse
import csv
import math
import os
import random
import subprocess
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read_tsv(path):
    """Rows of a TSV whose '#' lines are comments and whose first other line names the columns."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f if l.strip() and not l.startswith("#")]
    names = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({n: (cells[i] if i < len(cells) else "") for i, n in enumerate(names)})
    return rows


def training_documents(shared):
    """(group, absolute path, labelled date or '') for every training document."""
    docs = []
    for row in read_tsv(os.path.join(ROOT, "tests/labels/real.tsv")):
        if (row.get("status") or "ok") == "ok":
            docs.append(("corpus-real", os.path.join(shared, row["path"]), row["meeting_date"].strip()))
    for row in read_tsv(os.path.join(ROOT, "tests/labels/corpus.tsv")):
        if (row.get("status") or "ok") == "ok":
            docs.append(("corpus", os.path.join(ROOT, "corpus", row["path"]), row["meeting_date"].strip()))
    dev = {r["source_repository"] for r in read_tsv(os.path.join(ROOT, "tests/labels/real2-split.tsv")) if r["part"] == "dev"}
    for row in read_tsv(os.path.join(shared, "corpus-real-2/MANIFEST.tsv")):
        if row["source_repository"] in dev and row.get("scanned") != "yes":
            docs.append(("real2-dev:" + row["source_repository"], os.path.join(shared, "corpus-real-2", row["path"]),
                         row["meeting_date"].strip()))
    return docs


def candidates(tool, paths):
    """{path: [(iso, order, [features])]} and the feature names."""
    out = {p: [] for p in paths}
    done = subprocess.run([tool] + paths, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):
        sys.exit("date_candidates failed: " + done.stderr)
    if done.stderr:
        sys.stderr.write(done.stderr)
    lines = done.stdout.splitlines()
    names = lines[0].split("\t")[4:]
    for line in lines[1:]:
        cells = line.split("\t")
        out[cells[0]].append((cells[1], int(cells[2]), [float(v) for v in cells[4:]]))
    return out, names


def prepare(docs, cands):
    """Per document: the candidates' feature vectors and which of them give the labelled date."""
    data = []
    for group, path, gold in docs:
        rows = cands.get(path, [])
        feats = [f for _, _, f in rows]
        good = [i for i, (iso, _, _) in enumerate(rows) if gold and iso == gold]
        data.append((group, path, gold, rows, feats, good))
    return data


def fit(data, n, l2=0.02, steps=1500, lr=0.05, seed=1):
    random.seed(seed)
    w = [0.0] * n
    m = [0.0] * n
    v = [0.0] * n
    b1, b2, eps = 0.9, 0.999, 1e-8
    # Identical feature vectors within a document share one term: dedupe for speed.
    compact = []
    for _, _, _, _, feats, good in data:
        uniq = {}
        for i, f in enumerate(feats):
            key = tuple(f)
            c, g = uniq.get(key, (0, 0))
            uniq[key] = (c + 1, g + (1 if i in good else 0))
        compact.append([(list(k), c, g) for k, (c, g) in uniq.items()])
    for t in range(1, steps + 1):
        grad = [l2 * wi for wi in w]
        for doc in compact:
            scores = [sum(wi * fi for wi, fi in zip(w, f)) for f, _, _ in doc]
            top = max([0.0] + scores)
            ex = [c * math.exp(s - top) for s, (_, c, _) in zip(scores, doc)]
            z = math.exp(-top) + sum(ex)
            exg = [g * math.exp(s - top) for s, (_, _, g) in zip(scores, doc)]
            zg = sum(exg)
            if zg == 0:
                zg = math.exp(-top)  # target: "not stated"
                exg = [0.0] * len(doc)
            # d(-log P)/dw = E_all[f] - E_target[f]
            for (f, _, _), e_all, e_good in zip(doc, ex, exg):
                coef = e_all / z - e_good / zg
                if coef:
                    for k in range(n):
                        if f[k]:
                            grad[k] += coef * f[k]
        for k in range(n):
            m[k] = b1 * m[k] + (1 - b1) * grad[k]
            v[k] = b2 * v[k] + (1 - b2) * grad[k] * grad[k]
            w[k] -= lr * (m[k] / (1 - b1 ** t)) / (math.sqrt(v[k] / (1 - b2 ** t)) + eps)
    return w


def predict(w, rows):
    best = None
    for iso, order, f in rows:
        s = sum(wi * fi for wi, fi in zip(w, f))
        if best is None or s > best[0] or (s == best[0] and order < best[1]):
            best = (s, order, iso)
    return best[2] if best and best[0] > 0 else ""


def accuracy(w, data):
    per = {}
    for group, _, gold, rows, _, _ in data:
        g = group.split(":")[0]
        hit = predict(w, rows) == gold
        c, t = per.get(g, (0, 0))
        per[g] = (c + hit, t + 1)
    return per


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", default=os.path.join(ROOT, "build/tools/date_candidates"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "../shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "facets/meeting_date_weights.inc"))
    ap.add_argument("--l2", type=float, default=0.02)
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--cross-validate", action="store_true",
                    help="also report leave-one-publisher-out accuracy on the dev part (slow)")
    args = ap.parse_args()
    shared = os.path.abspath(args.shared)
    docs = training_documents(shared)
    cands, names = candidates(args.tool, [p for _, p, _ in docs])
    data = prepare(docs, cands)
    w = fit(data, len(names), l2=args.l2, steps=args.steps)
    per = accuracy(w, data)
    summary = ", ".join(f"{g} {c}/{t}" for g, (c, t) in sorted(per.items()))
    print("training accuracy:", summary)
    reachable = sum(1 for d in data if not d[2] or d[5])
    print(f"documents whose labelled date is among the candidates (or not stated): {reachable}/{len(data)}")
    if args.cross_validate:
        groups = sorted({d[0] for d in data if d[0].startswith("real2-dev:")})
        hits = total = 0
        for g in groups:
            wg = fit([d for d in data if d[0] != g], len(names), l2=args.l2, steps=args.steps)
            for d in data:
                if d[0] == g:
                    hits += predict(wg, d[3]) == d[2]
                    total += 1
        print(f"leave-one-publisher-out accuracy on the dev part: {hits}/{total}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("// Meeting-date ranker weights: GENERATED by tools/fit_meeting_date_weights.py (do not edit by hand).\n")
        f.write(f"// Fitted {datetime.now(timezone.utc).strftime('%Y-%m-%d')} on {len(data)} labelled documents "
                f"(corpus-real, corpus/, corpus-real-2 dev part; never the test part), l2 {args.l2}, {args.steps} steps.\n")
        f.write(f"// Training accuracy: {summary}.\n")
        for name, value in zip(names, w):
            f.write(f'{{"{name}", {value:.4f}}},\n')
    print("wrote", args.out)


if __name__ == "__main__":
    main()
