#!/usr/bin/env python3
"""Makes the OCR test PDFs (issue 18) from fictional minutes, with nothing but Debian tools.

  scanned-minutes.pdf  one page, image only: the minutes typeset by groff, rendered to gray
                       pixels by pdftoppm, given a slight skew, blur and speckle noise, and
                       wrapped back into a PDF with no text layer.
  mixed-minutes.pdf    two pages: page 1 has a real text layer, page 2 is the scanned image.

Usage: tests/ocr/make_scans.py [OUT_DIR]   (default: the folder of this script)
Needs groff (gropdf) and poppler-utils (pdftoppm). Seeded, so the output is repeatable.
The council, people and business are fictional.
"""
import math
import os
import random
import subprocess
import sys
import tempfile
import zlib

SCANNED_MINUTES = r"""
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


def render_gray(pdf_path, dpi, page=1):
    """Returns (width, height, bytearray of 8-bit gray pixels)."""
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), pdf_path],
                         stdout=subprocess.PIPE, check=True).stdout
    fields, pos = [], 0
    while len(fields) < 4:  # P5 width height maxval, whitespace separated
        while pgm[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not pgm[pos:pos + 1].isspace():
            pos += 1
        fields.append(pgm[start:pos])
    width, height = int(fields[1]), int(fields[2])
    return width, height, bytearray(pgm[pos + 1:pos + 1 + width * height])


def skew(width, height, pixels, degrees):
    """Rotates about the centre (nearest neighbour), white outside."""
    out = bytearray(b"\xff" * (width * height))
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    cx, cy = width / 2, height / 2
    for y in range(height):
        dy = y - cy
        row = y * width
        for x in range(width):
            dx = x - cx
            sx = int(c * dx + s * dy + cx)
            sy = int(-s * dx + c * dy + cy)
            if 0 <= sx < width and 0 <= sy < height:
                out[row + x] = pixels[sy * width + sx]
    return out


def blur(width, height, pixels):
    """A 3-tap horizontal then vertical box blur, as a slightly soft scanner gives."""
    h = bytearray(pixels)
    for y in range(height):
        row = y * width
        for x in range(1, width - 1):
            h[row + x] = (pixels[row + x - 1] + pixels[row + x] + pixels[row + x + 1]) // 3
    v = bytearray(h)
    for y in range(1, height - 1):
        for x in range(width):
            i = y * width + x
            v[i] = (h[i - width] + h[i] + h[i + width]) // 3
    return v


def speckle(pixels, rng, share):
    for _ in range(int(len(pixels) * share)):
        i = rng.randrange(len(pixels))
        pixels[i] = rng.choice((0, 90, 170))
    return pixels


def image_page_objects(width, height, pixels, page_w_pt, page_h_pt, first_id):
    """The objects of one image-only page: page, contents, image. Returns (list of bodies)."""
    data = zlib.compress(bytes(pixels), 9)
    content = f"q {page_w_pt:.2f} 0 0 {page_h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
    page = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page_w_pt:.2f} {page_h_pt:.2f}] "
            f"/Resources << /XObject << /Im0 {first_id + 2} 0 R >> >> /Contents {first_id + 1} 0 R >>").encode()
    contents = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data)) +
             data + b"\nendstream")
    return [page, contents, image]


def write_pdf(path, page_objects):
    """page_objects: a list per page of object bodies, the first of each being the page."""
    bodies, kids = [b"<< /Type /Catalog /Pages 2 0 R >>", None], []
    for objects in page_objects:
        kids.append(len(bodies) + 1)
        bodies.extend(objects)
    bodies[1] = ("<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), " ".join(f"{k} 0 R" for k in kids))).encode()
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def scanned_page(source, work, dpi, rng):
    pdf = os.path.join(work, "typeset.pdf")
    groff_pdf(source, pdf)
    width, height, pixels = render_gray(pdf, dpi)
    pixels = speckle(blur(width, height, skew(width, height, pixels, 0.6)), rng, 0.0015)
    return width, height, pixels


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(18)
    dpi = 150
    a5_w, a5_h = 419.53, 595.28  # points
    with tempfile.TemporaryDirectory() as work:
        width, height, pixels = scanned_page(SCANNED_MINUTES, work, dpi, rng)
        first = 3
        write_pdf(os.path.join(out_dir, "scanned-minutes.pdf"),
                  [image_page_objects(width, height, pixels, a5_w, a5_h, first)])
        # The mixed document: groff's real text page, then the image page, joined by qpdf.
        text_pdf = os.path.join(work, "text.pdf")
        groff_pdf(TEXT_PAGE, text_pdf)
        subprocess.run(["qpdf", "--empty", "--pages", text_pdf, "1", os.path.join(out_dir, "scanned-minutes.pdf"),
                        "1", "--", os.path.join(out_dir, "mixed-minutes.pdf")], check=True)


if __name__ == "__main__":
    main()
