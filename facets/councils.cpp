/** @file councils.cpp @brief Finds the publishing authority (metadata, then the heading area, then headings anywhere, then text near the top) and the councils a document merely mentions. */
#include "facets/councils.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "facets/council_util.h"
#include "facets/meeting_date.h"

namespace quorum::facets {
namespace {

using council_util::NameMatch;

constexpr size_t kHeadChars = 2000;       // the heading area searched for the publisher
constexpr size_t kHeadBlocks = 12;
constexpr size_t kTitleLineChars = 160;   // a block this short is a title line: every name in it counts
constexpr size_t kTextChars = 3000;       // body text near the top, the last resort
constexpr size_t kHeadingScanBlocks = 2000;
constexpr size_t kMentionChars = 200000;

/// The publishers found so far, without repeats.
struct Publishers {
    std::vector<FacetValue> values;
    bool from_gazetteer = false;

    bool has(const std::string& name) const {
        return std::any_of(values.begin(), values.end(), [&](const FacetValue& v) { return v.value == name; });
    }
    void add(const std::string& name, const std::string& source, double confidence) {
        if (!name.empty() && !has(name)) values.push_back({name, source, confidence, ""});
    }
    // A joint body is published by its member councils, a hosted board or panel by its host.
    void add_entry(const GazetteerEntry& e, const Gazetteer& g, const std::string& source, double confidence) {
        from_gazetteer = true;
        if (e.members.empty()) add(e.canonical, source, confidence);
        for (const auto& m : e.members)
            if (const GazetteerEntry* member = g.find(m)) add(member->canonical, source, confidence - 0.05);
        credited.push_back(&e);
    }
    std::vector<const GazetteerEntry*> credited;  ///< entries found, joint bodies included
    bool north_american = false;  ///< the document is written the North American way (north_american())
    bool empty() const { return values.empty(); }
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "**LEICESTERSHIRE POLICE AUTHORITY**" -> "LEICESTERSHIRE POLICE AUTHORITY".
std::string strip_decoration(std::string_view s) {
    const size_t a = s.find_first_not_of(" *#_|-\t");
    if (a == std::string_view::npos) return {};
    const size_t b = s.find_last_not_of(" *#_|-.:\t");
    return std::string(s.substr(a, b - a + 1));
}

// Attendance lists name the councils members come from, not the publisher.
bool is_attendance_block(std::string_view text) {
    static constexpr std::array<std::string_view, 11> openings = {
        "present", "also present", "in attendance", "apologies", "officers", "members present", "attendance",
        "minute taker", "minutes taken by", "contact", "councillor"};
    const std::string head = lower(text.substr(0, 24));
    return std::any_of(openings.begin(), openings.end(), [&](std::string_view o) { return head.rfind(o, 0) == 0; });
}

// Whether the words just before a name say another organisation stands behind the
// publisher: "... Society Limited enabling library services supported by Westshire County
// Council", "funded by", "in partnership with". The supporter is not the publisher.
bool introduced_as_supporter(std::string_view text, size_t begin) {
    const std::string before = lower(text.substr(begin < 40 ? 0 : begin - 40, std::min<size_t>(begin, 40)));
    for (std::string_view relation : {"supported by", "funded by", "sponsored by", "commissioned by", "in partnership with",
                                      "in association with", "a grant from"})
        if (const size_t at = before.rfind(relation); at != std::string::npos && before.find_first_not_of(" the", at + relation.size()) == std::string::npos)
            return true;
    return false;
}

// Gazetteer names in `text` that may be its publisher: not one introduced as a supporter or
// funder, and in a North American document not those written only as an acronym ("GMP",
// "WECA"): the gazetteer's acronyms are British ones.
std::vector<NameMatch> names_in(std::string_view text, const Gazetteer& g, const Publishers& p) {
    auto names = council_util::find_names(text, g);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const NameMatch& n) {
                                   const std::string_view written = text.substr(n.begin, n.end - n.begin);
                                   const bool acronym = written.find(' ') == std::string_view::npos && council_util::is_all_caps(written);
                                   return (p.north_american && acronym) || introduced_as_supporter(text, n.begin);
                               }),
                names.end());
    return names;
}

