"""The content of one generated meeting (format-independent), and the archive's cast of councils.

A Meeting holds what every renderer prints (council, body, date, attendance, numbered items with
discussion and resolutions) and the truth written to TRUTH.jsonl. Everything is drawn from a
random.Random seeded per document, so a document does not depend on the others.
"""
import datetime
import math
import random
import re

from gen import vocab

DATE_STYLES = ["d_month_y", "weekday_comma", "dmy_slash", "iso", "ordinal", "weekday_ordinal", "short_month"]


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(d, style):
    """A date as minutes write it: 8 March 2018, Thursday, 30 January 2025, 08/03/2018, ..."""
    month = vocab.MONTHS[d.month - 1]
    weekday = d.strftime("%A")
    if style == "d_month_y":
        return f"{d.day} {month} {d.year}"
    if style == "weekday_comma":
        return f"{weekday}, {d.day} {month} {d.year}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "ordinal":
        return f"{ordinal(d.day)} {month} {d.year}"
    if style == "weekday_ordinal":
        return f"{weekday} {ordinal(d.day)} {month} {d.year}"
    return f"{d.day} {month[:3]} {d.year}"


def load_taxonomy(path):
    """Topic slug -> (label, [plain phrases]) from schema/data/taxonomy.tsv (phrases of letters and spaces)."""
    topics = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            phrases = [p for p in cols[2].split("|") if re.fullmatch(r"[a-z][a-z ]{4,}[a-z]", p)]
            if len(phrases) >= 2:
                topics[cols[0]] = (cols[1], phrases)
    return topics


def load_councils(path):
    """(canonical name, kind) of the principal councils in schema/data/gazetteer.tsv."""
    keep = {"county", "district", "unitary", "metropolitan", "london-borough", "welsh", "scottish"}
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[1] in keep:
                out.append((cols[0], cols[1]))
    return out


def person(rng, used):
    while True:
        name = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.SURNAMES)}"
        if name not in used:
            used.add(name)
            return name


def build_cast(seed, gazetteer_path, n_principal=160, n_parish=60):
    """The archive's councils, each with its people, its bodies and a slug; the same for a given seed."""
    rng = random.Random(f"cast-{seed}")
    principal = rng.sample(load_councils(gazetteer_path), n_principal)
    councils = []
    villages = set()
    while len(villages) < n_parish:
        villages.add(rng.choice(vocab.VILLAGE_HEADS) + rng.choice(vocab.VILLAGE_TAILS))
    entries = [(name, kind) for name, kind in principal] + \
              [(f"{v} Parish Council", "parish") for v in sorted(villages)]
    for name, kind in entries:
        used = set()
        parish = kind == "parish"
        members = []
        for i in range(rng.randint(7, 11) if parish else rng.randint(9, 16)):
            roles = vocab.PARISH_ROLES if parish else vocab.COUNCILLOR_ROLES
            members.append({"name": person(rng, used), "role": roles[i] if i < len(roles) else "Councillor"})
        officer_roles = vocab.PARISH_OFFICER_ROLES[:1] if parish else rng.sample(vocab.OFFICER_ROLES, 6)
        officers = [{"name": person(rng, used), "role": r, "title": rng.choice(vocab.CIVIL_TITLES)}
                    for r in officer_roles]
        police = [{"name": person(rng, used), "title": t, "role": r} for t, r in rng.sample(vocab.POLICE, 2)]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        councils.append({"name": name, "kind": kind, "slug": slug, "members": members,
                         "officers": officers, "police": police,
                         "bodies": vocab.BODIES_PARISH if parish else vocab.BODIES_PRINCIPAL,
                         "place": name.split(" ")[0]})
    return councils


