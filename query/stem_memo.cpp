/** @file stem_memo.cpp @brief A Xapian::StemImplementation that asks the real stemmer once per distinct word. */
#include "query/stem_memo.h"

#include <unordered_map>

namespace quorum::query {
namespace {

class MemoStem : public Xapian::StemImplementation {
public:
    MemoStem(const std::string& language, size_t max_words) : language_(language), stem_(language), max_words_(max_words) {}

    std::string operator()(const std::string& word) override {
        if (const auto found = memo_.find(word); found != memo_.end()) return found->second;
        if (memo_.size() >= max_words_) memo_.clear();
        return memo_.emplace(word, stem_(word)).first->second;
    }

    // What a stemmer of Xapian's own gives: Stem::get_description wraps it ("Xapian::Stem(english)").
    std::string get_description() const override { return language_; }

private:
    std::string language_;
    Xapian::Stem stem_;
    size_t max_words_;
    std::unordered_map<std::string, std::string> memo_;
};

}  // namespace

Xapian::Stem memo_stem(const std::string& language, size_t max_words) {
    return Xapian::Stem(new MemoStem(language, max_words));
}

}  // namespace quorum::query