// Every gazetteer name in a title line; returns true when one was found.
bool add_all_names(std::string_view text, const Gazetteer& g, Publishers& p, const std::string& source, double confidence) {
    const auto names = names_in(text, g, p);
    for (const auto& n : names) p.add_entry(*n.entry, g, source, confidence);
    return !names.empty();
}

bool add_first_pattern(std::string_view text, Publishers& p, const std::string& source, double confidence) {
    const std::string lowered = lower(text);
    for (const auto& name : council_util::find_authority_patterns(text)) {
        const size_t at = lowered.find(lower(name));
        if (at != std::string::npos && introduced_as_supporter(text, at)) continue;
        p.add(name, source, confidence);
        return true;
    }
    return false;
}

// Running text: a pattern only where it opens the text ("CITY OF PORTLAND, OREGON ..."), read
// in full even when it runs past the opening ("... the City of Winnipeg" is not "City of Winn").
bool add_opening_pattern(std::string_view text, Publishers& p, const std::string& source, double confidence) {
    constexpr size_t kOpening = 60;
    const auto opening = council_util::find_authority_patterns(text.substr(0, kOpening));
    if (opening.empty()) return false;
    for (const auto& name : council_util::find_authority_patterns(text.substr(0, kOpening + 80)))
        if (name.rfind(opening.front(), 0) == 0) {
            p.add(name, source, confidence);
            return true;
        }
    p.add(opening.front(), source, confidence);
    return true;
}

std::vector<std::string> metadata_names(const extract::Extraction& x) {
    std::vector<std::string> values;
    for (const char* key : {"DC.publisher", "dc.publisher", "publisher", "DC.creator", "dc.creator", "Author", "author",
                            "og:site_name"})
        if (auto it = x.metadata.find(key); it != x.metadata.end()) values.push_back(it->second);
    return values;
}

std::vector<std::string> metadata_titles(const extract::Extraction& x) {
    std::vector<std::string> titles = {x.title};
    // "running-header": a PDF's running header as printed on page 1 (taken out of its text).
    // "subtitle": Markdown front matter ("Special Meeting of the Port of ... Board of Commissioners").
    for (const char* key : {"Title", "title", "DC.title", "Subject", "running-header", "subtitle"})
        if (auto it = x.metadata.find(key); it != x.metadata.end()) titles.push_back(it->second);
    return titles;
}

// 1. Metadata naming a known authority: the publisher/creator/author fields, then the title.
bool from_metadata(const extract::Extraction& x, const Gazetteer& g, Publishers& p) {
    for (const auto& v : metadata_names(x))
        if (add_all_names(v, g, p, "metadata", 0.9)) return true;
    for (const auto& t : metadata_titles(x))
        if (add_all_names(t, g, p, "metadata", 0.8)) return true;
    return false;
}

struct AuthorityCount {
    const GazetteerEntry* entry = nullptr;
    size_t count = 0;     ///< full names, acronyms and the place standing alone as a name
    bool in_full = false;  ///< named at least once with its designator or acronym
};

// How often the text names each authority: its full names and acronyms, and its place standing
// alone as a name ("Westshire has a larger ..."), in the first kMentionChars.
std::vector<AuthorityCount> authority_counts(const extract::Extraction& x, const Gazetteer& g) {
    std::string text;
    for (const auto& b : x.blocks) {
        if (text.size() >= kMentionChars) break;
        if (!is_attendance_block(b.text)) text += b.text + "\n\n";
    }
    std::vector<AuthorityCount> counts;
    for (const auto& n : council_util::find_names(text, g, true, kMentionChars)) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.entry == n.entry; });
        if (it == counts.end()) it = counts.insert(counts.end(), AuthorityCount{n.entry, 0, false});
        ++it->count;
        it->in_full = it->in_full || !n.bare_place;
    }
    return counts;
}

// Of the authorities running text names near the top (`near_top`, in order), the one the whole
// document names most often, the first on a tie; or one it names in full further on and more
// often still ("Westshire County Council" on page 3 of a report whose first page names only the
// council its scheme is compared with). Running text names other councils too.
bool add_most_named(const std::vector<NameMatch>& near_top, const extract::Extraction& x, const Gazetteer& g, Publishers& p,
                    const std::string& source, double confidence) {
    if (near_top.empty()) return false;
    const auto counts = authority_counts(x, g);
    const auto count_of = [&](const GazetteerEntry* e) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.entry == e; });
        return it == counts.end() ? size_t{0} : it->count;
    };
    const GazetteerEntry* best = near_top.front().entry;
    for (const auto& n : near_top)
        if (count_of(n.entry) > count_of(best)) best = n.entry;
    for (const auto& c : counts)
        if (c.in_full && c.count > count_of(best)) best = c.entry;
    p.add_entry(*best, g, source, confidence);
    return true;
}

