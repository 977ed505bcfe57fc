# Y geiriau ar dudalennau'r wefan, yn Gymraeg (Cymraeg Clir). Mae gan y
# ffeil hon bob neges sydd yn en.ftl, gyda'r un enwau.
#
# The words of the pages in Welsh. Written by a non-native writer: a Welsh
# speaker should review them before a council publishes. A site changes any
# of them with its own themes/default/i18n/cy.ftl holding just the messages
# it changes. The format is Project Fluent: https://projectfluent.org/
# Welsh has six plural forms: zero, one, two, few (3), many (6), other.
# After a number the noun is singular and mutates as the number would make
# it ("2 berson", "3 pherson"); larger numbers take "o" and the plural
# ("11 o bobl").

## Helpers for the messages below: a number of areas, assessments, regions
## and people, each in the form its number needs.
n-areas = { $areas ->
    [zero] { $areas } ardal
    [one] { $areas } ardal
    [two] { $areas } ardal
    [few] { $areas } ardal
    [many] { $areas } ardal
   *[other] { $areas } o ardaloedd
}
n-assessments = { $assessments ->
    [zero] { $assessments } hunanasesiad
    [one] { $assessments } hunanasesiad
    [two] { $assessments } hunanasesiad
    [few] { $assessments } hunanasesiad
    [many] { $assessments } hunanasesiad
   *[other] { $assessments } o hunanasesiadau
}
n-regions = { $regions ->
    [one] { $regions } rhanbarth
    [two] { $regions } ranbarth
    [few] { $regions } rhanbarth
    [many] { $regions } rhanbarth
   *[other] { $regions } o ranbarthau
}
n-people = { $people ->
    [zero] neb
    [one] { $people } person
    [two] { $people } berson
    [few] { $people } pherson
    [many] { $people } pherson
   *[other] { $people } o bobl
}
n-roles = { $roles ->
    [one] { $roles } rôl
    [two] { $roles } rôl
    [few] { $roles } rôl
    [many] { $roles } rôl
   *[other] { $roles } o rolau
}

## The language's name in itself, for the link to the page in this language
language-name = Cymraeg

## The site's menu
nav-home = Hafan
nav-areas = Ardaloedd
nav-pointers = Dangosyddion
nav-regions = Rhanbarthau
nav-compare = Cymharu
nav-workshop = Pecyn gweithdy
nav-about = Amdanom
nav-data = Data

## Titles of pages whose content page is missing
workshop-title = Pecyn gweithdy
data-title = Data agored

## On the list of areas: areas that name no nation
other-areas = Ardaloedd eraill

## A pointer with no score
not-assessed = Heb ei asesu

## The levels of the usual scale (a site's own scale gives its own labels)
level-0 = Heb ddechrau
level-1 = Yn dechrau
level-2 = Yn datblygu
level-3 = Wedi ymsefydlu
level-4 = Wedi ymwreiddio

## Who took part (the `role` of a participant)
role-lived-experience = pobl sydd â phrofiad bywyd
role-family-carers = gofalwyr teulu
role-frontline-workers = gweithwyr rheng flaen
role-partners = partneriaid a grwpiau cymunedol
role-senior-leaders = uwch arweinwyr
role-elected-members = aelodau etholedig
role-other = eraill

## Where a next step has got to (its `status`)
status-planned = wedi'i gynllunio
status-in-progress = ar y gweill
status-done = wedi'i wneud
status-dropped = wedi'i roi heibio

## How sure the group is of its evidence (`confidence`)
confidence-low = isel
confidence-medium = canolig
confidence-high = uchel

## Nations
nation-england = Lloegr
nation-scotland = Yr Alban
nation-wales = Cymru
nation-northern-ireland = Gogledd Iwerddon

## England's regions, as an area's `region` names them (`North West`)
region-name-north-east = Gogledd-ddwyrain Lloegr
region-name-north-west = Gogledd-orllewin Lloegr
region-name-yorkshire-and-the-humber = Swydd Efrog a'r Humber
region-name-east-midlands = Dwyrain Canolbarth Lloegr
region-name-west-midlands = Gorllewin Canolbarth Lloegr
region-name-east-of-england = Dwyrain Lloegr
region-name-london = Llundain
region-name-south-east = De-ddwyrain Lloegr
region-name-south-west = De-orllewin Lloegr

## Dates: "20 Mawrth 2024"; a period of a year and month: "Mawrth 2024"
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
date = { $day } { $month } { $year }
period-month = { $month } { $year }

## How a pointer's score changed since the assessment before
change-up = I fyny o { $from } ({ $from-value }) i { $to } ({ $to-value }) ers { $since }
change-down = I lawr o { $from } ({ $from-value }) i { $to } ({ $to-value }) ers { $since }
change-same = Dim newid ers { $since }: { $level } ({ $value })
change-new = Heb ei asesu yn { $since }
change-none = Roedd yn { $level } ({ $value }) yn { $since }

## Text alternatives of the charts
chart-radar = { $area }: sgôr pob dangosydd, { $period }
chart-radar-score = Sgôr
chart-radar-target = Targed
chart-years = Ardaloedd ar bob lefel ar { $pointer }, flwyddyn wrth flwyddyn
chart-not-assessed = heb ei asesu

## Atom feeds of new assessments
feed-network = { $site }: hunanasesiadau newydd
feed-region = { $region }: hunanasesiadau newydd ({ $site })
feed-area = { $area }: hunanasesiadau
feed-entry = { $area }: hunanasesiad, { $period }

## Every page: the skip link, the menu's name and the footer
skip-link = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
footer-csv = Y sgorau fel taenlen (CSV)
footer-accessibility = Datganiad hygyrchedd
footer-about = Hunanasesiadau yn erbyn deg dangosydd sy'n seiliedig ar friff yr Ardal sy'n Seiliedig ar Asedau (TLAP 2017); mae dangosyddion 8–10 wedi'u haddasu. Cyhoeddir y data o dan { $licence }.
footer-learning = Mae'r sgorau hyn ar gyfer dysgu, nid tablau cynghrair: mae ardaloedd yn sgorio eu hunain, gyda'r bobl maen nhw'n eu gwasanaethu.

## The page for an address that does not exist
notfound-title = Heb ddod o hyd i'r dudalen
notfound-check = Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei gludo, gwiriwch eich bod wedi copïo'r cyfan.
notfound-help = Mae pob ardal ar y <a href="{ $areas }">rhestr o ardaloedd</a>, neu gallwch ddechrau eto o'r <a href="{ $home }">hafan</a>.

## The home page
home-published = { $areas ->
    [zero] Does dim un ardal wedi cyhoeddi hunanasesiad eto
   *[other] Mae { n-areas } wedi cyhoeddi { n-assessments }{ $regions ->
        [0] {""}
       *[other] {" "}ar draws { n-regions }
    }
}.
home-rows = Mae pob rhes yn dangos sgorau diweddaraf ardal yn erbyn y deg dangosydd, o 0 ({ $lowest }) i { $max } ({ $top }). Mae'r ardaloedd yn nhrefn yr wyddor: nid safle yw hwn.
heat-caption = Sgôr ddiweddaraf pob ardal ar bob dangosydd
home-link-compare = Cymharu ardaloedd ochr yn ochr
home-link-areas = Pob ardal fesul gwlad a rhanbarth
home-link-pointers = Y deg dangosydd
home-link-worksheet = Llenwi asesiad

## The table of every area's latest scores (home, compare, regions)
heat-area = Ardal
heat-pointer = Dangosydd
heat-key = Allwedd:
heat-numbers = Y dangosyddion yw'r rhifau ar frig y tabl:

## How many areas are at each level (pointers, regions)
spread-level = Lefel
spread-areas = Ardaloedd
spread-share = Cyfran

## The list of areas
areas-title = Ardaloedd
areas-lead = { $n ->
    [zero] Dim ardaloedd eto.
    [one] { $n } ardal, fesul gwlad a rhanbarth.
    [two] { $n } ardal, fesul gwlad a rhanbarth, yna yn nhrefn yr wyddor.
    [few] { $n } ardal, fesul gwlad a rhanbarth, yna yn nhrefn yr wyddor.
    [many] { $n } ardal, fesul gwlad a rhanbarth, yna yn nhrefn yr wyddor.
   *[other] { $n } o ardaloedd, fesul gwlad a rhanbarth, yna yn nhrefn yr wyddor.
}
areas-nation = Gwlad
areas-all-nations = Pob gwlad
areas-region = Rhanbarth
areas-all-regions = Pob rhanbarth
areas-jump = Neidio i wlad
areas-latest = Asesiad diweddaraf: { $period } ({ $n ->
    [one] { $n } hunanasesiad
    [two] { $n } hunanasesiad i gyd
    [few] { $n } hunanasesiad i gyd
    [many] { $n } hunanasesiad i gyd
   *[other] { $n } o hunanasesiadau i gyd
}).
areas-took-part = Cymerodd { n-people } ran, mewn { n-roles }.
areas-took-part-no-lived = Cymerodd { n-people } ran, mewn { n-roles }, heb neb â phrofiad bywyd yn eu plith.
areas-none-yet = Dim asesiad wedi'i gyhoeddi eto.
# An area whose only assessments used another version of the framework than the site's own.
areas-other-version = Wedi'i asesu yn erbyn fersiwn arall o'r fframwaith yn unig, felly mae ei sgorau'n cael eu dangos ar ei thudalen ei hun ac nid yn y grid.

