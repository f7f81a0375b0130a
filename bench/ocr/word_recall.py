"""Word recall of OCR text against known text (issue 18's accuracy measure).

Both texts are split into words the same way: runs of letters and digits, with an apostrophe inside a
word kept ("council's"), lower-cased; typographic quotes count as apostrophes. Recall is the share of
the known text's words that the OCR text holds, each word counted as often as it occurs (a multiset:
a word the known text has three times and OCR twice scores two). A word OCR split in two ("Quill foot")
or joined to its neighbour is missed, as a searcher would miss it.
"""
import collections
import re

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text):
    return [w.lower() for w in WORD.findall(text.replace("\u2019", "'").replace("\u2018", "'"))]


def recall(known, found):
    """(recall, known word count, {missed word: times}) of `found` against `known`."""
    want, have = collections.Counter(words(known)), collections.Counter(words(found))
    hit = sum(min(n, have[w]) for w, n in want.items())
    missed = {w: n - have[w] for w, n in want.items() if n > have[w]}
    total = sum(want.values())
    return (hit / total if total else 1.0), total, missed