class Filler:
    """Fills sentence templates for one meeting."""

    def __init__(self, rng, meeting):
        self.rng = rng
        self.m = meeting

    def speaker(self):
        p = self.rng.choice(self.m["attendees"])
        return f"{p['title']} {p['name'].split(' ')[-1]}"

    def fill(self, template, topic_phrase):
        r = self.rng
        return template.format(
            t=topic_phrase, p=self.speaker(), r=r.choice(self.m["officer_roles"]).lower() if self.m["officer_roles"] else "clerk",
            n=r.randint(3, 480), m=r.randint(1, 60), pl=f"{r.choice(vocab.VILLAGE_HEADS)}{r.choice(vocab.VILLAGE_TAILS)}",
            st=r.choice(vocab.STREETS), o=r.choice(vocab.ORGS), mo=r.choice(vocab.MONTHS),
            y=self.m["date"].year + r.choice([-1, 0, 1]), b=self.m["body"], d=r.choice(vocab.DOCS),
            tr=r.choice(vocab.TRENDS), pc=r.randint(2, 40), amt=f"£{r.randint(1, 250) * 100:,}",
            prev=format_date(self.m["date"] - datetime.timedelta(days=r.choice([28, 35, 42])), self.m["date_style"]),
            next=format_date(self.m["date"] + datetime.timedelta(days=r.choice([28, 35, 42])), self.m["date_style"]),
            cp=vocab.COMMON_PHRASE, rp=vocab.RARE_PHRASE)


def numbering(rng, date):
    """A function item index (1-based) -> item number as printed, in one of the schemes minutes use."""
    scheme = rng.choice(["dot", "yy", "minute", "paren", "plain"])
    start = rng.choice([1, 1, 1, rng.randint(20, 140)])
    yy = date.year % 100
    if scheme == "yy":
        return lambda i: f"{yy:02d}/{start + i - 1:03d}"
    if scheme == "minute":
        return lambda i: f"Minute {start + i - 1}"
    if scheme == "paren":
        return lambda i: f"{start + i - 1})"
    if scheme == "dot":
        return lambda i: f"{start + i - 1}."
    return lambda i: f"{start + i - 1}"


def number_token(printed):
    """The item number without decoration: "Minute 45" -> "45", "12." -> "12", "23/031" stays."""
    return re.sub(r"^Minute |[.)]$", "", printed)