## Compare areas
compare-title = Cymharu ardaloedd
compare-lead = Rhowch ardaloedd ochr yn ochr i weld gan bwy i ddysgu. Mae'r ardaloedd yn nhrefn yr wyddor: mae cymharu er mwyn dysgu, nid er mwyn rhestru'r gorau.
compare-choose = Dewiswch rhwng dwy a phedair ardal, a pha rai o'u hasesiadau
compare-which = Pa asesiad o { $area }
compare-latest = Diweddaraf ({ $period })
compare-button = Cymharu
compare-all = Sgorau diweddaraf pob ardal
compare-heat-caption = Sgôr ddiweddaraf pob ardal ar bob dangosydd

## The open data page
data-download = Lawrlwytho
data-csv = pob sgôr, un rhes ar gyfer pob ardal, cyfnod a dangosydd (ar gyfer taenlenni)
data-json = yr un rhesi, gyda phob targed a lefel hyder
data-schema = rheolau ffeil asesiad, ar gyfer golygyddion testun
data-whole = Mae pob asesiad hefyd wedi'i gyhoeddi'n gyfan (sgorau, pleidleisiau, tystiolaeth, camau nesaf a phwy gymerodd ran) fel JSON: mae dolen ar waelod tudalen pob ardal.
data-licence = Trwydded:
data-licence-text = { $licence }. Cewch gopïo, cyhoeddi ac addasu'r data hwn, os dywedwch o ble y daeth.
data-columns = Colofnau scores.csv, yn eu trefn:

## The list of nations and regions
regions-title = Gwledydd a rhanbarthau
regions-lead = Mae pob tudalen yn dangos ardaloedd gwlad neu ranbarth, a sut maen nhw wedi'u gwasgaru ar draws lefelau pob dangosydd.
regions-count = { $n ->
    [zero] dim ardal
    [one] { $n } ardal
    [two] { $n } ardal
    [few] { $n } ardal
    [many] { $n } ardal
   *[other] { $n } o ardaloedd
}

## A region's or nation's page
feed-region-title = { $region }: hunanasesiadau newydd
region-lead = { $n ->
    [zero] Dim ardal
    [one] { $n } ardal
    [two] { $n } ardal
    [few] { $n } ardal
    [many] { $n } ardal
   *[other] { $n } o ardaloedd
} yn { $region }.
region-side-by-side = Yr ardaloedd ochr yn ochr
region-heat-caption = Sgôr ddiweddaraf pob ardal yn { $region } ar bob dangosydd
region-coproduced = Pa mor gydgynhyrchiol oedd pob asesiad
region-took-part = { n-people } mewn { n-roles }
region-took-part-no-lived = { n-people } mewn { n-roles }, heb neb â phrofiad bywyd
region-not-recorded = heb gofnodi pwy gymerodd ran
region-none-yet = dim asesiad wedi'i gyhoeddi eto
region-over-time = Newid dros amser
region-over-time-lead = Ar gyfer pob dangosydd, faint o'r ardaloedd oedd ar { $level } neu uwch ar ddiwedd pob blwyddyn, o'r rhai oedd wedi'u hasesu erbyn hynny.
region-progress-caption = Ardaloedd yn { $region } ar { $level } neu uwch, flwyddyn wrth flwyddyn
region-of = { $high } o { $total }
region-spread = Y gwasgariad ar bob dangosydd
region-spread-caption = Ardaloedd yn { $region } ar bob lefel

## Column headings used on several pages
table-pointer = Dangosydd

## The list of pointers
pointers-title = Y deg dangosydd
pointers-lead = Mae pob dangosydd yn un rhan o ddod yn ardal sy'n seiliedig ar asedau. Mae ardaloedd yn sgorio eu hunain ar bob un, o 0 ({ $lowest }) i { $max } ({ $top }).
pointers-now = Ardaloedd ar bob lefel nawr:

## A pointer's page
pointer-levels = Sut olwg sydd ar bob lefel
pointer-move-up = I symud i fyny o'r fan hon:
pointer-questions = Cwestiynau ar gyfer gweithdy
pointer-now = Ble mae'r ardaloedd nawr
pointer-now-lead = Asesiad diweddaraf pob ardal. Mae'r gwasgariad yn dangos ble mae'r rhwydwaith; nid safle yw hwn.
pointer-spread-caption = Ardaloedd ar bob lefel ar y dangosydd hwn
pointer-over-time = Sut mae'r gwasgariad wedi symud, flwyddyn wrth flwyddyn
pointer-over-time-lead = Mae pob ardal yn cyfrif ar lefel ei hasesiad diweddaraf erbyn diwedd y flwyddyn honno.
pointer-years-caption = Ardaloedd ar bob lefel ar ddiwedd pob blwyddyn
pointer-year = Blwyddyn
pointer-areas-assessed = Ardaloedd wedi'u hasesu
pointer-none-yet = Does dim ardal wedi asesu'r dangosydd hwn eto.
pointer-others = Dangosyddion eraill
pointer-previous = Blaenorol: { $number }. { $title }
pointer-next = Nesaf: { $number }. { $title }

## The workshop kit
kit-toc = Yn y pecyn hwn
kit-guide = Canllaw'r hwylusydd
kit-worksheets-each = Taflenni gwaith, un ar gyfer pob dangosydd
kit-sign-in = Taflen gofrestru
kit-summary = Taflen grynodeb
kit-print = I argraffu'r taflenni gwaith, defnyddiwch orchymyn Argraffu eich porwr: mae pob dangosydd yn argraffu ar ei dudalen ei hun.
kit-after = Ar ôl y gweithdy, <a href="{ $url }">llenwch yr asesiad yn eich porwr</a>: mae'n ysgrifennu'r ffeiliau ar gyfer y wefan.
kit-no-guide = Gwahoddwch grŵp cymysg, darllenwch lefelau pob dangosydd yn uchel, trafodwch y cwestiynau, pleidleisiwch, siaradwch am y gwasgariad, yna cytunwch ar sgôr a chofnodwch gryfderau, tystiolaeth a chamau nesaf.
kit-worksheets = Taflenni gwaith
kit-pointer = Dangosydd { $number }: { $title }
kit-talk = Siaradwch am
kit-which-level = Ar ba lefel ydyn ni? Ticiwch un.
kit-strengths = Cryfderau y gallwn adeiladu arnynt
kit-evidence = Tystiolaeth: beth sy'n ei ddangos
kit-next-steps = Camau nesaf: beth, pwy, erbyn pryd
kit-sign-in-lead = Mae pwy gymerodd ran yn rhan o'r dystiolaeth. Mae'r enwau'n aros gyda'r hwylusydd; dim ond y niferoedd ym mhob rôl sy'n cael eu cyhoeddi.
kit-sign-in-caption = Taflen gofrestru: enw, rôl a bwrdd
kit-name = Enw
kit-role = Rôl (gweler y rhestr isod)
kit-table = Bwrdd
kit-roles = Rolau: { $roles }.
kit-area = Ardal:
kit-date = Dyddiad:
kit-facilitator = Hwylusydd:
kit-summary-caption = Crynodeb: pleidleisiau, sgôr y cytunwyd arni a tharged ar gyfer pob dangosydd
kit-votes = Pleidleisiau (un i bob bwrdd)
kit-agreed = Sgôr y cytunwyd arni

## Easy read: a pointer's easy-read page (/pointers/ID/easy-read/), and the easy-read versions in the workshop kit
easy-read = Hawdd ei ddeall
easy-title = Hawdd ei ddeall: { $number }. { $title }
easy-description = Dangosydd { $number }, "{ $title }", mewn fersiwn hawdd ei ddeall: brawddegau byr, un syniad ar y tro, gyda llun wrth ochr pob syniad.
easy-intro = Dyma ddangosydd { $number } o { $count }. Mae'r dangosyddion yn helpu pobl mewn ardal i siarad am beth sy'n mynd yn dda, a beth i'w wneud nesaf.
easy-link = Darllenwch y dangosydd hwn mewn fersiwn hawdd ei ddeall
easy-full = Darllenwch fersiwn llawn y dangosydd hwn
easy-card = Dangosydd { $number } mewn fersiwn hawdd ei ddeall
easy-others = Dangosyddion eraill mewn fersiwn hawdd ei ddeall
easy-guidance = Mae'r dudalen hon wedi'i hysgrifennu mewn fersiwn hawdd ei ddeall. Mae'n dilyn canllawiau Mencap, "<span lang="en">Am I making myself clear?</span>": brawddegau byr, un syniad ar y tro, geiriau bob dydd, a llun wrth ochr pob syniad. Mae'r lluniau yno i helpu; mae'r geiriau'n dweud y cyfan.
kit-easy-read = Fersiynau hawdd eu deall o'r dangosyddion
kit-easy-read-lead = Anfonwch y rhain at bobl cyn y diwrnod, fel bod pawb yn gallu darllen am bob dangosydd yn eu hamser eu hunain. Mae pob dangosydd yn argraffu ar ei dudalen ei hun.
kit-easy-read-page = Agor y fersiwn hawdd ei ddeall o ddangosydd { $number } ar ei dudalen ei hun

## The worksheet (filling in an assessment in the browser)
ws-lead = Ar ôl gweithdy sgorio, teipiwch yr hyn y cytunodd y grŵp arno: y pleidleisiau neu'r sgorau, cryfderau, tystiolaeth a chamau nesaf ar gyfer pob un o'r deg dangosydd. Mae'r dudalen hon yn ysgrifennu'r ddwy ffeil y mae'r wefan wedi'i gwneud ohonynt, <code>area.yaml</code> a'r asesiad, i chi eu lawrlwytho a'u hychwanegu at y wefan.
ws-nojs = Mae angen JavaScript ar y ffurflen hon
ws-nojs-lead = Mae JavaScript wedi'i ddiffodd neu ei rwystro yn y porwr hwn, felly nid yw'r ffurflen yn gallu gweithio yma. Gallwch chi o hyd:
ws-nojs-kit = argraffu'r <a href="{ $url }">pecyn gweithdy</a>, gyda thaflen waith ar gyfer pob dangosydd, a'i llenwi ar bapur yn y gweithdy;
ws-nojs-editor = ysgrifennu'r ffeiliau mewn golygydd testun. Yn ffolder y wefan, mae <code>aba new your-area --name "Your area" --period 2026</code> yn ysgrifennu asesiad gwag, gyda phob dangosydd, ei gwestiynau a sut olwg sydd ar bob lefel wedi'u hysgrifennu fel sylwadau. Yna mae <code>aba check</code> yn dweud wrthych am unrhyw gamgymeriad, gyda'r llinell i'w chywiro.
ws-nojs-schema = Mae fformat y ffeiliau wedi'i ddisgrifio gan y <a href="{ $schema }">sgema asesu</a> ar y <a href="{ $data }">dudalen data agored</a>.
ws-title = Llenwi asesiad
ws-description = Ffurflen sy'n ysgrifennu ffeiliau asesiad ardal i chi: dim YAML, dim terfynell.

