"""Renders a generated meeting as plain text, HTML (with site boilerplate) or groff ms (for PDF)."""
import html
import textwrap


def attendance_lines(m):
    members = [a for a in m["attendees"] if a["group"] == "members"]
    others = [a for a in m["attendees"] if a["group"] == "officers"]

    def who(a):
        role = a["role"]
        return f"{a['title']} {a['name']}" + ("" if role == "Councillor" else f" ({role})")

    return [who(a) for a in members], [who(a) for a in others]


def heading(m):
    return f"Minutes of the meeting of the {m['body']} held at {m['venue']} on {m['date_text']} at {m['time']}"


# ------------------------------------------------------------------------------------------- text
def render_text(m, rng):
    width = rng.choice([72, 78, 100])
    out = [m["council"]["name"].upper(), "", heading(m), ""]
    members, others = attendance_lines(m)
    out.append("Present: " + ", ".join(members))
    out.append("In attendance: " + ", ".join(others))
    out.append("")
    underline = rng.random() < 0.5
    for it in m["items"]:
        title = f"{it['printed_number']} {it['title'].upper()}"
        out += ["", title] + (["-" * len(title)] if underline else []) + [""]
        for p in it["paragraphs"]:
            out += textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False) + [""]
        if it["resolution"]:
            out += textwrap.wrap(it["resolution"], width, break_long_words=False, break_on_hyphens=False) + [""]
    out += ["", "The meeting closed at 9.05 pm.", "", "Chair ....................   Date ...................."]
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    return newline.join(out) + newline


# ------------------------------------------------------------------------------------------- HTML
def render_html(m, rng):
    e = html.escape
    council = e(m["council"]["name"])
    members, others = attendance_lines(m)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(m['body'])} - {e(m['date_text'])} - {council}</title>",
        '<link rel="stylesheet" href="/site.css"></head><body>',
        '<div class="cookie-banner">We use cookies to make this site work. <a href="/cookies">Cookie settings</a></div>',
        f'<header><a class="logo" href="/">{council}</a><form action="/search"><input name="q"> <button>Search</button></form></header>',
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>'
        '<li><a href="/meetings">Meetings, agendas and minutes</a></li><li><a href="/councillors">Your councillors</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul></nav>',
        f'<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/meetings">Meetings</a> &gt; {e(m["body"])}</div>',
        "<main>", f"<h1>{e(m['body'])}</h1>", f"<p class=\"meeting-date\">{e(heading(m))}</p>",
    ]
    if rng.random() < 0.5:
        parts.append("<h2>Attendance</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in members + others) + "</ul>")
    else:
        parts.append("<h2>Present</h2><p>" + e(", ".join(members)) + "</p>")
        parts.append("<h2>Officers in attendance</h2><p>" + e(", ".join(others)) + "</p>")
    for it in m["items"]:
        parts.append(f"<h3>{e(it['printed_number'])} {e(it['title'])}</h3>")
        parts += [f"<p>{e(p)}</p>" for p in it["paragraphs"]]
        if it["resolution"]:
            parts.append(f'<p class="resolution"><strong>{e(it["resolution"])}</strong></p>')
    parts += [
        "</main>",
        f'<footer><p>&copy; {council} {m["date"].year + 1}</p><ul><li><a href="/accessibility">Accessibility</a></li>'
        '<li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>'
        "<p>Find out how we use your information and what your rights are.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------------------------------- groff ms
def ms_escape(s):
    s = s.replace("\\", "\\e").replace("£", "\\(Po").replace("–", "\\(en")
    s = s.encode("ascii", "replace").decode("ascii")
    return "\\&" + s if s[:1] in (".", "'") else s


# Starts the next document of a groff run that renders several: a new page numbered 1, and the
# registers ms derives from PS and LL when it starts removed, so that .par@init derives them again
# from the document's settings (at the vertical spacing troff starts with, which .nr PD 0.5v reads).
MS_NEXT_DOCUMENT = [".pn 1", ".bp", ".vs 12p", ".rr VS FPS FVS PI QI PD DD FI FPD LT FL"]


def render_ms(m, rng, follows=False):
    """groff ms source: running header (council, body; ms leaves it off page 1) and footer (date, page
    number) on every page. With follows, the source goes after another document's in the same run."""
    x = ms_escape
    council = x(m["council"]["name"])
    members, others = attendance_lines(m)
    settings = [".nr PO 2.5c", ".nr LL 16c", f".nr PS {rng.choice([10, 11, 12])}", ".nr HY 0", ".nr PD 0.5v"]
    if follows:
        settings = MS_NEXT_DOCUMENT + settings + [".par@init"]
    lines = settings + [
        f".ds LH {council}", ".ds CH", f".ds RH {x(m['body'])}",
        f".ds LF {x(m['date_text'])}", ".ds CF", ".ds RF Page \\\\n%",
        ".DS C", ".ps +4", f".B \"{council}\"", ".ps", ".sp 0.5",
        x(f"Minutes of the meeting of the {m['body']}"), x(f"held at {m['venue']}"),
        x(f"on {m['date_text']} at {m['time']}"), ".DE",
        ".LP", f"\\fBPresent:\\fP {x(', '.join(members))}",
        ".LP", f"\\fBIn attendance:\\fP {x(', '.join(others))}",
    ]
    for it in m["items"]:
        lines += [".SH", x(f"{it['printed_number']} {it['title']}")]
        for p in it["paragraphs"]:
            lines += [".LP", x(p)]
        if it["resolution"]:
            lines += [".LP", "\\fB" + x(it["resolution"]) + "\\fP"]
    lines += [".LP", "The meeting closed at 9.05 pm."]
    return "\n".join(lines) + "\n"
