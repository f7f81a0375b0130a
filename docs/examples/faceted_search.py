#!/usr/bin/python3
"""Search a Quorum index from Python (Debian's python3-xapian), as docs/schema.md describes.

Usage: faceted_search.py INDEX WORDS [FILTER_TERM...]
  e.g. faceted_search.py quorum-db "county lines" XCOUNCILkent-county-council Y2025
Prints one line per matching meeting document (date, council, title, path), then its agenda
items that hold one of the words, then counts of document types over the whole match set.
"""
import json
import sys

import xapian
import zstandard  # Debian's python3-zstandard


def stored_data(db):
    """A function that reads a document's stored data: JSON, or in an index with a dictionary
    (metadata quorum:data-dictionary) JSON compressed with zstd and that dictionary."""
    dictionary = db.get_metadata("quorum:data-dictionary")
    if not dictionary:
        return lambda doc: json.loads(doc.get_data())
    decompressor = zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(dictionary))

    def read(doc):
        data = doc.get_data()
        return json.loads(data if data[:1] == b"{" else decompressor.decompress(data))
    return read


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    db = xapian.Database(sys.argv[1])
    if db.get_metadata("quorum:schema-version") != b"5":
        sys.exit("not a Quorum schema-5 index")
    read = stored_data(db)

    parser = xapian.QueryParser()
    parser.set_database(db)
    parser.set_stemmer(xapian.Stem("english"))
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    query = parser.parse_query(sys.argv[2])

    # Every filter term given (facets are boolean terms) narrows the words' matches.
    filters = [xapian.Query(t) for t in sys.argv[3:]]
    if filters:
        query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(xapian.Query.OP_AND, filters))

    enquire = xapian.Enquire(db)
    enquire.set_query(query)
    type_counts = xapian.ValueCountMatchSpy(14)  # slot 14: document type
    enquire.add_matchspy(type_counts)
    words = [w.lower() for w in sys.argv[2].replace('"', " ").split()]
    for match in enquire.get_mset(0, 20, db.get_doccount()):
        data = read(match.document)
        facets = data["facets"]  # each facet: a list of {"value", "source", "confidence"}
        date = facets["date"][0]["value"] if facets["date"] else "-"
        councils = "; ".join(c["value"] for c in facets["council"]) or "-"
        print(date, councils, data["title"], data["path"], sep=" | ")
        for item in data["items"]:
            begin, end = item["text"]  # the item's text is a slice of the document's stored text
            text = (item["title"] + " " + data["text"].encode()[begin:end].decode()).lower()
            if any(w in text for w in words):
                print("   item", item["number"] or "-", item["title"], "(RESOLVED)" if item["resolved"] else "")
    for item in type_counts.values():
        print("type", item.term.decode(), item.termfreq, sep="\t")


if __name__ == "__main__":
    main()
