/** @file ocr_date_repair.h @brief Repairs the misreads OCR makes in written dates, next to a month name only. */
#pragma once

#include <string>
#include <string_view>

namespace quorum::extract {

/// The OCR text of one page with its dates repaired, so that date rules written for text
/// layers read them. Only tokens next to an English month name ("March", "Sept", "DEC.") are
/// touched, and only in these misreads Tesseract makes on scans:
///   - a superscript ordinal read as marks: `29" September`, `30°" March`, `February 29", 2024`
///     become `29th September`, `30th March`, `February 29th, 2024`;
///   - letters for digits in a day or year: `2O19`, `l9th`, `lst` (O/o -> 0, l/I/| -> 1, S -> 5;
///     a day needs a real digit or an ordinal suffix, a year two real digits and 1800-2099);
///   - a year's digits spaced apart: `2 0 1 9`, `20 19` after the day or month;
///   - a month name broken by a space: `Janu ary`, `Sept ember`;
///   - a day glued to the word before it or to the month: `Thurs28 Nov`, `28Nov`, `November2020`;
///   - a whole date broken over lines (`May 14,` / `2024`) joined on one line, as a year alone on
///     its line is otherwise taken for a page number and dropped.
/// And anywhere, a date of three numbers with letters read for digits: `l4.O5.2024`, `14/05/2O24`
/// (each part with a real digit; day and month 1-31, one of them 1-12; a year of 2 digits or
/// 1800-2099). Everything else, line breaks included, is kept as it was.
std::string repair_ocr_dates(std::string_view text);

}  // namespace quorum::extract