## An assessment's summary for a committee, to print
report-title = { $area }: crynodeb ar gyfer pwyllgor, { $period }
report-description = Crynodeb byr o hunanasesiad { $area }, { $period }, i'w argraffu a'i atodi i bapur pwyllgor neu fwrdd.
report-subtitle = dod yn ardal sy'n seiliedig ar asedau: hunanasesiad, { $period }
report-print = Mae'r dudalen hon wedi'i gosod i argraffu ar bedair tudalen A4 ar y mwyaf. Defnyddiwch orchymyn Argraffu eich porwr
report-print-or = , neu
report-print-button = Argraffu'r crynodeb hwn
report-assessed = Aseswyd ar { $date }.
report-assessed-by = Aseswyd ar { $date }, dan arweiniad { $facilitator }.
report-draft = Drafft: heb ei gytuno eto.
report-whole = Yr asesiad cyfan, gyda'i dystiolaeth:
report-proud = Beth rydyn ni'n falch ohono
report-people = { $n ->
    [zero] Neb:
    [one] { $n } person:
    [two] { $n } berson:
    [few] { $n } pherson:
    [many] { $n } pherson:
   *[other] { $n } o bobl:
}
report-not-recorded = Heb gofnodi pwy gymerodd ran.
report-no-lived = Ni chymerodd neb â phrofiad bywyd ran.
report-where = Ble rydyn ni ar bob dangosydd
report-level-reached = Y lefel a gyrhaeddwyd ar bob dangosydd
report-where-we-are = Ble rydyn ni
report-aiming = Anelu at
report-confidence = Hyder
report-levels = Lefelau:
report-next = Beth fyddwn ni'n ei wneud nesaf
report-steps-caption = Camau nesaf, gyda phwy fydd yn gwneud pob un ac erbyn pryd
report-step = Cam nesaf
report-who = Pwy
report-by = Erbyn

## An area's page and each of its assessments
present-leave = Gadael sgrin y gweithdy
present-keys = Symudwch rhwng dangosyddion gyda'r bysellau saeth, Page Up a Page Down, neu drwy sgrolio.
area-subtitle = hunanasesiad, { $period }
area-website = Gwefan { $area }
area-none-yet = Nid yw { $area } wedi cyhoeddi asesiad eto.
area-draft = Drafft.
area-draft-note = Nid yw'r asesiad hwn wedi'i gytuno eto a gall newid.
area-earlier = Asesiad cynharach yw hwn. <a href="{ $url }">Gweld asesiad diweddaraf { $area }</a>.
area-periods = Asesiadau fesul blwyddyn
area-about = Am yr asesiad hwn
area-assessed-on = Aseswyd ar
area-run-by = Dan arweiniad
area-who = Pwy gymerodd ran
area-not-recorded = Heb ei gofnodi.
area-peer-review = Adolygiad gan gymheiriaid
area-reviewed = Gwiriwyd yn erbyn y dystiolaeth gan { $name }.
area-reviewed-on = Gwiriwyd yn erbyn y dystiolaeth gan { $name } ar { $date }.
area-not-reviewed = Heb ei adolygu gan gymheiriaid.
area-framework = Fframwaith
# An assessment made against another version of the framework than the site's own.
area-version-this = Gwnaeth { $area } yr asesiad hwn yn erbyn { $version }, sydd â { $count } dangosydd. Mae'n cael ei ddangos ar ei ben ei hun: nid yw ei sgorau'n cael eu rhoi wrth ymyl asesiadau'r ardal ar fframwaith y wefan hon, nac yn y grid, y dosraniadau a'r cymariaethau ar draws y rhwydwaith.
# An area some of whose assessments used another version of the framework; $n is how many.
area-version-changed = Mae { $area } wedi newid fersiwn y fframwaith: defnyddiodd { $n ->
    [one] ei asesiad { $periods }
   *[other] ei asesiadau { $periods }
  } { $version }, gyda { $count } dangosydd. Mae'n cael ei ddangos ar wahân, nid yn y siart cynnydd nac yn y newidiadau ers y tro diwethaf ar y dudalen hon.
