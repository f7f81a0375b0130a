#!/usr/bin/python3
"""Search a Quorum index from Python (Debian's python3-xapian), as docs/schema.md describes.

Usage: faceted_search.py INDEX WORDS [FILTER_TERM...]
  e.g. faceted_search.py quorum-db "county lines" XCOUNCILkent-county-council Y2025
Prints one line per matching agenda item: date, council, item number and title, path.
"""
import json
import sys

import xapian


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    db = xapian.Database(sys.argv[1])
    if db.get_metadata("quorum:schema-version") != b"1":
        sys.exit("not a Quorum schema-1 index")

    parser = xapian.QueryParser()
    parser.set_database(db)
    parser.set_stemmer(xapian.Stem("english"))
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    query = parser.parse_query(sys.argv[2])

    # Only agenda-item records; then every filter term given (facets are boolean terms).
    filters = [xapian.Query("XRECORDitem")] + [xapian.Query(t) for t in sys.argv[3:]]
    query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(xapian.Query.OP_AND, filters))

    enquire = xapian.Enquire(db)
    enquire.set_query(query)
    enquire.set_collapse_key(6)  # one result per document (slot 6 = parent document id)
    type_counts = xapian.ValueCountMatchSpy(14)  # slot 14: document type, one value per item
    enquire.add_matchspy(type_counts)
    for match in enquire.get_mset(0, 20, db.get_doccount()):
        data = json.loads(match.document.get_data())
        print(data["date"] or "-", "; ".join(data["council"]) or "-",
              data["item"]["number"], data["item"]["title"], data["path"], sep=" | ")
    for item in type_counts.values():
        print("type", item.term.decode(), item.termfreq, sep="\t")


if __name__ == "__main__":
    main()