// The board number of a heading that abbreviates a New York community board: "CB1 MONTHLY
// MEETING MINUTES", "CB 4 Full Board". Empty when there is none.
std::string board_abbreviation(std::string_view heading) {
    for (size_t at = heading.find("CB"); at != std::string_view::npos; at = heading.find("CB", at + 1)) {
        if (at > 0 && std::isalnum(static_cast<unsigned char>(heading[at - 1]))) continue;
        size_t k = at + 2;
        if (k < heading.size() && heading[k] == ' ') ++k;
        size_t end = k;
        while (end < heading.size() && std::isdigit(static_cast<unsigned char>(heading[end]))) ++end;
        if (end == k || end - k > 2 || (end < heading.size() && std::isalnum(static_cast<unsigned char>(heading[end])))) continue;
        return std::string(heading.substr(k, end - k));
    }
    return {};
}

// The New York borough the text names most often (at least twice, more than any other).
std::string main_borough(const extract::Extraction& x) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kBoroughs = {
        {{"manhattan", "Manhattan"}, {"bronx", "Bronx"}, {"brooklyn", "Brooklyn"}, {"queens", "Queens"},
         {"staten island", "Staten Island"}}};
    std::array<size_t, kBoroughs.size()> counts{};
    size_t chars = 0;
    for (const auto& b : x.blocks) {
        if (chars >= kMentionChars) break;
        chars += b.text.size();
        const std::string l = lower(b.text);
        for (size_t k = 0; k < kBoroughs.size(); ++k)
            for (size_t at = l.find(kBoroughs[k].first); at != std::string::npos; at = l.find(kBoroughs[k].first, at + 1)) {
                const size_t end = at + kBoroughs[k].first.size();
                const bool word = (at == 0 || !std::isalpha(static_cast<unsigned char>(l[at - 1]))) &&
                                  (end == l.size() || !std::isalpha(static_cast<unsigned char>(l[end])));
                counts[k] += word;
            }
    }
    const size_t best = static_cast<size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    if (counts[best] < 2 || std::count(counts.begin(), counts.end(), counts[best]) > 1) return {};
    return std::string(kBoroughs[best].second);
}

// 2b. A community board that heads its minutes with its abbreviation ("CB1 MONTHLY MEETING
// MINUTES"), in a document that names its borough more than any other.
bool from_board_abbreviation(const extract::Extraction& x, const Gazetteer&, Publishers& p) {
    for (size_t i = 0; i < x.blocks.size() && i < 3; ++i) {
        if (x.blocks[i].kind != extract::BlockKind::Heading) continue;
        const std::string number = board_abbreviation(x.blocks[i].text);
        if (number.empty()) continue;
        const std::string borough = main_borough(x);
        if (borough.empty()) return false;
        p.add(borough + " Community Board " + number, "structure", 0.7);
        return true;
    }
    return false;
}

// 3. Metadata naming an authority the gazetteer does not know ("Clerk to Souldern Parish
// Council", "City of New York"): after the heading area, which names the publisher better.
bool from_metadata_patterns(const extract::Extraction& x, const Gazetteer&, Publishers& p) {
    for (const auto& v : metadata_names(x))
        if (add_first_pattern(v, p, "metadata", 0.75)) return true;
    for (const auto& t : metadata_titles(x))
        if (add_first_pattern(t, p, "metadata", 0.7)) return true;
    return false;
}