report-version = Wedi'i wneud yn erbyn { $version }.
# The printed summary names the framework, as the footer of every other page does.
report-framework = Wedi'i sgorio yn erbyn deg dangosydd sy'n seiliedig ar friff yr Ardal sy'n Seiliedig ar Asedau (TLAP 2017); mae dangosyddion 8–10 wedi'u haddasu.
# The page of another version of the framework the site holds.
version-description = Dangosyddion { $version }, fersiwn arall o'r fframwaith, a'r asesiadau a wnaed yn ei erbyn.
version-note = Nid hwn yw'r fframwaith mae'r wefan hon yn cymharu ardaloedd arno. Mae tudalennau'r rhwydwaith yn defnyddio { $framework }.
version-own-link = Gweld dangosyddion y wefan ei hun.
version-used = Asesiadau a wnaed yn erbyn y fersiwn hon
version-used-item = { $area }, { $period }
version-pointers = Ei { $count } dangosydd
area-no-lived = Ni chymerodd neb â phrofiad bywyd ran yn yr asesiad hwn.
area-no-lived-note = Efallai y byddai'r bobl sy'n defnyddio gwasanaethau yn gweld pethau'n wahanol i'r sgorau a gytunwyd hebddynt.
area-who-unknown = Nid yw'r asesiad hwn yn dweud pwy gymerodd ran, felly ni all darllenwyr weld i ba raddau y cafodd ei siapio gan y bobl sy'n defnyddio gwasanaethau.
area-glance = Y sgorau yn gryno
area-radar-caption = Mae pob adain yn ddangosydd, wedi'u rhifo o 1 i { $n }; po bellaf allan, yr uchaf yw'r lefel (0 yn y canol, { $max } ar yr ymyl).
area-legend-score = Siâp solet a dotiau: y sgôr.
area-same-scores = Mae'r un sgorau yn y tabl isod.
area-summary = Crynodeb
area-scores-caption = Sgorau { $area }, { $period }
area-confidence = Hyder yn y dystiolaeth
area-change-since = Newid ers { $period }
area-stale = { $count ->
    [one] Roedd { $count } darn o dystiolaeth
    [two] Roedd { $count } ddarn o dystiolaeth
    [few] Roedd { $count } darn o dystiolaeth
    [many] Roedd { $count } darn o dystiolaeth
   *[other] Roedd { $count } o ddarnau o dystiolaeth
} yn fwy na { $months } mis oed pan gyfarfu'r ardal i'w hasesu ei hun. Maen nhw wedi'u marcio isod.
area-overdue = { $n ->
    [one] Roedd { $n } cam nesaf
    [two] Roedd { $n } gam nesaf
    [few] Roedd { $n } cham nesaf
    [many] Roedd { $n } cham nesaf
   *[other] Roedd { $n } o gamau nesaf
} wedi pasio'r dyddiad erbyn heb eu gwneud pan aseswyd yr ardal. Maen nhw wedi'u marcio isod.
area-detail = Fesul dangosydd: cryfderau, tystiolaeth a chamau nesaf
area-not-assessed-dot = Heb ei asesu.
area-confidence-line = hyder yn y dystiolaeth: { $confidence }
area-aiming = yn anelu at { $value } ({ $label })
area-at-level = Ar y lefel hon: { $text }
area-votes = Sut pleidleisiodd y grŵp
area-votes-caption = Pleidleisiau ar gyfer pob lefel ar { $pointer }
area-votes-column = Pleidleisiau
area-bar = Bar
area-votes-count = { $n ->
    [zero] Dim pleidlais
    [one] { $n } bleidlais
    [two] { $n } bleidlais
    [few] { $n } pleidlais
    [many] { $n } phleidlais
   *[other] { $n } o bleidleisiau
} ({ $list }).
area-median = Y bleidlais ganol yw { $median } ({ $label }).
area-given = Cytunodd y grŵp ar sgôr o { $score } yn uniongyrchol, fel uchod.
area-divided = Roedd y grŵp wedi'i rannu
area-divided-note = : roedd y pleidleisiau ar dair lefel neu fwy. Dyna lle mae'r sgwrs.
area-strengths = Cryfderau i adeiladu arnynt
area-evidence = Tystiolaeth
area-stale-tag = gall fod wedi dyddio
area-next-steps = Camau nesaf
area-due = erbyn { $date }
area-steps-set = Camau nesaf a osodwyd yn { $period }
area-status-now = nawr: { $status }
area-status-was = roedd: { $status }
area-status-then = { $status } yn { $period }
area-not-listed = heb ei restru y tro hwn
area-progress = Cynnydd dros amser
area-progress-caption = Sgôr { $area } ar bob dangosydd ym mhob asesiad
area-trend = Tuedd
area-reuse = Cymharu ac ailddefnyddio
area-beside = { $area } wrth ochr ardaloedd eraill { $region }
area-compare-any = Cymharu { $area } ag unrhyw ardal arall
area-json = Yr asesiad hwn fel data agored (JSON)
area-report-link = Argraffu crynodeb ar gyfer pwyllgor
area-report-note = : yr asesiad hwn ar bedair tudalen A4 ar y mwyaf, i'w atodi i bapur cabinet neu fwrdd
area-present-link = Sgrin gweithdy: yr asesiad hwn mewn print mawr, un dangosydd i bob sgrin
area-present-note = (i'w ddangos ar sgrin mewn gweithdy)
area-next-year = Llenwi asesiad y flwyddyn nesaf
area-next-year-note = , yn eich porwr, gan ddechrau o'r un hwn

## The accessibility statement
a11y-description = Pa mor hygyrch yw'r wefan hon, sut i ofyn am fformat arall neu roi gwybod am broblem, a sut mae'n cael ei phrofi.
a11y-title = Datganiad hygyrchedd ar gyfer { $site }
a11y-run-by = { $organisation } sy'n rhedeg y wefan hon.
a11y-run-by-footer = Y sefydliad a enwir ar waelod pob tudalen sy'n rhedeg y wefan hon.
a11y-want = Rydyn ni eisiau i gymaint o bobl â phosibl allu ei defnyddio. Er enghraifft, dylech allu:
a11y-can-colours = newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau eich porwr neu eich dyfais;
a11y-can-zoom = chwyddo hyd at 400% heb i'r testun ddiflannu oddi ar y sgrin;
a11y-can-keyboard = symud o gwmpas y wefan gyfan gan ddefnyddio bysellfwrdd yn unig;
a11y-can-speech = symud o'i chwmpas gan ddefnyddio meddalwedd adnabod lleferydd;
a11y-can-screen-reader = gwrando arni gan ddefnyddio darllenydd sgrin (gan gynnwys fersiynau diweddaraf JAWS, NVDA a VoiceOver);
a11y-can-no-js = ei defnyddio heb JavaScript: mae pob tudalen yn dangos ei chynnwys, ac mae gan y siartiau yr un ffigurau mewn tabl wrth eu hochr.
a11y-simple = Rydyn ni hefyd wedi gwneud y testun mor syml i'w ddeall ag y gallwn. Mae gan <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> gyngor ar wneud eich dyfais yn haws i'w defnyddio os oes gennych anabledd.
a11y-how = Pa mor hygyrch yw'r wefan hon
a11y-none-known = Does dim rhan o'r wefan hon nad yw'n hygyrch, hyd y gwyddom.
a11y-some = Rydyn ni'n gwybod efallai nad yw rhai rhannau o'r wefan hon yn gwbl hygyrch:
a11y-some-text = mae testun pob hunanasesiad (ei grynodeb, cryfderau, tystiolaeth a chamau nesaf) wedi'i ysgrifennu gan yr ardal a'i gwnaeth, a gall ddefnyddio testun dolen neu benawdau aneglur, neu fod yn anodd ei ddarllen;
a11y-some-links = mae peth tystiolaeth yn cysylltu â dogfennau ar wefannau eraill, fel adroddiadau PDF, a allai fod yn anhygyrch;
a11y-some-charts = lluniau yw'r siartiau: mae eu dewisiadau testun yn rhoi'r ffigurau, ac mae gan bob un dabl wrth ei ochr gyda'r un ffigurau.
a11y-cannot-use = Beth i'w wneud os na allwch ddefnyddio rhannau o'r wefan hon
a11y-format-contact = Os oes arnoch angen gwybodaeth ar y wefan hon mewn fformat gwahanol, fel print bras, hawdd ei ddeall, recordiad sain neu braille, cysylltwch â ni yn <a href="{ $href }">{ $contact }</a>. Dywedwch wrthym gyfeiriad y dudalen a'r fformat sydd ei angen arnoch. Byddwn yn ystyried eich cais ac yn ateb cyn gynted ag y gallwn.
a11y-format-organisation = Os oes arnoch angen gwybodaeth ar y wefan hon mewn fformat gwahanol, fel print bras, hawdd ei ddeall, recordiad sain neu braille, cysylltwch â { $organisation }. Dywedwch wrthyn nhw gyfeiriad y dudalen a'r fformat sydd ei angen arnoch.
a11y-format-no-contact = Os oes arnoch angen gwybodaeth ar y wefan hon mewn fformat gwahanol, fel print bras, hawdd ei ddeall, recordiad sain neu braille, cysylltwch â'r sefydliad sy'n rhedeg y wefan hon. Dywedwch wrthyn nhw gyfeiriad y dudalen a'r fformat sydd ei angen arnoch.
a11y-reporting = Rhoi gwybod am broblemau hygyrchedd gyda'r wefan hon
a11y-reporting-contact = Rydyn ni bob amser yn ceisio gwella hygyrchedd y wefan hon. Os dewch o hyd i unrhyw broblemau nad ydynt wedi'u rhestru ar y dudalen hon, neu os ydych yn meddwl nad ydym yn bodloni'r gofynion hygyrchedd, cysylltwch â ni yn <a href="{ $href }">{ $contact }</a>.
a11y-reporting-tell = Rydyn ni bob amser yn ceisio gwella hygyrchedd y wefan hon. Os dewch o hyd i unrhyw broblemau nad ydynt wedi'u rhestru ar y dudalen hon, neu os ydych yn meddwl nad ydym yn bodloni'r gofynion hygyrchedd, rhowch wybod i ni.
a11y-enforcement = Gweithdrefn orfodi
a11y-ehrc = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y ‘rheoliadau hygyrchedd’) yng Nghymru, Lloegr a'r Alban. Os nad ydych yn hapus â sut rydyn ni'n ymateb i'ch cwyn, cysylltwch â'r <a href="https://www.equalityadvisoryservice.com/">Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</a>.
a11y-ecni = Yng Ngogledd Iwerddon, y <a href="https://www.equalityni.org/">Comisiwn Cydraddoldeb dros Ogledd Iwerddon (ECNI)</a> sy'n gyfrifol am orfodi'r rheoliadau hygyrchedd.
a11y-technical = Gwybodaeth dechnegol am hygyrchedd y wefan hon
a11y-committed = Rydyn ni wedi ymrwymo i wneud y wefan hon yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.
a11y-committed-organisation = Mae { $organisation } wedi ymrwymo i wneud y wefan hon yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.
a11y-compliance = Statws cydymffurfio
a11y-fully = Mae'r wefan hon yn cydymffurfio'n llawn â safon AA <a href="https://www.w3.org/TR/WCAG22/">Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>.
a11y-partially = Mae'r wefan hon yn cydymffurfio'n rhannol â safon AA <a href="https://www.w3.org/TR/WCAG22/">Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>, oherwydd y rhannau a restrir o dan <a href="#how-accessible">Pa mor hygyrch yw'r wefan hon</a>.
a11y-testing = Sut y gwnaethom brofi'r wefan hon
a11y-made-by = Mae'r wefan hon wedi'i gwneud gan aba, meddalwedd rydd ar gyfer cyhoeddi hunanasesiadau Ardaloedd sy'n Seiliedig ar Asedau. Mae pob newid i aba yn cael ei brofi cyn ei ryddhau:
a11y-test-axe = mae pob math o dudalen yn cael ei gwirio yn erbyn WCAG 2.2 A ac AA gyda'r gwiriwr awtomatig axe-core, ym mhorwr Chromium;
a11y-test-keyboard = gyda'r bysellfwrdd yn unig: mae'r stop Tab cyntaf yn neidio i'r prif gynnwys, ac mae pob dolen a rheolydd yn dangos yn glir pan fydd ganddynt ffocws;
a11y-test-reflow = ar gyfer ail-lifo: does dim tudalen yn sgrolio i'r ochr ar 320 picsel o led, nac wrth chwyddo i 200%;
a11y-test-no-js = gyda JavaScript wedi'i ddiffodd: mae pob tudalen yn dangos ei chynnwys ac mae pob dolen yn gweithio.
a11y-test-person = Dim ond rhai problemau y mae gwiriadau awtomatig yn eu canfod, felly mae'n well i berson hefyd ddarllen y geiriau y mae pob ardal yn eu hysgrifennu.
a11y-preparation = Paratoi'r datganiad hygyrchedd hwn
a11y-prepared = Paratowyd y datganiad hwn ar { $date }.
a11y-not-prepared = Nid yw'r dyddiad y paratowyd y datganiad hwn wedi'i roi eto.
a11y-reviewed = Fe'i hadolygwyd ddiwethaf ar { $date }.

## Who took part: a role added to the usual list
role-not-using-services = pobl nad ydyn nhw'n defnyddio gwasanaethau ar hyn o bryd

## Separates the items of a list written out in a sentence
list-separator = {", "}

## Why an area is suggested to learn from, beside the suggestion
learn-why = { $reasons }
learn-why-reviewed = adolygwyd gan gymheiriaid, { $by }
learn-why-confidence = hyder { $confidence } yn y dystiolaeth
learn-why-lived = { $count ->
    [zero] ni chymerodd neb â phrofiad bywyd ran
    [one] cymerodd { $count } person â phrofiad bywyd ran
    [two] cymerodd { $count } berson â phrofiad bywyd ran
    [few] cymerodd { $count } pherson â phrofiad bywyd ran
    [many] cymerodd { $count } pherson â phrofiad bywyd ran
   *[other] cymerodd { $count } o bobl â phrofiad bywyd ran
}
learn-why-evidence = tystiolaeth o { $year }
learn-why-kind = hefyd yn { $kind }
learn-why-near = hefyd yn { $place }

