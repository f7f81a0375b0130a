/** @file hostile_files.cpp @brief Hand-built PDFs, a fast zlib decompression bomb, deep HTML. */
#include "tests/hostile_files.h"

#include <zlib.h>

#include <cstdio>
#include <stdexcept>

namespace quorum::test {
namespace {

std::string padded_offset(size_t offset) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%010zu 00000 n \n", offset);
    return buffer;
}

std::string stream_object(std::string_view dictionary_extra, std::string_view data) {
    return "<< /Length " + std::to_string(data.size()) + std::string(dictionary_extra) + " >>\nstream\n" +
           std::string(data) + "\nendstream";
}

const char* kFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

// Raw deflate of `chunk` ending in a full flush: the compressor's state is then back to its
// start, so compressing the same chunk again gives the same bytes, which can be repeated.
std::string deflate_block(std::string_view chunk) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit2");
    std::string out(deflateBound(&z, chunk.size()) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    z.avail_in = static_cast<uInt>(chunk.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FULL_FLUSH);
    out.resize(out.size() - z.avail_out);
    deflateEnd(&z);
    if (rc != Z_OK || z.avail_in != 0) throw std::runtime_error("deflate");
    return out;
}

}  // namespace

std::string pdf_of_objects(const std::vector<std::string>& objects) {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) out += padded_offset(offset);
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string text_content(const std::vector<std::string>& lines) {
    std::string content = "BT /F1 11 Tf 14 TL 72 720 Td\n";
    for (const auto& line : lines) content += "(" + line + ") Tj T*\n";
    return content + "ET\n";
}

std::string page_tree_loop_pdf() {
    const std::string content = text_content({
        "Minutes of the Parish Council meeting held on 3 March 2024.",
        "1. Apologies for absence were received from two members.",
        "2. The clerk reported on the repair of the village hall roof.",
        "RESOLVED that the quotation for the roof repair be accepted.",
    });
    return pdf_of_objects({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",  // the tree lists itself as a kid
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream_object("", content),
        kFont,
    });
}

std::string flate_bomb_pdf(std::string_view prefix, std::string_view unit, std::uint64_t inflated_bytes) {
    std::string chunk;
    while (chunk.size() + unit.size() <= (1u << 20)) chunk += unit;
    const std::string block = deflate_block(chunk);
    if (deflate_block(chunk) != block) throw std::runtime_error("deflate blocks are not repeatable");
    const std::uint64_t copies = (inflated_bytes + chunk.size() - 1) / chunk.size();

    std::string zlib_data = "\x78\xDA";  // zlib header: deflate, 32 KiB window, best compression
    zlib_data.reserve(2 + block.size() * copies + 6);
    const uLong chunk_adler = adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(chunk.data()),
                                      static_cast<uInt>(chunk.size()));
    uLong adler = adler32(0, nullptr, 0);
    for (std::uint64_t i = 0; i < copies; ++i) {
        zlib_data += block;
        adler = adler32_combine(adler, chunk_adler, static_cast<z_off_t>(chunk.size()));
    }
    zlib_data += std::string("\x03\x00", 2);  // the final block: empty, fixed Huffman codes
    for (int shift = 24; shift >= 0; shift -= 8) zlib_data += static_cast<char>((adler >> shift) & 0xff);

    return pdf_of_objects({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 6 0 R] /Resources << /Font << /F1 5 0 R >> >> >>",
        stream_object("", prefix),
        kFont,
        stream_object(" /Filter /FlateDecode", zlib_data),
    });
}

std::string deeply_nested_html(size_t depth, std::string_view paragraph) {
    std::string html = "<html><head><title>Nested minutes</title></head><body>";
    html.reserve(html.size() + depth * 11 + paragraph.size() + 64);
    for (size_t i = 0; i < depth; ++i) html += "<div>";
    html += "<p>" + std::string(paragraph) + "</p>";
    for (size_t i = 0; i < depth; ++i) html += "</div>";
    return html + "</body></html>";
}

}  // namespace quorum::test
