/** @file schema_test.cpp @brief The schema table is consistent: unique prefixes, slots and aliases; term helpers. */
#include <catch2/catch.hpp>

#include <set>

#include "schema/fields.h"

using namespace quorum::schema;

TEST_CASE("every prefix, value slot and alias is used once", "[schema]") {
    std::set<std::string> prefixes, aliases;
    std::set<int> slots;
    for (const auto& f : fields()) {
        INFO(f.name);
        if (!f.prefix.empty()) CHECK(prefixes.insert(std::string(f.prefix)).second);
        if (f.slot >= 0) CHECK(slots.insert(f.slot).second);
        for (auto a : f.aliases) CHECK(aliases.insert(std::string(a)).second);
        CHECK((f.slot >= 0) == (f.encoding != ValueEncoding::None));
    }
    // Omega's meanings are kept for slots 0 and 2; slots 1, 3, 4 are left free for Omega.
    CHECK(field(names::kModified).slot == 0);
    CHECK(field(names::kSize).slot == 2);
    CHECK_FALSE(slots.count(1));
    CHECK_FALSE(slots.count(3));
    CHECK(field(names::kId).prefix == "Q");
    CHECK(field(names::kDate).prefix == "D");
}

TEST_CASE("field lookups", "[schema]") {
    CHECK(field_for_alias("committee")->name == names::kCommittee);
    CHECK(field_for_alias("body")->name == names::kCommittee);
    CHECK_FALSE(field_for_alias("nonsense"));
    CHECK_THROWS_WITH(field("nonsense"), "schema has no field named 'nonsense'");
}

TEST_CASE("terms follow Omega's colon rule and facet values normalise", "[schema]") {
    CHECK(make_term("XCOUNCIL", "kent-county-council") == "XCOUNCILkent-county-council");
    CHECK(make_term("XCOUNCIL", "Kent") == "XCOUNCIL:Kent");
    CHECK(make_term("Q", "d0123") == "Qd0123");
    CHECK(facet_term_value("Hinckley & Bosworth  Borough Council") == "hinckley-bosworth-borough-council");
    CHECK(facet_term_value("  Cabinet ") == "cabinet");
    CHECK(facet_term_value(std::string(500, 'a')).size() == 200);
}