## An area's page
area-contact = Holi am yr asesiadau hyn:
toc-title = Ar y dudalen hon
area-next-review = Yr adolygiad nesaf
area-worth-knowing = Pethau i'w gwybod wrth ddarllen yr asesiad hwn
area-not-assessed = Heb eu hasesu y tro hwn: { $pointers }.
area-not-done = { $count ->
    [one] Doedd { $count } cam nesaf ddim wedi'i wneud erbyn y dyddiad dyledus. Mae wedi'i farcio isod, gyda'r dyddiad hwnnw.
    [two] Doedd { $count } gam nesaf ddim wedi'u gwneud erbyn y dyddiadau dyledus. Maen nhw wedi'u marcio isod, gyda'r dyddiadau hynny.
    [few] Doedd { $count } cham nesaf ddim wedi'u gwneud erbyn y dyddiadau dyledus. Maen nhw wedi'u marcio isod, gyda'r dyddiadau hynny.
    [many] Doedd { $count } cham nesaf ddim wedi'u gwneud erbyn y dyddiadau dyledus. Maen nhw wedi'u marcio isod, gyda'r dyddiadau hynny.
   *[other] Doedd { $count } o gamau nesaf ddim wedi'u gwneud erbyn y dyddiadau dyledus. Maen nhw wedi'u marcio isod, gyda'r dyddiadau hynny.
}
area-where-placed = Ble gosododd y grŵp y dangosydd hwn
area-aiming-for = Yn anelu at
area-earlier-aim = Yn { $period } roedd yr ardal yn anelu at { $value } ({ $label }).
area-legend-aim = Amlinell doredig: y lefel mae'r ardal yn anelu ati.
area-pointer-link = Am y dangosydd hwn, a beth mae ardaloedd eraill yn ei wneud
step-not-done = heb ei wneud eto, roedd yn ddyledus { $due }

## Stories: accounts and quotes given with consent
stories-title = Yn eu geiriau eu hunain
stories-intro = Wedi'u rhannu gyda'u caniatâd gan bobl a gymerodd ran neu y mae'r gwaith yn cyffwrdd â'u bywydau.
story-from = { $from }

## Learn from: other areas suggested beside a pointer
learn-title = Dysgu gan
learn-intro = Ardaloedd sydd ymhellach ymlaen gyda'r dangosydd hwn, a wnaeth eu hasesiad gyda phobl sydd â phrofiad bywyd, ac sydd â thystiolaeth gadarn: ardaloedd tebyg a chyfagos yn gyntaf.

## A pointer's page
pointer-doing-title = Beth mae ardaloedd yn ei wneud
pointer-doing-intro = Straeon, cryfderau a thystiolaeth o asesiad diweddaraf pob ardal, fesul lefel. O fewn lefel, daw'r rhai mwyaf cadarn yn gyntaf: wedi'u hadolygu gan gymheiriaid, yna gyda'r hyder mwyaf yn y dystiolaeth, yna wedi'u gwneud gyda phobl sydd â phrofiad bywyd.

## The home page
home-to-scores = Sgorau diweddaraf pob ardal, mewn un tabl
home-recent = Beth mae ardaloedd yn ei wneud
home-recent-on = Aseswyd ar { $date }
home-recent-people = { $count ->
    [zero] Ni chymerodd neb ran
    [one] Cymerodd { $count } person ran
    [two] Cymerodd { $count } berson ran
    [few] Cymerodd { $count } pherson ran
    [many] Cymerodd { $count } pherson ran
   *[other] Cymerodd { $count } o bobl ran
}{ $lived ->
    [0] {""}
   *[other] , { $lived } â phrofiad bywyd
}
home-recent-unrecorded = Heb gofnodi pwy gymerodd ran
home-recent-reviewed = adolygwyd gan gymheiriaid
home-recent-stories = { $count ->
    [zero] dim stori
    [one] { $count } stori
    [two] { $count } stori
    [few] { $count } stori
    [many] { $count } stori
   *[other] { $count } o straeon
}
home-scores = Sgorau pob ardal

# A page of the framework or the site shown in another language, for want of a translation.
not-translated = Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto.
# Under a council's text shown in another language, for want of a translation.
text-not-translated = Dim yn Gymraeg eto.

## The comments of a new assessment file (`aba new --lang cy`, and the
## worksheet page's download): short lines, each after a # in the file
new-header = Hunanasesiad ar gyfer { $period } yn erbyn { $framework }.
new-how-1 = Ar gyfer pob dangosydd: darllenwch y lefelau'n uchel, trafodwch y cwestiynau, yna
new-how-2 = mae pob person neu fwrdd yn pleidleisio. Teipiwch y pleidleisiau, e.e. votes: [2, 3, 3, 1].
new-how-3 = Y sgôr yw'r bleidlais ganol (yr isaf o'r ddwy ganol os oes eilrif), oni bai eich bod yn ysgrifennu score: N.
new-scale = Y raddfa:
new-languages = Ysgrifennwch destun yn yr iaith hon o dan ei chod, fel yn summary: {"{"} { $code }: ... {"}"}. Mae testun plaen yn cael ei ddarllen fel { $default }.
new-date = dyddiad y gweithdy, BBBB-MM-DD
new-status = newidiwch i published pan fydd y grŵp wedi cytuno arno
new-participants = pwy gymerodd ran: mae hyn yn rhan o'r dystiolaeth
new-questions = Cwestiynau i'w trafod:
new-levels = Sut olwg sydd ar bob lefel:
new-votes = un rhif i bob person neu fwrdd
new-score = dim ond os cytunodd y grŵp ar sgôr yn uniongyrchol
new-target = y lefel rydych chi'n anelu ati erbyn yr asesiad nesaf
new-confidence = low, medium neu high: pa mor gryf yw'r dystiolaeth
new-evidence = - beth sy'n ei ddangos, neu {"{"} text: ..., link: https://..., date: BBBB-MM-DD {"}"}
new-next-steps = - {"{"} action: ..., owner: ..., due: BBBB-MM-DD, status: planned {"}"}
new-kind = y math o gyngor, fel bwrdeistref sirol
new-region = neu'r genedl, ar gyfer yr Alban, Cymru a Gogledd Iwerddon

## The search page, /search/, and the words its script (search.js) shows.
nav-search = Chwilio
search-title = Chwilio beth mae ardaloedd wedi'i wneud
search-description = Dewch o hyd i'r ardaloedd a ysgrifennodd am rywbeth rydych chi'n ceisio'i wneud: yn eu cryfderau, eu tystiolaeth, eu camau nesaf a'u straeon.
search-lead = Dewch o hyd i'r ardaloedd sydd wedi gwneud yr hyn rydych chi'n ceisio'i wneud. Chwiliwch beth ysgrifennodd pob ardal yn ei hasesiadau: ei chryfderau, ei thystiolaeth, ei chamau nesaf a straeon y bobl a gymerodd ran.
search-label = Geiriau i chwilio amdanyn nhw
search-hint = Er enghraifft: banc amser, micro-fenter, clwb cinio
search-button = Chwilio
search-nojs-title = Mae angen JavaScript i chwilio
search-nojs-lead = Mae JavaScript wedi'i ddiffodd neu ei rwystro yn y porwr hwn, felly nid yw'r chwilio'n gallu gweithio yma. Mae'r hyn ysgrifennodd yr ardaloedd ar y tudalennau hyn hefyd:
search-nojs-pointers = mae tudalen pob dangosydd yn rhestru cryfderau, straeon a thystiolaeth pob ardal ar y dangosydd hwnnw:
search-nojs-areas = mae'r <a href="{ $url }">rhestr o ardaloedd</a> yn arwain at asesiadau pob ardal, gyda phopeth a ysgrifennodd.
search-loading = Wrthi'n llwytho'r hyn ysgrifennodd pob ardal…
search-older = Wrthi'n chwilio asesiadau hŷn o hyd…
search-failed = Nid oedd y chwilio'n gallu llwytho'r hyn ysgrifennodd yr ardaloedd. Ail-lwythwch y dudalen i roi cynnig arall arni, neu defnyddiwch dudalennau'r dangosyddion a'r rhestr o ardaloedd.
search-none = Dim byd wedi'i ganfod ar gyfer “{ $query }”. Rhowch gynnig ar lai o eiriau, neu ddechrau gair.
js-search-count = { $n ->
    [zero] Dim canlyniadau
    [one] { $n } canlyniad, y diweddaraf yn gyntaf
    [two] { $n } ganlyniad, y diweddaraf yn gyntaf
    [few] { $n } chanlyniad, y diweddaraf yn gyntaf
    [many] { $n } chanlyniad, y diweddaraf yn gyntaf
   *[other] { $n } o ganlyniadau, y diweddaraf yn gyntaf
}
search-more = Dangos rhagor o ganlyniadau
search-result = { $area }, { $period }
search-kind-summary = Crynodeb
search-kind-story = Stori
search-kind-strengths = Cryfderau
search-kind-evidence = Tystiolaeth
search-kind-next-step = Cam nesaf

## The words of the theme's scripts (static/*.js), read by static/words.js.
## Each script's messages start with js- and the script's name; a message
## here may hold only text, { $variables } and choices by a number.

