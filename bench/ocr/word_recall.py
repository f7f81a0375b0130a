"""Word recall of OCR text against known text (issue 18's accuracy measure).

Both texts are split into words the same way: runs of letters and digits, with an apostrophe inside a
word kept ("council's"), lower-cased; typographic quotes count as apostrophes. Recall is the share of
the known text's words that the OCR text holds, each word counted as often as it occurs (a multiset:
a word the known text has three times and OCR twice scores two). A word OCR split in two ("Quill foot")
or joined to its neighbour is missed, as a searcher would miss it.

The known text of a real scan is not kept as text (the project holds no sentences of real documents):
it is kept as word counts keyed by `word_key`, a hash of each word so counted, which gives the same
recall as the text it was made from (`recall_counts`).
"""
import collections
import hashlib
import re

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

# Prefix hashed with each word; changing it (or how words are counted) needs the label files remade.
KEY_PREFIX = "quorum-ocr-v1:"
KEY_HEX_DIGITS = 12


def words(text):
    return [w.lower() for w in WORD.findall(text.replace("\u2019", "'").replace("\u2018", "'"))]


def word_key(word):
    """The key a known word is kept under: the first 12 hex digits of SHA-256 of KEY_PREFIX + word."""
    return hashlib.sha256((KEY_PREFIX + word).encode("utf-8")).hexdigest()[:KEY_HEX_DIGITS]


def key_counts(text):
    """{word_key: times} of the words of `text`."""
    return collections.Counter(word_key(w) for w in words(text))


def recall_counts(want, have):
    """(recall, known word count, {missed: times}) of counts `have` against counts `want` (same keys)."""
    hit = sum(min(n, have[w]) for w, n in want.items())
    missed = {w: n - have[w] for w, n in want.items() if n > have[w]}
    total = sum(want.values())
    return (hit / total if total else 1.0), total, missed


def recall(known, found):
    """(recall, known word count, {missed word: times}) of `found` against `known`."""
    return recall_counts(collections.Counter(words(known)), collections.Counter(words(found)))


def recall_keyed(known_keys, found):
    """(recall, known word count, {missed word or key: times}) of OCR text `found` against the keyed
    counts `known_keys` ({word_key: times}). A missed word the OCR text holds fewer times than the
    known text is named; one it lacks altogether can only be shown by its key."""
    found_words = words(found)
    have = collections.Counter(word_key(w) for w in found_words)
    r, total, missed = recall_counts(collections.Counter(known_keys), have)
    plain = {word_key(w): w for w in found_words}
    return r, total, {plain.get(k, f"#{k}"): n for k, n in missed.items()}
