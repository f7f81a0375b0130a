#!/usr/bin/env python3
"""Self-check of the sample corpus (run by build.sh after a rebuild; needs pdftotext/pdfinfo).

This is NOT Quorum's extractor. It is a deliberately simple reference reading of each file,
used only to prove that the corpus is what README.md says it is:

  * every file in pdf/, html/, text/ has exactly one row in LABELS.tsv and at least three
    "present" rows in PHRASES.tsv (HTML files also at least two "absent" rows);
  * every "present" phrase occurs in the file's reading text (PDF: pdftotext; HTML: the text of
    <main> or <div id="content"> without script/style; text: the decoded file), after collapsing
    white space and either joining end-of-line hyphens or keeping them;
  * every "absent" phrase really occurs in the raw file (so it is a genuine trap) but outside
    the reading text (HTML), or - for PDFs - in a running header/footer on the pages;
  * the hard cases are really there: windows-1252 bytes, CRLF line ends, pipe dump, two-column
    and header/footer PDFs, hyphenated line ends, the sample-data notice in every document.

Exit status 0 when everything holds, 1 otherwise.
"""
import csv
import html
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TOPICS = set(
    "anti-social-behaviour burglary vehicle-crime domestic-abuse hate-crime cyber-crime "
    "child-sexual-exploitation modern-slavery county-lines substance-misuse road-safety "
    "night-time-economy serious-organised-crime reoffending youth-diversion cctv fly-tipping "
    "knife-crime violence-reduction counter-terrorism rural-crime police-contact "
    "victims-and-witnesses arson funding budget planning housing highways adult-social-care "
    "children-and-education public-health environment licensing governance audit".split())
DOC_TYPES = {"minutes", "agenda", "decision", "report"}
# Running headers/footers of the header/footer PDFs (also listed as "absent" in PHRASES.tsv).
RUNNING = [re.escape("Eastmere District Council — Cabinet — 14 March 2024"),
           re.escape("Northvale County Council — Audit Committee — Minutes"),
           r"Page \d+ of \d+"]
SAMPLE_RE = re.compile(r"Sample data [–-] fictional council, written for the Quorum project")

errors = []


def err(msg):
    errors.append(msg)
    print("  FAIL " + msg)


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:] if r]


