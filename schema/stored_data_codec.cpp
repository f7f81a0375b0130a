/** @file stored_data_codec.cpp @brief zstd with a trained dictionary for stored data, or plain JSON. */
#include "schema/stored_data_codec.h"

#include <zdict.h>
#include <zstd.h>

#include <algorithm>
#include <iterator>
#include <mutex>
#include <numeric>

namespace quorum::schema {
namespace {

// Stored data of the generated 1,000-document archive (schema 3) with a 256 KB dictionary:
// level 6 2.17 MB, 9 2.05 MB, 12 1.96 MB, 15 1.91 MB, 19 1.79 MB; zlib alone 4.2 MB. Level 15
// took 2.2x level 9's time (about 1.4 ms more per document, in the writer thread); 19 took 19x.
constexpr int kCompressionLevel = 15;
// zstd's default is 110 KB; 256 KB gave 6% more on the same archive, for 256 KB per index.
constexpr size_t kDictionaryCapacity = 256 * 1024;
// Fewer samples than this train a dictionary that overfits them or fail to train at all.
constexpr size_t kMinSamples = 20;
constexpr size_t kMinSampleBytes = 256 * 1024;

constexpr unsigned char kZstdMagic[4] = {0x28, 0xB5, 0x2F, 0xFD};

struct CCtxDeleter {
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter {
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

/// One compression and one decompression context per thread, reused across calls.
ZSTD_CCtx* thread_cctx() {
    thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> cctx(ZSTD_createCCtx());
    return cctx.get();
}
ZSTD_DCtx* thread_dctx() {
    thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> dctx(ZSTD_createDCtx());
    return dctx.get();
}

}  // namespace

// zstd's digested forms of the dictionary. The decompression form is cheap and built at once;
// the compression form is built on the first encode(), since only the indexer writes: at level 15
// digesting a 256 KB dictionary for compression costs tens of milliseconds, which every search
// (it opens a codec per query) would otherwise pay.
struct StoredDataCodec::Dictionaries {
    const std::string dictionary;  // a copy: codecs that share this may be destroyed in any order
    ZSTD_DDict* decompress = nullptr;
    mutable std::once_flag compress_once;
    mutable ZSTD_CDict* compress = nullptr;

    explicit Dictionaries(const std::string& d) : dictionary(d), decompress(ZSTD_createDDict(d.data(), d.size())) {
        if (!decompress) throw StoredDataError("the index's stored-data dictionary is not a zstd dictionary");
    }
    ~Dictionaries() {
        ZSTD_freeCDict(compress);
        ZSTD_freeDDict(decompress);
    }
    Dictionaries(const Dictionaries&) = delete;
    Dictionaries& operator=(const Dictionaries&) = delete;

    const ZSTD_CDict* compression() const {
        std::call_once(compress_once, [this] {
            compress = ZSTD_createCDict(dictionary.data(), dictionary.size(), kCompressionLevel);
        });
        if (!compress) throw StoredDataError("the index's stored-data dictionary is not a zstd dictionary");
        return compress;
    }
};

StoredDataCodec::StoredDataCodec(std::string dictionary) : dictionary_(std::move(dictionary)) {
    if (!dictionary_.empty()) digested_ = std::make_shared<const Dictionaries>(dictionary_);
}

bool StoredDataCodec::is_compressed(std::string_view data) {
    return data.size() >= 4 && std::equal(std::begin(kZstdMagic), std::end(kZstdMagic),
                                          reinterpret_cast<const unsigned char*>(data.data()));
}

std::string StoredDataCodec::encode(std::string_view json_text) const {
    if (!digested_) return std::string(json_text);
    std::string out(ZSTD_compressBound(json_text.size()), '\0');
    const size_t n = ZSTD_compress_usingCDict(thread_cctx(), out.data(), out.size(), json_text.data(),
                                              json_text.size(), digested_->compression());
    if (ZSTD_isError(n)) throw StoredDataError(std::string("compressing stored data: ") + ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

std::string StoredDataCodec::decode(std::string_view data) const {
    if (!is_compressed(data)) return std::string(data);
    if (!digested_)
        throw StoredDataError("stored data is compressed with a dictionary, but the index holds none "
                              "(metadata quorum:data-dictionary is missing)");
    const unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 32))
        throw StoredDataError("stored data is a damaged zstd frame");
    std::string out(size, '\0');
    const size_t n = ZSTD_decompress_usingDDict(thread_dctx(), out.data(), out.size(), data.data(), data.size(),
                                                digested_->decompress);
    if (ZSTD_isError(n)) throw StoredDataError(std::string("decompressing stored data: ") + ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

bool StoredDataCodec::decodes(std::string_view data) const {
    if (!is_compressed(data)) return true;
    if (dictionary_.empty()) return false;
    const unsigned frame_dictionary = ZSTD_getDictID_fromFrame(data.data(), data.size());
    return frame_dictionary != 0 && frame_dictionary == ZSTD_getDictID_fromDict(dictionary_.data(), dictionary_.size());
}

std::string StoredDataCodec::train_dictionary(const std::vector<std::string>& samples) {
    const size_t total = std::accumulate(samples.begin(), samples.end(), size_t{0},
                                         [](size_t sum, const std::string& s) { return sum + s.size(); });
    if (samples.size() < kMinSamples || total < kMinSampleBytes) return "";
    std::string joined;
    joined.reserve(total);
    std::vector<size_t> sizes;
    sizes.reserve(samples.size());
    for (const auto& s : samples) {
        joined += s;
        sizes.push_back(s.size());
    }
    // zstd wants ten times the dictionary's size in samples or more.
    std::string dictionary(std::min(kDictionaryCapacity, total / 10), '\0');
    const size_t n = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                                           static_cast<unsigned>(sizes.size()));
    if (ZDICT_isError(n)) return "";  // samples zstd cannot learn from: stay with plain JSON
    dictionary.resize(n);
    return dictionary;
}

}  // namespace quorum::schema
