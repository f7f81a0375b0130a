/** @file stored_data_writer.h @brief Writing documents with their stored data encoded, training the index's zstd dictionary from its first documents. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "schema/stored_data_codec.h"

namespace quorum::index {

/// Writes documents for the indexer's single writer thread. An index with a dictionary (metadata
/// quorum:data-dictionary) gets each document's data compressed with it. An index without one
/// gets plain JSON while this writer collects the documents' JSON as samples; once they reach
/// kTrainingBytes, or at finish(), it trains a dictionary, stores it in the metadata and
/// re-encodes the documents it wrote plain. Too few samples (a small archive) leave the index
/// plain JSON, which is also what every reader accepts. A dictionary, once stored, never changes.
class StoredDataWriter {
public:
    /// Samples collected before a dictionary is trained: a few hundred documents of minutes.
    static constexpr size_t kTrainingBytes = 8 * 1024 * 1024;

    explicit StoredDataWriter(Xapian::WritableDatabase& db);

    /// Adds or replaces the document with unique-id term `id_term`; `doc`'s data is JSON text.
    void replace(const std::string& id_term, Xapian::Document doc);

    /// `json_text` encoded for storing now (for updating a stored document in place).
    std::string encode(const std::string& json_text) const { return codec_.encode(json_text); }

    /// The codec that reads this index's stored data.
    const schema::StoredDataCodec& codec() const { return codec_; }

    /// Trains the dictionary from the samples collected so far if none exists yet and there
    /// are enough. Call before the run's last commit.
    void finish();

private:
    void train_and_reencode();

    Xapian::WritableDatabase& db_;
    schema::StoredDataCodec codec_;
    std::vector<std::string> samples_;    ///< JSON of the documents written plain in this run
    std::vector<std::string> plain_ids_;  ///< their unique-id terms, to re-encode after training
    size_t sample_bytes_ = 0;
    bool trained_ = false;  ///< tried in this run (a failed training is not retried)
};

}  // namespace quorum::index
