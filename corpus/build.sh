#!/usr/bin/env bash
# corpus/build.sh - regenerate the sample archive from its sources.
#
#   bash corpus/build.sh              rebuild corpus/pdf, corpus/html, corpus/text from corpus/src, then self-check
#   bash corpus/build.sh --no-check   rebuild only
#
# SAMPLE DATA: every document is fictional and was written for the Quorum project.
#
# Every file in corpus/pdf, corpus/html and corpus/text is generated here; those three
# folders are deleted and recreated on each run, so never edit them by hand - edit corpus/src.
#
#   src/pdf/*.fodt  -> LibreOffice (soffice --headless --convert-to pdf) -> pdf/*.pdf
#   src/pdf/*.ms    -> groff -ms -Tps | ps2pdf                            -> pdf/*.pdf
#   src/html/*.html -> copied; pages that declare charset=windows-1252 are converted with iconv
#   src/text/*.txt  -> copied; files listed in TEXT_CRLF get CRLF line ends, files in TEXT_CP1252
#                      are converted to windows-1252 with iconv
#
# Determinism: SOURCE_DATE_EPOCH is fixed (groff and Ghostscript honour it), LibreOffice runs
# with a private throw-away profile, and the CreationDate/ModDate and /ID of every PDF are then
# rewritten in place (same byte length, so the xref table stays valid) to values derived from
# SOURCE_DATE_EPOCH and the file's own content. With the same tool versions and fonts the
# output is byte-identical from run to run; other versions of LibreOffice, groff or Ghostscript
# (or different fonts) may lay pages out differently.
set -euo pipefail

CORPUS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$CORPUS/src"
CHECK=1
for arg in "$@"; do
    case "$arg" in
        --no-check) CHECK=0 ;;
        -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "build.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

# Text files that get special treatment (names as in src/text and text/).
TEXT_CRLF=(eastmere-harrowby-csp_board_2020-01-16_minutes.txt)
TEXT_CP1252=(harrowby-bc_cabinet_2023-02-07_minutes.txt)

export SOURCE_DATE_EPOCH=1735689600   # 2025-01-01T00:00:00Z
export TZ=UTC
export LC_ALL=C.UTF-8
FIXED_PDF_DATE="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S)"
export FIXED_PDF_DATE

# ---------------------------------------------------------------- tool check
missing=()
need() {  # need COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package: $2)")
}
need soffice libreoffice-writer-nogui
need groff   groff
need ps2pdf  ghostscript
need iconv   libc-bin
need perl    perl
need sed     sed
if command -v groff >/dev/null 2>&1 && ! printf '.PP\nx\n' | groff -ms -Tps >/dev/null 2>&1; then
    missing+=("groff ms macros and PostScript output (Debian package: groff - groff-base alone is not enough)")
fi
if command -v perl >/dev/null 2>&1 && ! perl -MDigest::MD5 -e 1 2>/dev/null; then
    missing+=("perl module Digest::MD5 (Debian package: perl)")
