# Every word of the pages, in English: the labels of the YAML vocabulary
# (levels, roles, statuses, nations, confidence), dates, the sentences built
# from the data, and the words of the templates, which show a message with
# {{ t(id="…") }}. Every other language's file has every message of this one.
#
# A site changes any of them by giving its own file with the same name,
# themes/default/i18n/en.ftl, holding just the messages it changes.
# The format is Project Fluent: https://projectfluent.org/

## The language's name in itself, for the link to the page in this language
language-name = English

## The site's menu
nav-home = Home
nav-areas = Areas
nav-pointers = Pointers
nav-regions = Regions
nav-compare = Compare
nav-workshop = Workshop kit
nav-about = About
nav-data = Data

## Titles of pages whose content page is missing
workshop-title = Workshop kit
data-title = Open data

## On the list of areas: areas that name no nation
other-areas = Other areas

## A pointer with no score
not-assessed = Not assessed

## The levels of the usual scale (a site's own scale gives its own labels)
level-0 = Not started
level-1 = Emerging
level-2 = Developing
level-3 = Established
level-4 = Embedded

## Who took part (the `role` of a participant): the label of each role of
## content/roles.yaml, by its id; a role without a message here shows as written there
role-lived-experience = people with lived experience
role-family-carers = family carers
role-frontline-workers = frontline workers
role-partners = partners and community groups
role-senior-leaders = senior leaders
role-not-using-services = people who do not currently use services
role-elected-members = elected members
role-other = other

## Where a next step has got to (its `status`)
status-planned = planned
status-in-progress = in progress
status-done = done
status-dropped = dropped

## How sure the group is of its evidence (`confidence`)
confidence-low = low
confidence-medium = medium
confidence-high = high

## Nations
nation-england = England
nation-scotland = Scotland
nation-wales = Wales
nation-northern-ireland = Northern Ireland

## England's regions, as an area's `region` names them (`North West`)
region-name-north-east = North East
region-name-north-west = North West
region-name-yorkshire-and-the-humber = Yorkshire and the Humber
region-name-east-midlands = East Midlands
region-name-west-midlands = West Midlands
region-name-east-of-england = East of England
region-name-london = London
region-name-south-east = South East
region-name-south-west = South West

## Dates: "31 March 2018"; a period of a year and month: "March 2018"
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }
period-month = { $month } { $year }

## How a pointer's score changed since the assessment before
change-up = Up from { $from } ({ $from-value }) to { $to } ({ $to-value }) since { $since }
change-down = Down from { $from } ({ $from-value }) to { $to } ({ $to-value }) since { $since }
change-same = No change since { $since }: { $level } ({ $value })
change-new = Not assessed in { $since }
change-none = Was { $level } ({ $value }) in { $since }

## Text alternatives of the charts
chart-radar = { $area }: scores for each pointer, { $period }
chart-radar-score = Score
chart-radar-target = Target
chart-years = Areas at each level on { $pointer }, year by year
chart-not-assessed = not assessed

## Atom feeds of new assessments
feed-network = { $site }: new self-assessments
feed-region = { $region }: new self-assessments ({ $site })
feed-area = { $area }: self-assessments
feed-entry = { $area }: self-assessment, { $period }

## Every page: the skip link, the menu's name and the footer
skip-link = Skip to main content
nav-label = Main
footer-csv = Scores as a spreadsheet (CSV)
footer-accessibility = Accessibility statement
footer-about = Self-assessments against ten pointers based on the Asset-Based Area briefing (TLAP 2017); pointers 8–10 adapted. Data published under the { $licence }.
footer-learning = These scores are for learning, not league tables: areas score themselves, with the people they serve.

## The page for an address that does not exist
notfound-title = Page not found
notfound-check = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
notfound-help = You can find every area on the <a href="{ $areas }">list of areas</a>, or start again from the <a href="{ $home }">home page</a>.

## The home page
# How many areas have published how many assessments, across how many
# regions (none: the regions are left out).
home-published = { $areas } areas have published { $assessments } self-assessments{ $regions ->
    [0] {""}
   *[other] {" "}across { $regions } regions
}.
home-rows = Each row shows an area's latest scores against the ten pointers, from 0 ({ $lowest }) to { $max } ({ $top }). Areas are listed by name: this is not a ranking.
heat-caption = Latest score of each area on each pointer
home-link-compare = Compare areas side by side
home-link-areas = All areas by nation and region
home-link-pointers = The ten pointers
home-link-worksheet = Fill in an assessment

## The table of every area's latest scores (home, compare, regions)
heat-area = Area
# Before a pointer's number, for screen readers: "Pointer 3".
heat-pointer = Pointer
heat-key = Key:
heat-numbers = The numbers at the top of the table are the pointers:

## How many areas are at each level (pointers, regions)
spread-level = Level
spread-areas = Areas
spread-share = Share

## The list of areas
areas-title = Areas
areas-lead = { $n } areas, listed by nation and region, then by name.
areas-nation = Nation
areas-all-nations = All nations
areas-region = Region
areas-all-regions = All regions
areas-jump = Jump to a nation
areas-latest = Latest assessment: { $period } ({ $n } in all).
areas-took-part = { $people } people took part, in { $roles } roles.
areas-took-part-no-lived = { $people } people took part, in { $roles } roles, none of them people with lived experience.
areas-none-yet = No published assessment yet.
# An area whose only assessments used another version of the framework than the site's own.
areas-other-version = Assessed only against another version of the framework, so its scores are shown on its own page and not in the grid.

## Compare areas
compare-title = Compare areas
compare-lead = Put areas side by side to find who to learn from. Areas are listed by name: comparing is for learning, not for ranking.
compare-choose = Choose two to four areas, and which of their assessments
compare-which = Which assessment of { $area }
compare-latest = Latest ({ $period })
compare-button = Compare
compare-all = Every area's latest scores
compare-heat-caption = Latest score of every area on each pointer

