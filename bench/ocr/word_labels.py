"""Known words of real scans, kept as keyed word counts (tests/labels/ocr/*.tsv; README.md there).

A label file names the scan and the pages it covers in `#` header lines, then holds one line per
distinct word of a hand-checked transcription of those pages: the word's key (word_recall.word_key)
and how many times it occurs, tab-separated, sorted by key. It holds no readable text: the
transcription itself stays with whoever made it and is never committed.

  # file: corpus-real/pdf/example_scanned.pdf
  # pages: 1
  # words: 187
  # ... free comments ...
  0a1b2c3d4e5f	3
"""
import collections
import pathlib

from ocr import word_recall


def _header(path, lines):
    """({key: value} of the `# key: value` header lines, index of the first other line)."""
    fields, i = {}, 0
    while i < len(lines) and lines[i].startswith("#"):
        key, sep, value = lines[i][1:].strip().partition(":")
        if sep and key.strip() in ("file", "pages", "words"):
            fields[key.strip()] = value.strip()
        i += 1
    if "file" not in fields or "pages" not in fields:
        raise ValueError(f"{path}: the header needs '# file:' and '# pages:' lines")
    return fields, i


def _pages(path, value):
    try:
        pages = [int(p) for p in value.replace(",", " ").split()]
    except ValueError:
        raise ValueError(f"{path}: '# pages:' must list page numbers, got {value!r}") from None
    if not pages:
        raise ValueError(f"{path}: '# pages:' lists no page")
    return pages


def read_keyed(path):
    """(file under ../shared, [pages], Counter{word key: times}) of a keyed label file."""
    path = pathlib.Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    fields, first = _header(path, lines)
    counts = collections.Counter()
    for number, line in enumerate(lines[first:], start=first + 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, sep, times = line.partition("\t")
        if (not sep or len(key) != word_recall.KEY_HEX_DIGITS or not times.strip().isdigit()
                or any(c not in "0123456789abcdef" for c in key)):
            raise ValueError(f"{path}:{number}: expected '<{word_recall.KEY_HEX_DIGITS} hex digits>\\t<count>', "
                             f"got {line!r}")
        if key in counts:
            raise ValueError(f"{path}:{number}: key {key} listed twice")
        counts[key] = int(times)
    if "words" in fields and fields["words"].isdigit() and int(fields["words"]) != sum(counts.values()):
        raise ValueError(f"{path}: '# words: {fields['words']}' but the counts add up to {sum(counts.values())}")
    return fields["file"], _pages(path, fields["pages"]), counts


def read_transcription(path):
    """(header lines, text) of a plain transcription: `#` header lines as in a label file, then text."""
    path = pathlib.Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    fields, first = _header(path, lines)
    _pages(path, fields["pages"])
    return lines[:first], "\n".join(lines[first:])


def keyed_form(header, text):
    """The label file's text for a transcription: its header (with '# words: N'), then sorted key counts."""
    counts = word_recall.key_counts(text)
    head = [h for h in header if not h[1:].strip().startswith("words:")]
    out = head[:2] + [f"# words: {sum(counts.values())}"] + head[2:]
    out += [f"{key}\t{times}" for key, times in sorted(counts.items())]
    return "\n".join(out) + "\n"