def make_meeting(index, seed, cast, topics, words_median=1400):
    """One meeting: a dict with everything the renderers print and the truth."""
    rng = random.Random(f"doc-{seed}-{index}")
    council = rng.choice(cast)
    body_printed, body_truth = rng.choice(council["bodies"])
    date = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randint(0, 20 * 365))
    style = rng.choice(DATE_STYLES)
    parish = council["kind"] == "parish"
    cllr = rng.choice(["Cllr", "Councillor"])
    members = rng.sample(council["members"], k=max(3, len(council["members"]) - rng.randint(0, 3)))
    attendees = [{"title": cllr, "name": p["name"], "role": p["role"], "group": "members"} for p in members]
    officers = rng.sample(council["officers"], k=min(len(council["officers"]), rng.randint(1, 4)))
    attendees += [{"title": o["title"], "name": o["name"], "role": o["role"], "group": "officers"} for o in officers]
    if rng.random() < 0.5:
        p = rng.choice(council["police"])
        attendees.append({"title": p["title"], "name": p["name"], "role": p["role"], "group": "officers"})

    meeting = {"index": index, "council": council, "body": body_printed, "body_truth": body_truth,
               "date": date, "date_style": style, "date_text": format_date(date, style),
               "venue": rng.choice(vocab.VENUES), "time": rng.choice(["7.00pm", "7.30 pm", "6.00 pm", "10.00 am", "2.00pm"]),
               "attendees": attendees, "officer_roles": [o["role"] for o in officers], "parish": parish}
    fill = Filler(rng, meeting)

    # Length: log-normal around the median, from half a page to dozens of pages.
    target_words = int(min(30000, max(250, words_median * math.exp(rng.gauss(0, 0.85)))))
    doc_topics = rng.sample(sorted(topics), k=rng.randint(2, 5))
    has_common = rng.random() < 0.25
    has_rare = rng.random() < 0.012
    number_of = numbering(rng, date)
    items = []
    words = 0

    def add_item(title, paragraphs, resolution=None, topic=None):
        items.append({"printed_number": number_of(len(items) + 1), "title": title, "paragraphs": paragraphs,
                      "resolution": resolution, "topic": topic})
        return sum(len(p.split()) for p in paragraphs) + (len((resolution or "").split()))

    any_phrase = lambda: rng.choice(topics[rng.choice(doc_topics)][1])
    for title in vocab.PROCEDURAL_ITEMS[:rng.randint(2, 5)]:
        text = fill.fill(rng.choice(vocab.PROCEDURAL_TEXT[title]), any_phrase())
        words += add_item(title, [text])
    topic_cycle = 0
    while words < target_words:
        slug = doc_topics[topic_cycle % len(doc_topics)]
        topic_cycle += 1
        label, phrases = topics[slug]
        title = rng.choice([label, f"{label} update", f"{phrases[0].capitalize()}",
                            f"Report on {phrases[0]}", f"{label} in {council['place']}"])
        paragraphs = []
        for _ in range(rng.randint(1, 3 if target_words < 3000 else 7)):
            sentences = [fill.fill(rng.choice(vocab.SENTENCES), rng.choice(phrases)) for _ in range(rng.randint(2, 6))]
            paragraphs.append(" ".join(sentences))
        resolution = fill.fill(rng.choice(vocab.RESOLUTIONS), rng.choice(phrases)) if rng.random() < 0.6 else None
        words += add_item(title, paragraphs, resolution, slug)
    # Planted phrases go into a random discussion item.
    planted = {"common": 0, "rare": 0}
    discussion = [it for it in items if it["topic"]]
    if has_common:
        for _ in range(rng.choice([1, 1, 2, 3])):
            rng.choice(discussion)["paragraphs"].append(fill.fill(rng.choice(vocab.COMMON_SENTENCES), ""))
            planted["common"] += 1
    if has_rare:
        rng.choice(discussion)["paragraphs"].append(fill.fill(vocab.RARE_SENTENCE, ""))
        planted["rare"] += 1
    for title in rng.sample(vocab.CLOSING_ITEMS, k=rng.randint(1, 2)):
        words += add_item(title, [fill.fill(rng.choice(vocab.PROCEDURAL_TEXT[title]), any_phrase())])
    meeting["items"] = items
    meeting["topics"] = sorted({it["topic"] for it in items if it["topic"]})
    meeting["planted"] = planted
    meeting["phrases"] = verbatim_phrases(rng, items)
    meeting["words"] = words
    return meeting


def verbatim_phrases(rng, items, count=3, length=6):
    """A few runs of plain words (no punctuation, no hyphen) copied from the discussion."""
    out = []
    paragraphs = [p for it in items if it["topic"] for p in it["paragraphs"]]
    for _ in range(count * 4):
        if len(out) == count or not paragraphs:
            break
        words = rng.choice(paragraphs).split()
        if len(words) < length:
            continue
        start = rng.randint(0, len(words) - length)
        run = words[start:start + length]
        if all(re.fullmatch(r"[A-Za-z]+", w) for w in run):
            phrase = " ".join(run)
            if phrase not in out:
                out.append(phrase)
    return out


def truth(meeting, path):
    """The truth row for one written document."""
    return {
        "path": path,
        "council": meeting["council"]["name"],
        "body": meeting["body_truth"],
        "date": meeting["date"].isoformat(),
        "date_text": meeting["date_text"],
        "officers": [{"title": a["title"], "name": a["name"], "role": a["role"]} for a in meeting["attendees"]],
        "topics": meeting["topics"],
        "items": [{"number": number_token(it["printed_number"]), "title": it["title"]} for it in meeting["items"]],
        "phrases": meeting["phrases"],
        "common_phrase": vocab.COMMON_PHRASE if meeting["planted"]["common"] else "",
        "common_count": meeting["planted"]["common"],
        "rare_phrase": vocab.RARE_PHRASE if meeting["planted"]["rare"] else "",
        "rare_count": meeting["planted"]["rare"],
        "words": meeting["words"],
    }
