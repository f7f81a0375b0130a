/** @file facet_spy.cpp @brief Multi-valued facet counting. */
#include "query/facet_spy.h"

namespace quorum::query {

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    const std::string value = doc.get_value(slot_);
    if (value.empty()) return;
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find('\n', start);
        if (end == std::string::npos) end = value.size();
        std::string v = value.substr(start, end - start);
        if (prefix_length_ && v.size() > prefix_length_) v.resize(prefix_length_);
        if (!v.empty()) ++counts_[v];
        start = end + 1;
    }
}

}  // namespace quorum::query
