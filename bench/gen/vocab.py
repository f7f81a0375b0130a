"""Word lists for the archive generator: people, places, bodies, sentence templates.

Everything here is invented for the Quorum benchmark; no sentence is taken from a real document.
Council names come from schema/data/gazetteer.tsv and topic phrases from schema/data/taxonomy.tsv.
"""

FIRST_NAMES = """Aisha Alan Alison Amir Angela Anita Ben Bernard Beth Brian Carol Catherine Chloe Colin Dale
Daniel Deborah Dev Diane Donna Edward Eileen Farid Fiona Frank Gareth Gemma Geoffrey Grace Graham Hannah
Harriet Hugh Imran Isobel Jack James Janet Jason Joanna Jonathan Julie Karen Keith Kirsty Laura Leah Leonard
Liam Linda Lucy Malcolm Margaret Mark Martin Megan Michael Nadia Naomi Neil Nigel Owen Pamela Patrick Paul
Pauline Peter Priya Rachel Rajesh Rebecca Richard Robert Rosemary Ruth Sally Samuel Sandra Sarah Shirley
Simon Sophie Stephen Stuart Susan Tariq Teresa Thomas Tony Valerie Vikram Wendy William Yvonne Zoe""".split()

SURNAMES = """Abbott Adeyemi Ainsworth Allardyce Ashworth Bains Barraclough Bellamy Birtwistle Blackwood
Bramall Brightwell Buckland Calloway Carrick Chadwick Chaudhry Clegg Copeland Cresswell Dalby Danvers
Dewhurst Dobson Eccleston Ellwood Entwistle Fairbrother Farrant Fenwick Fothergill Garside Gillard Goodall
Greenhalgh Hadley Halliwell Harcourt Hartley Haworth Hebden Hodgkinson Holroyd Hussain Ingham Jagger
Kavanagh Kenworthy Kershaw Lambert Latimer Lomax Lowther Mahmood Marsden Mellor Midgley Moorcroft Nettleton
Nuttall Oakley Ogden Okafor Oldroyd Parkin Pickersgill Pilling Prendergast Quarmby Radcliffe Rawnsley
Redfern Rishworth Sagar Satterthwaite Scholes Shackleton Sowerby Stansfield Sutcliffe Tattersall Thackray
Thornber Tillotson Uttley Varley Wadsworth Walmsley Whiteley Wilkinson Womersley Wrigley Yeadon""".split()

# Invented villages (parish councils) and streets. Checked not to be well-known real parishes only loosely;
# they are combinations, not copies.
VILLAGE_HEADS = """Ash Brack Cold Dun Eld Fen Gos Hal Hex Kel Lang Mill Nether Over Ral Scar Stan Thorn Wex
Whit Wold Yar""".split()
VILLAGE_TAILS = """bury combe dale den field ford ham hope ley lington mere stead stone thorpe ton well wick worth""".split()
STREETS = """Church Lane|High Street|Mill Road|Station Road|Orchard Close|Hollow Lane|Chapel Street|Victoria Road|
Manor Farm Lane|Bridge Street|Market Place|The Green|Queens Road|Park Avenue|School Lane|Moor Lane|Beck Side|
Fold Gardens|Kiln Lane|Tannery Yard""".replace("\n", "").split("|")
VENUES = """Council Chamber, Town Hall|Committee Room 2, Civic Centre|the Village Hall|the Reading Room|
the Parish Rooms|Committee Room A, County Hall|the Guildhall|the Community Centre|the Methodist Church Hall|
Microsoft Teams (remote meeting)""".replace("\n", "").split("|")

# Bodies by kind of council: (name as printed, truth body). Parish councils meet as the Parish Council.
BODIES_PRINCIPAL = [
    ("Cabinet", "Cabinet"),
    ("Full Council", "Full Council"),
    ("Planning Committee", "Planning Committee"),
    ("Licensing Committee", "Licensing Committee"),
    ("Audit and Governance Committee", "Audit and Governance Committee"),
    ("Overview and Scrutiny Committee", "Overview and Scrutiny Committee"),
    ("Community Safety Partnership Board", "Community Safety Partnership Board"),
    ("Health and Wellbeing Board", "Health and Wellbeing Board"),
    ("Licensing Sub-Committee", "Licensing Sub-Committee"),
    ("Environment and Communities Scrutiny Panel", "Environment and Communities Scrutiny Panel"),
]
BODIES_PARISH = [("Parish Council", "Parish Council"), ("Planning Committee", "Planning Committee")]

COUNCILLOR_ROLES = ["Chair", "Vice-Chair", "Leader of the Council", "Deputy Leader",
                    "Cabinet Member for Finance", "Cabinet Member for Housing", "Cabinet Member for Communities"]
PARISH_ROLES = ["Chairman", "Vice-Chairman"]
OFFICER_ROLES = ["Chief Executive", "Monitoring Officer", "Section 151 Officer", "Democratic Services Officer",
                 "Head of Planning", "Licensing Manager", "Community Safety Manager", "Director of Resources",
                 "Head of Housing", "Environmental Health Manager", "Committee Clerk", "Legal Adviser"]
PARISH_OFFICER_ROLES = ["Clerk", "Clerk and Responsible Financial Officer", "Assistant Clerk"]
POLICE = [("Inspector", "Neighbourhood Inspector"), ("Sergeant", "Neighbourhood Sergeant"),
          ("PCSO", "Police Community Support Officer"), ("Chief Inspector", "District Commander")]
CIVIL_TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss"]