## The open data page
data-download = Download
data-csv = every score, one row per area, period and pointer (for spreadsheets)
data-json = the same rows, with each target and confidence
data-schema = the rules of an assessment file, for text editors
data-whole = Each assessment is also published whole (scores, votes, evidence, next steps and who took part) as JSON: there is a link at the foot of every area's page.
data-licence = Licence:
data-licence-text = { $licence }. You may copy, publish and adapt this data, if you say where it came from.
data-columns = The columns of scores.csv, in order:

## The list of nations and regions
regions-title = Nations and regions
regions-lead = Each page shows the areas of a nation or region, and how they spread across the levels of each pointer.
regions-count = { $n ->
    [one] { $n } area
   *[other] { $n } areas
}

## A region's or nation's page
feed-region-title = { $region }: new self-assessments
region-lead = { $n ->
    [one] { $n } area
   *[other] { $n } areas
} in { $region }.
region-side-by-side = The areas side by side
region-heat-caption = Latest score of each area in { $region } on each pointer
region-coproduced = How co-produced each assessment was
region-took-part = { $people } people in { $roles } roles
region-took-part-no-lived = { $people } people in { $roles } roles, no people with lived experience
region-not-recorded = who took part is not recorded
region-none-yet = no published assessment yet
region-over-time = Change over time
region-over-time-lead = For each pointer, how many of the areas were at { $level } or above at the end of each year, out of those assessed by then.
region-progress-caption = Areas in { $region } at { $level } or above, year by year
region-of = { $high } of { $total }
region-spread = Spread on each pointer
region-spread-caption = Areas in { $region } at each level

## Column headings used on several pages
table-pointer = Pointer

## The list of pointers
pointers-title = The ten pointers
pointers-lead = Each pointer is one part of becoming an asset-based area. Areas score themselves on each, from 0 ({ $lowest }) to { $max } ({ $top }).
pointers-now = Areas at each level now:

## A pointer's page
pointer-levels = What each level looks like
pointer-move-up = To move up from here:
pointer-questions = Questions for a workshop
pointer-now = Where areas are now
pointer-now-lead = Each area's latest assessment. Spread shows where the network stands; it is not a ranking.
pointer-spread-caption = Areas at each level on this pointer
pointer-over-time = How the spread has moved, year by year
pointer-over-time-lead = Each area counts at the level of its most recent assessment by the end of that year.
pointer-years-caption = Areas at each level at the end of each year
pointer-year = Year
pointer-areas-assessed = Areas assessed
pointer-none-yet = No area has assessed this pointer yet.
pointer-others = Other pointers
pointer-previous = Previous: { $number }. { $title }
pointer-next = Next: { $number }. { $title }

## The workshop kit
kit-toc = In this kit
kit-guide = The facilitator's guide
kit-worksheets-each = Worksheets, one for each pointer
kit-sign-in = Sign-in sheet
kit-summary = Summary sheet
kit-print = To print the worksheets, use your browser's Print command: each pointer prints on its own page.
kit-after = After the workshop, <a href="{ $url }">fill in the assessment in your browser</a>: it writes the files for the site.
kit-no-guide = Invite a mixed group, read each pointer's levels aloud, discuss the questions, vote, talk about the spread, then agree a score and record strengths, evidence and next steps.
kit-worksheets = Worksheets
kit-pointer = Pointer { $number }: { $title }
kit-talk = Talk about
kit-which-level = Which level are we at? Tick one.
kit-strengths = Strengths we can build on
kit-evidence = Evidence: what shows it
kit-next-steps = Next steps: what, who, by when
kit-sign-in-lead = Who took part is part of the evidence. Names stay with the facilitator; only the numbers in each role are published.
kit-sign-in-caption = Sign-in sheet: name, role and table
kit-name = Name
kit-role = Role (see list below)
kit-table = Table
kit-roles = Roles: { $roles }.
kit-area = Area:
kit-date = Date:
kit-facilitator = Facilitator:
kit-summary-caption = Summary: votes, agreed score and target for each pointer
kit-votes = Votes (one per table)
kit-agreed = Agreed score

## Easy read: a pointer's easy-read page (/pointers/ID/easy-read/), and the easy-read versions in the workshop kit
easy-read = Easy read
easy-title = Easy read: { $number }. { $title }
easy-description = Pointer { $number }, "{ $title }", in easy read: short sentences, one idea at a time, with a picture beside each idea.
easy-intro = This is pointer { $number } of { $count }. The pointers help people in an area talk about what is going well, and what to do next.
easy-link = Read this pointer in easy read
easy-full = Read the full version of this pointer
easy-card = Pointer { $number } in easy read
easy-others = Other pointers in easy read
easy-guidance = This page is written in easy read. It follows Mencap's guidance "Am I making myself clear?": short sentences, one idea at a time, everyday words, and a picture beside each idea. The pictures are there to help; the words say everything.
kit-easy-read = Easy-read versions of the pointers
kit-easy-read-lead = Send these to people before the day, so that everyone can read about each pointer in their own time. Each pointer prints on its own page.
kit-easy-read-page = Open easy read for pointer { $number } on its own page

## The worksheet (filling in an assessment in the browser)
ws-lead = After a scoring workshop, type in what the group agreed: the votes or scores, strengths, evidence and next steps for each of the ten pointers. This page writes the two files the site is made from, <code>area.yaml</code> and the assessment, for you to download and add to the site.
ws-nojs = This form needs JavaScript
ws-nojs-lead = JavaScript is off or blocked in this browser, so the form cannot work here. You can still:
ws-nojs-kit = print the <a href="{ $url }">workshop kit</a>, with a worksheet for each pointer, and fill it in on paper at the workshop;
ws-nojs-editor = write the files in a text editor. In the site's folder, <code>aba new your-area --name "Your area" --period 2026</code> writes a blank assessment, with every pointer, its questions and what each level looks like written in as comments. Then <code>aba check</code> tells you about any mistake, with the line to fix.
ws-nojs-schema = The files' format is described by the <a href="{ $schema }">assessment schema</a> on the <a href="{ $data }">open data page</a>.

