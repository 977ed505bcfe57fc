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
