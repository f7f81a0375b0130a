/** @file html_boilerplate.h @brief Deciding from tag, role, id and class names whether an HTML element is page furniture, not content. */
#pragma once

#include <string_view>

namespace quorum::extract {

/// Elements never read for text: scripts, styles, embedded objects and controls
/// (script, style, noscript, template, svg, iframe, button, select, ...).
bool is_non_text_element(std::string_view tag);

/// Elements that are page furniture wherever they are (nav, aside, menu, dialog).
bool is_boilerplate_element(std::string_view tag);

/// True when a role attribute value (space-separated tokens) marks navigation, banner,
/// contentinfo, search or a menu.
bool is_boilerplate_role(std::string_view role);

/// True when an id or class attribute value names a boilerplate region. Each class name is split
/// into words at '-', '_' and camelCase humps; it names boilerplate when its last word is a region
/// word (site-header, main-nav, cookie-banner), or its first word is a region word followed only by
/// generic modifiers (nav-wrapper, menu-item, sidebar-left), or it starts with cookie, consent, gdpr,
/// skip, breadcrumb, social or share. "header-content-main" and state classes such as "has-sidebar"
/// do not. header, footer and masthead count only outside the main content (`inside_content` false),
/// because an article's own header holds its title.
bool names_boilerplate_region(std::string_view attribute, bool inside_content);

}  // namespace quorum::extract