# The compare page's picker (compare.js)
js-compare-choose = Dewiswch rhwng dwy a phedair ardal.
js-compare-loading = Wrthi'n llwytho…
js-compare-no-period = Does gan { $area } ddim asesiad ar gyfer { $period }, felly mae'r un diweddaraf ({ $latest }) i'w weld.
js-compare-unknown = { $n ->
    [one] Does dim ardal â'r enw byr { $names }.
   *[other] Does dim ardaloedd â'r enwau byr { $names }.
}
js-compare-showing = { $n ->
    [two] Yn dangos dwy ardal.
    [few] Yn dangos tair ardal.
    [4] Yn dangos pedair ardal.
   *[other] Yn dangos { $n } ardal.
}
js-compare-failed = Doedd dim modd llwytho'r sgorau. Mae sgorau diweddaraf pob ardal yn y tabl isod.
js-compare-list-separator = {", "}
js-compare-area-period = { $area } ({ $period })
js-compare-heading = Cymharu: { $areas }
js-compare-radar = Sgorau { $areas } ar bob dangosydd; mae'r un sgorau yn y tabl
js-compare-line-1 = llinell solet, wedi'i lliwio
js-compare-line-2 = llinellau hir
js-compare-line-3 = dotiau
js-compare-line-4 = llinell a dot
js-compare-key = { $area }: { $line }
js-compare-key-separator = {"; "}
js-compare-figure = Mae pob braich yn ddangosydd. { $keys }.
js-compare-table = Tabl cymharu
js-compare-caption = Sgorau, cryfderau, tystiolaeth a chamau nesaf, fesul dangosydd
js-compare-pointer = Dangosydd
js-compare-in-brackets = ({ $text })
js-compare-not-assessed = Heb ei asesu
js-compare-score = Sgôr { $score }
js-compare-score-target = Sgôr { $score }, yn anelu at { $target }
js-compare-evidence = Tystiolaeth:
js-compare-next-steps = Camau nesaf:

# The filter of the list of areas (filter.js)
js-filter-shown = { $n ->
    [zero] Dim ardal i'w gweld
    [one] { $n } ardal i'w gweld
    [two] { $n } ardal i'w gweld
    [few] { $n } ardal i'w gweld
    [many] { $n } ardal i'w gweld
   *[other] { $n } o ardaloedd i'w gweld
}

