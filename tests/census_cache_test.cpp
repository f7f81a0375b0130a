/** @file census_cache_test.cpp @brief The census cache: keyed by revision and query, emptied by a newer revision, bounded in size; a search with it answers as one without. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <string>

#include "query/census_cache.h"
#include "query/searcher.h"
#include "schema/fields.h"
#include "tests/corpus_db.h"
#include "tests/temp_dir.h"

using namespace quorum;
using query::CensusCache;

namespace {

void add_documents(Xapian::WritableDatabase& db, int count) {
    for (int i = 0; i < count; ++i) {
        Xapian::Document doc;
        doc.add_term("common");
        doc.add_term(i % 2 ? "odd" : "even");
        doc.add_value(schema::field(schema::names::kCouncil).slot, "Council " + std::to_string(i % 3));
        db.add_document(doc);
    }
    db.commit();
}

query::MatchCensus census_of(const Xapian::Database& db, const Xapian::Query& q) {
    return query::take_census(db, q, db.get_doccount(), true, false);
}

}  // namespace

TEST_CASE("census cache: a hit at the same revision, none after a commit, none for an in-memory index", "[census][cache]") {
    test::TempDir dir;
    Xapian::WritableDatabase writer(dir.str() + "/db", Xapian::DB_CREATE_OR_OPEN);
    add_documents(writer, 30);
    Xapian::Database reader(dir.str() + "/db");
    CensusCache cache;
    const Xapian::Query odd("odd"), even("even");
    const auto key = CensusCache::key_for(reader, odd, true, false, {}, {});
    REQUIRE(key);
    CHECK(*key != *CensusCache::key_for(reader, even, true, false, {}, {}));
    CHECK(*key != *CensusCache::key_for(reader, odd, false, false, {}, {}));
    CHECK(*key != *CensusCache::key_for(reader, odd, true, true, {}, {}));
    query::CensusCounts months;
    months.months = true;
    CHECK(*key != *CensusCache::key_for(reader, odd, true, false, {}, months));

    CHECK_FALSE(cache.find(*key));
    const query::MatchCensus counted = census_of(reader, odd);
    cache.insert(*key, counted);
    const auto kept = cache.find(*key);
    REQUIRE(kept);
    CHECK(kept->total == 15);
    CHECK(kept->facets == counted.facets);
    CHECK(cache.stats().hits == 1);
    CHECK(cache.stats().misses == 1);
    CHECK(cache.stats().entries == 1);

    // A commit makes a new revision: the old key is never asked for again, and the first entry
    // of the new revision drops the old ones.
    add_documents(writer, 6);
    reader.reopen();
    const auto newer = CensusCache::key_for(reader, odd, true, false, {}, {});
    REQUIRE(newer);
    CHECK(*newer != *key);
    CHECK_FALSE(cache.find(*newer));
    cache.insert(*newer, census_of(reader, odd));
    CHECK(cache.stats().entries == 1);
    CHECK(cache.find(*newer)->total == 18);
    CHECK_FALSE(cache.find(*key));
    // A request that read the older revision does not put it back.
    cache.insert(*key, counted);
    CHECK(cache.stats().entries == 1);

    Xapian::WritableDatabase in_memory(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_documents(in_memory, 3);
    CHECK_FALSE(CensusCache::key_for(in_memory, odd, true, false, {}, {}));
}

TEST_CASE("census cache: the least recently used entries go past its size", "[census][cache]") {
    test::TempDir dir;
    Xapian::WritableDatabase writer(dir.str() + "/db", Xapian::DB_CREATE_OR_OPEN);
    add_documents(writer, 30);
    Xapian::Database reader(dir.str() + "/db");
    const Xapian::Query a("odd"), b("even"), c("common");
    const auto ka = *CensusCache::key_for(reader, a, true, false, {}, {});
    const auto kb = *CensusCache::key_for(reader, b, true, false, {}, {});
    const auto kc = *CensusCache::key_for(reader, c, true, false, {}, {});
    // Room for two of these entries, not three.
    CensusCache probe;
    probe.insert(ka, census_of(reader, a));
    CensusCache cache(probe.stats().bytes * 5 / 2);
    cache.insert(ka, census_of(reader, a));
    cache.insert(kb, census_of(reader, b));
    REQUIRE(cache.find(ka));  // a is now the most recently used
    cache.insert(kc, census_of(reader, c));
    CHECK(cache.stats().entries == 2);
    CHECK(cache.find(ka));
    CHECK_FALSE(cache.find(kb));
    CHECK(cache.find(kc));
    CHECK(cache.stats().bytes <= probe.stats().bytes * 5 / 2);
}

TEST_CASE("census cache: a search answers the same with it, and its next page reuses the counts", "[census][cache][corpus]") {
    const Xapian::Database db(test::corpus_db());
    CensusCache cache;
    for (const char* text : {"council", "\"county lines\"", "police council:eastmere"}) {
        INFO(text);
        query::SearchRequest plain;
        plain.query = text;
        plain.limit = 3;
        query::SearchRequest cached = plain;
        cached.census_cache = &cache;
        const auto hits_before = cache.stats().hits;
        for (const size_t offset : {0, 3}) {
            plain.offset = cached.offset = offset;
            const query::SearchResults one = query::search(db, plain), two = query::search(db, cached);
            CHECK(two.total == one.total);
            CHECK(two.total_is_exact == one.total_is_exact);
            CHECK(two.facets == one.facets);
            REQUIRE(two.hits.size() == one.hits.size());
            for (size_t i = 0; i < one.hits.size(); ++i) CHECK(two.hits[i].item == one.hits[i].item);
        }
        CHECK(cache.stats().hits == hits_before + 1);  // the second page's census came from the cache
    }
}