ws-title = Fill in an assessment
ws-description = A form that writes an area's assessment files for you: no YAML, no terminal.

## An assessment's summary for a committee, to print
report-title = { $area }: summary for a committee, { $period }
report-description = A short summary of { $area }'s self-assessment, { $period }, to print and attach to a committee or board paper.
report-subtitle = becoming an asset-based area: self-assessment, { $period }
report-print = This page is laid out to print on at most four A4 pages. Use your browser's Print command
report-print-or = , or
report-print-button = Print this summary
report-assessed = Assessed on { $date }.
report-assessed-by = Assessed on { $date }, run by { $facilitator }.
report-draft = Draft: not agreed yet.
report-whole = The whole assessment, with its evidence:
report-proud = What we are proud of
report-people = { $n } people:
report-not-recorded = Who took part is not recorded.
report-no-lived = No people with lived experience took part.
report-where = Where we are on each pointer
report-level-reached = Level reached on each pointer
report-where-we-are = Where we are
report-aiming = Aiming for
report-confidence = Confidence
report-levels = Levels:
report-next = What we will do next
report-steps-caption = Next steps, with who will do each and by when
report-step = Next step
report-who = Who
report-by = By

## An area's page and each of its assessments
present-leave = Leave the workshop screen
present-keys = Move between pointers with the arrow keys, Page Up and Page Down, or by scrolling.
area-subtitle = self-assessment, { $period }
area-website = { $area }'s website
area-none-yet = { $area } has not published an assessment yet.
area-draft = Draft.
area-draft-note = This assessment has not been agreed yet and may change.
area-earlier = This is an earlier assessment. <a href="{ $url }">See { $area }'s latest assessment</a>.
area-periods = Assessments by year
area-assessed-on = Assessed on
area-run-by = Run by
area-who = Who took part
area-not-recorded = Not recorded.
area-peer-review = Peer review
area-reviewed = Checked against the evidence by { $name }.
area-reviewed-on = Checked against the evidence by { $name } on { $date }.
area-not-reviewed = Not peer reviewed.
area-framework = Framework
# An assessment made against another version of the framework than the site's own.
area-version-this = { $area } made this assessment against { $version }, which has { $count } pointers. It is shown on its own: its scores are not put beside the area's assessments on this site's own framework, nor in the network's grid, spreads and comparisons.
# An area some of whose assessments used another version of the framework; $n is how many.
area-version-changed = { $area } has changed version of the framework: its { $n ->
    [one] { $periods } assessment
   *[other] assessments of { $periods }
  } used { $version }, with { $count } pointers, and { $n ->
    [one] is
   *[other] are
  } shown on { $n ->
    [one] its
   *[other] their
  } own, not in the progress chart or the changes since last time on this page.
report-version = Made against { $version }.
# The printed summary names the framework, as the footer of every other page does.
report-framework = Scored against ten pointers based on the Asset-Based Area briefing (TLAP 2017); pointers 8–10 adapted.
# The page of another version of the framework the site holds.
version-description = The pointers of { $version }, another version of the framework, and the assessments made against it.
version-note = This is not the framework this site compares areas on. The network's pages use { $framework }.
version-own-link = See the site's own pointers.
version-used = Assessments made against this version
version-used-item = { $area }, { $period }
version-pointers = Its { $count } pointers
area-no-lived = No people with lived experience took part in this assessment.
area-no-lived-note = Scores agreed without the people who use services may see things differently from them.
area-who-unknown = This assessment does not say who took part, so readers cannot tell how far it was shaped by the people who use services.
area-radar-caption = Each spoke is a pointer, numbered 1 to { $n }; the further out, the higher the level (0 at the centre, { $max } at the edge).
area-legend-score = Solid shape and dots: the score.
area-same-scores = The same scores are in the table below.
area-scores-caption = { $area }'s scores, { $period }
area-confidence = Confidence in the evidence
area-change-since = Change since { $period }
area-overdue = { $n ->
    [one] { $n } next step was past its
   *[other] { $n } next steps were past their
} due date and not done when the area was assessed. They are marked below.
area-not-assessed-dot = Not assessed.
area-confidence-line = confidence in the evidence: { $confidence }
area-at-level = At this level: { $text }
area-votes = How the group voted
area-votes-caption = Votes for each level on { $pointer }
area-votes-column = Votes
area-bar = Bar
area-votes-count = { $n ->
    [one] { $n } vote
   *[other] { $n } votes
} ({ $list }).
area-median = The middle vote is { $median } ({ $label }).
area-given = The group agreed a score of { $score } directly, shown above.
area-divided = The group was divided
area-divided-note = : votes spread across three or more levels. That is where the conversation is.
area-strengths = Strengths to build on
area-evidence = Evidence
area-stale-tag = may be out of date
area-next-steps = Next steps
area-due = due { $date }
area-steps-set = Next steps set in { $period }
area-status-now = now { $status }
area-status-was = was { $status }
area-status-then = { $status } in { $period }
area-not-listed = not listed this time
area-progress-caption = { $area }'s score on each pointer at each assessment
area-trend = Trend
area-reuse = Compare and reuse
area-beside = { $area } beside the other areas of { $region }
area-compare-any = Compare { $area } with any other area
area-json = This assessment as open data (JSON)
area-report-link = Print a summary for a committee
area-report-note = : this assessment on at most four A4 pages, to attach to a cabinet or board paper
area-present-link = Workshop screen: this assessment in large type, one pointer per screen
area-present-note = (for projecting at a workshop)
area-next-year = Fill in next year's assessment
area-next-year-note = , in your browser, starting from this one