fi
if ((${#missing[@]})); then
    echo "build.sh: cannot build the sample corpus; missing tools:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "On Debian/Ubuntu: apt-get install libreoffice-writer-nogui groff ghostscript" >&2
    exit 1
fi
if ((CHECK)) && ! { command -v python3 && command -v pdftotext && command -v pdfinfo; } >/dev/null 2>&1; then
    echo "build.sh: python3 or poppler-utils (pdftotext, pdfinfo) not found: skipping the self-check" >&2
    CHECK=0
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/quorum-corpus.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

cd "$CORPUS"
rm -rf pdf html text
mkdir -p pdf html text

# Rewrite CreationDate/ModDate and /ID in place, keeping every byte offset unchanged.
normalize_pdf() {
    perl -0777 -i -pe '
        use Digest::MD5 qw(md5_hex);
        my $d = $ENV{FIXED_PDF_DATE};
        s{(/(?:CreationDate|ModDate)\s*\(D:)\d{14}}{$1$d}g;
        s{(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d}{$1 . substr($d,0,4)."-".substr($d,4,2)."-".substr($d,6,2)."T".substr($d,8,2).":".substr($d,10,2).":".substr($d,12,2)}ge;
        my $blank = $_;
        $blank =~ s{(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)}{$1 . ("0" x 32) . $2 . ("0" x 32) . $3}ge;
        $blank =~ s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1 . ("0" x 32)}ge;   # LibreOffice
        my $id = uc md5_hex($blank);
        s{(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)}{$1$id$2$id$3}g;
        s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1$id}g;
    ' "$1"
}

# ---------------------------------------------------------------- PDFs: LibreOffice
shopt -s nullglob
fodts=("$SRC"/pdf/*.fodt)
if ((${#fodts[@]})); then
    echo "LibreOffice: ${#fodts[@]} document(s)"
    if ! soffice "-env:UserInstallation=file://$tmp/lo-profile" --headless --norestore \
            --convert-to pdf:writer_pdf_Export --outdir "$tmp/lo" "${fodts[@]}" >"$tmp/soffice.log" 2>&1; then
        cat "$tmp/soffice.log" >&2
        echo "build.sh: soffice failed" >&2
        exit 1
    fi
    for f in "${fodts[@]}"; do
        base="$(basename "$f" .fodt)"
        if [[ ! -s "$tmp/lo/$base.pdf" ]]; then
            cat "$tmp/soffice.log" >&2
            echo "build.sh: soffice did not produce $base.pdf" >&2
            exit 1
        fi
        cp "$tmp/lo/$base.pdf" "pdf/$base.pdf"
        normalize_pdf "pdf/$base.pdf"
        echo "  pdf/$base.pdf"
    done
fi

# ---------------------------------------------------------------- PDFs: groff + Ghostscript
GROFF=(groff -k -ms -dpaper=a4 -P-pa4 -Tps -wall)
for f in "$SRC"/pdf/*.ms; do
    base="$(basename "$f" .ms)"
    # Pass 1 counts the pages so that the footer can say "Page N of M" (string PAGES).
    pages="$("${GROFF[@]}" -dPAGES=0 "$f" 2>/dev/null | grep -c '^%%Page:' || true)"
    "${GROFF[@]}" -dPAGES="$pages" "$f" >"$tmp/$base.ps"
    # Run ps2pdf from inside pdf/ with a relative output name: Ghostscript's /ID depends on it.
    (cd pdf && ps2pdf -dPDFSETTINGS=/default "$tmp/$base.ps" "$base.pdf")
    normalize_pdf "pdf/$base.pdf"
    echo "groff: pdf/$base.pdf ($pages pages)"
done

# ---------------------------------------------------------------- HTML
for f in "$SRC"/html/*.html; do
    name="$(basename "$f")"
    if grep -qi 'charset=windows-1252' "$f"; then
        iconv -f UTF-8 -t WINDOWS-1252 "$f" >"html/$name"
        echo "html: html/$name (UTF-8 source converted to windows-1252)"
    else
        cp "$f" "html/$name"
        echo "html: html/$name"
    fi
done

# ---------------------------------------------------------------- text
in_list() { local x="$1"; shift; local y; for y in "$@"; do [[ "$x" == "$y" ]] && return 0; done; return 1; }
for f in "$SRC"/text/*.txt; do
    name="$(basename "$f")"
    if grep -q $'\r' "$f"; then
        echo "build.sh: $f contains CR bytes; sources must use LF line ends" >&2
        exit 1
    fi
    if in_list "$name" "${TEXT_CRLF[@]}"; then
        sed 's/$/\r/' "$f" >"text/$name"
        echo "text: text/$name (CRLF line ends)"
    elif in_list "$name" "${TEXT_CP1252[@]}"; then
        iconv -f UTF-8 -t WINDOWS-1252 "$f" >"text/$name"
        echo "text: text/$name (windows-1252, no declaration)"
    else
        cp "$f" "text/$name"
        echo "text: text/$name"
    fi
done

# ---------------------------------------------------------------- self-check
if ((CHECK)); then
    python3 "$CORPUS/check.py"
fi
echo "build.sh: done"