# The worksheet (worksheet.js)
js-worksheet-kind-nothing = dim byd
js-worksheet-kind-yes-no = ie/na
js-worksheet-kind-number = rhif
js-worksheet-kind-text = testun
js-worksheet-kind-list = rhestr
js-worksheet-kind-keys = set o allweddi
js-worksheet-yaml-kind = Bwrdeistref sirol
js-worksheet-yaml-region = Wales           # y rhanbarth, neu'r wlad yng Nghymru, yr Alban a Gogledd Iwerddon
js-worksheet-yaml-nation = Wales           # England | Scotland | Wales | Northern Ireland (yn Saesneg)
js-worksheet-yaml-website = https://www.example.gov.uk
js-worksheet-yaml-contact = asesiadau@example.gov.uk   # cyfeiriad a rennir neu dudalen we
js-worksheet-not-one-of = Nid yw `{ $value }` yn { $what }
js-worksheet-did-you-mean = oeddech chi'n golygu `{ $word }`?
js-worksheet-use-one-of = defnyddiwch un o: { $words }
js-worksheet-not-a-date = Nid yw `{ $value }` yn ddyddiad go iawn
js-worksheet-not-a-date-hint = ysgrifennwch ddyddiadau fel BBBB-MM-DD, er enghraifft 2018-03-31
js-worksheet-not-whole = { $what }: dylai fod yn rhif cyfan, nid { $kind }
js-worksheet-off-scale = { $what } { $value }: nid yw ar y raddfa
js-worksheet-use-scale = defnyddiwch un o { $values }
js-worksheet-no-name = Does dim `name` yn area.yaml
js-worksheet-no-name-hint = teipiwch enw'r ardal, fel mae darllenwyr yn ei hadnabod
js-worksheet-a-nation = wlad mae aba yn ei hadnabod
js-worksheet-bad-website = Nid yw'r wefan `{ $value }` yn gyfeiriad gwe
js-worksheet-bad-website-hint = dechreuwch hi â https://
js-worksheet-bad-contact = Nid yw'r cyswllt `{ $value }` yn gyfeiriad e-bost nac yn dudalen we
js-worksheet-bad-contact-hint = rhowch gyfeiriad a rennir fel asesiadau@example.gov.uk, neu dudalen sy'n dechrau â https://
js-worksheet-no-folder = Does gan yr ardal ddim enw ffolder
js-worksheet-no-folder-hint = llythrennau bach, digidau a -, fel { $example }
js-worksheet-bad-folder = Ni all `{ $value }` fod yn enw ffolder ardal: defnyddiwch lythrennau bach, digidau a -, e.e. { $example }
js-worksheet-no-period = Does gan yr asesiad ddim cyfnod
js-worksheet-period-hint = defnyddiwch flwyddyn (2026) neu flwyddyn a mis (2026-03)
js-worksheet-bad-period = Nid yw `{ $value }` yn gyfnod
js-worksheet-no-date = Does gan yr asesiad hwn ddim dyddiad `assessed_on`
js-worksheet-no-date-hint = dyddiad y gweithdy, fel 2026-03-31
js-worksheet-bad-status = Nid yw `{ $value }` yn statws
js-worksheet-bad-status-hint = defnyddiwch `published` (cyhoeddwyd) neu `draft` (drafft)
js-worksheet-no-reviewer = Does dim `name` gan `reviewed_by`
js-worksheet-no-reviewer-hint = pwy wnaeth wirio'r sgorau yn erbyn y dystiolaeth
js-worksheet-negative-count = Ni all `count` fod yn llai na dim
js-worksheet-the-vote = Y bleidlais
js-worksheet-the-score = Y sgôr
js-worksheet-the-target = Y targed
js-worksheet-bad-confidence = Nid yw `{ $value }` yn lefel hyder
js-worksheet-bad-confidence-hint = defnyddiwch low (isel), medium (canolig) neu high (uchel)
js-worksheet-no-evidence-text = Does dim `text` gan yr eitem dystiolaeth hon
js-worksheet-no-evidence-text-hint = dywedwch beth sy'n ei ddangos
js-worksheet-bad-link = Ni chaniateir y ddolen `{ $value }`
js-worksheet-bad-link-hint = rhaid i ddolenni ddechrau â https://, http://, mailto: neu / (tudalen ar y wefan hon)
js-worksheet-no-action = Does dim `action` gan y cam nesaf hwn
js-worksheet-no-action-hint = dywedwch beth fydd yn cael ei wneud
js-worksheet-a-step-status = statws cam nesaf
js-worksheet-warn-not-assessed = heb eu hasesu: { $pointers }
js-worksheet-warn-no-participants = does dim cofnod o bwy gymerodd ran
js-worksheet-warn-no-lived = ni chymerodd neb â phrofiad bywyd ran
js-worksheet-warn-framework = defnyddiodd yr asesiad hwn y fframwaith `{ $used }`, ond mae'r wefan yn disgrifio `{ $site }`
js-worksheet-warn-old-evidence = roedd tystiolaeth dyddiedig { $date } yn fwy na { $months } mis oed pan wnaed yr asesiad hwn
js-worksheet-warn-overdue = roedd y cam nesaf "{ $action }" i fod wedi'i wneud erbyn { $due } ac nid yw wedi'i wneud
js-worksheet-not-text = Dylai `{ $key }` fod yn destun, nid { $kind }
js-worksheet-not-mapping = Dylai { $what } fod yn set o linellau `allwedd: gwerth`, nid { $kind }
js-worksheet-keys-are = yr allweddi y gall eu cael yw: { $keys }
js-worksheet-unknown-key = Allwedd anhysbys `{ $key }` yn { $what }
js-worksheet-not-list = Dylai { $what } fod yn rhestr (llinellau sy'n dechrau â `- `), nid { $kind }
js-worksheet-what-assessment = asesiad
js-worksheet-what-participants = grŵp o gyfranogwyr
js-worksheet-a-role = rôl cyfranogwr
js-worksheet-no-role = Does dim `role` gan y grŵp hwn o gyfranogwyr
js-worksheet-no-count = Does dim `count` gan y grŵp hwn o gyfranogwyr
js-worksheet-no-count-hint = teipiwch faint gymerodd ran
js-worksheet-role-twice = Mae `{ $role }` wedi'i restru ddwywaith: mae'r ffurflen yn adio'r ddau rif at ei gilydd
js-worksheet-bad-pointers = Dylai `pointers` restru id pob dangosydd gyda'i sgôr oddi tano
js-worksheet-unknown-pointer = Dangosydd anhysbys "{ $id }"
js-worksheet-did-you-mean-pointer = oeddech chi'n golygu "{ $id }"?
js-worksheet-pointer-ids = ids y dangosyddion yw: { $ids }
js-worksheet-what-pointer = asesiad dangosydd
js-worksheet-what-evidence = eitem dystiolaeth
js-worksheet-what-step = cam nesaf
js-worksheet-read-before = mae'r ffurflen yn dangos beth oedd modd ei ddarllen cyn y llinell hon
js-worksheet-no-yaml-open = Does dim modd agor ffeiliau: ni lwythodd y darllenydd YAML (js-yaml.min.js) gyda'r dudalen hon.
js-worksheet-one-area = dim ond un area.yaml y gellir ei agor ar y tro; gadawyd yr un hwn allan
js-worksheet-one-assessment = dim ond un asesiad y gellir ei agor ar y tro; gadawyd yr un hwn allan
js-worksheet-file-period-hint = enwch ffeiliau asesu yn ôl blwyddyn (2018.yaml) neu flwyddyn a mis (2018-03.yaml); teipiwch y cyfnod yn y ffurflen
js-worksheet-opened = Agorwyd { $files }.
js-worksheet-and = {" a "}
js-worksheet-opened-nothing = Ni agorwyd dim.
js-worksheet-opened-kept = { $n ->
        [zero] Does dim testun mewn mwy nag un iaith.
        [one] Mae un testun wedi'i ysgrifennu mewn mwy nag un iaith: mae'r ffurflen yn ei ddangos yn Gymraeg, ac mae'r ffeil a lwythir i lawr yn cadw'r ieithoedd eraill fel yr oeddent.
        [two] Mae dau destun wedi'u hysgrifennu mewn mwy nag un iaith: mae'r ffurflen yn eu dangos yn Gymraeg, ac mae'r ffeil a lwythir i lawr yn cadw'r ieithoedd eraill fel yr oeddent.
        [few] Mae tri thestun wedi'u hysgrifennu mewn mwy nag un iaith: mae'r ffurflen yn eu dangos yn Gymraeg, ac mae'r ffeil a lwythir i lawr yn cadw'r ieithoedd eraill fel yr oeddent.
        [many] Mae chwe thestun wedi'u hysgrifennu mewn mwy nag un iaith: mae'r ffurflen yn eu dangos yn Gymraeg, ac mae'r ffeil a lwythir i lawr yn cadw'r ieithoedd eraill fel yr oeddent.
       *[other] Mae { $n } o destunau wedi'u hysgrifennu mewn mwy nag un iaith: mae'r ffurflen yn eu dangos yn Gymraeg, ac mae'r ffeil a lwythir i lawr yn cadw'r ieithoedd eraill fel yr oeddent.
    }
js-worksheet-read-failed = Doedd dim modd darllen y ffeiliau: { $why }
js-worksheet-from-folder = Agorwyd y dudalen hon o ffolder ar eich cyfrifiadur, a dydy porwyr ddim yn gadael i dudalen o'r fath ddarllen ffeiliau data'r wefan. I ddechrau o asesiad a gyhoeddwyd, agorwch y daflen waith ar y wefan a gyhoeddwyd, neu gydag aba serve; neu defnyddiwch Agor gyda'r ffeiliau eu hunain.
js-worksheet-reading = Wrthi'n darllen asesiad { $area } ar gyfer { $period }…
js-worksheet-started = Wedi dechrau o asesiad { $area } ar gyfer { $period }: mae camau nesaf y tro diwethaf wedi'u llenwi, i chi ddiweddaru eu statws.
js-worksheet-start-failed = Doedd dim modd darllen yr asesiad a gyhoeddwyd ({ $url }). Gwiriwch fod y wefan yn gyfredol, neu defnyddiwch Agor gyda'r ffeiliau.
js-worksheet-undo = Dod â'r ffurflen yn ôl fel yr oedd
js-worksheet-undone = Mae'r ffurflen yn ôl fel yr oedd.
js-worksheet-parts-unread = { $n ->
        [zero] Roedd modd darllen popeth.
        [one] Doedd dim modd darllen { $n } rhan: gweler y rhestr ar y brig.
        [two] Doedd dim modd darllen { $n } ran: gweler y rhestr ar y brig.
        [few] Doedd dim modd darllen { $n } rhan: gweler y rhestr ar y brig.
        [many] Doedd dim modd darllen { $n } rhan: gweler y rhestr ar y brig.
       *[other] Doedd dim modd darllen { $n } o rannau: gweler y rhestr ar y brig.
    }
js-worksheet-not-allowed = { $value } (ni chaniateir)
js-worksheet-status = Statws
js-worksheet-status-hint = Mae asesiadau a gyhoeddwyd i'w gweld ar y wefan. Mae drafft yn cael ei adael allan nes iddo gael ei gytuno.
js-worksheet-published = Cyhoeddwyd: ei ddangos ar y wefan
js-worksheet-draft = Drafft: ei adael allan am y tro (mae aba build --drafts ac aba serve --drafts yn ei ddangos)
js-worksheet-evidence-n = Tystiolaeth { $n }
js-worksheet-evidence-text = Beth sy'n ei ddangos
js-worksheet-evidence-link = Dolen (dewisol)
js-worksheet-evidence-date = Dyddiad (dewisol)
js-worksheet-date-format = BBBB-MM-DD
js-worksheet-remove-evidence = Tynnu tystiolaeth { $n }
js-worksheet-for-pointer = ar gyfer dangosydd { $n }
js-worksheet-evidence-removed = Tynnwyd tystiolaeth { $n } dangosydd { $pointer }.
js-worksheet-step-n = Cam nesaf { $n }
js-worksheet-step-action = Beth fydd yn cael ei wneud
js-worksheet-step-owner = Pwy fydd yn ei wneud (dewisol)
js-worksheet-step-due = Erbyn (dewisol)
js-worksheet-step-status = Statws (dewisol)
js-worksheet-not-given = Heb ei roi
js-worksheet-remove-step = Tynnu cam nesaf { $n }
js-worksheet-step-removed = Tynnwyd cam nesaf { $n } dangosydd { $pointer }.
js-worksheet-guide = Cwestiynau, a sut olwg sydd ar bob lefel
js-worksheet-talk-about = Siaradwch am
js-worksheet-the-levels = Y lefelau
js-worksheet-last-scored = sgoriodd { $score } ({ $label })
js-worksheet-last-aimed = anelodd at { $target } ({ $label })
js-worksheet-last-time = Y tro diwethaf ({ $period }): { $what }.
js-worksheet-votes = Pleidleisiau
js-worksheet-votes-hint = Un rhif o { $low } i { $high } ar gyfer pob person neu fwrdd, fel 2 3 3 1 neu 2, 3, 3, 1.
js-worksheet-score = Sgôr y cytunwyd arni (dewisol)
js-worksheet-score-none = Y bleidlais ganol
js-worksheet-score-hint = Dim ond os cytunodd y grŵp ar sgôr yn uniongyrchol.
js-worksheet-target = Targed (dewisol)
js-worksheet-target-none = Dim targed
js-worksheet-target-hint = Y lefel i'w chyrraedd erbyn yr asesiad nesaf.
js-worksheet-confidence = Hyder (dewisol)
js-worksheet-confidence-hint = Pa mor gryf yw'r dystiolaeth.
js-worksheet-strengths = Cryfderau i adeiladu arnyn nhw
js-worksheet-strengths-hint = Beth sydd gan yr ardal yn barod a beth mae'n ei wneud yn dda yma. Gallwch ddefnyddio Markdown: **trwm**, a rhestrau gyda llinellau sy'n dechrau â -.
js-worksheet-evidence = Tystiolaeth
js-worksheet-add-evidence = Ychwanegu tystiolaeth
js-worksheet-next-steps = Camau nesaf
js-worksheet-add-step = Ychwanegu cam nesaf
js-worksheet-live-votes = { $n ->
        [zero] Dim pleidlais.
        [one] { $n } bleidlais. Y bleidlais ganol yw { $middle } ({ $label }).
        [two] { $n } bleidlais. Y bleidlais ganol yw { $middle } ({ $label }).
        [few] { $n } phleidlais. Y bleidlais ganol yw { $middle } ({ $label }).
        [many] { $n } phleidlais. Y bleidlais ganol yw { $middle } ({ $label }).
       *[other] { $n } o bleidleisiau. Y bleidlais ganol yw { $middle } ({ $label }).
    }
js-worksheet-live-divided = Roedd y grŵp wedi'i rannu
js-worksheet-live-divided-why = {""}: mae'r pleidleisiau wedi'u gwasgaru ar draws tair lefel neu fwy.
js-worksheet-live-agreed = Cytunodd y grŵp ar sgôr o { $score } ({ $label }) yn uniongyrchol: dyna'r sgôr sy'n cael ei dangos.
js-worksheet-live-score = Sgôr: { $score } ({ $label }).
js-worksheet-not-kept = Dydy'r porwr hwn ddim yn cadw eich drafft (mae ei storfa wedi'i diffodd neu'n llawn). Lawrlwythwch eich gwaith cyn cau'r dudalen.
js-worksheet-intro-kept = Does dim byd yn cael ei golli:
js-worksheet-intro-kept-more = mae popeth rydych chi'n ei deipio yn cael ei gadw yn y porwr hwn, ar y cyfrifiadur hwn, wrth i chi deipio. Does dim yn cael ei golli os ydych yn cau'r dudalen, yn ei hail-lwytho neu os yw'n chwalu; mae'n aros nes i chi bwyso Dechrau eto. Does dim yn cael ei anfon i unman.
js-worksheet-intro-kept-more-serve = mae popeth rydych chi'n ei deipio yn cael ei gadw yn y porwr hwn, ar y cyfrifiadur hwn, wrth i chi deipio. Does dim yn cael ei golli os ydych yn cau'r dudalen, yn ei hail-lwytho neu os yw'n chwalu; mae'n aros nes i chi bwyso Dechrau eto. Does dim yn cael ei anfon i unman nes i chi bwyso Cadw yn y wefan.
js-worksheet-intro-files = Mae'r ffurflen yn llenwi'r ddwy ffeil y mae'r wefan yn cael ei gwneud ohonyn nhw. Ar y diwedd, lawrlwythwch nhw (neu, pan fyddwch yn rhagweld y wefan gydag `aba serve`, cadwch nhw'n syth ynddi).
js-worksheet-intro-paper = Gwell gennych chi bapur? Argraffwch y pecyn gweithdy.
js-worksheet-problem = Mae problem
js-worksheet-open = Agor ffeiliau o'ch cyfrifiadur
js-worksheet-open-label = Asesiad (fel 2025.yaml), ei area.yaml, neu'r ddau
js-worksheet-open-hint = I barhau ag asesiad, neu i newid un. Mae'r ffurflen yn dangos beth sydd ynddo; mae unrhyw beth na all ei ddarllen wedi'i restru ar y brig.
js-worksheet-from = Dechrau o asesiad a gyhoeddwyd
js-worksheet-from-hint = Ar gyfer asesiad nesaf ardal: mae'n dod â'r ardal a chamau nesaf y tro diwethaf drosodd, i chi ddiweddaru eu statws, ac yn dangos sgorau a thargedau y tro diwethaf wrth ochr pob dangosydd.
js-worksheet-from-button = Dechrau ohono
js-worksheet-from-area = Ardal
js-worksheet-from-period = Asesiad
js-worksheet-from-none = Does dim asesiadau wedi'u cyhoeddi ar y wefan hon eto.
js-worksheet-again = Dechrau eto
js-worksheet-again-ask = Gwagio'r ffurflen i gyd?
js-worksheet-again-why = Mae hyn yn clirio pob maes a'r drafft sy'n cael ei gadw yn y porwr hwn. Dydy ffeiliau rydych chi wedi'u lawrlwytho neu eu cadw ddim yn cael eu cyffwrdd.
js-worksheet-again-yes = Ie, gwagio'r ffurflen
js-worksheet-again-no = Na, ei chadw
js-worksheet-emptied = Mae'r ffurflen yn wag eto.
js-worksheet-again-hint = Yn gwagio'r ffurflen, ar ôl gofyn.
js-worksheet-start = Dechrau
js-worksheet-area = Yr ardal
js-worksheet-area-hint = Yn cael ei ysgrifennu yn area.yaml, unwaith ar gyfer pob ardal. Ar gyfer ardal sydd ar y wefan yn barod, gadewch ef fel y mae.
js-worksheet-area-name = Enw'r ardal
js-worksheet-area-name-hint = Fel mae darllenwyr yn ei hadnabod, fel Bro Derwen.
js-worksheet-folder = Enw'r ffolder
js-worksheet-folder-hint = Ffolder yr ardal yn assessments/, a'i chyfeiriad gwe. Llythrennau bach, digidau a -; wedi'i wneud o'r enw oni bai eich bod yn ei newid.
js-worksheet-kind = Math o ardal (dewisol)
js-worksheet-kind-hint = Fel Bwrdeistref sirol, neu Cyngor sir.
js-worksheet-region = Rhanbarth (dewisol)
js-worksheet-region-hint = Fel Gogledd Orllewin Lloegr; yng Nghymru, yr Alban a Gogledd Iwerddon, y wlad (yn Saesneg: Wales).
js-worksheet-nation = Gwlad (dewisol)
js-worksheet-website = Gwefan (dewisol)
js-worksheet-website-hint = Yn dechrau â https://
js-worksheet-contact = Cyswllt (dewisol)
js-worksheet-contact-hint = Ble gall darllenwyr holi am yr asesiadau: cyfeiriad e-bost a rennir neu dudalen we, nid cyfeiriad personol.
js-worksheet-people = Pwy gymerodd ran
js-worksheet-people-hint = Faint o bobl o bob grŵp gymerodd ran. Gadewch grŵp yn wag os na ddaeth neb ohono. Mae pwy gymerodd ran yn rhan o'r dystiolaeth.
js-worksheet-assessment = Yr asesiad
js-worksheet-assessment-hint = Yn cael ei ysgrifennu yn ffeil yr asesiad ei hun, wedi'i henwi ar ôl ei gyfnod, fel 2026.yaml.
js-worksheet-period = Cyfnod
js-worksheet-period-field-hint = Blwyddyn yr asesiad (2026), neu'r flwyddyn a'r mis (2026-03). Mae'n enwi'r ffeil.
js-worksheet-assessed-on = Dyddiad y gweithdy
js-worksheet-assessed-on-hint = BBBB-MM-DD, er enghraifft 2026-03-31.
js-worksheet-facilitator = Pwy wnaeth ei arwain (dewisol)
js-worksheet-facilitator-hint = Person neu dîm.
js-worksheet-framework = Fframwaith (dewisol)
js-worksheet-other-version = Defnyddiodd yr asesiad hwn { $version }, fersiwn arall o'r fframwaith. Dim ond asesiadau ar { $framework } mae'r daflen waith hon yn eu llenwi, felly nid agorwyd dangosyddion yr un hwn: golygwch ei ffeil yn lle hynny.
js-worksheet-framework-hint = Fersiwn y dangosyddion a ddefnyddiwyd. Mae'r wefan hon yn disgrifio: { $framework }.
js-worksheet-reviewer = Adolygwyd gan gymheiriaid gan (dewisol)
js-worksheet-reviewer-hint = Ardal arall neu bartner a wiriodd y sgorau yn erbyn y dystiolaeth.
js-worksheet-reviewed-on = Dyddiad yr adolygiad gan gymheiriaid (dewisol)
js-worksheet-summary = Crynodeb (dewisol)
js-worksheet-summary-hint = Ychydig frawddegau i ddarllenwyr am yr asesiad hwn. Gallwch ddefnyddio Markdown: **trwm**, a rhestrau gyda llinellau sy'n dechrau â -.
js-worksheet-next-review = Adolygiad nesaf (dewisol)
js-worksheet-next-review-hint = Pryd mae'r ardal yn bwriadu edrych ar ei sgorau eto: BBBB-MM-DD.
js-worksheet-jump = Y deg dangosydd
js-worksheet-pointers = Y dangosyddion
js-worksheet-pointers-hint = Ar gyfer pob dangosydd: y pleidleisiau (neu sgôr y cytunodd y grŵp arni), targed, a beth ddywedodd y grŵp. Gadewch allan ddangosydd na wnaethoch ei asesu.
js-worksheet-save = Cadw yn y wefan
js-worksheet-finish-serve = Cadw neu lawrlwytho
js-worksheet-finish = Lawrlwytho
js-worksheet-notes = Bydd aba check hefyd yn nodi (dydy'r rhain ddim yn atal adeiladu'r wefan)
js-worksheet-unread = Beth nad oedd modd ei ddarllen o'r ffeiliau
js-worksheet-unread-hint = Mae'r ffurflen yn dal popeth arall. Mae'r rhannau hyn wedi'u gadael allan ohoni, ac o'r ffeiliau mae'n eu hysgrifennu; ychwanegwch nhw eto yn y ffurflen os oes eu hangen.
js-worksheet-error = Gwall:
js-worksheet-where-pointer = Dangosydd { $n }
js-worksheet-optional = {" (dewisol)"}
js-worksheet-folder-placeholder = FFOLDER
js-worksheet-period-placeholder = CYFNOD
js-worksheet-finish-note = Lawrlwythwch y ddwy ffeil a'u rhoi yn ffolder y wefan fel `assessments/{ $folder }/area.yaml` ac `assessments/{ $folder }/{ $period }.yaml` (mae ardal sydd ar y wefan yn barod yn cadw ei area.yaml). Yna mae `aba check` yn eu gwirio ac mae `aba build` yn gwneud y tudalennau.
js-worksheet-finish-note-serve = Lawrlwythwch y ddwy ffeil a'u rhoi yn ffolder y wefan fel `assessments/{ $folder }/area.yaml` ac `assessments/{ $folder }/{ $period }.yaml` (mae ardal sydd ar y wefan yn barod yn cadw ei area.yaml). Yna mae `aba check` yn eu gwirio ac mae `aba build` yn gwneud y tudalennau. Neu cadwch nhw'n syth yn y wefan rydych chi'n ei rhagweld.
js-worksheet-download-assessment = Lawrlwytho'r asesiad ({ $file })
js-worksheet-download-area = Lawrlwytho'r ardal (area.yaml)
js-worksheet-not-downloaded = { $n ->
        [one] Ni lawrlwythwyd dim: yn gyntaf, cywirwch y broblem sydd wedi'i rhestru ar y brig.
        [two] Ni lawrlwythwyd dim: yn gyntaf, cywirwch y ddwy broblem sydd wedi'u rhestru ar y brig.
        [few] Ni lawrlwythwyd dim: yn gyntaf, cywirwch y tair problem sydd wedi'u rhestru ar y brig.
       *[other] Ni lawrlwythwyd dim: yn gyntaf, cywirwch y problemau ({ $n }) sydd wedi'u rhestru ar y brig.
    }