## The accessibility statement
a11y-description = How accessible this website is, how to ask for another format or report a problem, and how it is tested.
a11y-title = Accessibility statement for { $site }
a11y-run-by = This website is run by { $organisation }.
a11y-run-by-footer = This website is run by the organisation named at the foot of each page.
a11y-want = We want as many people as possible to be able to use it. For example, you should be able to:
a11y-can-colours = change colours, contrast levels and fonts using your browser or device settings;
a11y-can-zoom = zoom in up to 400% without the text spilling off the screen;
a11y-can-keyboard = move around the whole website using just a keyboard;
a11y-can-speech = move around it using speech recognition software;
a11y-can-screen-reader = listen to it using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver);
a11y-can-no-js = use it without JavaScript: every page shows its content, and the charts have the same figures in a table beside them.
a11y-simple = We have also made the text as simple as we can to understand. <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you have a disability.
a11y-how = How accessible this website is
a11y-none-known = We know of no part of this website that is not accessible.
a11y-some = We know some parts of this website may not be fully accessible:
a11y-some-text = the text of each self-assessment (its summary, strengths, evidence and next steps) is written by the area that made it, and may use unclear link text or headings, or need a good reading age;
a11y-some-links = some evidence links to documents on other websites, such as PDF reports, which may not be accessible;
a11y-some-charts = the charts are pictures: their text alternatives give the figures, and each has a table beside it with the same figures.
a11y-cannot-use = What to do if you cannot use parts of this website
a11y-format-contact = If you need information on this website in a different format, such as large print, easy read, audio recording or braille, contact us at <a href="{ $href }">{ $contact }</a>. Tell us the address of the page and the format you need. We will consider your request and reply as soon as we can.
a11y-format-organisation = If you need information on this website in a different format, such as large print, easy read, audio recording or braille, contact { $organisation }. Tell them the address of the page and the format you need.
a11y-format-no-contact = If you need information on this website in a different format, such as large print, easy read, audio recording or braille, contact the organisation that runs this website. Tell them the address of the page and the format you need.
a11y-reporting = Reporting accessibility problems with this website
a11y-reporting-contact = We are always looking to improve the accessibility of this website. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, contact us at <a href="{ $href }">{ $contact }</a>.
a11y-reporting-tell = We are always looking to improve the accessibility of this website. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, please tell us.
a11y-enforcement = Enforcement procedure
a11y-ehrc = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’) in England, Scotland and Wales. If you are not happy with how we respond to your complaint, contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
a11y-ecni = In Northern Ireland, the <a href="https://www.equalityni.org/">Equality Commission for Northern Ireland (ECNI)</a> is responsible for enforcing the accessibility regulations.
a11y-technical = Technical information about this website’s accessibility
a11y-committed = We are committed to making this website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
a11y-committed-organisation = { $organisation } is committed to making this website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
a11y-compliance = Compliance status
a11y-fully = This website is fully compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard.
a11y-partially = This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, because of the parts listed under <a href="#how-accessible">How accessible this website is</a>.
a11y-testing = How we tested this website
a11y-made-by = This website is made by aba, free software for publishing Asset-Based Area self-assessments. Every change to aba is tested before it is released:
a11y-test-axe = every kind of page is checked against WCAG 2.2 A and AA with the axe-core automated checker, in the Chromium browser;
a11y-test-keyboard = with the keyboard alone: the first Tab stop skips to the main content, and every link and control shows clearly when it has focus;
a11y-test-reflow = for reflow: no page scrolls sideways at 320 pixels wide, or at 200% zoom;
a11y-test-no-js = with JavaScript turned off: every page shows its content and every link works.
a11y-test-person = Automated checks find only some problems, so the words each area writes are best also read by a person.
a11y-preparation = Preparation of this accessibility statement
a11y-prepared = This statement was prepared on { $date }.
a11y-not-prepared = The date this statement was prepared is not given yet.
a11y-reviewed = It was last reviewed on { $date }.

## Separates the items of a list written out in a sentence
list-separator = {", "}

## Why an area is suggested to learn from, beside the suggestion
learn-why = { $reasons }
learn-why-reviewed = peer reviewed by { $by }
learn-why-confidence = { $confidence } confidence in the evidence
learn-why-lived = { $count ->
    [one] 1 person with lived experience took part
   *[other] { $count } people with lived experience took part
}
learn-why-evidence = evidence from { $year }
learn-why-kind = also a { $kind }
learn-why-near = also in { $place }

## An area's page
area-contact = Ask about these assessments:
toc-title = On this page
area-summary = Summary
area-about = About this assessment
area-detail = Pointer by pointer: strengths, evidence and next steps
area-glance = Scores at a glance
area-progress = Progress over time
area-next-review = Next review
area-worth-knowing = Worth knowing when reading this assessment
area-not-assessed = Not assessed this time: { $pointers }.
area-stale = { $count ->
    [one] 1 piece of evidence was more than { $months } months old when the area met to assess itself. It is marked below.
   *[other] { $count } pieces of evidence were more than { $months } months old when the area met to assess itself. They are marked below.
}
area-not-done = { $count ->
    [one] 1 next step was not done yet by the date it was due. It is marked below, with that date.
   *[other] { $count } next steps were not done yet by the dates they were due. They are marked below, with those dates.
}
area-where-placed = Where the group placed it
area-aiming = aiming for { $value } ({ $label })
area-aiming-for = Aiming for
area-earlier-aim = In { $period } the area was aiming for { $value } ({ $label }).
area-legend-aim = Dashed outline: the level the area is aiming for.
area-pointer-link = About this pointer, and what other areas are doing
step-not-done = not done yet, was due { $due }