// 2. The heading area: the first blocks. A block that is a name, a title line naming
// authorities ("Blaby DC and Hinckley & Bosworth BC Joint ..."), a "SOULDERN PARISH COUNCIL"
// heading, or (in a paragraph) the first name it gives.
bool from_heading_area(const extract::Extraction& x, const Gazetteer& g, Publishers& p) {
    // A letterhead may split a name over lines: "MANHATTAN COMMUNITY" / "BOARD No. 4".
    std::string joined;
    for (size_t i = 0; i < x.blocks.size() && i < 8; ++i) joined += x.blocks[i].text.substr(0, 200) + " ";
    if (const auto boards = council_util::find_community_boards(joined); !boards.empty()) {
        p.add(boards.front(), "structure", 0.8);
        return true;
    }
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && i < kHeadBlocks && chars < kHeadChars; ++i) {
        const extract::Block& b = x.blocks[i];
        chars += b.text.size();
        if (is_attendance_block(b.text)) continue;
        const std::string text = strip_decoration(b.text);
        if (const GazetteerEntry* e = g.find(text); e && !council_util::find_names(text, g).empty()) {
            p.add_entry(*e, g, "structure", 0.95);
            return true;
        }
        const bool heading = b.kind == extract::BlockKind::Heading;
        const double confidence = heading ? 0.85 : 0.75;
        if (text.size() <= kTitleLineChars) {
            if (add_all_names(text, g, p, "structure", confidence) ||
                add_first_pattern(text, p, "structure", confidence - 0.05))
                return true;
        } else if (add_most_named(names_in(std::string_view(text).substr(0, 400), g, p), x, g, p, "text", 0.6) ||
                   add_opening_pattern(text, p, "text", 0.55)) {
            return true;
        }
    }
    return false;
}

// 4. A heading anywhere that is nothing but an authority's name (minutes printed on page 19
// of a village newsletter under "HORSLEY PARISH COUNCIL").
bool from_headings_anywhere(const extract::Extraction& x, const Gazetteer& g, Publishers& p) {
    for (size_t i = 0; i < x.blocks.size() && i < kHeadingScanBlocks; ++i) {
        const extract::Block& b = x.blocks[i];
        if (b.kind != extract::BlockKind::Heading || b.text.size() > 80) continue;
        const std::string text = strip_decoration(b.text);
        if (const GazetteerEntry* e = g.find(text); e && !council_util::find_names(text, g).empty()) {
            p.add_entry(*e, g, "structure", 0.6);
            return true;
        }
        const auto patterns = council_util::find_authority_patterns(text);
        if (!patterns.empty() && patterns.front().size() + 4 >= text.size()) {
            p.add(patterns.front(), "structure", 0.6);
            return true;
        }
    }
    return false;
}

// A document written the North American way: month-first dates ("January 16, 2020"), or a US
// state and ZIP code when its dates do not say (document_month_first). The gazetteer
// lists UK and Irish authorities: in such a document a name found only in running text ("the GMP
// proposal") is not its publisher.
bool north_american(const extract::Extraction& x) {
    return document_month_first(x).value_or(false);
}

// 5. An authority named in the text near the top (add_most_named).
bool from_text(const extract::Extraction& x, const Gazetteer& g, Publishers& p) {
    if (north_american(x)) return false;
    std::string text;
    for (const auto& b : x.blocks) {
        if (text.size() >= kTextChars) break;
        if (!is_attendance_block(b.text)) text += b.text + "\n\n";
    }
    return add_most_named(names_in(std::string_view(text).substr(0, std::min(text.size(), kTextChars)), g, p), x, g, p, "text", 0.5);
}

// 6. An authority written out in full ("the City of Winnipeg", "Limerick City and County
// Council") at least twice in the text and more often than any other: a Hansard or a set of
// minutes that never prints a letterhead still names its own authority repeatedly.
bool from_repeated_patterns(const extract::Extraction& x, const Gazetteer&, Publishers& p) {
    constexpr size_t kMinRepeats = 2;
    std::vector<std::pair<std::string, size_t>> counts;  // in order of first appearance
    size_t chars = 0;
    for (const auto& b : x.blocks) {
        if (chars >= kMentionChars) break;
        chars += b.text.size();
        if (is_attendance_block(b.text)) continue;
        for (const auto& name : council_util::find_authority_patterns(b.text)) {
            auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == name; });
            if (it == counts.end()) counts.emplace_back(name, 1);
            else ++it->second;
        }
    }
    const auto top = std::max_element(counts.begin(), counts.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top == counts.end() || top->second < kMinRepeats) return false;
    const bool tie = std::count_if(counts.begin(), counts.end(), [&](const auto& c) { return c.second == top->second; }) > 1;
    if (tie) return false;
    p.add(top->first, "text", 0.4);
    return true;
}

