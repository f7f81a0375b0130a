/** @file person_forms.cpp @brief Writing and reading the person_forms value. */
#include "schema/person_forms.h"

namespace quorum::schema {

std::string encode_person_forms(const std::vector<PersonForm>& forms) {
    std::string out;
    for (const auto& f : forms) out += (out.empty() ? "" : "\n") + f.kind + '\t' + f.written + '\t' + f.identity;
    return out;
}

std::vector<PersonForm> decode_person_forms(const std::string& value) {
    std::vector<PersonForm> out;
    size_t begin = 0;
    while (begin < value.size()) {
        size_t end = value.find('\n', begin);
        if (end == std::string::npos) end = value.size();
        const std::string line = value.substr(begin, end - begin);
        const size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b != std::string::npos) out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
        begin = end + 1;
    }
    return out;
}

std::map<std::string, std::string> identity_names(const std::string& value) {
    std::map<std::string, std::string> out;
    for (auto& f : decode_person_forms(value))
        if (f.identity != f.written) out.emplace(std::move(f.written), std::move(f.identity));
    return out;
}

}  // namespace quorum::schema
