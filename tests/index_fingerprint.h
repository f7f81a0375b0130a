/** @file index_fingerprint.h @brief Every document of an index as one comparable string: two indexes of the same files with the same configuration compare equal. */
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "schema/fields.h"
#include "schema/index_data_codec.h"

namespace quorum::test {

/// Each document's terms (with wdf), values and stored data (decoded: each index trains its own
/// dictionary), one string per document, sorted. The indexed_at value is left out: it records
/// when a run received the file, which differs between two builds of the same files.
inline std::vector<std::string> document_fingerprints(const std::string& db_path) {
    Xapian::Database db(db_path);
    const schema::StoredDataCodec codec = schema::index_data_codec(db);
    const int indexed_at_slot = schema::field(schema::names::kIndexedAt).slot;
    std::vector<std::string> out;
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
        const Xapian::Document doc = db.get_document(*id);
        std::string f;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) f += *t + "#" + std::to_string(t.get_wdf()) + " ";
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
            if (static_cast<int>(v.get_valueno()) != indexed_at_slot)
                f += "v" + std::to_string(v.get_valueno()) + "=" + *v + " ";
        out.push_back(f + "| " + codec.decode(doc.get_data()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace quorum::test
