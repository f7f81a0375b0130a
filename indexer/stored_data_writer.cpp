/** @file stored_data_writer.cpp @brief Encoding stored data as documents are written; training the dictionary once. */
#include "indexer/stored_data_writer.h"

#include "schema/fields.h"
#include "schema/index_data_codec.h"

namespace quorum::index {

StoredDataWriter::StoredDataWriter(Xapian::WritableDatabase& db) : db_(db), codec_(schema::index_data_codec(db)) {}

void StoredDataWriter::replace(const std::string& id_term, Xapian::Document doc) {
    if (codec_.has_dictionary()) {
        doc.set_data(codec_.encode(doc.get_data()));
        db_.replace_document(id_term, doc);
        return;
    }
    db_.replace_document(id_term, doc);
    if (trained_) return;
    samples_.push_back(doc.get_data());
    sample_bytes_ += samples_.back().size();
    plain_ids_.push_back(id_term);
    if (sample_bytes_ >= kTrainingBytes) train_and_reencode();
}

void StoredDataWriter::finish() {
    if (!codec_.has_dictionary() && !trained_) train_and_reencode();
}

void StoredDataWriter::train_and_reencode() {
    trained_ = true;
    std::string dictionary = schema::StoredDataCodec::train_dictionary(samples_);
    samples_.clear();
    samples_.shrink_to_fit();
    sample_bytes_ = 0;
    if (dictionary.empty()) {
        plain_ids_.clear();
        return;
    }
    db_.set_metadata(std::string(schema::kDataDictionaryKey), dictionary);
    codec_ = schema::StoredDataCodec(std::move(dictionary));
    // Only the data changes, so Xapian rewrites only the document's data, not its terms.
    for (const std::string& id : plain_ids_) {
        auto it = db_.postlist_begin(id);
        if (it == db_.postlist_end(id)) continue;  // removed again later in this run
        Xapian::Document doc = db_.get_document(*it);
        const std::string data = doc.get_data();
        if (schema::StoredDataCodec::is_compressed(data)) continue;
        doc.set_data(codec_.encode(data));
        db_.replace_document(*it, doc);
    }
    plain_ids_.clear();
}

}  // namespace quorum::index
