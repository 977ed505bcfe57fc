# The words that aba itself puts on pages, in English: the labels of the
# YAML vocabulary (roles, statuses, nations, confidence), dates, and the
# sentences built from the data. The rest of the theme's words are in its
# templates.
#
# A site changes any of them by giving its own file with the same name,
# themes/default/i18n/en.ftl, holding just the messages it changes.
# The format is Project Fluent: https://projectfluent.org/

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
