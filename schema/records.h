/** @file records.h @brief The record Quorum indexes for each source file (with its agenda items) and their facets: plain data shared by facets/, indexer/ and query/. */
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace quorum {

/// How an item's motion was moved and decided, as far as the minutes state it.
struct Vote {
    std::string mover;     ///< "Councillor Plowden", "S. Kirkey"; empty when not stated
    std::string seconder;
    std::string mover_person;     ///< the mover as the person facet names them ("Roger Gough"), or ""
    std::string seconder_person;
    std::string result;    ///< "carried", "lost", "unanimous" (carried by all), or empty
    int in_favour = -1;    ///< counts; -1 when not stated
    int against = -1;
    int abstained = -1;
    /// Named votes where the minutes list them ("Ayes: Vance, Orr; Nays: Pell", "For (31) Mr A, Mr B"), as printed.
    std::vector<std::string> for_names;
    std::vector<std::string> against_names;
    std::vector<std::string> abstain_names;
    std::vector<std::string> absent_names;
    bool empty() const {
        return mover.empty() && seconder.empty() && result.empty() && in_favour < 0 && against < 0 && abstained < 0 &&
               for_names.empty() && against_names.empty() && abstain_names.empty() && absent_names.empty();
    }
};

/// One agenda item (or section) of a document.
struct Item {
    std::string number;      ///< as printed ("84", "3", "09.17.01"); empty when unnumbered
    std::string title;
    std::string text;        ///< the item's blocks joined by blank lines
    std::string resolution;  ///< "RESOLVED that ..." text; empty when the item has none
    int first_page = 1;
    int last_page = 1;
    /// Where pages after the first begin in `text`: {byte offset, page}, ascending.
    std::vector<std::pair<size_t, int>> page_starts;
    std::vector<std::string> topics;  ///< topic slugs with enough evidence in this item's text
    Vote vote;                        ///< the item's (last) motion: mover, seconder, counts, result
    std::vector<std::string> speakers;  ///< people shown speaking on the item, as the person facet names them
};

/// A phrase of the taxonomy that counted towards a topic, as the taxonomy writes it.
struct EvidenceWord {
    std::string phrase;      ///< "pothole", "street lighting", "ASB"
    std::size_t mentions = 0;  ///< times it counted (a phrase inside a longer match counts once)
    bool in_title = false;   ///< it was in the title of an item (a title match alone gives the topic)
};

/// Why a document has a topic: the items that have it, their evidence weight summed (what the
/// document rule compares with the main topic's) and the phrases that made it, most mentioned first.
struct TopicEvidenceSummary {
    std::size_t weight = 0;
    std::size_t items = 0;
    std::vector<EvidenceWord> words{};
    bool empty() const { return items == 0 && weight == 0 && words.empty(); }
};

/// A facet value with where it came from and how sure we are.
struct FacetValue {
    std::string value;
    std::string source;      ///< "manifest", "folder-defaults", "structure", "metadata", "text"
    double confidence = 0.0; ///< 0..1
    std::string role;        ///< officers: "Chairman", "Inspector", ...; people: "chair", "member", "officer", ...
    TopicEvidenceSummary evidence{};  ///< topics only: why the document has it (empty otherwise)
};

/// Facets of one document (issue: facets). Empty vectors mean "not known".
struct DocumentFacets {
    std::vector<FacetValue> councils;
    std::vector<FacetValue> mentions;   ///< councils named but not the publisher
    std::vector<FacetValue> bodies;     ///< at most one in practice
    std::vector<FacetValue> dates;      ///< at most one; value is YYYY-MM-DD
    std::vector<FacetValue> doc_types;  ///< at most one
    std::vector<FacetValue> officers;
    std::vector<FacetValue> people;     ///< each person of the meeting once, role = what they were there
    std::vector<FacetValue> topics;
    /// Where the file was published (a manifest's url column, else the page's canonical link or
    /// og:url): an http(s) address, or empty when nothing states it. Not a facet: no terms.
    std::string source_url;
};

/// One meeting of a file that holds several (a year's minutes in one PDF, an annual meeting
/// followed by an ordinary one): its own heading, date, body, items and pages.
struct Meeting {
    std::string title;      ///< the minutes heading that opens it ("MINUTES OF THE ANNUAL MEETING ...")
    std::string date;       ///< YYYY-MM-DD, or empty when it states none
    std::string body;       ///< the body that met, or empty
    size_t first_item = 0;  ///< its items are [first_item, next meeting's first_item) of the record's items
    int first_page = 1;
    int last_page = 1;
};

/// Identity of a file on disk, used by incremental indexing.
struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtime = 0;   ///< seconds since the epoch
    std::string hash;         ///< 32 hex digits (XXH3-128) or empty when not computed
};

/// Everything the index holds for one source file.
struct DocumentRecord {
    std::string path;
    std::string format;       ///< "pdf", "html", "text"
    std::string title;
    int pages = 1;
    FileStamp stamp;
    DocumentFacets facets;
    std::vector<Item> items;
    /// The meetings the file holds, in order, when it holds more than one; empty for a file of
    /// one meeting, whose date and body are the facets'.
    std::vector<Meeting> meetings;
    std::vector<std::string> warnings;
    /// PDF pages that needed OCR: {page, "ocr" or "ocr-skipped", Tesseract's mean confidence}.
    /// Pages not listed have their own text layer.
    struct PageSource {
        int page = 1;
        std::string source;
        int confidence = 0;
    };
    std::vector<PageSource> page_sources;
};

}  // namespace quorum