## Stories: accounts and quotes given with consent
stories-title = In people's own words
stories-intro = Shared with their consent by people who took part or whose lives the work touches.
story-from = { $from }

## Learn from: other areas suggested beside a pointer
learn-title = Learn from
learn-intro = Areas further on with this pointer whose assessment was made with people with lived experience, and whose evidence is well grounded: similar and nearby areas first.

## A pointer's page
pointer-doing-title = What areas are doing
pointer-doing-intro = Stories, strengths and evidence from each area's latest assessment, level by level. Within a level, the best grounded come first: peer reviewed, then with the most confidence in the evidence, then made with people with lived experience.

## The home page
home-to-scores = Every area's latest scores, in one table
home-recent = What areas are doing
home-recent-on = Assessed on { $date }
home-recent-people = { $count ->
    [one] 1 person took part
   *[other] { $count } people took part
}{ $lived ->
    [0] {""}
   *[other] , { $lived } with lived experience
}
home-recent-unrecorded = Who took part is not recorded
home-recent-reviewed = peer reviewed
home-recent-stories = { $count ->
    [one] 1 story
   *[other] { $count } stories
}
home-scores = Every area's scores

# A page of the framework or the site shown in another language, for want of a translation.
not-translated = This page has not been translated into English yet.
# Under a council's text shown in another language, for want of a translation.
text-not-translated = Not yet in English.

## The comments of a new assessment file (`aba new --lang en`, and the
## worksheet page's download): short lines, each after a # in the file
new-header = Self-assessment for { $period } against { $framework }.
new-how-1 = For each pointer: read the levels aloud, talk through the questions, then each
new-how-2 = person or table votes. Type the votes in, e.g. votes: [2, 3, 3, 1]. The score is
new-how-3 = the middle vote (the lower middle for an even number), unless you write score: N.
new-scale = The scale:
# On a site in more than one language, when the file is not in the first: $code is this language's code.
new-languages = Write text in this language under its code, as in summary: {"{"} { $code }: ... {"}"}. Plain text is read as { $default }.
new-date = the date of the workshop, YYYY-MM-DD
new-status = change to published when the group has agreed it
new-participants = who took part: this is part of the evidence
new-questions = Questions to discuss:
new-levels = What each level looks like:
new-votes = one number per person or table
new-score = only if the group agreed a score directly
new-target = the level you aim for by the next assessment
new-confidence = low, medium or high: how strong the evidence is
new-evidence = - what shows it, or {"{"} text: ..., link: https://..., date: YYYY-MM-DD {"}"}
new-next-steps = - {"{"} action: ..., owner: ..., due: YYYY-MM-DD, status: planned {"}"}
new-kind = the kind of council, such as a metropolitan borough
new-region = or the nation, for Scotland, Wales and Northern Ireland

## The search page, /search/, and the words its script (search.js) shows.
nav-search = Search
search-title = Search what areas have done
search-description = Find the areas that wrote about something you are trying to do: in their strengths, evidence, next steps and stories.
search-lead = Find the areas that have done what you are trying to do. Search what every area wrote in its assessments: its strengths, its evidence, its next steps and the stories of the people who took part.
search-label = Words to search for
search-hint = For example: time bank, micro-enterprise, lunch club
search-button = Search
search-nojs-title = Searching needs JavaScript
search-nojs-lead = JavaScript is off or blocked in this browser, so the search cannot work here. What areas wrote is on these pages too:
search-nojs-pointers = each pointer's page lists every area's strengths, stories and evidence on that pointer:
search-nojs-areas = the <a href="{ $url }">list of areas</a> leads to each area's assessments, with everything it wrote.
search-loading = Loading what every area wrote…
search-older = Still searching older assessments…
search-failed = The search could not load what the areas wrote. Reload the page to try again, or use the pointer pages and the list of areas.
search-none = Nothing found for “{ $query }”. Try fewer words, or the start of a word.
js-search-count = { $n ->
    [one] 1 result, newest first
   *[other] { $n } results, newest first
}
search-more = Show more results
search-result = { $area }, { $period }
search-kind-summary = Summary
search-kind-story = Story
search-kind-strengths = Strengths
search-kind-evidence = Evidence
search-kind-next-step = Next step

## The words of the theme's scripts (static/*.js), read by static/words.js.
## Each script's messages start with js- and the script's name; a message
## here may hold only text, { $variables } and choices by a number.

# The compare page's picker (compare.js)
js-compare-choose = Choose between two and four areas.
js-compare-loading = Loading…
js-compare-no-period = { $area } has no assessment for { $period }, so its latest ({ $latest }) is shown.
js-compare-unknown = { $n ->
    [one] No area has the short name { $names }.
   *[other] No area has the short names { $names }.
}
js-compare-showing = Showing { $n } areas.
js-compare-failed = The scores could not be loaded. The table below has every area's latest scores.
js-compare-list-separator = {", "}
js-compare-area-period = { $area } ({ $period })
js-compare-heading = Comparison: { $areas }
js-compare-radar = Scores of { $areas } on each pointer; the same scores are in the table
js-compare-line-1 = solid line, shaded
js-compare-line-2 = long dashes
js-compare-line-3 = dots
js-compare-line-4 = dash and dot
js-compare-key = { $area }: { $line }
js-compare-key-separator = {"; "}
js-compare-figure = Each spoke is a pointer. { $keys }.
js-compare-table = Comparison table
js-compare-caption = Scores, strengths, evidence and next steps, pointer by pointer
js-compare-pointer = Pointer
js-compare-in-brackets = ({ $text })
js-compare-not-assessed = Not assessed
js-compare-score = Score { $score }
js-compare-score-target = Score { $score }, aiming for { $target }
js-compare-evidence = Evidence:
js-compare-next-steps = Next steps:

