"""Turns typeset PDF pages into scanned ones: gray pixels with a little skew, blur and speckle, wrapped
back into an image-only PDF (issue 18's OCR test scans and bench/ocr_bench's scanned archive).

Python standard library and pdftoppm (poppler-utils) only. The pixel steps work on whole rows or on
the page as one big integer, so that a 300 dpi A4 page (8.7 million pixels) takes about a second:
  skew     a small rotation as three shears (rows shifted sideways, bands of columns shifted up or
           down, rows again);
  blur     a (1 2 1)/4 kernel across and then down, as a slightly soft scanner gives;
  speckle  a share of pixels set to black or gray at random, as dust and paper grain give.
"""
import math
import subprocess
import zlib

WHITE = 255


def render_gray(pdf_path, dpi, page=1):
    """Page `page` of a PDF as (width, height, bytearray of 8-bit gray pixels), rendered by pdftoppm."""
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


def _shear_rows(width, height, pixels, factor):
    """Shifts each row sideways by factor * (its distance from the middle row), white behind."""
    out = bytearray(len(pixels))
    for y in range(height):
        dx = round(factor * (y - height / 2))
        src = pixels[y * width:(y + 1) * width]
        if dx >= 0:
            row = bytes([WHITE]) * min(dx, width) + src[:max(width - dx, 0)]
        else:
            row = src[-dx:] + bytes([WHITE]) * min(-dx, width)
        out[y * width:(y + 1) * width] = row
    return out


def _shear_columns(width, height, pixels, factor):
    """Shifts each column down by factor * (its distance from the middle column), a band of columns
    with the same shift at a time, white behind."""
    out = bytearray(b"\xff" * (width * height))
    x = 0
    while x < width:
        dy = round(factor * (x - width / 2))
        end = x + 1
        while end < width and round(factor * (end - width / 2)) == dy:
            end += 1
        for y in range(max(0, dy), min(height, height + dy)):
            src = (y - dy) * width
            out[y * width + x:y * width + end] = pixels[src + x:src + end]
        x = end
    return out


def skew(width, height, pixels, degrees):
    """Rotates by `degrees` (small) about the centre as three shears (Paeth), white where the page
    moved away."""
    a = math.radians(degrees)
    pixels = _shear_rows(width, height, pixels, -math.tan(a / 2))
    pixels = _shear_columns(width, height, pixels, math.sin(a))
    return _shear_rows(width, height, pixels, -math.tan(a / 2))


def _smooth(pixels, step_lanes):
    """(1 2 1)/4 of each pixel with its neighbours `step_lanes` pixels before and after it, computed on
    the page as one integer of 16-bit lanes (no lane's sum, at most 1020, carries into the next)."""
    n = len(pixels)
    lanes = bytearray(2 * n)
    lanes[1::2] = pixels
    whole = int.from_bytes(lanes, "big")
    bits = 16 * step_lanes
    mask = (1 << (16 * n)) - 1
    total = (((whole << bits) & mask) + (whole << 1) + (whole >> bits)) >> 2
    # After the shift by 2 a lane's own value sits in its low byte; the bits that fell from the
    # lane before it land in its top two bits, which the [1::2] slice leaves out.
    return bytearray(total.to_bytes(2 * n, "big")[1::2])


def blur(width, height, pixels):
    """A (1 2 1)/4 blur across, then down. The page's edges (margins) borrow from black."""
    del height  # the page is one run of pixels; rows wrap into each other only at the margins
    return _smooth(_smooth(pixels, 1), width)


def speckle(pixels, rng, share):
    """Sets `share` of the pixels, picked by `rng`, to black or one of two grays."""
    for _ in range(int(len(pixels) * share)):
        pixels[rng.randrange(len(pixels))] = rng.choice((0, 90, 170))
    return pixels


def scanned(width, height, pixels, rng, degrees=None, speckle_share=0.0015):
    """The steps a scanner adds, in order: skew (a random angle within +-0.8 degrees unless given),
    blur, speckle."""
    if degrees is None:
        degrees = rng.uniform(-0.8, 0.8)
    return speckle(blur(width, height, skew(width, height, pixels, degrees)), rng, speckle_share)


def image_page_objects(width, height, pixels, page_w_pt, page_h_pt, first_id):
    """The objects of one image-only page (page, contents, image), numbered from first_id."""
    data = zlib.compress(bytes(pixels), 6)
    content = f"q {page_w_pt:.2f} 0 0 {page_h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
    page = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page_w_pt:.2f} {page_h_pt:.2f}] "
            f"/Resources << /XObject << /Im0 {first_id + 2} 0 R >> >> /Contents {first_id + 1} 0 R >>").encode()
    contents = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data)) +
             data + b"\nendstream")
    return [page, contents, image]


def write_pdf(path, pages):
    """pages: (width, height, pixels, page_w_pt, page_h_pt) per page. Writes an image-only PDF."""
    bodies, kids = [b"<< /Type /Catalog /Pages 2 0 R >>", None], []
    for width, height, pixels, w_pt, h_pt in pages:
        kids.append(len(bodies) + 1)
        bodies.extend(image_page_objects(width, height, pixels, w_pt, h_pt, len(bodies) + 1))
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


def page_sizes_pt(pdf_path):
    """[(width, height)] in points for each page, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", pdf_path], stdout=subprocess.PIPE,
                          check=True, text=True).stdout
    sizes = []
    for line in info.splitlines():
        if line.startswith("Page") and " size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def scan_pdf(source_pdf, out_pdf, dpi, rng):
    """Writes `out_pdf`: every page of `source_pdf` rendered at `dpi` and scanned(). Returns the pages."""
    pages = []
    for number, (w_pt, h_pt) in enumerate(page_sizes_pt(source_pdf), start=1):
        width, height, pixels = render_gray(source_pdf, dpi, number)
        pages.append((width, height, scanned(width, height, pixels, rng), w_pt, h_pt))
    write_pdf(out_pdf, pages)
    return len(pages)
