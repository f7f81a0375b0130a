#!/usr/bin/python3
"""Turn a hand-checked transcription of a real scan into a keyed label file (tests/labels/ocr/*.tsv).

  bench/ocr/hash_transcription.py TRANSCRIPTION.txt > tests/labels/ocr/NAME.tsv

The transcription starts with '# file: <path under ../shared>' and '# pages: <N[,M...]>' lines (and
any '#' comments, which are copied: describe what was transcribed, do not quote the document), then the
text as printed. The output holds one line per distinct word: its key and count (bench/ocr/word_labels.py),
and no readable text. Keep the transcription out of the repository: only the output is committed.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from ocr import word_labels  # noqa: E402


def main():
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr if len(sys.argv) != 2 else sys.stdout)
        sys.exit(0 if len(sys.argv) == 2 else 2)
    try:
        header, text = word_labels.read_transcription(sys.argv[1])
    except (OSError, ValueError) as e:
        print(f"hash_transcription: {e}", file=sys.stderr)
        sys.exit(1)
    sys.stdout.write(word_labels.keyed_form(header, text))


if __name__ == "__main__":
    main()