# The filter of the list of areas (filter.js)
js-filter-shown = { $n ->
    [one] { $n } area shown
   *[other] { $n } areas shown
}

# The worksheet (worksheet.js)
js-worksheet-kind-nothing = nothing
js-worksheet-kind-yes-no = yes/no
js-worksheet-kind-number = a number
js-worksheet-kind-text = text
js-worksheet-kind-list = a list
js-worksheet-kind-keys = a set of keys
js-worksheet-yaml-kind = Metropolitan borough
js-worksheet-yaml-region = North West      # or the nation, for Scotland, Wales and Northern Ireland
js-worksheet-yaml-nation = England         # England | Scotland | Wales | Northern Ireland
js-worksheet-yaml-website = https://www.example.gov.uk
js-worksheet-yaml-contact = assessments@example.gov.uk   # a shared address or a web page
js-worksheet-not-one-of = `{ $value }` is not { $what }
js-worksheet-did-you-mean = did you mean `{ $word }`?
js-worksheet-use-one-of = use one of: { $words }
js-worksheet-not-a-date = `{ $value }` is not a real date
js-worksheet-not-a-date-hint = write dates as YYYY-MM-DD, for example 2018-03-31
js-worksheet-not-whole = { $what } should be a whole number, not { $kind }
js-worksheet-off-scale = { $what } { $value } is not on the scale
js-worksheet-use-scale = use one of { $values }
js-worksheet-no-name = area.yaml has no `name`
js-worksheet-no-name-hint = type the area's name, as readers know it
js-worksheet-a-nation = a nation aba knows
js-worksheet-bad-website = the website `{ $value }` is not a web address
js-worksheet-bad-website-hint = start it with https://
js-worksheet-bad-contact = the contact `{ $value }` is not an email address or a web page
js-worksheet-bad-contact-hint = give a shared address such as assessments@example.gov.uk, or a page starting with https://
js-worksheet-no-folder = the area has no folder name
js-worksheet-no-folder-hint = lower-case letters, digits and -, such as { $example }
js-worksheet-bad-folder = `{ $value }` cannot be an area's folder name: use lower-case letters, digits and -, e.g. { $example }
js-worksheet-no-period = the assessment has no period
js-worksheet-period-hint = use a year (2026) or year and month (2026-03)
js-worksheet-bad-period = `{ $value }` is not a period
js-worksheet-no-date = this assessment has no `assessed_on` date
js-worksheet-no-date-hint = the date of the workshop, such as 2026-03-31
js-worksheet-bad-status = `{ $value }` is not a status
js-worksheet-bad-status-hint = use `published` or `draft`
js-worksheet-no-reviewer = `reviewed_by` has no `name`
js-worksheet-no-reviewer-hint = who checked the scores against the evidence
js-worksheet-negative-count = `count` cannot be negative
js-worksheet-the-vote = the vote
js-worksheet-the-score = the score
js-worksheet-the-target = the target
js-worksheet-bad-confidence = `{ $value }` is not a confidence level
js-worksheet-bad-confidence-hint = use low, medium or high
js-worksheet-no-evidence-text = this evidence item has no `text`
js-worksheet-no-evidence-text-hint = say what shows it
js-worksheet-bad-link = the link `{ $value }` is not allowed
js-worksheet-bad-link-hint = links must start with https://, http://, mailto: or / (a page of this site)
js-worksheet-no-action = this next step has no `action`
js-worksheet-no-action-hint = say what will be done
js-worksheet-a-step-status = a next-step status
js-worksheet-warn-not-assessed = not assessed: { $pointers }
js-worksheet-warn-no-participants = no participants are recorded
js-worksheet-warn-no-lived = no people with lived experience took part
js-worksheet-warn-framework = this assessment used the framework `{ $used }`, but the site describes `{ $site }`
js-worksheet-warn-old-evidence = evidence dated { $date } was more than { $months } months old when this assessment was made
js-worksheet-warn-overdue = the next step "{ $action }" was due on { $due } and is not done
js-worksheet-not-text = `{ $key }` should be text, not { $kind }
js-worksheet-not-mapping = { $what } should be a set of `key: value` lines, not { $kind }
js-worksheet-keys-are = the keys it can have are: { $keys }
js-worksheet-unknown-key = unknown key `{ $key }` in { $what }
js-worksheet-not-list = { $what } should be a list (lines starting with `- `), not { $kind }
js-worksheet-what-assessment = an assessment
js-worksheet-what-participants = a participant group
js-worksheet-a-role = a participant role
js-worksheet-no-role = this participant group has no `role`
js-worksheet-no-count = this participant group has no `count`
js-worksheet-no-count-hint = type how many took part
js-worksheet-role-twice = `{ $role }` is listed twice: the form adds the two counts together
js-worksheet-bad-pointers = `pointers` should list each pointer's id with its score under it
js-worksheet-unknown-pointer = unknown pointer "{ $id }"
js-worksheet-did-you-mean-pointer = did you mean "{ $id }"?
js-worksheet-pointer-ids = the pointer ids are: { $ids }
js-worksheet-what-pointer = a pointer's assessment
js-worksheet-what-evidence = an evidence item
js-worksheet-what-step = a next step
js-worksheet-read-before = the form shows what could be read before this line
js-worksheet-no-yaml-open = Files cannot be opened: the YAML reader (js-yaml.min.js) did not load with this page.
js-worksheet-one-area = only one area.yaml can be opened at a time; this one was left out
js-worksheet-one-assessment = only one assessment can be opened at a time; this one was left out
js-worksheet-file-period-hint = name assessment files by year (2018.yaml) or year and month (2018-03.yaml); type the period in the form
js-worksheet-opened = Opened { $files }.
js-worksheet-and = {" and "}
js-worksheet-opened-nothing = Opened nothing.
js-worksheet-opened-kept = { $n ->
        [one] One text is written in more than one language: the form shows it in English, and the downloaded file keeps the other languages as they were.
       *[other] { $n } texts are written in more than one language: the form shows them in English, and the downloaded file keeps the other languages as they were.
    }