// The publisher itself, a joint body it was credited through, or a board it hosts.
bool is_publisher_or_member(const GazetteerEntry& e, const Publishers& p) {
    if (p.has(e.canonical) || std::find(p.credited.begin(), p.credited.end(), &e) != p.credited.end()) return true;
    return !e.members.empty() && std::all_of(e.members.begin(), e.members.end(), [&](const std::string& m) { return p.has(m); });
}

bool contains_word(const std::string& lowered, std::string_view word) {
    for (size_t at = lowered.find(word); at != std::string::npos; at = lowered.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || !std::isalpha(static_cast<unsigned char>(lowered[at - 1]))) &&
            (end == lowered.size() || !std::isalpha(static_cast<unsigned char>(lowered[end]))))
            return true;
    }
    return false;
}

// A joint committee's decision ("Decision Maker: Joint Community Safety Overview and Scrutiny
// Committee") belongs to every council of the joint partnership the page names near the top.
void add_joint_partners(const extract::Extraction& x, const Gazetteer& g, Publishers& p) {
    bool joint = false;
    std::string head;
    for (size_t i = 0; i < x.blocks.size() && i < kHeadBlocks; ++i) {
        const std::string l = lower(x.blocks[i].text.substr(0, 40));
        joint = joint || l.rfind("decision maker: joint", 0) == 0;
        head += x.blocks[i].text.substr(0, 600) + "\n\n";
    }
    if (joint) {
        for (const auto& n : council_util::find_names(head, g))
            if (n.entry->members.size() > 1) p.add_entry(*n.entry, g, "structure", 0.7);
        return;
    }
    // A joint meeting's heading names each council ("Joint Meeting of Northvale District Council
    // and Eastmere Borough Council"), though the file's metadata may name only one.
    for (size_t i = 0; i < x.blocks.size() && i < 4; ++i) {
        const std::string& t = x.blocks[i].text;
        if (t.size() > kTitleLineChars || !contains_word(lower(t), "joint")) continue;
        for (const auto& n : council_util::find_names(t, g)) p.add_entry(*n.entry, g, "structure", 0.7);
    }
}

std::vector<FacetValue> find_mentions(const extract::Extraction& x, const Gazetteer& g, const Publishers& p) {
    std::string text;
    for (const auto& b : x.blocks) {
        if (text.size() >= kMentionChars) break;
        text += b.text + "\n\n";
    }
    const std::vector<NameMatch> matches = council_util::find_names(text, g, true, kMentionChars);
    // Bare place names are only trusted in documents that name UK authorities in full.
    const bool uk = p.from_gazetteer || std::any_of(matches.begin(), matches.end(), [](const NameMatch& m) { return !m.bare_place; });
    std::vector<FacetValue> mentions;
    for (const auto& m : matches) {
        if ((m.bare_place && !uk) || is_publisher_or_member(*m.entry, p)) continue;
        const auto same = [&](const FacetValue& v) { return v.value == m.entry->canonical; };
        auto it = std::find_if(mentions.begin(), mentions.end(), same);
        const double confidence = m.bare_place ? 0.3 : 0.5;
        if (it == mentions.end()) mentions.push_back({m.entry->canonical, "text", confidence, ""});
        else it->confidence = std::max(it->confidence, confidence);
    }
    return mentions;
}

}  // namespace

CouncilFacets detect_councils(const extract::Extraction& extraction, const Gazetteer& gazetteer) {
    using Step = bool (*)(const extract::Extraction&, const Gazetteer&, Publishers&);
    Publishers publishers;
    publishers.north_american = north_american(extraction);
    for (Step step : {from_metadata, from_heading_area, from_board_abbreviation, from_metadata_patterns, from_headings_anywhere, from_text,
                      from_repeated_patterns})
        if (step(extraction, gazetteer, publishers)) break;
    add_joint_partners(extraction, gazetteer, publishers);
    CouncilFacets facets;
    facets.mentions = find_mentions(extraction, gazetteer, publishers);
    facets.publishers = std::move(publishers.values);
    return facets;
}

}  // namespace quorum::facets
