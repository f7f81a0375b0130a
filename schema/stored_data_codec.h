/** @file stored_data_codec.h @brief How a document's stored JSON is written into the index: as is, or compressed with zstd and a dictionary trained on the archive's own documents. */
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::schema {

/// Stored data that cannot be decoded: a zstd frame without the index's dictionary, or a
/// damaged frame. what() says which.
class StoredDataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes and reads stored data (see docs/schema.md, "Stored data"). Without a dictionary,
/// data is the JSON text itself (Xapian compresses it with zlib, one document at a time).
/// With one, data is a zstd frame compressed with that dictionary: minutes repeat their
/// boilerplate, names and field keys from one document to the next, which per-document zlib
/// cannot exploit and a dictionary trained on the archive can (docs/benchmarks.md).
/// decode() reads both forms, so an index whose first documents were written before its
/// dictionary existed stays readable. Immutable and thread-safe after construction.
class StoredDataCodec {
public:
    /// `dictionary`: the bytes train_dictionary() returned, or empty for plain JSON.
    explicit StoredDataCodec(std::string dictionary = {});

    bool has_dictionary() const { return !dictionary_.empty(); }
    const std::string& dictionary() const { return dictionary_; }

    /// The data string for `json_text`: compressed when there is a dictionary, else unchanged.
    std::string encode(std::string_view json_text) const;

    /// The JSON text of stored `data`, whichever form it is in. Throws StoredDataError.
    std::string decode(std::string_view data) const;

    /// Whether decode(data) can work: `data` is plain JSON, or a zstd frame naming this codec's
    /// dictionary (zstd writes the dictionary's id, a hash of its content, into each frame).
    bool decodes(std::string_view data) const;

    /// A dictionary trained on `samples` (documents' JSON texts), or "" when they are too few
    /// or too small to train one (then data stays plain JSON).
    static std::string train_dictionary(const std::vector<std::string>& samples);

    /// Whether `data` is a zstd frame rather than JSON text.
    static bool is_compressed(std::string_view data);

private:
    struct Dictionaries;  ///< zstd's digested forms of the dictionary, built once
    std::string dictionary_;
    std::shared_ptr<const Dictionaries> digested_;
};

}  // namespace quorum::schema