js-worksheet-read-failed = The files could not be read: { $why }
js-worksheet-from-folder = This page was opened from a folder on your computer, and browsers do not let such a page read the site's data files. Open the worksheet on the published site, or with aba serve, to start from a published assessment; or use Open with the files themselves.
js-worksheet-reading = Reading { $area }'s assessment for { $period }…
js-worksheet-started = Started from { $area }'s assessment for { $period }: last time's next steps are filled in, for you to update their status.
js-worksheet-start-failed = The published assessment could not be read ({ $url }). Check that the site is up to date, or use Open with the files.
js-worksheet-undo = Bring back the form as it was
js-worksheet-undone = The form is back as it was.
js-worksheet-parts-unread = { $n ->
        [one] { $n } part could not be read: see the list at the top.
       *[other] { $n } parts could not be read: see the list at the top.
    }
js-worksheet-not-allowed = { $value } (not allowed)
js-worksheet-status = Status
js-worksheet-status-hint = Published assessments are shown on the site. A draft is left out until it is agreed.
js-worksheet-published = Published: show it on the site
js-worksheet-draft = Draft: leave it out for now (aba build --drafts and aba serve --drafts show it)
js-worksheet-evidence-n = Evidence { $n }
js-worksheet-evidence-text = What shows it
js-worksheet-evidence-link = Link (optional)
js-worksheet-evidence-date = Date (optional)
js-worksheet-date-format = YYYY-MM-DD
js-worksheet-remove-evidence = Remove evidence { $n }
js-worksheet-for-pointer = for pointer { $n }
js-worksheet-evidence-removed = Evidence { $n } of pointer { $pointer } removed.
js-worksheet-step-n = Next step { $n }
js-worksheet-step-action = What will be done
js-worksheet-step-owner = Who will do it (optional)
js-worksheet-step-due = Due (optional)
js-worksheet-step-status = Status (optional)
js-worksheet-not-given = Not given
js-worksheet-remove-step = Remove next step { $n }
js-worksheet-step-removed = Next step { $n } of pointer { $pointer } removed.
js-worksheet-guide = Questions, and what each level looks like
js-worksheet-talk-about = Talk about
js-worksheet-the-levels = The levels
js-worksheet-last-scored = scored { $score } ({ $label })
js-worksheet-last-aimed = aimed for { $target } ({ $label })
js-worksheet-last-time = Last time ({ $period }): { $what }.
js-worksheet-votes = Votes
js-worksheet-votes-hint = One number from { $low } to { $high } for each person or table, such as 2 3 3 1 or 2, 3, 3, 1.
js-worksheet-score = Agreed score (optional)
js-worksheet-score-none = The middle vote
js-worksheet-score-hint = Only if the group agreed a score directly.
js-worksheet-target = Target (optional)
js-worksheet-target-none = No target
js-worksheet-target-hint = The level to reach by the next assessment.
js-worksheet-confidence = Confidence (optional)
js-worksheet-confidence-hint = How strong the evidence is.
js-worksheet-strengths = Strengths to build on
js-worksheet-strengths-hint = What the area already has and does well here. You can use Markdown: **bold**, and lists with lines starting with -.
js-worksheet-evidence = Evidence
js-worksheet-add-evidence = Add evidence
js-worksheet-next-steps = Next steps
js-worksheet-add-step = Add a next step
js-worksheet-live-votes = { $n ->
        [one] { $n } vote. The middle vote is { $middle } ({ $label }).
       *[other] { $n } votes. The middle vote is { $middle } ({ $label }).
    }
