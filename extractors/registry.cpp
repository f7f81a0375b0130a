/** @file registry.cpp @brief Registers the extractors and chooses one per file: content first, then extension. */
#include "extractors/registry.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "extractors/extract_error.h"

namespace quorum::extract {
namespace {

std::string lower_extension(std::string_view path) {
    const size_t slash = path.find_last_of('/');
    const size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// Text if there are no NUL bytes and few control characters in the first bytes.
bool looks_like_text(std::string_view head) {
    if (head.empty()) return true;
    size_t control = 0;
    for (unsigned char c : head) {
        if (c == 0) return false;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
    return control * 100 <= head.size();  // at most 1% control characters
}

}  // namespace

std::string read_file_bytes(const std::string& path, const ExtractLimits& limits) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw ExtractError(FailureReason::Unreadable, path, std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw ExtractError(FailureReason::Unreadable, path, "is a directory, not a file");
    if (static_cast<std::uint64_t>(st.st_size) > limits.max_file_bytes)
        throw ExtractError(FailureReason::TooLarge, path,
                           "file is " + std::to_string(st.st_size / (1024 * 1024)) + " MiB, over the limit of " +
                               std::to_string(limits.max_file_bytes / (1024 * 1024)) + " MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ExtractError(FailureReason::Unreadable, path, std::string("cannot open: ") + std::strerror(errno));
    std::string bytes;
    bytes.resize(static_cast<size_t>(st.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad()) throw ExtractError(FailureReason::Unreadable, path, std::string("read error: ") + std::strerror(errno));
    bytes.resize(static_cast<size_t>(in.gcount()));
    return bytes;
}

Registry::Registry(const OcrOptions& ocr) : ocr_(ocr) {
    // Order matters: the first extractor whose sniff() accepts the content wins.
    extractors_.push_back(make_pdf_extractor(ocr));
    extractors_.push_back(make_html_extractor());
    extractors_.push_back(make_text_extractor());
}

const Extractor* Registry::choose(std::string_view head, std::string_view path) const {
    for (const auto& e : extractors_)
        if (e->format() != Format::Text && e->sniff(head)) return e.get();

    const std::string ext = lower_extension(path);
    auto by_format = [this](Format f) -> const Extractor* {
        for (const auto& e : extractors_)
            if (e->format() == f) return e.get();
        return nullptr;
    };
    if (ext == "pdf") return by_format(Format::Pdf);
    if (ext == "html" || ext == "htm" || ext == "xhtml") return by_format(Format::Html);
    if (looks_like_text(head)) return by_format(Format::Text);
    return nullptr;
}

Extraction Registry::extract_bytes(std::string_view bytes, const std::string& path, const KnownOcrPages& known) const {
    if (bytes.empty()) throw ExtractError(FailureReason::Empty, path, "empty file (0 bytes)");
    const Extractor* extractor = choose(bytes.substr(0, 4096), path);
    if (!extractor)
        throw ExtractError(FailureReason::Unsupported, path, "binary content that is not PDF, HTML or text");
    try {
        Extraction result = known.empty() ? extractor->extract(bytes) : extractor->extract_with_known_ocr(bytes, known);
        result.path = path;
        return result;
    } catch (const ExtractError& e) {
        throw ExtractError(e.reason(), path, e.detail());
    }
}

Extraction Registry::extract_file(const std::string& path, const ExtractLimits& limits) const {
    const std::string bytes = read_file_bytes(path, limits);
    return extract_bytes(bytes, path);
}

}  // namespace quorum::extract
