/** @file officer_mentions.cpp @brief Scanning one block for people: labels and their lists first, then names token by token, then the roles beside each name. */
#include "facets/people/officer_mentions.h"

#include <algorithm>
#include <utility>

#include "facets/people/officer_roles.h"

namespace quorum::facets::officer {
namespace {

constexpr size_t kMaxPendingBlockBytes = 1500;  ///< a list under a "PRESENT" heading is short
constexpr double kMaxPendingLowerShare = 0.35;  ///< ... and mostly capitalised (names, roles)
constexpr int kPendingBlocks = 60;   ///< an attendance table has a block per cell
constexpr int kPendingMisses = 3;
constexpr size_t kSingleTailTokens = 12;        ///< "Contact: Name, Role, Organisation"
constexpr size_t kMaxNameParts = 8;

/// Part of a block governed by a label: "Mr R W Gough (Chairman), Mr N Baker, ..." after "PRESENT:".
struct Region {
    TokenRange range;
    LabelKind kind = LabelKind::List;
    std::string role;   ///< role the label gives ("Minute taker")
    bool absent = false;  ///< apologies: the people listed were not there
    bool used = false;  ///< Single: its person has been found
    AttendanceLabel attendance = AttendanceLabel::None;
    bool pending = false;  ///< governed by a label that ended an earlier block
};

/// A name as parsed from the tokens.
struct NameParse {
    std::vector<std::string> given;
    std::string surname;
    size_t end = 0;         ///< token after the name
    size_t words = 0;       ///< capitalised words, not counting initials and particles
    bool initials = false;  ///< has initials ("R W Gough")
    std::vector<size_t> word_tokens;  ///< token index of each capitalised word
};

/// How a person was recognised; decides confidence and which checks apply.
enum class How { Titled, Lexical, ListEntry, Contact, Initials, Apposition, Speaker };

/// One person found in the block, before roles are attached.
struct Span {
    size_t start = 0;      ///< first token (the title, if any)
    size_t pre_begin = 0;  ///< first token of a role written before the name, else `start`
    size_t end = 0;        ///< token after the name
    int region = -1;       ///< the region that makes it structural, or -1
    bool wrapped = false;  ///< "(Mr. B. Kennedy)": the name is the parenthesis
    bool speaker = false;  ///< found by its place as a speaker or presenter (try_speaker_line)
    bool presenter = false;  ///< named after an agenda item's title (try_item_presenter)
    bool cued = false;       ///< named after a mover's or contact's field (try_cued_name)
    Mention mention;
};

bool ends_with_possessive(std::string_view w) { return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"); }

std::string strip_possessive(std::string_view w) {
    if (w.ends_with("'s")) w.remove_suffix(2);
    else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
    return std::string(w);
}

bool is_sentence_end(const std::vector<Token>& t, size_t k) {
    if (is_punct(t[k], "?") || is_punct(t[k], "!")) return true;
    if (!is_punct(t[k], ".")) return false;
    if (k == 0) return true;
    const Token& prev = t[k - 1];
    return !(is_initial(prev) || (prev.kind == TokenKind::Word && is_abbreviation(prev.text)));
}

/// A word before a given name that makes it part of a place: "St Helen’s", "Queen Mary Hospital".
bool place_prefix(const Token& t) {
    static constexpr std::string_view words[] = {"St", "Saint", "Queen", "King", "Prince", "Princess", "Lady",
                                                 "Port", "Fort", "Mount", "Lake", "Cape", "Glen", "Loch",
                                                 "King's", "King\xE2\x80\x99s", "Queen's", "Queen\xE2\x80\x99s",
                                                 "Bishop's", "Bishop\xE2\x80\x99s"};
    return std::find(std::begin(words), std::end(words), t.text) != std::end(words);
}

// ---------------------------------------------------------------------------------------------
// Names

struct NamePart {
    size_t token;
    enum Kind { Initial, Word, Particle } kind;
};

bool next_is_cap_word(const std::vector<Token>& t, size_t j) {
    if (j < t.size() && is_punct(t[j], ".")) ++j;
    return j < t.size() && is_cap_word(t[j]);
}

/// Given names that are also common capitalised words, left out of the given-name list
/// (officer_given_names.cpp): a name only after a title or a job title ("Fire Chief Will Darrow").
bool is_common_word_given_name(std::string_view w) {
    return w == "Will" || w == "May" || w == "June" || w == "Bill" || w == "Hope" || w == "Angel" ||
           w == "Christian" || w == "Summer" || w == "Autumn" || w == "April" || w == "August";
}

std::vector<NamePart> collect_name_parts(const std::vector<Token>& t, size_t i, bool after_title) {
    std::vector<NamePart> parts;
    size_t words = 0;
    size_t j = i;
    while (j < t.size() && parts.size() < kMaxNameParts) {
        const Token& tk = t[j];
        const bool upper_initials = after_title && parts.empty() && is_upper_word(tk) && tk.text.size() <= 3 &&
                                    next_is_cap_word(t, j + 1);  // "Clr JJ Macnamara"
        if (is_initial(tk) || upper_initials) {
            if (words > 0 && !next_is_cap_word(t, j + 1)) break;  // "Frank G. Jackson", never a final initial
            // Without a title, only a given name comes before a middle initial: not "Drainage G Proctor".
            if (words > 0 && !after_title && !is_given_name(t[parts.front().token].text)) break;
            parts.push_back({j, NamePart::Initial});
            ++j;
            if (j < t.size() && is_punct(t[j], ".")) ++j;
            continue;
        }
        if (words > 0 && is_name_particle(tk.text) && j + 1 < t.size() && is_cap_word(t[j + 1]) &&
            !is_non_name_word(t[j + 1].text)) {
            parts.push_back({j, NamePart::Particle});
            ++j;
            continue;
        }
        const bool initials_only = !parts.empty() && words == 0;
        const bool surname_after_initials = after_title && initials_only && is_cap_word(tk) && !match_title(t, j) &&
                                            !is_month(tk.text) &&
                                            (j + 1 >= t.size() || t[j + 1].kind == TokenKind::Punct);
        if (surname_after_initials && is_non_name_word(tk.text)) {  // "Mrs C Head (Head of ...)"
            parts.push_back({j, NamePart::Word});
            ++j;
            break;
        }
        const bool titled_given = after_title && j == i && is_common_word_given_name(tk.text) && next_is_cap_word(t, j + 1);
        if (!is_cap_word(tk) || (is_non_name_word(tk.text) && !titled_given) || words >= 3) break;
        // After initials comes the surname alone: "Mr A Stannard Handyman".
        if (words == 1 && parts.front().kind == NamePart::Initial) break;
        if (j > i && match_title(t, j)) break;  // the next person's title
        if (j > i && match_label(t, j)) break;  // the next list's label: "Tess Hale Staff present:"
        // "Councillor Shelly Foote Staff: ...": a third word before a colon is the next list's label.
        if (words >= 2 && j + 1 < t.size() && is_punct(t[j + 1], ":")) break;
        // "Diana Stevens Barbara McGarry": a given name after a full name starts the next person.
        if (words >= 2 && is_given_name(tk.text) && j + 1 < t.size() &&
            ((is_cap_word(t[j + 1]) && !is_non_name_word(t[j + 1].text)) || is_initial(t[j + 1])))
            break;
        parts.push_back({j, NamePart::Word});
        ++words;
        ++j;
        if (ends_with_possessive(tk.text)) break;  // "Stuart Fraser's performance analysis"
    }
    while (!parts.empty() && parts.back().kind != NamePart::Word) parts.pop_back();
    return parts;
}

size_t count_words(const std::vector<NamePart>& parts) {
    return static_cast<size_t>(
        std::count_if(parts.begin(), parts.end(), [](const NamePart& p) { return p.kind == NamePart::Word; }));
}

/// Parses the name starting at tokens[i]: initials and capitalised words, the last word (with any
/// particles before it) the surname. `allow_surname_only` accepts "Maxwell" after "Inspector".
std::optional<NameParse> parse_name(const std::vector<Token>& t, size_t i, bool allow_surname_only, bool after_title) {
    std::vector<NamePart> parts = collect_name_parts(t, i, after_title);
    if (parts.empty()) return std::nullopt;
    // "Cllr Martin Storey Norfolk County Council": the third word belongs to the organisation.
    size_t end = parts.back().token + 1;
    if (count_words(parts) >= 3 && end < t.size() && is_cap_word(t[end]) &&
        (is_org_word(t[end].text) || is_role_word(t[end].text))) {  // "Chris Philpott Footpath Warden"
        parts.pop_back();
        while (!parts.empty() && parts.back().kind != NamePart::Word) parts.pop_back();
        end = parts.back().token + 1;
    }
    size_t surname_begin = parts.size() - 1;
    while (surname_begin > 0 && parts[surname_begin - 1].kind == NamePart::Particle) --surname_begin;

    NameParse name;
    name.end = end;
    name.words = count_words(parts);
    for (const NamePart& part : parts)
        if (part.kind == NamePart::Word) name.word_tokens.push_back(part.token);
    for (size_t k = 0; k < surname_begin; ++k) {
        name.given.emplace_back(t[parts[k].token].text);
        name.initials = name.initials || parts[k].kind == NamePart::Initial;
    }
    for (size_t k = surname_begin; k < parts.size(); ++k) {
        if (!name.surname.empty()) name.surname += ' ';
        name.surname += k + 1 == parts.size() ? strip_possessive(t[parts[k].token].text) : std::string(t[parts[k].token].text);
    }
    if (name.given.empty() && !allow_surname_only) return std::nullopt;
    // "14 May 2024" is a date, "Bruce May (BM)" and "Cllr May" are people.
    const std::string_view last = t[parts.back().token].text;
    if (is_month(last) && ((end < t.size() && t[end].kind == TokenKind::Number) || (name.given.empty() && !after_title)))
        return std::nullopt;
    if (name.surname.size() < 2) return std::nullopt;
    return name;
}

bool any_org_or_role_word(const std::vector<Token>& t, size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k)
        if (is_org_word(t[k].text) || is_role_word(t[k].text)) return true;
    return false;
}

/// A word that follows an agenda heading's dash, not a speaker's affiliation: "Car Park –
/// Resolution", "Pier A – Report", "Budget – Update".
bool is_agenda_word(std::string_view w) {
    static constexpr std::string_view words[] = {"Resolution", "Report", "Update", "Presentation", "Discussion",
                                                 "Vote", "Motion", "Decision", "Additional", "Approved", "Agreed",
                                                 "Noted", "Deferred", "Item", "Verbal"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

/// A word that names a motion's mover or seconder: "Proposed:", "Seconded by", "SECOND:".
bool is_motion_word(std::string_view w) {
    const std::string l = lower(w);
    return l == "proposed" || l == "seconded" || l == "moved" || l == "proposer" || l == "seconder" || l == "mover" ||
           l == "second";
}

/// What the words just before a name make of it (BlockScanner::cue_before()).
enum class Cue {
    None,
    Mover,    ///< "Proposed: Ada Vance", "seconded by Cy Holt", "MOTION BY: Ash"
    Field,    ///< "HR Partner: Celia Vane", "Democratic Services Officer: Ivo Brandt": a job's field
    Question,  ///< "Question by Ada Vance": who put a question
    Answer,    ///< "Question by Ada Vance to Cy Holt": the member who answered it
};

/// The last word of a job's field that names no one of the meeting: an applicant's, an owner's or
/// an agent's name is printed, not a participant's ("Planning Agent: ...", "Premises Licensee: ...").
bool is_outsider_role(std::string_view w) {
    const std::string l = lower(w);
    return l == "applicant" || l == "applicants" || l == "agent" || l == "owner" || l == "holder" || l == "licensee" ||
           l == "objector" || l == "proprietor" || l == "tenant" || l == "landlord";
}

/// A block that ends a letter: its writer signs in the next block ("Yours sincerely").
bool ends_letter(std::string_view text) {
    std::string l = lower(text.substr(text.size() > 40 ? text.size() - 40 : 0));
    while (!l.empty() && (l.back() == ' ' || l.back() == ',' || l.back() == '\n')) l.pop_back();
    return l.ends_with("yours sincerely") || l.ends_with("yours faithfully") || l.ends_with("yours truly");
}

// ---------------------------------------------------------------------------------------------
// The scanner

class BlockScanner {
public:
    BlockScanner(std::string_view text, ScanState& state) : text_(text), t_(tokenize(text)), state_(state) {}

    std::vector<Mention> run() {
        letter_closing_ = std::exchange(state_.letter_closing, ends_letter(text_));
        mark_sentences_and_parentheses();
        const bool pending_used = find_regions();
        roster_ = initials_roster();
        find_people();
        attach_roles();
        update_pending(pending_used);
        std::vector<Mention> out;
        out.reserve(spans_.size());
        for (auto& s : spans_) out.push_back(std::move(s.mention));
        return out;
    }

private:
    std::string_view text_;
    std::vector<Token> t_;
    ScanState& state_;
    std::vector<size_t> sentence_end_;  ///< index of the next sentence end at or after k
    std::vector<int> depth_;            ///< parenthesis depth before token k
    std::vector<Region> regions_;
    std::vector<Span> spans_;
    size_t last_span_end_ = static_cast<size_t>(-1);
    size_t region_cursor_ = 0;
    bool labels_seen_ = false;
    bool ends_with_label_ = false;
    bool cell_status_ = false;
    bool roster_ = false;  ///< the block is a roster of "Name (initials)" entries (initials_roster())
    bool letter_closing_ = false;  ///< the previous block ended a letter: a name opening this one signs it

    size_t n() const { return t_.size(); }

    void mark_sentences_and_parentheses() {
        sentence_end_.assign(n() + 1, n());
        for (size_t k = n(); k-- > 0;) sentence_end_[k] = is_sentence_end(t_, k) ? k : sentence_end_[k + 1];
        depth_.assign(n() + 1, 0);
        int depth = 0;
        for (size_t k = 0; k < n(); ++k) {
            depth_[k] = depth;
            if (is_punct(t_[k], "(")) depth = std::min(depth + 1, 3);
            else if (is_punct(t_[k], ")")) depth = std::max(depth - 1, 0);
            else if (sentence_end_[k] == k) depth = 0;
        }
    }

    /// A list under a label that ended an earlier block is accepted only in a short block of
    /// mostly capitalised words.
    bool pending_block_acceptable() const {
        if (text_.size() > kMaxPendingBlockBytes) return false;
        size_t words = 0, lower_words = 0;
        for (const Token& tk : t_) {
            if (tk.kind != TokenKind::Word) continue;
            ++words;
            if (is_lower_word(tk)) ++lower_words;
        }
        return words > 0 && static_cast<double>(lower_words) <= kMaxPendingLowerShare * static_cast<double>(words);
    }

    /// Finds the labels and the regions they govern; returns whether a pending list was applied.
    bool find_regions() {
        const std::vector<std::pair<size_t, LabelMatch>> labels = find_labels();
        const size_t first_label = labels.empty() ? n() : labels.front().first;
        bool pending_used = false;
        if (!state_.pending.empty() && first_label > 0 && pending_block_acceptable()) {
            const PendingList& p = state_.pending.front();
            regions_.push_back({{0, first_label}, p.kind, p.role, p.absent, false, p.attendance, true});
            pending_used = true;
        }
        for (size_t k = 0; k < labels.size(); ++k) {
            const LabelMatch& label = labels[k].second;
            const size_t next = k + 1 < labels.size() ? labels[k + 1].first : n();
            const size_t end = std::min(next, sentence_end_[label.end]);
            if (label.end < end)
                regions_.push_back({{label.end, end}, label.kind, std::string(label.role), label.absent, false, label.attendance});
        }
        remember_final_label(labels);
        return pending_used;
    }

    std::vector<std::pair<size_t, LabelMatch>> find_labels() const {
        std::vector<std::pair<size_t, LabelMatch>> labels;
        for (size_t k = 0; k < n(); ++k) {
            if (auto label = match_label(t_, k)) {
                labels.emplace_back(k, *label);
                k = label->end - 1;
            }
        }
        return labels;
    }

    /// A label that ends the block governs the lists in the next blocks.
    void remember_final_label(const std::vector<std::pair<size_t, LabelMatch>>& labels) {
        // A table cell holding only "Present" or "Apologies" is the status column of an attendance
        // table, not a heading: it neither starts nor ends a list.
        if (state_.table_cell && labels.size() == 1 && labels.front().first == 0 && labels.front().second.end >= n()) {
            cell_status_ = true;
            return;
        }
        labels_seen_ = !labels.empty();
        ends_with_label_ = labels_seen_ && labels.back().second.end >= n();
        if (!ends_with_label_) return;
        const LabelMatch& last = labels.back().second;
        const bool only_label = labels.size() == 1 && labels.front().first == 0;
        if (!(state_.stacking && only_label)) state_.pending.clear();
        state_.pending.push_back({last.kind, std::string(last.role), last.absent, last.attendance, kPendingBlocks, 0});
    }

    void update_pending(bool pending_used) {
        if (cell_status_) return;
        state_.stacking = ends_with_label_ && labels_seen_ && n() > 0 && regions_.empty();
        if (ends_with_label_) return;
        if (labels_seen_ || !pending_used) {
            state_.pending.clear();
            return;
        }
        const bool found = std::any_of(spans_.begin(), spans_.end(), [](const Span& s) { return s.region == 0; });
        if (found && state_.pending.size() > 1) {  // the next stacked label's list comes next
            state_.pending.pop_front();
            return;
        }
        PendingList& p = state_.pending.front();
        p.misses = found ? 0 : p.misses + 1;
        if (--p.blocks_left <= 0 || p.misses >= kPendingMisses) state_.pending.clear();
    }

    /// The region holding token i; `i` only grows between calls, so this is amortised O(1).
    int region_index_at(size_t i) {
        while (region_cursor_ < regions_.size() && regions_[region_cursor_].range.end <= i) ++region_cursor_;
        if (region_cursor_ < regions_.size() && regions_[region_cursor_].range.begin <= i)
            return static_cast<int>(region_cursor_);
        return -1;
    }

    void find_people() {
        const std::optional<TitleMatch> continued = std::exchange(state_.list_title, std::nullopt);
        for (size_t i = 0; i < n();) {
            const int region = region_index_at(i);
            size_t next = i == 0 && continued ? titled_list(0, 0, *continued, region) : 0;
            if (!next) next = try_plural_title(i, region);
            if (!next) next = try_titled(i, region);
            if (!next) next = try_initials_in_parentheses(i, region);
            if (!next) next = try_name_with_email(i, region);
            if (!next) next = try_question_heading(i, region);
            if (!next) next = try_item_presenter(i, region);
            if (!next) next = try_cued_name(i, region);
            if (!next) next = try_speaker_line(i, region);
            if (!next) next = try_given_name(i, region);
            if (!next && region >= 0 && regions_[region].kind == LabelKind::List) next = try_list_entry(i, region);
            if (!next && region >= 0 && regions_[region].kind == LabelKind::List) next = try_role_then_name(i, region);
            if (!next && region >= 0 && regions_[region].kind == LabelKind::Single && !regions_[region].used)
                next = try_contact(i, region);
            if (!next) next = try_apposition(i, region);
            i = next ? next : i + 1;
        }
    }

    /// Adds the person; false when the name is not one of the meeting's people after all.
    bool add_span(size_t start, const NameParse& name, const TitleMatch* title, int region, How how) {
        // "Pat Quarry, Senator Ro Sterne's Office": the office's holder did not attend.
        if (ends_with_possessive(t_[name.end - 1].text) && name.end < n() && lower(t_[name.end].text) == "office") {
            last_span_end_ = name.end;
            return false;
        }
        Span s;
        s.start = s.pre_begin = start;
        s.end = name.end;
        Mention& m = s.mention;
        m.given = name.given;
        m.surname = name.surname;
        if (title) {
            m.title_kind = title->kind;
            m.title_display = std::string(title->display);
            m.title_role = std::string(title->role);
            m.gender = title->gender;
        }
        m.lexical = how == How::Lexical;
        m.appositive = how == How::Apposition;
        s.speaker = how == How::Speaker;
        if (region >= 0) {
            m.absent = regions_[region].absent;
            m.attendance = regions_[region].attendance;
            m.from_pending = regions_[region].pending;
        }
        if (region >= 0 && (regions_[region].kind == LabelKind::List || !regions_[region].used)) {
            m.structural = true;
            s.region = region;
            if (regions_[region].kind == LabelKind::Single) {
                regions_[region].used = true;
                if (!regions_[region].role.empty()) m.roles.push_back(regions_[region].role);
            }
        }
        mark_wrapped(s);
        spans_.push_back(std::move(s));
        last_span_end_ = name.end;
        return true;
    }

    /// "Operations Manager, West and South Division (Mr. B. Kennedy)": the role is before the
    /// parenthesis that holds the name; in a list, the words since the previous entry.
    void mark_wrapped(Span& s) const {
        if (s.start == 0 || !is_punct(t_[s.start - 1], "(")) return;
        if (closing_paren(t_, s.start - 1, std::min(n(), s.end + 16)) >= std::min(n(), s.end + 16)) return;
        s.wrapped = true;
        if (s.region < 0) return;
        const size_t floor = std::max(regions_[s.region].range.begin, spans_.empty() ? size_t{0} : spans_.back().end);
        size_t b = s.start - 1;
        while (b > floor && !is_punct(t_[b - 1], ")")) --b;
        s.pre_begin = b;
    }

    bool at_run_start(size_t i) const {
        if (i == 0 || i == last_span_end_) return true;
        const Token& prev = t_[i - 1];
        return !(is_cap_word(prev) || is_initial(prev) || is_upper_word(prev));
    }

    size_t try_plural_title(size_t i, int region) {
        const auto title = match_title(t_, i);
        if (!title || !title->plural) return 0;
        return titled_list(i, title->end, *title, region);
    }

    /// The names after a plural title ("Councillors Benson, Butler, Collins (B), ..."), from token
    /// `j`; the first mention starts at `first` (the title). A list that runs to the block's end
    /// without a full stop or prose continues in the next block (ScanState::list_title): text
    /// extracted line by line splits a long list.
    size_t titled_list(size_t first, size_t j, const TitleMatch& title, int region) {
        if (j < n() && is_punct(t_[j], ",")) ++j;  // "Norfolk County Councillors, Brian Long and Sandra Squire"
        size_t last_end = 0;
        bool started = false;
        while (j < n()) {
            // "Commissioners Bishop, Vice-President Jan Power, Secretary/ Treasurer Buster Pankey":
            // an office of the board written before a member's name.
            const size_t office_begin = j;
            size_t office_end = j;
            for (size_t k = j; k < n() && k < j + 5; ++k) {
                if (is_cap_word(t_[k]) && is_role_word(t_[k].text)) office_end = k + 1;
                else if (!(k > j && (is_punct(t_[k], "/") || is_punct(t_[k], "&") || t_[k].text == "and"))) break;
            }
            if (office_end > office_begin) {
                const auto after = parse_name(t_, office_end, false, true);
                if (!after || after->given.empty()) break;
                j = office_end;
            }
            auto name = parse_name(t_, j, true, true);
            if (!name) break;
            size_t k = name->end;
            // "Collins (B), Collins (J)": an initial in brackets tells two members apart.
            if (name->given.empty() && k + 2 < n() && is_punct(t_[k], "(") && is_initial(t_[k + 1]) &&
                is_punct(t_[k + 2], ")"))
                name->given.emplace_back(t_[k + 1].text);
            if (add_span(started ? office_begin : first, *name, &title, region, How::Titled) && office_end > office_begin)
                spans_.back().mention.roles.push_back(range_text(t_, {office_begin, office_end}));
            started = true;
            last_end = name->end;
            while (k < n() && is_punct(t_[k], "(")) k = std::min(closing_paren(t_, k, std::min(n(), k + 20)) + 1, n());
            if (k < n() && (is_punct(t_[k], ",") || is_punct(t_[k], ";"))) ++k;
            if (k < n() && (t_[k].text == "and" || t_[k].text == "&")) ++k;
            if (k == name->end || k >= n() || match_title(t_, k)) break;
            j = k;
        }
        if (started && list_runs_on(last_end)) state_.list_title = title;
        return last_end;
    }

    /// Whether a list whose last name ends at `k` runs on past the block: only commas and
    /// capitalised words (a name broken over the line) are left.
    bool list_runs_on(size_t k) const {
        for (; k < n(); ++k)
            if (is_sentence_end(t_, k) || is_lower_word(t_[k]) || (t_[k].kind == TokenKind::Punct && !is_punct(t_[k], ",")))
                return false;
        return true;
    }

    size_t try_titled(size_t i, int region) {
        const auto title = match_title(t_, i);
        if (!title || title->plural) return 0;
        // "Paul Garside – Chief Executive Leah Moreton – ...": after a dash, the title is the
        // previous person's role.
        if (title->needs_full_name && i > 0 && is_dash(t_[i - 1])) return 0;
        const auto name = parse_name(t_, title->end, !title->needs_full_name, true);
        if (!name || (title->needs_full_name && name->given.empty())) return 0;
        // "Councillor Development Programme", "Inspector Report": a surname alone must end the phrase.
        if (name->given.empty() && name->end < n() &&
            (is_cap_word(t_[name->end]) || is_upper_word(t_[name->end]) || is_punct(t_[name->end], ":")))
            return 0;  // "Councillor Distribution:" is a heading
        add_span(i, *name, &*title, region, How::Titled);
        return name->end;
    }

    /// "Nick Oakhill (NO)", "Pam Bullas (PB)": a name followed by its initials.
    /// The name at tokens[i] when its own initials follow it in brackets: "Nick Oakhill (NO)".
    std::optional<NameParse> name_with_initials(size_t i) const {
        // After a heading's or a place's word ("Fictional Library Nia Brook (NB)") a name starts too.
        const bool after_heading = i > 0 && (is_non_name_word(t_[i - 1].text) || is_org_word(t_[i - 1].text));
        if (!is_cap_word(t_[i]) || !(at_run_start(i) || after_heading)) return std::nullopt;
        const auto name = parse_name(t_, i, false, false);
        if (!name || name->initials || name->words < 2) return std::nullopt;
        const size_t k = name->end;
        if (k + 2 >= n() || !is_punct(t_[k], "(") || !is_upper_word(t_[k + 1]) || !is_punct(t_[k + 2], ")"))
            return std::nullopt;
        const std::string_view caps = t_[k + 1].text;
        if (caps.size() > 4 || caps[0] != name->given.front()[0] || caps.find(name->surname[0]) == std::string_view::npos)
            return std::nullopt;
        return name;
    }

    /// Whether the block lists three or more people by "Name (initials)" with nothing but
    /// punctuation, roles in brackets and "&" between them: an attendance roster ("Ann Bell (AB)
    /// (Chair), Cy Dunn (CD)(Treasurer), Eve Fry (EF) ...") whatever heads it.
    bool initials_roster() const {
        size_t entries = 0;
        for (size_t i = 0; i < n(); ++i)
            if (const auto name = name_with_initials(i)) {
                ++entries;
                i = name->end + 2;
            }
        return entries >= 3;
    }

    /// "Oliver Quist oliver.quist@fictional.gov.uk": a name followed by its holder's e-mail
    /// address (the surname in the address's local part) is a report's contact, an officer.
    size_t try_name_with_email(size_t i, int region) {
        if (!is_cap_word(t_[i]) || !at_run_start(i)) return 0;
        auto name = parse_name(t_, i, false, false);
        if (!name || name->given.empty() || name->words < 2) return 0;
        // "Oliver Quist Oliver.quist@...": the address's first word was read into the name.
        if (name->words == 3 && name->given.size() == 2 && name->end < n() && is_punct(t_[name->end], ".")) {
            name->surname = name->given.back();
            name->given.pop_back();
            name->end = name->word_tokens[1] + 1;
            name->word_tokens.pop_back();
            name->words = 2;
        }
        const std::string_view last = t_[name->end - 1].text;
        size_t at = static_cast<size_t>(last.data() + last.size() - text_.data());
        while (at < text_.size() && (text_[at] == ' ' || text_[at] == '(' || text_[at] == '<' || text_[at] == '\n')) ++at;
        size_t stop = at;
        while (stop < text_.size() && text_[stop] != ' ' && text_[stop] != '\n' && text_[stop] != ')' && text_[stop] != '>')
            ++stop;
        const std::string address = lower(text_.substr(at, stop - at));
        const size_t sign = address.find('@');
        std::string surname;
        for (const char c : lower(name->surname))
            if (c != ' ' && c != '-' && c != '\'') surname += c;
        if (sign == std::string::npos || sign == 0 || surname.size() < 2 ||
            address.substr(0, sign).find(surname) == std::string::npos)
            return 0;
        if (add_span(i, *name, nullptr, region, How::Contact) && region < 0) {
            spans_.back().mention.structural = true;
            spans_.back().mention.attendance = AttendanceLabel::Officers;
        }
        size_t next = name->end;
        while (next < n() && t_[next].text.data() < text_.data() + stop) ++next;
        return next;
    }

    size_t try_initials_in_parentheses(size_t i, int region) {
        const auto name = name_with_initials(i);
        if (!name) return 0;
        // "Domestic Violence (DV)" defines an abbreviation; only a known given name or a list
        // makes it a person.
        if (region < 0 && !roster_ && !is_given_name(name->given.front())) return 0;
        if (add_span(i, *name, nullptr, region, How::Initials) && region < 0 && roster_) {
            spans_.back().mention.structural = true;
            spans_.back().mention.attendance = AttendanceLabel::Present;
        }
        return name->end;
    }

    /// Where a speaker's or presenter's line starts: the block's start, after a list number
    /// ("1) ", "2. ") or after a sentence's end.
    bool at_line_start(size_t b) const {
        if (b == 0) return true;
        if (b == 2 && t_[0].kind == TokenKind::Number && (is_punct(t_[1], ")") || is_punct(t_[1], "."))) return true;
        return is_sentence_end(t_, b - 1);
    }

    /// A name a minute-taker prints to say who spoke or presented, whatever the given name:
    ///  * a speaker's line: "Celine Mizrahi - Congressman Nadler's rep Thanked ...", "1) Yume
    ///    Kitasei (Councilmember Chin)": two or three capitalised words opening a line, then a
    ///    dash or an affiliation in brackets;
    ///  * a presenter printed alone beside a report's heading: a block that is only "T. Meltzer";
    ///  * a report's presenter after its heading: "Treasurer's Report - Z. Bommer".
    size_t try_speaker_line(size_t i, int region) {
        if (!(is_cap_word(t_[i]) || is_initial(t_[i]))) return 0;
        const auto name = parse_name(t_, i, false, false);
        if (!name || name->given.empty() || any_org_or_role_word(t_, i, name->end)) return 0;
        // "Thomas Hall - NYC Rescue Mission": a known given name makes a place-like surname a
        // person's; so do initials ("Z. Bommer Report in power point").
        if (!plausible_untitled(*name) && !is_given_name(name->given.front()) &&
            !(name->initials && !is_place_word(name->surname)))
            return 0;
        const size_t k = name->end;
        const bool initials_only = name->initials && name->words == 1;
        // "T. Meltzer", never "C Beer" (a licence class printed in a table).
        const bool lone = i == 0 && k == n() && initials_only && i + 1 < n() && is_punct(t_[i + 1], ".");
        const bool after_report = initials_only && i >= 2 && is_dash(t_[i - 1]) && t_[i - 2].text == "Report";
        // Three words need a known given name first: not "High Stakes Testing – Resolution".
        const size_t max_words = is_given_name(name->given.front()) ? 3 : 2;
        const bool speaker = at_line_start(i) && !name->initials && name->words >= 2 && name->words <= max_words &&
                             k + 1 < n() && !is_agenda_word(t_[k + 1].text) &&
                             ((is_dash(t_[k]) && (is_cap_word(t_[k + 1]) || is_upper_word(t_[k + 1]))) ||
                              // "(Pace University)", never an abbreviation: "Anti-Social Behaviour (ASB)"
                              (is_punct(t_[k], "(") && is_cap_word(t_[k + 1])));
        if (!lone && !after_report && !speaker) return 0;
        if (add_span(i, *name, nullptr, region, How::Speaker) && speaker) spans_.back().mention.represents = names_an_office(k + 1);
        return k;
    }

    /// The questioner of a question heading: "Question 3 – Ada Vance", "Question 2 A,B - CJ Orme",
    /// "Question 4 – Councillor Ivo Brandt" at the start of a line. Someone who put a question in
    /// writing or in person took part, as the public (a councillor's question among them).
    size_t try_question_heading(size_t i, int region) {
        if (t_[i].text != "Question" || !at_line_start(i)) return 0;
        constexpr size_t kMaxNumbering = 8;  // "4 & 5 A,B,C"
        size_t j = i + 1;
        if (j >= n() || t_[j].kind != TokenKind::Number) return 0;
        while (j < n() && j < i + 1 + kMaxNumbering && !is_dash(t_[j]) &&
               (t_[j].kind == TokenKind::Number || is_upper_word(t_[j]) || is_initial(t_[j]) || is_punct(t_[j], ",") ||
                is_punct(t_[j], "&") || t_[j].text == "and"))
            ++j;
        if (j + 1 >= n() || !is_dash(t_[j])) return 0;
        ++j;
        const auto title = match_title(t_, j);
        auto name = parse_name(t_, title ? title->end : j, false, true);
        if (!name || name->given.empty() || any_org_or_role_word(t_, title ? title->end : j, name->end)) return 0;
        // The question follows the name: "Question 5 – Ada Vance Hi, ...", "– Ada Vance Bristol has".
        // A third word stays only after two given names ("Mary Ann Vance"), and is no greeting.
        if (name->words == 3 && name->given.size() == 2 && (!is_given_name(name->given[1]) || name->surname.size() <= 2))
            drop_last_word(*name);
        if (!add_span(j, *name, title ? &*title : nullptr, region, How::Speaker)) return name->end;
        // A numbered question heads the public's questions, a councillor's among them.
        spans_.back().mention.structural = true;
        spans_.back().mention.attendance = AttendanceLabel::Public;
        return name->end;
    }

    /// The presenter named after an agenda item's title, ending its block: "B. Report on
    /// Personnel Transactions - Ada Vance", "C. Diplomas – Jo Orme/Kit Dunn": staff presenting
    /// the item (people.cpp makes them officers). A titled name ("- Mr A Vance", an applicant)
    /// is read as usual.
    size_t try_item_presenter(size_t i, int region) {
        if (i < 2 || !is_cap_word(t_[i]) || is_non_name_word(t_[i].text)) return 0;
        // After the item's title, not after a listed name ("Ann Cole – Ashby Market").
        if (region >= 0 || !((is_dash(t_[i - 1]) && last_span_end_ != i - 1) ||
                             (is_punct(t_[i - 1], "/") && last_span_end_ == i - 1)))
            return 0;
        // The block opens with an item's mark: "A.", "9.", "10)".
        const bool item = n() > 2 && (t_[0].kind == TokenKind::Number || is_initial(t_[0])) &&
                          (is_punct(t_[1], ".") || is_punct(t_[1], ")"));
        if (!item) return 0;
        const auto name = parse_name(t_, i, false, false);
        // Two words, or three after a known given name ("Ada Mae Vance"); never "Budget Update".
        if (!name || name->given.empty() || name->words < 2 ||
            (name->words > 2 && !is_given_name(t_[i].text)))
            return 0;
        size_t end = name->end;
        if (end < n() && is_punct(t_[end], ".")) ++end;
        if (end != n() && !is_punct(t_[end], "/")) return 0;
        if (any_org_or_role_word(t_, i, name->end) || !plausible_untitled(*name)) return 0;
        if (add_span(i, *name, nullptr, region, How::Speaker)) {
            spans_.back().presenter = true;
            spans_.back().mention.item_presenter = true;
        }
        return name->end;
    }

    /// What the words before token `b` make of a name there: a mover's or seconder's field or
    /// phrase ("Proposed: ", "seconded by ", "MOTION BY: "), a question's ("Question by Ada Vance
    /// to "), or a job's field opening a line ("Finance Business Partner: "; two words or more, and no applicant's).
    Cue cue_before(size_t b) const {
        if (b < 2) return Cue::None;
        const Token& p1 = t_[b - 1];
        const Token& p2 = t_[b - 2];
        if (p1.text == "by" && (is_motion_word(p2.text) || lower(p2.text) == "motion")) return Cue::Mover;
        // "A motion was made by Ada Vance", "Motion made by ..."
        if (p1.text == "by" && p2.text == "made")
            for (size_t k = b - 2; k-- > 0 && k + 4 >= b;)
                if (lower(t_[k].text) == "motion") return Cue::Mover;
        if (p1.text == "by" && lower(p2.text) == "question") return Cue::Question;
        if (p1.text == "to") {  // "Question by Ada Vance to Cy Holt": the questioner's name is short
            for (size_t k = b - 1; k-- > 1 && k + 6 >= b;)
                if (t_[k].text == "by" && lower(t_[k - 1].text) == "question") return Cue::Answer;
            return Cue::None;
        }
        if (!is_punct(p1, ":")) return Cue::None;
        if (is_motion_word(p2.text)) return Cue::Mover;
        if (b >= 3 && lower(p2.text) == "by" && (is_motion_word(t_[b - 3].text) || lower(t_[b - 3].text) == "motion"))
            return Cue::Mover;
        const TokenRange role = role_phrase_before(t_, b - 1);
        if (role.end - role.begin < 2 || is_outsider_role(t_[role.end - 1].text)) return Cue::None;
        const bool opens_line = role.begin == 0 || t_[role.begin - 1].kind != TokenKind::Word;
        return opens_line ? Cue::Field : Cue::None;
    }

    /// "Ivo Brandt proposed and Cy Holt seconded": a name that a mover's verb follows.
    bool motion_verb_after(size_t end) const {
        if (end >= n()) return false;
        const std::string_view w = t_[end].text;
        return w == "proposed" || w == "seconded" || w == "moved";
    }

    /// A name after a mover's, question's or job's field, or before a mover's verb, whatever its
    /// given name: "Proposed: Ivo Brandt (Ashby)", "seconded by Cy Holt", "Question by Ada Vance",
    /// "HR Partner: Celia Vane, HR Business Partner", "Bo Fenwick proposed". Two or three
    /// capitalised words, or initials and a surname; titled names are read by try_titled().
    size_t try_cued_name(size_t i, int region) {
        if (region >= 0 || !(is_cap_word(t_[i]) || is_initial(t_[i])) || is_non_name_word(t_[i].text)) return 0;
        const bool before = cue_before(i) != Cue::None;
        if (!before && !at_run_start(i)) return 0;
        auto name = parse_name(t_, i, false, false);
        if (!name || name->given.empty() || (name->words < 2 && !name->initials)) return 0;
        if (name->words == 3 && name->given.size() == 2 && !is_given_name(name->given[1])) drop_last_word(*name);
        if (!before && !motion_verb_after(name->end)) return 0;
        if (any_org_or_role_word(t_, i, name->end) || !plausible_untitled(*name)) return 0;
        if (add_span(i, *name, nullptr, region, How::Contact)) spans_.back().cued = true;
        return name->end;
    }

    /// Whether a speaker's affiliation, from token `k`, speaks for an office or a person rather
    /// than a firm or group: within its first two words a title ("Assemblymember Vale"), a job
    /// or board word ("Board Member", "Assembly Speaker"), a given name ("Comptroller Ada Liu") or
    /// a possessive ("Senator Ro's rep") or an office ("Outreach office"). "Harbour Rescue
    /// Mission" speaks for no office.
    bool names_an_office(size_t k) const {
        size_t words = 0;  // "CB#1 Member": numbers and punctuation passed over
        for (size_t j = k; j < std::min(n(), k + 5) && words < 2; ++j) {
            const Token& tk = t_[j];
            if (tk.kind != TokenKind::Word) continue;
            ++words;
            if (match_title(t_, j) || is_role_word(tk.text) || is_given_name(tk.text) || ends_with_possessive(tk.text) ||
                lower(tk.text) == "office")  // "CAU office"
                return true;
        }
        return false;
    }

    /// "Edward Wood Mason" -> "Edward Wood".
    static void drop_last_word(NameParse& name) {
        name.surname = name.given.back();
        name.given.pop_back();
        name.end = name.word_tokens[name.word_tokens.size() - 2] + 1;
        name.word_tokens.pop_back();
        --name.words;
    }

    bool plausible_untitled(const NameParse& name) const {
        if (is_place_word(name.surname) || is_known_non_person(name.given.front(), name.surname)) return false;
        if (name.end >= n()) return true;
        const Token& next = t_[name.end];
        // "Dan Carpenter Room", "Glen Parva prison"
        if (is_cap_word(next) && is_place_word(next.text)) return false;
        return !(is_lower_word(next) && is_place_noun(next.text));
    }

    size_t try_given_name(size_t i, int region) {
        if (!is_cap_word(t_[i]) || !is_given_name(t_[i].text)) return 0;
        if (i > 0 && (place_prefix(t_[i - 1]) || t_[i - 1].text == "The")) return 0;
        auto name = parse_name(t_, i, false, false);
        if (!name) return 0;
        // Untitled, three words need a second given name ("Mary Christine Jackman"); otherwise the
        // third is prose, a table column or a place: "Edward Wood Mason", "Alister Brady Seconded",
        // "Cathy Fleet Westfield Farm Cottage".
        const bool before_place = name->end < n() && is_cap_word(t_[name->end]) && is_place_word(t_[name->end].text);
        // "Dennis Gault Ballots were distributed", but "Catherine McVay Hughes spoke".
        const bool before_prose = name->end < n() && is_lower_word(t_[name->end]) && !is_speech_verb(t_[name->end].text);
        if (name->words == 3 && name->given.size() == 2 &&
            (before_place || (!is_given_name(name->given[1]) && (region < 0 || before_prose))))
            drop_last_word(*name);
        if (name->given.empty() || !plausible_untitled(*name)) return 0;
        add_span(i, *name, nullptr, region, How::Lexical);
        return name->end;
    }

    bool segment_start(size_t i, const Region& r) const {
        if (i == r.range.begin || i == last_span_end_) return true;
        const Token& prev = t_[i - 1];
        return is_punct(prev, ",") || is_punct(prev, ";") || is_punct(prev, "&") || is_punct(prev, ")") ||
               is_punct(prev, ":") || is_punct(prev, "/") || is_punct(prev, ".") || is_dash(prev) ||
               prev.text == "and";
    }

    /// What may follow a name in a list: punctuation, "and", the next person, a role in capitals.
    bool list_follow(size_t k, const Region& r) const {
        if (k >= r.range.end || k >= n()) return true;
        const Token& tk = t_[k];
        return tk.kind == TokenKind::Punct || tk.text == "and" || match_title(t_, k) || is_given_name(tk.text) ||
               (is_upper_word(tk) && is_role_word(tk.text));
    }

    /// An entry of an attendance list without a title: "Shellina Prendergast (Chair)", "R W Gough".
    size_t try_list_entry(size_t i, int region) {
        const Region& r = regions_[region];
        if (depth_[i] > 0 || !segment_start(i, r) || !(is_cap_word(t_[i]) || is_initial(t_[i]))) return 0;
        // "Ann Cole – Ashby Market, ...": after a name and a dash come its place or body.
        if (i > 0 && is_dash(t_[i - 1]) && last_span_end_ == i - 1) return 0;
        const auto name = parse_name(t_, i, true, false);
        if (!name || !list_follow(name->end, r)) return 0;
        const bool clean = !any_org_or_role_word(t_, i, name->end) && !is_place_word(name->surname);
        const bool initials = name->initials && !name->given.empty() && name->words == 1;
        const bool words = name->words >= 2 && name->words <= 3 && clean;
        const bool surname_then_role = name->words == 1 && name->given.empty() && clean && name->end < n() &&
                                       is_punct(t_[name->end], "(");  // "McKay (Acting Chief Accountant)"
        if (!initials && !words && !surname_then_role) return 0;
        add_span(i, *name, nullptr, region, How::ListEntry);
        return name->end;
    }

    /// A list entry written role first: "Operations Manager Hal Roper", "Land Planning and
    /// Technology Administrator John-Paul Negrinotti" (after "Staff:"). The capitalised words up to
    /// the last role word are the role; the name after it has two or three words and ends the entry.
    size_t try_role_then_name(size_t i, int region) {
        const Region& r = regions_[region];
        if (depth_[i] > 0 || !segment_start(i, r) || !is_cap_word(t_[i])) return 0;
        // "Paul Garside – Chief Executive Leah Moreton – ...": after a dash, the role is the
        // previous person's.
        if (i > 0 && is_dash(t_[i - 1])) return 0;
        constexpr size_t kMaxRoleTokens = 8;
        size_t role_end = 0;  // one past the last role word
        for (size_t k = i; k < std::min(r.range.end, i + kMaxRoleTokens); ++k) {
            const Token& tk = t_[k];
            const bool joiner = tk.text == "and" || tk.text == "of" || is_punct(tk, "&") || is_dash(tk) ||
                                is_punct(tk, "/");
            if (!is_cap_word(tk) && !is_upper_word(tk) && !joiner) break;
            // "Road Superintendent May Tolley and Clerk Ken Dabney": two words that are no role's
            // after a role are the name; the role ended before them.
            if (role_end == k && is_cap_word(tk) && !is_role_word(tk.text) && k + 1 < r.range.end &&
                is_cap_word(t_[k + 1]) && !is_role_word(t_[k + 1].text))
                break;
            if (is_cap_word(tk) && is_role_word(tk.text)) role_end = k + 1;
            // "Fire Chief-MLEO-CEMC": acronyms joined to the role by dashes are part of it.
            else if (role_end == k && is_dash(tk) && k + 1 < r.range.end && is_upper_word(t_[k + 1])) role_end = k + 2;
            else if (role_end == k + 1 && is_upper_word(tk)) role_end = k + 1;
        }
        if (role_end == 0 || role_end >= r.range.end || !is_cap_word(t_[role_end])) return 0;
        // The job title stands as a title for the given name ("Fire Chief-CEMC Will Darrow").
        const bool common_given = is_common_word_given_name(t_[role_end].text);
        const auto name = parse_name(t_, role_end, false, common_given);
        if (!name || name->given.empty() || name->words < 2 || name->words > 3 || !list_follow(name->end, r)) return 0;
        if (any_org_or_role_word(t_, role_end, name->end) || is_place_word(name->surname)) return 0;
        if (add_span(role_end, *name, nullptr, region, How::ListEntry))
            spans_.back().mention.roles.insert(spans_.back().mention.roles.begin(), range_text(t_, {i, role_end}));
        return name->end;
    }

    /// The person after "Contact:", "Report author:", "Minute taker:".
    size_t try_contact(size_t i, int region) {
        if (!at_run_start(i) || !(is_cap_word(t_[i]) || is_initial(t_[i]))) return 0;
        const auto name = parse_name(t_, i, false, false);
        if (!name || name->words < 1 || (name->words < 2 && !name->initials)) return 0;
        if (any_org_or_role_word(t_, i, name->end) || is_place_word(name->surname)) return 0;
        add_span(i, *name, nullptr, region, How::Contact);
        return name->end;
    }

    /// "Rik Basra, Community Safety Co-ordinator, Leicestershire County Council": an untitled
    /// name that a role follows.
    size_t try_apposition(size_t i, int region) {
        if (!is_cap_word(t_[i]) || !at_run_start(i)) return 0;
        const auto name = parse_name(t_, i, false, false);
        if (!name || name->initials || name->words < 2) return 0;
        if (any_org_or_role_word(t_, i, name->end) || !plausible_untitled(*name)) return 0;
        const size_t k = name->end;
        if (k >= n() || !is_punct(t_[k], ",") || role_phrase_after(t_, k + 1, n()).empty()) return 0;
        add_span(i, *name, nullptr, region, How::Apposition);
        return name->end;
    }

    size_t skip_honours(size_t j, size_t limit) const {
        while (j < limit) {
            if (is_punct(t_[j], ",") && j + 1 < limit && is_honour(t_[j + 1].text)) j += 2;
            else if (t_[j].kind == TokenKind::Word && is_honour(t_[j].text)) ++j;
            else break;
        }
        return j;
    }

    void attach_roles() {
        for (size_t k = 0; k < spans_.size(); ++k) {
            Span& s = spans_[k];
            size_t limit = k + 1 < spans_.size() ? spans_[k + 1].pre_begin : n();
            limit = std::max(limit, s.end);
            if (s.region >= 0) limit = std::min(limit, std::max(regions_[s.region].range.end, s.end));
            else limit = std::min(limit, sentence_end_[s.end]);
            size_t j = skip_honours(s.end, limit);
            if (s.wrapped) limit = std::min(limit, closing_paren(t_, s.start - 1, limit));
            limit = std::min(limit, next_field_label(j, limit));
            if (s.region >= 0) attach_list_roles(s, j, limit);
            else attach_prose_roles(s, j, limit);
            attach_role_before(s);
            if (signs_letter(s)) {  // "Yours sincerely" / "Ada Vance General Counsel"
                s.cued = true;
                if (s.mention.roles.empty())
                    if (const TokenRange role = role_phrase_after(t_, s.end, n()); !role.empty())
                        s.mention.roles.push_back(range_text(t_, role));
            }
            const Cue cue = cue_before(s.pre_begin);
            // "Question by Ada Vance to Cy Holt, Cabinet Member ...": a member's question to a member.
            const bool asks_member = cue == Cue::Question && s.end < n() && t_[s.end].text == "to";
            s.mention.member_business = cue == Cue::Mover || cue == Cue::Answer || motion_verb_after(s.end) || asks_member;
            s.mention.took_part = s.region < 0 && shown_taking_part(s);
            if (s.region < 0) read_roll_call_status(s);
        }
    }

    /// The name opening the block after a letter's closing ("Yours sincerely"): its writer.
    bool signs_letter(const Span& s) const { return letter_closing_ && s.start == 0 && s.region < 0; }

    /// A roll call's line: "Councilor Rick Vane - present", "Ada Brisk: absent", "Jo Marsh,
    /// excused": the word after the name says whether they were there.
    void read_roll_call_status(Span& s) const {
        size_t j = skip_honours(s.end, n());
        if (j + 1 >= n() || !(is_dash(t_[j]) || is_punct(t_[j], ":") || is_punct(t_[j], ","))) return;
        const std::string status = lower(t_[j + 1].text);
        const bool present = status == "present" || status == "here";
        const bool away = status == "absent" || status == "excused";
        if (!present && !away) return;
        // The status ends the entry: "- present", then the next line or a full stop.
        if (j + 2 < n() && !(is_punct(t_[j + 2], ".") || is_punct(t_[j + 2], ",") || is_punct(t_[j + 2], ";") ||
                             match_title(t_, j + 2) || is_cap_word(t_[j + 2])))
            return;
        Mention& m = s.mention;
        m.structural = true;
        m.absent = away;
        m.attendance = away ? (status == "excused" ? AttendanceLabel::Apologies : AttendanceLabel::Absent)
                            : AttendanceLabel::Present;
    }

    /// "Mr Brennan confirmed", "Mr Thomas Brennan, Head of Finance, introduced the report",
    /// "a presentation from Lydia Patsalides", "The Chair welcomed Inspector Halvorsen".
    bool shown_taking_part(const Span& s) const {
        const size_t b = s.pre_begin;
        if (s.speaker || s.cued || s.mention.member_business || cue_before(b) != Cue::None) return true;
        if (s.presenter) return true;
        if (b >= 1 && t_[b - 1].kind == TokenKind::Word &&
            is_participation_cue(b >= 2 ? t_[b - 2].text : std::string_view(), t_[b - 1].text))
            return true;
        // A speaker's line: "Sarah Diaz - Assemblymember Glick ...", "1) Vanessa Herman (Pace University)".
        // A signature: "Ruth Caldicott, Chief Executive – published 14 January 2025." Not a
        // sentence about the person: "Ada Lirio, Nurse, Fictional School, was nominated for ...".
        if (at_line_start(b) && s.end < n() &&
            (is_dash(t_[s.end]) || is_punct(t_[s.end], "(") || !s.mention.roles.empty()) &&
            !followed_by_passive(s))
            return true;
        // "Respectfully submitted, Ellen Frost, City Recorder": who wrote the minutes.
        if (b >= 2 && (is_punct(t_[b - 1], ",") || is_punct(t_[b - 1], ":")) && lower(t_[b - 2].text) == "submitted")
            return true;
        // "Report of the Licensing and Enforcement Manager, Colin Yeats."
        if (b >= 2 && (is_punct(t_[b - 1], ",") || is_punct(t_[b - 1], ":"))) {
            const TokenRange role = role_phrase_before(t_, b - 1);
            size_t r = role.begin;
            if (!role.empty() && r >= 1 && (t_[r - 1].text == "the" || t_[r - 1].text == "The")) --r;
            if (!role.empty() && r >= 1 && t_[r - 1].kind == TokenKind::Word &&
                is_participation_cue(r >= 2 ? t_[r - 2].text : std::string_view(), t_[r - 1].text))
                return true;
        }
        size_t j = skip_honours(s.end, n());
        while (j < n() && is_punct(t_[j], "(")) j = std::min(closing_paren(t_, j, std::min(n(), j + 30)) + 1, n());
        if (j < n() && is_punct(t_[j], ",")) {  // past an apposition: ", Head of Finance,"
            size_t k = j + 1;
            while (k < n() && k < j + 14 && !is_punct(t_[k], ",") && !is_punct(t_[k], ".")) ++k;
            if (k < n() && is_punct(t_[k], ",")) j = k + 1;
        }
        static constexpr std::string_view adverbs[] = {"also", "then", "further", "briefly", "kindly", "subsequently",
                                                       "later", "again", "formally", "verbally", "jointly", "had"};
        if (j < n() && std::find(std::begin(adverbs), std::end(adverbs), t_[j].text) != std::end(adverbs)) ++j;
        return j < n() && is_lower_word(t_[j]) && is_speech_verb(t_[j].text);
    }

    /// Whether the sentence goes on past the name and the words beside it with "was", "is",
    /// "were" or "has": it is about the person ("Ada Lirio, Nurse, ..., was nominated").
    bool followed_by_passive(const Span& s) const {
        for (size_t j = s.end; j < std::min(sentence_end_[s.end], s.end + 24); ++j) {
            if (t_[j].kind != TokenKind::Word || !is_lower_word(t_[j])) continue;
            return t_[j].text == "was" || t_[j].text == "is" || t_[j].text == "were" || t_[j].text == "has";
        }
        return false;
    }

    /// The start of the next "Field name:" in [from, limit) — a capitalised word and at most two
    /// lower-case words before a colon ("Classification:", "Date of decision:", "Tel:") — as in
    /// "Signed: Catherine Rowe, Police and Crime Commissioner Date of decision: ..."; else `limit`.
    size_t next_field_label(size_t from, size_t limit) const {
        for (size_t c = from + 1; c < limit; ++c) {
            if (!is_punct(t_[c], ":")) continue;
            size_t k = c - 1;
            while (k > from && c - k <= 2 && is_lower_word(t_[k])) --k;
            if (is_cap_word(t_[k]) || is_upper_word(t_[k])) return std::max(from, k);
        }
        return limit;
    }

    void attach_list_roles(Span& s, size_t j, size_t limit) {
        if (regions_[s.region].kind == LabelKind::Single) limit = std::min(limit, j + kSingleTailTokens);
        add_role_parts(t_, {j, limit}, s.mention);
    }

    void attach_prose_roles(Span& s, size_t j, size_t limit) {
        while (j < limit && is_punct(t_[j], "(")) {
            const size_t close = closing_paren(t_, j, limit);
            if (close >= limit) return;
            add_role_parts(t_, {j, close + 1}, s.mention);
            j = close + 1;
        }
        if (j < limit && is_punct(t_[j], ",")) {
            // "Mandy Quill, the society's Finance Manager": past "the" and its holder's possessive.
            size_t from = j + 1;
            if (from + 2 < limit && lower(t_[from].text) == "the" && ends_with_possessive(t_[from + 1].text)) from += 2;
            const TokenRange role = role_phrase_after(t_, from, limit);
            if (!role.empty()) s.mention.roles.push_back(range_text(t_, role));
            else if (const TokenRange org = org_phrase_after(t_, j + 1, limit); !org.empty())
                s.mention.orgs.push_back(range_text(t_, org));
        } else if (j + 1 < limit && t_[j].text == "of") {  // "Gareth Rimmer of the Probation Service"
            const size_t from = t_[j + 1].text == "the" ? j + 2 : j + 1;
            if (const TokenRange org = org_phrase_after(t_, from, limit); !org.empty())
                s.mention.orgs.push_back(range_text(t_, org));
        }
    }

    void attach_role_before(Span& s) {
        if (s.wrapped && s.region >= 0 && s.pre_begin + 1 < s.start) {
            Mention before;
            before.given = s.mention.given;
            before.surname = s.mention.surname;
            add_role_parts(t_, {s.pre_begin, s.start - 1}, before);
            s.mention.roles.insert(s.mention.roles.begin(), before.roles.begin(), before.roles.end());
            return;
        }
        if (s.start == 0 || (s.mention.structural && !s.wrapped)) return;
        const Token& prev = t_[s.start - 1];
        if (!(is_punct(prev, ",") || is_punct(prev, ":") || (s.wrapped && is_punct(prev, "(")))) return;
        const TokenRange role = role_phrase_before(t_, s.start - 1);
        if (!role.empty()) s.mention.roles.insert(s.mention.roles.begin(), range_text(t_, role));
    }
};

}  // namespace

std::vector<Mention> scan_block(std::string_view text, ScanState& state) {
    return BlockScanner(text, state).run();
}

}  // namespace quorum::facets::officer