js-worksheet-downloaded = Lawrlwythwyd { $file }. Rhowch hi yn ffolder y wefan fel `assessments/{ $folder }/{ $file }`, yna rhedwch `aba check`.
js-worksheet-not-saved = { $n ->
        [one] Ni chadwyd dim: yn gyntaf, cywirwch y broblem sydd wedi'i rhestru ar y brig.
        [two] Ni chadwyd dim: yn gyntaf, cywirwch y ddwy broblem sydd wedi'u rhestru ar y brig.
        [few] Ni chadwyd dim: yn gyntaf, cywirwch y tair problem sydd wedi'u rhestru ar y brig.
       *[other] Ni chadwyd dim: yn gyntaf, cywirwch y problemau ({ $n }) sydd wedi'u rhestru ar y brig.
    }
js-worksheet-saving = Wrthi'n cadw…
js-worksheet-serve-gone = Ni atebodd aba serve: ydy e'n dal i redeg?
js-worksheet-not-saved-title = Heb ei gadw
js-worksheet-refused = gwrthodwyd y cadw
js-worksheet-download-assessment-instead = Lawrlwytho'r asesiad yn lle hynny
js-worksheet-download-area-instead = Lawrlwytho'r ardal yn lle hynny
js-worksheet-saved-title = Wedi'i gadw
js-worksheet-saved = Cadwyd { $files }. Mae'r rhagolwg yn cael ei ailadeiladu:
js-worksheet-saved-see = gweld tudalen yr ardal
js-worksheet-saved-draft = (dim ond pan fydd aba serve yn rhedeg gyda --drafts y mae drafft i'w weld)
js-worksheet-saved-check = Daeth `aba check` o hyd i { $summary } yn y wefan gyfan.
js-worksheet-saved-check-list = Daeth `aba check` o hyd i { $summary } yn y wefan gyfan; y gwallau, a rhybuddion yr ardal hon:
js-worksheet-draft-back = Mae eich drafft o'r blaen yn ôl, fel y gwnaethoch ei adael.
js-worksheet-no-yaml = Ni lwythodd y darllenydd YAML (js-yaml.min.js), felly does dim modd agor ffeiliau yma; mae popeth arall yn gweithio.
