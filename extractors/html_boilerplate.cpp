/** @file html_boilerplate.cpp @brief Word tables and matching rules for page furniture: navigation, banners, cookie notices, footers. */
#include "extractors/html_boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace quorum::extract {
namespace {

template <size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

constexpr std::array<std::string_view, 16> kNonText = {
    "script", "style", "noscript", "template", "svg",    "iframe", "button", "select",
    "option", "textarea", "input", "object", "embed", "canvas", "audio", "video"};

constexpr std::array<std::string_view, 4> kBoilerplateElements = {"nav", "aside", "menu", "dialog"};

constexpr std::array<std::string_view, 6> kBoilerplateRoles = {"navigation", "banner", "contentinfo",
                                                               "search",     "menu",   "menubar"};

// Region words: a class name made of these (plus modifiers) is furniture.
constexpr std::array<std::string_view, 18> kRegionWords = {
    "nav",    "navbar", "navigation", "menu",   "menubar", "sidebar", "banner",  "breadcrumb", "breadcrumbs",
    "cookie", "cookies", "consent",   "gdpr",   "skip",    "social",  "share",   "sharing",    "toolbar"};

// Region words that only mean furniture outside the main content.
constexpr std::array<std::string_view, 4> kPageFrameWords = {"header", "footer", "masthead", "topbar"};

// A class name starting with one of these is furniture whatever follows ("skip-to-content").
constexpr std::array<std::string_view, 10> kLeadingWords = {"cookie", "cookies", "consent", "gdpr",  "skip",
                                                           "breadcrumb", "breadcrumbs", "social", "share", "sharing"};

// Words that qualify a region without changing what it is.
constexpr std::array<std::string_view, 52> kModifiers = {
    "container", "wrapper", "wrap",    "inner",   "outer",   "area",     "region",  "bar",     "block",
    "links",     "link",    "list",    "item",    "items",   "top",      "bottom",  "left",    "right",
    "main",      "primary", "secondary", "global", "site",   "widget",   "widgets", "holder",  "box",
    "notice",    "message", "popup",   "modal",   "overlay", "button",   "btn",     "icon",    "toggle",
    "toggler",   "brand",   "dropdown", "collapse", "fixed", "sticky",  "mobile",  "desktop", "dark",
    "light",     "expand",  "sm",      "md",      "lg",      "xl",       "panel"};

// Leading words that make a class a state flag on a content container ("has-sidebar").
constexpr std::array<std::string_view, 6> kStatePrefixes = {"has", "with", "no", "is", "show", "hide"};

// Splits one class name into lower-case words at '-', '_', digits and camelCase humps.
std::vector<std::string> split_words(std::string_view name) {
    std::vector<std::string> words;
    std::string word;
    auto finish = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    for (size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = name[i];
        if (!std::isalpha(c)) {
            finish();
            continue;
        }
        if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]))) finish();
        word += static_cast<char>(std::tolower(c));
    }
    finish();
    return words;
}

bool is_region_word(std::string_view word, bool inside_content) {
    return contains(kRegionWords, word) || (!inside_content && contains(kPageFrameWords, word));
}

bool class_name_is_boilerplate(std::string_view name, bool inside_content) {
    const std::vector<std::string> words = split_words(name);
    if (words.empty() || contains(kStatePrefixes, words.front())) return false;
    if (contains(kLeadingWords, words.front()) || is_region_word(words.back(), inside_content)) return true;
    if (!is_region_word(words.front(), inside_content)) return false;
    return std::all_of(words.begin() + 1, words.end(), [&](const std::string& w) {
        return contains(kModifiers, w) || is_region_word(w, inside_content);
    });
}

}  // namespace

bool is_non_text_element(std::string_view tag) { return contains(kNonText, tag); }

bool is_boilerplate_element(std::string_view tag) { return contains(kBoilerplateElements, tag); }

bool is_boilerplate_role(std::string_view role) {
    std::string token;
    for (size_t i = 0; i <= role.size(); ++i) {
        if (i == role.size() || std::isspace(static_cast<unsigned char>(role[i]))) {
            if (contains(kBoilerplateRoles, token)) return true;
            token.clear();
        } else {
            token += static_cast<char>(std::tolower(static_cast<unsigned char>(role[i])));
        }
    }
    return false;
}

bool names_boilerplate_region(std::string_view attribute, bool inside_content) {
    size_t i = 0;
    while (i < attribute.size()) {
        while (i < attribute.size() && std::isspace(static_cast<unsigned char>(attribute[i]))) ++i;
        const size_t start = i;
        while (i < attribute.size() && !std::isspace(static_cast<unsigned char>(attribute[i]))) ++i;
        if (i > start && class_name_is_boilerplate(attribute.substr(start, i - start), inside_content)) return true;
    }
    return false;
}

}  // namespace quorum::extract
