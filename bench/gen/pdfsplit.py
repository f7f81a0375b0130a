"""Copies runs of pages of a PDF that gropdf wrote into PDFs of their own, in-process.

What `qpdf BATCH --pages . FIRST-LAST -- OUT` does, for the simple files gropdf writes: one
cross-reference table, a page tree of one node whose /Kids lists every page and whose /Resources the
pages inherit, no object streams. An output holds the catalog, the document information, that node
with only the run's pages, and every object those reach, renumbered from 1; streams are copied as they
are. Anything else raises ValueError.
"""
import re

REF = re.compile(rb"\b(\d+) 0 R\b")
KIDS = re.compile(rb"/Kids\s*\[[^\]]*\]")
COUNT = re.compile(rb"/Count\s+\d+")
STREAM = re.compile(rb">>\s*stream\r?\n")


def find(pattern, data, what):
    found = re.search(pattern, data)
    if not found:
        raise ValueError(f"no {what}")
    return found


class Pdf:
    def __init__(self, data):
        xref = int(find(rb"startxref\s+(\d+)\s+%%EOF\s*$", data, "startxref at the end").group(1))
        trailer = data[xref:]
        self.root = int(find(rb"/Root\s+(\d+) 0 R", trailer, "/Root in the trailer").group(1))
        self.info = int(find(rb"/Info\s+(\d+) 0 R", trailer, "/Info in the trailer").group(1))
        self.header = find(rb"\A%PDF-\S+\r?\n%[^\n]*\n", data, "header").group(0)  # and the binary comment
        self.objects = read_objects(data, xref)
        self.pages_node = int(find(rb"/Pages\s+(\d+) 0 R", self.head(self.root), "/Pages").group(1))
        kids = find(KIDS, self.head(self.pages_node), "/Kids in the page tree").group(0)
        self.pages = [int(n) for n in REF.findall(kids)]

    def write(self, first, last, path):
        """Writes pages first..last (1-based) to path."""
        if not 1 <= first <= last <= len(self.pages):
            raise ValueError(f"pages {first}-{last} asked of a PDF of {len(self.pages)}")
        kids = self.pages[first - 1:last]
        node = self.head(self.pages_node)
        node = KIDS.sub(b"/Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"]", node)
        node = COUNT.sub(b"/Count %d" % len(kids), node)
        heads = {self.pages_node: node}
        numbers = self.reachable([self.root, self.info], heads)
        new = {old: i for i, old in enumerate(numbers, 1)}
        out = bytearray(self.header)
        offsets = []
        for old in numbers:
            head, stream = self.objects[old]
            head = REF.sub(lambda ref: b"%d 0 R" % new[int(ref.group(1))], heads.get(old, head))
            offsets.append(len(out))
            out += b"%d 0 obj%sendobj\n" % (new[old], head + stream)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(numbers) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<<\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
            new[self.info], new[self.root], len(numbers) + 1, xref)
        with open(path, "wb") as f:
            f.write(out)

    def head(self, n):
        """Object n's dictionary part (the part that refers to other objects)."""
        if n not in self.objects:
            raise ValueError(f"object {n} is referred to but not in the file")
        return self.objects[n][0]

    def reachable(self, start, heads):
        """The numbers of the objects reachable from start, sorted (heads overrides objects' dictionaries)."""
        seen = set()
        todo = list(start)
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo += [int(r) for r in REF.findall(heads.get(n) or self.head(n))]
        return sorted(seen)


def read_objects(data, xref):
    """Object number -> (dictionary part, stream part) of each object in the cross-reference table at xref."""
    if not data.startswith(b"xref", xref):
        raise ValueError("no cross-reference table where startxref says")
    lines = iter(data[xref:data.index(b"trailer", xref)].split(b"\n")[1:])
    offsets = {}
    for line in lines:
        if not line.strip():
            continue
        start, count = (int(x) for x in line.split())
        for n in range(start, start + count):
            offset, _, kind = next(lines).split()[:3]
            if kind == b"n":
                offsets[n] = int(offset)
    ends = sorted(offsets.values()) + [xref]
    end_of = dict(zip(ends, ends[1:]))
    objects = {}
    for n, offset in offsets.items():
        body = data[offset:end_of[offset]].rstrip()
        opening = b"%d 0 obj" % n
        if not body.startswith(opening) or not body.endswith(b"endobj"):
            raise ValueError(f"object {n} at byte {offset} is not where the cross-reference table says")
        body = body[len(opening):-len(b"endobj")]
        stream = STREAM.search(body)
        split = stream.start() + 2 if stream else len(body)
        objects[n] = (body[:split], body[split:])
    return objects
