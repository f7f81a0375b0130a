/** @file index_fingerprint.h @brief Every document of an index as one comparable string: two indexes of the same files with the same configuration compare equal. */
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "schema/index_data_codec.h"

namespace quorum::test {

/// Each document's terms (with wdf), values and stored data (decoded: each index trains its own
/// dictionary), one string per document, sorted.
inline std::vector<std::string> document_fingerprints(const std::string& db_path) {
    Xapian::Database db(db_path);
    const schema::StoredDataCodec codec = schema::index_data_codec(db);
    std::vector<std::string> out;
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
        const Xapian::Document doc = db.get_document(*id);
        std::string f;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) f += *t + "#" + std::to_string(t.get_wdf()) + " ";
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
            f += "v" + std::to_string(v.get_valueno()) + "=" + *v + " ";
        out.push_back(f + "| " + codec.decode(doc.get_data()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace quorum::test