PROCEDURAL_ITEMS = ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
                    "Public participation", "Matters arising"]
CLOSING_ITEMS = ["Date of next meeting", "Any other business", "Urgent business", "Exclusion of the press and public"]

ORGS = ["the Neighbourhood Policing Team", "the Fire and Rescue Service", "the Clinical Commissioning Group",
        "the Citizens Advice Bureau", "the Youth Service", "the local housing association",
        "the Environment Agency", "the highways authority", "the Voluntary Action network", "the Probation Service"]
TRENDS = ["fallen", "risen", "increased", "decreased", "remained broadly level"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DOCS = ["quarterly performance report", "draft action plan", "consultation summary", "officer report",
        "risk assessment", "annual report", "briefing note", "options appraisal"]

# Discussion sentences. {t} is a topic phrase, {p} a person as spoken of, {r} an officer role, {n}/{m}
# numbers, {pl} a place, {st} a street, {o} an organisation, {mo} a month, {y} a year, {b} the body,
# {d} a document, {tr} a trend, {pc} a percentage, {amt} a sum of money.
SENTENCES = [
    "{p} reported that {t} had {tr} by {pc} per cent compared with the same quarter last year.",
    "{p} asked whether the work on {t} would continue once the current funding ended in {mo} {y}.",
    "Members discussed {t} in {pl} and the effect on residents of {st}.",
    "The {r} explained that {n} cases of {t} had been recorded in the quarter, {m} of them in {pl}.",
    "{p} welcomed the {d} and thanked {o} for its part in tackling {t}.",
    "In answer to a question, {p} confirmed that a further report on {t} would come to the {b} in {mo}.",
    "It was noted that the {d} had been circulated with the agenda and that {n} responses had been received.",
    "{p} expressed concern about {t} near {st} and asked for more frequent patrols in the evenings.",
    "The {r} advised that a sum of {amt} had been set aside in the budget for this purpose.",
    "Several members said that residents of {pl} had raised {t} with them at recent surgeries.",
    "{p} noted that {o} had agreed to share its figures on {t} with the {b} each quarter.",
    "The {r} undertook to circulate a breakdown of the {n} incidents by ward before the next meeting.",
    "There followed a discussion of the options set out in the {d}, in particular the cost of each option.",
    "{p} proposed that the matter be deferred until the outcome of the consultation was known; this was not seconded.",
    "Members were reminded that the {b} had asked in {mo} {y} for an update on {t}.",
    "The {r} said that the figures for {pl} were provisional and might change when the year-end data were checked.",
    "{p} asked how many of the {n} referrals had been closed, and was told that {m} had been.",
    "It was agreed that a site visit to {st}, {pl} would be arranged for members before a decision was made.",
    "{p} thanked the {r} for a clear and thorough {d}.",
    "The {r} described the partnership approach with {o}, which had led to a fall in {t} since {y}.",
    "Members asked that future reports show the trend in {t} over at least three years.",
    "A member of the public from {st} spoke about {t} and the Chair thanked them for attending.",
]
RESOLUTIONS = [
    "RESOLVED that the {d} be noted.",
    "RESOLVED that the recommendations in the {d} be approved.",
    "RESOLVED to allocate {amt} from reserves towards the work on {t}.",
    "RESOLVED that the {r} be asked to report back on {t} to the {b} in {mo} {y}.",
    "RESOLVED: (a) that the report be noted; (b) that a working group be set up to review {t}; and (c) that {p} be appointed to it.",
    "It was RESOLVED that the {d} on {t} be adopted, subject to the amendments agreed at the meeting.",
    "RESOLVED to write to {o} asking for its support on {t} in {pl}.",
    "RESOLVED that the application be refused on the grounds set out in the {d}.",
]
PROCEDURAL_TEXT = {
    "Apologies for absence": ["Apologies for absence were received from {p}.", "There were no apologies for absence."],
    "Declarations of interest": ["There were no declarations of interest.",
                                 "{p} declared a personal interest in the item on {t} as a member of {o}."],
    "Minutes of the previous meeting": [
        "RESOLVED that the minutes of the meeting held on {prev} be approved as a correct record and signed by the Chair.",
        "The minutes of the meeting held on {prev}, having been circulated, were approved and signed as a true record."],
    "Public participation": ["No members of the public had registered to speak.",
                             "A resident of {st} asked about {t}; the Chair agreed that a written reply would be sent."],
    "Matters arising": ["There were no matters arising that were not covered elsewhere on the agenda.",
                        "{p} reported that the letter agreed at the last meeting had been sent to {o}."],
    "Date of next meeting": ["The next meeting will be held on {next}.",
                             "It was noted that the next meeting would take place on {next} at 7.00pm."],
    "Any other business": ["There was no other business.", "{p} raised {t} in {pl}; it was agreed to place it on the next agenda."],
    "Urgent business": ["There was no urgent business."],
    "Exclusion of the press and public": [
        "RESOLVED that the press and public be excluded for the following item, which involves exempt information."],
}

# Phrases planted to measure `mentions`: a common one in about a quarter of documents and a rare one
# in about 1%. Neither is produced by any other template.
COMMON_PHRASE = "ward budget scheme"
RARE_PHRASE = "Ossingbrook footbridge"
COMMON_SENTENCES = ["{p} reported that the {cp} had supported {n} small projects this year.",
                    "Bids to the {cp} would close at the end of {mo}."]
RARE_SENTENCE = "{p} reported that repairs to the {rp} at {pl} were now expected to cost {amt}."
