/** @file fuzz_entries.cpp @brief The fuzzed entries: extract or query, then check the result's contract or that the error is the typed one. */
#include "fuzz/fuzz_entries.h"

#include <xapian.h>

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <cstdlib>
#include <memory>
#include <string>

#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "extractors/extractor.h"
#include "query/query_builder.h"
#include "query/query_error.h"
#include "schema/fields.h"

namespace quorum::fuzz {
namespace {

// Well-formed lead and continuation bytes (the JSON dump below also rejects overlongs).
bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = s[i];
        const size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > s.size()) return false;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

// "" when `e` keeps the contract of extraction.h, else the first breach.
std::string contract_breach(const extract::Extraction& e) {
    if (e.pages < 1) return "pages = " + std::to_string(e.pages);
    std::string breach;
    auto utf8 = [&breach](std::string_view field, const std::string& s) {
        if (breach.empty() && !valid_utf8(s)) breach = std::string(field) + " is not valid UTF-8";
    };
    utf8("title", e.title);
    for (const auto& [k, v] : e.metadata) {
        utf8("metadata key", k);
        utf8("metadata value", v);
    }
    for (const auto& w : e.warnings) utf8("warning", w);
    for (const auto& b : e.blocks) {
        utf8("block text", b.text);
        if (breach.empty() && (b.page < 1 || b.page > e.pages))
            breach = "block on page " + std::to_string(b.page) + " of " + std::to_string(e.pages);
    }
    if (!breach.empty()) return breach;
    try {
        (void)extract::to_json(e).dump();  // what the index stores
    } catch (const nlohmann::json::exception& error) {
        return std::string("the extraction cannot be stored as JSON: ") + error.what();
    }
    return "";
}

const extract::Extractor& extractor_for(extract::Format format) {
    static const auto pdf = extract::make_pdf_extractor();
    static const auto html = extract::make_html_extractor();
    static const auto text = extract::make_text_extractor();
    switch (format) {
        case extract::Format::Pdf: return *pdf;
        case extract::Format::Html: return *html;
        case extract::Format::Text: return *text;
    }
    return *text;
}

// A small index for the query front end: facet values, spellings, and enough words sharing
// prefixes that wildcards expand (and can hit the expansion limit).
// A glass database (the in-memory backend has no spelling table) in a temporary folder that
// is removed when the process exits.
class QueryDatabaseFolder {
public:
    QueryDatabaseFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "quorum-fuzz-db-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp " + pattern);
        path_ = pattern;
    }
    ~QueryDatabaseFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    QueryDatabaseFolder(const QueryDatabaseFolder&) = delete;
    QueryDatabaseFolder& operator=(const QueryDatabaseFolder&) = delete;
    std::string db() const { return (path_ / "db").string(); }

private:
    std::filesystem::path path_;
};

Xapian::Database make_query_database() {
    static const QueryDatabaseFolder folder;
    Xapian::WritableDatabase db(folder.db(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    const char* values[] = {"eastmere-district-council", "harrowby-borough-council", "northvale-county-council",
                            "cabinet", "licensing-committee", "anti-social-behaviour", "jane-smith"};
    Xapian::Document doc;
    for (const auto& f : schema::fields())
        if (!f.prefix.empty())
            for (const char* v : values) doc.add_term(schema::make_term(f.prefix, v));
    const char* words[] = {"council", "councillor", "cctv", "fly", "tipping", "budget", "resolved", "licence",
                           "planning", "police", "crime", "panel", "minutes", "agenda", "decision"};
    for (const char* w : words) {
        doc.add_term(w);
        db.add_spelling(w);
    }
    for (int i = 0; i < 3000; ++i) doc.add_term("word" + std::to_string(i));
    doc.add_value(static_cast<Xapian::valueno>(schema::field(schema::names::kDate).slot), "20240314");
    db.add_document(doc);
    db.commit();
    return Xapian::Database(folder.db());
}

}  // namespace

std::string extract_one(extract::Format format, std::string_view bytes) {
    if (bytes.empty()) return "";  // Extractor::extract REQUIRES !bytes.empty()
    try {
        return contract_breach(extractor_for(format).extract(bytes));
    } catch (const extract::ExtractError&) {
        return "";  // a clean, typed failure
    } catch (const std::exception& e) {
        return "untyped exception from the " + std::string(extract::format_name(format)) + " extractor: " + e.what();
    }
}

std::string query_one(std::string_view text) {
    static const Xapian::Database db = make_query_database();
    static const query::QueryBuilder builder(db);
    const std::string query(text);
    try {
        const query::ParsedQuery parsed = builder.parse(query);
        Xapian::Enquire enquire(db);
        enquire.set_query(parsed.query);
        (void)enquire.get_mset(0, 10);
    } catch (const query::QueryError&) {
    } catch (const Xapian::Error& e) {
        return "Xapian error from a query: " + e.get_description();
    } catch (const std::exception& e) {
        return std::string("untyped exception from a query: ") + e.what();
    }
    try {
        query::Filters filters;
        filters.from = query;
        (void)builder.parse("", filters);
    } catch (const query::QueryError&) {
    } catch (const Xapian::Error& e) {
        return "Xapian error from a date filter: " + e.get_description();
    } catch (const std::exception& e) {
        return std::string("untyped exception from a date filter: ") + e.what();
    }
    return "";
}

void abort_on_problem(const std::string& problem) {
    if (problem.empty()) return;
    std::fprintf(stderr, "fuzz: %s\n", problem.c_str());
    std::fflush(stderr);
    std::abort();
}

}  // namespace quorum::fuzz