js-worksheet-live-divided = The group was divided
js-worksheet-live-divided-why = {""}: the votes spread across three or more levels.
js-worksheet-live-agreed = The group agreed a score of { $score } ({ $label }) directly: that is the score shown.
js-worksheet-live-score = Score: { $score } ({ $label }).
js-worksheet-not-kept = This browser is not keeping your draft (its storage is off or full). Download your work before you close the page.
js-worksheet-intro-kept = Nothing is lost:
js-worksheet-intro-kept-more = everything you type is kept in this browser, on this computer, as you type it. Closing the page, a reload or a crash loses nothing; it stays until you press Start again. Nothing is sent anywhere.
js-worksheet-intro-kept-more-serve = everything you type is kept in this browser, on this computer, as you type it. Closing the page, a reload or a crash loses nothing; it stays until you press Start again. Nothing is sent anywhere until you press Save to the site.
js-worksheet-intro-files = The form fills in the two files the site is made from. At the end, download them (or, when you preview the site with `aba serve`, save them straight into it).
js-worksheet-intro-paper = Prefer paper? Print the workshop kit.
js-worksheet-problem = There is a problem
js-worksheet-open = Open files from your computer
js-worksheet-open-label = An assessment (such as 2025.yaml), its area.yaml, or both
js-worksheet-open-hint = To carry on with an assessment, or to change one. The form shows what it holds; anything it cannot read is listed at the top.
js-worksheet-from = Start from a published assessment
js-worksheet-from-hint = For an area's next assessment: brings across the area and last time's next steps, to update their status, and shows last time's scores and targets beside each pointer.
js-worksheet-from-button = Start from it
js-worksheet-from-area = Area
js-worksheet-from-period = Assessment
js-worksheet-from-none = This site has no published assessments yet.
js-worksheet-again = Start again
js-worksheet-again-ask = Empty the whole form?
js-worksheet-again-why = This clears every field and the draft kept in this browser. Files you downloaded or saved are not touched.
js-worksheet-again-yes = Yes, empty the form
js-worksheet-again-no = No, keep it
js-worksheet-emptied = The form is empty again.
js-worksheet-again-hint = Empties the form, after asking.
js-worksheet-start = Start
js-worksheet-area = The area
js-worksheet-area-hint = Written to area.yaml, once for each area. For an area already on the site, leave it as it is.
js-worksheet-area-name = Name of the area
js-worksheet-area-name-hint = As readers know it, such as Tally Bridge.
js-worksheet-folder = Folder name
js-worksheet-folder-hint = The area's folder in assessments/, and its web address. Lower-case letters, digits and -; made from the name unless you change it.
js-worksheet-kind = Kind of area (optional)
js-worksheet-kind-hint = Such as Metropolitan borough, or County council.
js-worksheet-region = Region (optional)
js-worksheet-region-hint = Such as North West; for Scotland, Wales and Northern Ireland, the nation.
js-worksheet-nation = Nation (optional)
js-worksheet-website = Website (optional)
js-worksheet-website-hint = Starting https://
js-worksheet-contact = Contact (optional)
js-worksheet-contact-hint = Where readers can ask about the assessments: a shared email address or a web page, not a person's own address.
js-worksheet-people = Who took part
js-worksheet-people-hint = How many people from each group took part. Leave a group empty if nobody from it came. Who took part is part of the evidence.
js-worksheet-assessment = The assessment
js-worksheet-assessment-hint = Written to the assessment's own file, named after its period, such as 2026.yaml.
js-worksheet-period = Period
js-worksheet-period-field-hint = The year of the assessment (2026), or the year and month (2026-03). It names the file.
js-worksheet-assessed-on = Date of the workshop
js-worksheet-assessed-on-hint = YYYY-MM-DD, for example 2026-03-31.
js-worksheet-facilitator = Who ran it (optional)
js-worksheet-facilitator-hint = A person or a team.
js-worksheet-framework = Framework (optional)
js-worksheet-other-version = This assessment used { $version }, another version of the framework. This worksheet fills in assessments on { $framework } only, so the pointers of this one were not opened: edit its file instead.
js-worksheet-framework-hint = The version of the pointers used. This site describes: { $framework }.
js-worksheet-reviewer = Peer reviewed by (optional)
js-worksheet-reviewer-hint = Another area or a partner who checked the scores against the evidence.
js-worksheet-reviewed-on = Date of the peer review (optional)
js-worksheet-summary = Summary (optional)
js-worksheet-summary-hint = A few sentences for readers about this assessment. You can use Markdown: **bold**, and lists with lines starting with -.
js-worksheet-next-review = Next review (optional)
js-worksheet-next-review-hint = When the area means to look at its scores again: YYYY-MM-DD.
js-worksheet-jump = The ten pointers
js-worksheet-pointers = The pointers
js-worksheet-pointers-hint = For each pointer: the votes (or a score the group agreed), a target, and what the group said. Leave out a pointer you did not assess.
js-worksheet-save = Save to the site
js-worksheet-finish-serve = Save or download
js-worksheet-finish = Download
js-worksheet-notes = aba check will also note (these do not stop the site being built)
js-worksheet-unread = What could not be read from the files
js-worksheet-unread-hint = The form holds everything else. These parts are left out of it, and of the files it writes; add them again in the form if they are needed.
js-worksheet-error = Error:
js-worksheet-where-pointer = Pointer { $n }
js-worksheet-optional = {" (optional)"}
js-worksheet-folder-placeholder = FOLDER
js-worksheet-period-placeholder = PERIOD
js-worksheet-finish-note = Download both files and put them in the site's folder as `assessments/{ $folder }/area.yaml` and `assessments/{ $folder }/{ $period }.yaml` (an area already on the site keeps its area.yaml). Then `aba check` checks them and `aba build` makes the pages.
js-worksheet-finish-note-serve = Download both files and put them in the site's folder as `assessments/{ $folder }/area.yaml` and `assessments/{ $folder }/{ $period }.yaml` (an area already on the site keeps its area.yaml). Then `aba check` checks them and `aba build` makes the pages. Or save them straight into the site you are previewing.
js-worksheet-download-assessment = Download assessment ({ $file })
js-worksheet-download-area = Download area (area.yaml)
js-worksheet-not-downloaded = { $n ->
        [one] Nothing was downloaded: first put right the problem listed at the top.
       *[other] Nothing was downloaded: first put right the { $n } problems listed at the top.
    }
js-worksheet-downloaded = Downloaded { $file }. Put it in the site's folder as `assessments/{ $folder }/{ $file }`, then run `aba check`.
js-worksheet-not-saved = { $n ->
        [one] Nothing was saved: first put right the problem listed at the top.
       *[other] Nothing was saved: first put right the { $n } problems listed at the top.
    }
js-worksheet-saving = Saving…
js-worksheet-serve-gone = aba serve did not answer: is it still running?
js-worksheet-not-saved-title = Not saved
js-worksheet-refused = the save was refused
js-worksheet-download-assessment-instead = Download assessment instead
js-worksheet-download-area-instead = Download area instead
js-worksheet-saved-title = Saved
js-worksheet-saved = Saved { $files }. The preview is being rebuilt:
js-worksheet-saved-see = see the area's page
js-worksheet-saved-draft = (a draft shows only when aba serve runs with --drafts)
js-worksheet-saved-check = `aba check` found { $summary } in the whole site.
js-worksheet-saved-check-list = `aba check` found { $summary } in the whole site; the errors, and this area's warnings:
js-worksheet-draft-back = Your draft from before is back, as you left it.
js-worksheet-no-yaml = The YAML reader (js-yaml.min.js) did not load, so files cannot be opened here; everything else works.