def norm_ws(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def variants(text):
    """Reading text with end-of-line hyphens joined (soft hyphen) and kept (real hyphen)."""
    t = unicodedata.normalize("NFKC", text).replace("\r\n", "\n")
    joined = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", t)
    kept = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", t)
    return [norm_ws(joined), norm_ws(kept)]


class MainText(HTMLParser):
    """Collects the text inside <main> / <div id="content">, skipping script/style/noscript."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, is_main_root)
        self.main_depth = 0
        self.skip_depth = 0
        self.parts = []

    VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "wbr"}
    BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol", "br", "td", "th", "caption"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.VOID:
            return
        root = tag == "main" or (tag == "div" and a.get("id") == "content")
        self.stack.append((tag, root))
        if root:
            self.main_depth += 1
        if tag in ("script", "style", "noscript"):
            self.skip_depth += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, root = self.stack.pop()
            if root:
                self.main_depth -= 1
            if t in ("script", "style", "noscript"):
                self.skip_depth -= 1
            if t == tag:
                break
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.main_depth > 0 and self.skip_depth == 0:
            self.parts.append(data)


def decode_html(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    return raw.decode({"windows-1252": "cp1252"}.get(enc, enc)), enc


def extract(path):
    """Returns (reading_text, raw_text, pages) for a corpus file."""
    full = os.path.join(HERE, path)
    raw = open(full, "rb").read()
    if path.endswith(".pdf"):
        # Default reading order (poppler joins end-of-line hyphens itself) plus -raw (content
        # stream order, hyphens kept); a phrase passes if either reading contains it.
        outs = [subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", full, "-"], check=True,
                               capture_output=True).stdout.decode("utf-8") for mode in ([], ["-raw"])]
        pages = outs[0].split("\f")
        # What a good extractor should do with a running header/footer: drop it from the body.
        body = [re.sub(r"(?m)^(?:%s)[ \t]*$" % "|".join(RUNNING), "", o.replace("\f", "\n")) for o in outs]
        return "\n\f\n".join(body), outs[0], pages
    if path.endswith(".html"):
        text, _ = decode_html(raw)
        p = MainText()
        p.feed(text)
        return "".join(p.parts), html.unescape(text), None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return text, text, None


def check_files(labels, phrases):
    files = sorted(os.path.join(d, f) for d in ("pdf", "html", "text")
                   for f in os.listdir(os.path.join(HERE, d)))
    labelled = [r["path"] for r in labels]
    for f in files:
        if labelled.count(f) != 1:
            err(f"{f}: expected exactly one LABELS.tsv row, found {labelled.count(f)}")
    for f in labelled:
        if f not in files:
            err(f"LABELS.tsv names {f}, which was not built")
    for f in set(r["path"] for r in phrases):
        if f not in files:
            err(f"PHRASES.tsv names {f}, which was not built")
    return files


def check_labels(labels):
    for r in labels:
        p = r["path"]
        if r["meeting_date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["meeting_date"]):
            err(f"{p}: meeting_date {r['meeting_date']!r} is not YYYY-MM-DD")
        if r["doc_type"] not in DOC_TYPES:
            err(f"{p}: doc_type {r['doc_type']!r}")
        for t in filter(None, r["topics"].split(";")):
            if t not in TOPICS:
                err(f"{p}: unknown topic {t!r}")
        for o in filter(None, r["officers"].split(";")):
            if not re.fullmatch(r"[^()]+ \([^()]+\)", o):
                err(f"{p}: officer {o!r} is not 'Full Name (Role)'")


def check_phrases(files, phrases):
    for f in files:
        rows = [r for r in phrases if r["path"] == f]
        present = [r["phrase"] for r in rows if r["kind"] == "present"]
        absent = [r["phrase"] for r in rows if r["kind"] == "absent"]
        if len(present) < 3 or len(present) > 6:
            err(f"{f}: {len(present)} present phrases (want 3-6)")
        if f.endswith(".html") and len(absent) < 2:
            err(f"{f}: {len(absent)} absent phrases (want at least 2)")
        reading, everything, pages = extract(f)
        vs = variants(reading)
        for ph in present:
            if not any(norm_ws(ph) in v for v in vs):
                err(f"{f}: present phrase not found: {ph!r}")
        if not any(SAMPLE_RE.search(v) for v in vs):
            err(f"{f}: sample-data notice missing from the reading text")
        for ph in absent:
            if f.endswith(".pdf"):
                # A running header/footer: must be on a page, outside the body reading order
                # is the extractor's job; here we only prove the trap exists.
                if not any(norm_ws(ph) in norm_ws(pg) for pg in pages):
                    err(f"{f}: absent (header/footer) phrase not on any page: {ph!r}")
            else:
                if norm_ws(ph) not in norm_ws(everything):
                    err(f"{f}: absent phrase is not in the raw file at all: {ph!r}")
                if any(norm_ws(ph) in v for v in vs):
                    err(f"{f}: absent phrase leaks into the reading text: {ph!r}")
        print(f"  ok   {f}: {len(present)} present, {len(absent)} absent")


def pdf_info(path):
    out = subprocess.run(["pdfinfo", os.path.join(HERE, path)], check=True,
                         capture_output=True).stdout.decode("utf-8", "replace")
    return dict(re.findall(r"^([A-Za-z ]+):\s*(.*)$", out, re.M))


def check_hard_cases(files):
    producers = set()
    for f in (x for x in files if x.endswith(".pdf")):
        info = pdf_info(f)
        producers.add(info.get("Producer", "?").split()[0])
        if not info.get("Title"):
            err(f"{f}: PDF has no Title")
    if len(producers) < 2:
        err(f"PDFs come from fewer than two producers: {producers}")

    # Running header + "Page N of M" on every page (3+ pages).
    for f, header in (("pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf",
                       "Eastmere District Council — Cabinet — 14 March 2024"),
                      ("pdf/northvale-cc_audit-committee_2022-11-01_minutes.pdf",
                       "Northvale County Council — Audit Committee — Minutes")):
        _, _, pages = extract(f)
        pages = [p for p in pages if p.strip()]
        if len(pages) < 3:
            err(f"{f}: only {len(pages)} pages")
        for i, pg in enumerate(pages, 1):
            if header not in pg or f"Page {i} of {len(pages)}" not in pg:
                err(f"{f}: page {i} lacks the running header or 'Page {i} of {len(pages)}'")

    # Two-column PDF: a sentence that runs from the foot of column 1 into column 2.
    f = "pdf/eastmere-harrowby-csp_board_2019-10-03_minutes.pdf"
    lay = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, f), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    if not re.search(r"\S {4,}\S", lay) or int(pdf_info(f)["Pages"]) < 2:
        err(f"{f}: does not look like a 2-page two-column layout")

    # Hyphenated line ends in a PDF (layout mode keeps them).
    if not re.search(r"[a-z]-\n", lay):
        err(f"{f}: no word hyphenated across a line end")

    # windows-1252 files: the bytes are really there and the file is not UTF-8.
    for f in ("html/little-wexcombe-pc_2022-10-01_minutes.html",
              "text/harrowby-bc_cabinet_2023-02-07_minutes.txt"):
        raw = open(os.path.join(HERE, f), "rb").read()
        for b in (0xA3, 0x91, 0x92, 0x93, 0x94, 0x96):
            if bytes([b]) not in raw:
                err(f"{f}: byte 0x{b:02X} missing")
        try:
            raw.decode("utf-8")
            err(f"{f}: decodes as UTF-8, so it is not a windows-1252 test")
        except UnicodeDecodeError:
            pass
    if b"charset=windows-1252" not in open(os.path.join(HERE, "html/little-wexcombe-pc_2022-10-01_minutes.html"), "rb").read():
        err("windows-1252 HTML page does not declare its charset")

    # CRLF text file: every line ends CRLF.
    raw = open(os.path.join(HERE, "text/eastmere-harrowby-csp_board_2020-01-16_minutes.txt"), "rb").read()
    if raw.count(b"\n") == 0 or raw.count(b"\r\n") != raw.count(b"\n"):
        err("CRLF text file has bare LF line ends")

    # Hard-wrapped text: <= 72 columns, soft hyphens at line ends, "anti-social" kept mid-line.
    txt = open(os.path.join(HERE, "text/northvale-cc_cabinet_2021-07-15_minutes.txt"), encoding="utf-8").read()
    if max(len(l) for l in txt.splitlines()) > 72 or "recom-\nmendation" not in txt or "anti-social behaviour" not in txt:
        err("hard-wrapped text file is not wrapped/hyphenated as described")

    # Pipe dump: one item per line, each ending " |".
    lines = open(os.path.join(HERE, "text/northvale-cc_safer-communities-board_item-dump.txt"), encoding="utf-8").read().splitlines()
    if len(lines) < 5 or not all(l.endswith(" |") for l in lines):
        err("pipe dump lines do not all end with ' |'")


def main():
    print("check.py: checking the sample corpus")
    _, labels = read_tsv("LABELS.tsv")
    _, phrases = read_tsv("PHRASES.tsv")
    files = check_files(labels, phrases)
    check_labels(labels)
    check_phrases(files, phrases)
    check_hard_cases(files)
    if errors:
        print(f"check.py: {len(errors)} problem(s)")
        return 1
    print(f"check.py: all checks passed ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
