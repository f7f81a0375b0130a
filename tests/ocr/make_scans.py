#!/usr/bin/env python3
"""Makes the OCR test PDFs (issue 18) from fictional minutes, with nothing but Debian tools.

  scanned-minutes.pdf  one page, image only: the minutes typeset by groff, rendered to gray
                       pixels at 300 dpi by pdftoppm, given a slight skew, blur and speckle noise
                       (bench/ocr/scan.py), and wrapped back into a PDF with no text layer.
  scanned-minutes.txt  the typeset page's own text, which tests measure OCR's word recall against.
  mixed-minutes.pdf    two pages: page 1 has a real text layer, page 2 is the scanned image.
  sideways-minutes.pdf the scanned page fed in sideways: the image turned a quarter turn
                       anticlockwise on a landscape page (OCR must turn it back; same known text).

Usage: tests/ocr/make_scans.py [OUT_DIR]   (default: the folder of this script)
Needs groff (gropdf) and poppler-utils (pdftoppm). Seeded, so the output is repeatable.
The council, people and business are fictional.
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
from ocr import scan  # noqa: E402  (the scanner's skew, blur and speckle, shared with bench/ocr_bench)

# A scanner's usual resolution. The speckle and blur work on pixels, so at a lower resolution they
# are coarser against the text: made at 150 dpi, this page's word recall is 0.968 (and 0.926 with
# the 3-tap box blur this script used before), against 1.000 at 300 dpi.
DPI = 300

# .nh: no hyphenation, so that the known text has every word whole.
SCANNED_MINUTES = r"""
.nh
.po 0.6i
.ll 4.6i
.ps 12
.vs 17
.ce 2
\fBLITTLE WEXCOMBE PARISH COUNCIL\fP
Minutes of the meeting held on 14 May 2024
.sp
.ad l
Present: Cllr Marjorie Pennyfeather (Chair), Cllr Desmond Quillfoot, Cllr Harriet Oakbridge.
.sp
\fB41. Apologies\fP
.br
Apologies were received from Cllr Tobias Wrenfield.
.sp
\fB42. Village hall roof\fP
.br
The clerk reported that three quotes had been received for the repair of the
village hall roof. RESOLVED that the quote from Brackenhurst Roofing be accepted.
.sp
\fB43. Footpath near the mill pond\fP
.br
Residents asked for the footpath beside the mill pond to be cleared of brambles
before the summer fete. The clerk will write to the landowner.
"""

TEXT_PAGE = r"""
.nh
.po 0.6i
.ll 4.6i
.ps 12
.vs 15
.ce 2
\fBLITTLE WEXCOMBE PARISH COUNCIL\fP
Minutes of the meeting held on 14 May 2024
.sp
.ad l
\fB40. Declarations of interest\fP
.br
Cllr Quillfoot declared an interest in item 42 as a neighbour of the village hall.
.bp
"""


def groff_pdf(source, out_path):
    with open(out_path, "wb") as out:
        subprocess.run(["groff", "-Tpdf", "-P-pa5"], input=source.encode(), stdout=out, check=True)


def known_text(pdf_path):
    """The typeset page's own text (pdftotext), which OCR of its scan is measured against."""
    return subprocess.run(["pdftotext", "-layout", pdf_path, "-"], stdout=subprocess.PIPE, check=True,
                          text=True).stdout


def turned_anticlockwise(width, height, pixels):
    """The image turned a quarter turn anticlockwise: (height x width), the top row becomes the left column."""
    out = bytearray(width * height)
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        for x in range(width):
            out[(width - 1 - x) * height + y] = row[x]
    return height, width, out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(18)
    a5_w, a5_h = 419.53, 595.28  # points
    with tempfile.TemporaryDirectory() as work:
        typeset = os.path.join(work, "typeset.pdf")
        groff_pdf(SCANNED_MINUTES, typeset)
        width, height, pixels = scan.render_gray(typeset, DPI)
        pixels = scan.scanned(width, height, pixels, rng, degrees=0.6)
        scan.write_pdf(os.path.join(out_dir, "scanned-minutes.pdf"), [(width, height, pixels, a5_w, a5_h)])
        t_width, t_height, t_pixels = turned_anticlockwise(width, height, pixels)
        scan.write_pdf(os.path.join(out_dir, "sideways-minutes.pdf"), [(t_width, t_height, t_pixels, a5_h, a5_w)])
        with open(os.path.join(out_dir, "scanned-minutes.txt"), "w", encoding="utf-8") as f:
            f.write(known_text(typeset))
        # The mixed document: groff's real text page, then the image page, joined by qpdf.
        text_pdf = os.path.join(work, "text.pdf")
        groff_pdf(TEXT_PAGE, text_pdf)
        subprocess.run(["qpdf", "--empty", "--pages", text_pdf, "1", os.path.join(out_dir, "scanned-minutes.pdf"),
                        "1", "--", os.path.join(out_dir, "mixed-minutes.pdf")], check=True)


if __name__ == "__main__":
    main()
