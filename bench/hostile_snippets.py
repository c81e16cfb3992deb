"""The boxes `bench/hostile_body.py` puts into real pages: the families of wrong regions of issue 10.

Every word here was written for this file (the names, streets and funds are made up); nothing
comes from a benchmark page. Each box is as long and shaped as its kind is on real sites: a
registration dialog's paragraphs of prose, a consent box's two sentences and a button, a list of
forty signatories each with a role and an organisation. `place` says where a site puts it (see
`hostile_body.inject`); `named_class` is the class a site would write by hand, `opaque_class` the
one a build tool writes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    place: str
    markup: str
    named_class: str
    opaque_class: str


_REGISTERED = (
    "<div role='dialog' aria-modal='true'><div><h2>Thank you for registering</h2>"
    "<p>Your account is almost ready. We have sent a message to the address you gave us, and the link in "
    "it confirms that the address is yours. The link stays valid for the next forty-eight hours; if it has "
    "run out by the time you open it, you can ask for a new one from the sign-in page.</p>"
    "<p>While you wait, you can choose which of our letters you would like to receive, and how often. Most "
    "readers pick the morning briefing, which arrives before seven and takes about five minutes to read, "
    "and some add the weekly letter on the arts, which is longer and comes on Saturdays.</p>"
    "<p>We keep the details you gave us only for running your account, and we never sell them to anyone. "
    "You can change your choices, download what we hold about you or close the account at any time from "
    "the settings page, and our privacy notice explains in plain words what we do with your data.</p>"
    "<p><a href='/account/settings'>Go to my settings</a> <a href='/'>Back to the front page</a></p></div></div>"
)
_CONSENT = (
    "<div><p><strong>External content</strong></p>"
    "<p>At this point you will find content from an outside provider that adds to this article. You can "
    "show it with one click and hide it again just as easily. By showing it, you agree that personal data "
    "may be passed on to the provider of the content; you will find more about this in our privacy "
    "statement, and you can withdraw your agreement at any time.</p>"
    "<p><a href='#'>Show external content</a></p></div>"
)
_PAYWALL = (
    "<div><h3>Read on with a subscription</h3>"
    "<p>Our reporters spend weeks on stories like this one, and that takes readers who pay for it. To keep "
    "reading, choose the plan that suits you: a month at a time, a whole year at a lower price, or a day pass "
    "for a single visit. Every plan gives you the whole site on all your devices, the daily briefing and the "
    "archive going back to the first issue, and you can cancel with a click whenever you want.</p>"
    "<ul><li>Monthly: 9.90 a month, the first month free</li><li>Yearly: 99 a year, two months free</li>"
    "<li>Day pass: 2.50, no subscription</li></ul>"
    "<p><a href='/subscribe'>Choose a plan</a> Already a subscriber? <a href='/login'>Sign in</a></p></div>"
)
_ADDRESS = (
    "<div><h3>Harbor Books and Coffee</h3>"
    "<p>Quay Street 14, 4021 Port Elsewhere, Northshire<br>Phone: +00 412 555 0199, Fax: +00 412 555 0198<br>"
    "Email: hello@harborbooks.example, Web: harborbooks.example</p>"
    "<p>Opening hours: Monday, Tuesday, Wednesday, Thursday and Friday, 9:00 to 19:00; Saturday, 10:00 to 16:00; "
    "Sunday and public holidays, closed.</p>"
    "<p>Parking: Quay Street car park, level 2, free for 2 hours with a receipt; tram lines 3, 7 and 12, "
    "stop Old Harbor; bus 45, stop Fish Market.</p></div>"
)
_FIRST = ("Anna", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas")
_LAST = ("Okafor", "Lindqvist", "Moreau", "Petrov", "Sato", "Varga", "Costa", "Novak")
_ROLE = ("Professor of Economics", "Director", "Senior Fellow", "Chair", "Lecturer in Law")
_ORG = ("University of Port Elsewhere", "Northshire Institute", "Institute for Coastal Studies",
        "Harbor Policy Centre", "Hillside College")
_SIGNATORIES = (
    "<div><h3>Signatories</h3><ul>"
    + "".join(f"<li>{_FIRST[n % 10]} {_LAST[(n * 3) % 8]}, {_ROLE[n % 5]}, {_ORG[(n * 7) % 5]}</li>" for n in range(40))
    + "</ul></div>"
)
_BIO = (
    "<div><img src='/people/mara-quist.jpg' width='80' height='80' alt=''><h3>About the editor</h3>"
    "<p>Mara Quist has edited the culture pages since 2015. She grew up in a fishing town on the northern "
    "coast, studied history and music in two cities and worked for a radio station and a weekly paper before "
    "joining us, first as a critic and then as the editor of the weekend section. She writes about theatre, "
    "old buildings and the people who keep them standing, and she has published two books on the harbor "
    "towns of the coast. When she is not at her desk she sings in a choir and swims in the sea in every "
    "season.</p><p><a href='/people/mara-quist'>All articles by Mara Quist</a></p></div>"
)
_BROWSER = (
    "<div><p><strong>Your browser is out of date.</strong> Some parts of this site may not work as they "
    "should, and you may miss pictures, videos and interactive graphics. Update your browser for more "
    "security, more speed and the best experience on this site; it takes only a few minutes, and your "
    "bookmarks stay where they are.</p><p><a href='https://browsers.example/update'>Update my browser</a> "
    "<a href='#'>Ignore</a></p></div>"
)
_ABOUT = (
    "<div><h3>About us</h3>"
    "<p>Port Elsewhere Daily is an independent newsroom founded in 1998 by a group of reporters who wanted "
    "their city to have a paper of its own again. We report on the city, the harbor and the hills around "
    "them, on the council and the courts, on schools, trade and the arts, and we try to explain what the "
    "news means for the people who live here. We are owned by a foundation and funded by our readers, and "
    "no advertiser has a say in what we write.</p>"
    "<p><a href='/about'>Our team</a> <a href='/contact'>Contact</a> <a href='/jobs'>Jobs</a></p></div>"
)
_FUNDS = (
    "<div><h3>Featured funds</h3><ul>"
    + "".join(f"<li><a href='/funds/fund-{n}'>{name} Fund {cls}</a> 5-year return {3.1 + n * 0.7:.1f}%, "
              f"ongoing charge 0.{25 + n * 5}%, rating {(n % 5) + 1} of 5</li>"
              for n, (name, cls) in enumerate((("Northern Growth", "A"), ("Coastal Income", "B"),
                                                ("Global Harbor", "C"), ("Hillside Balanced", "A"),
                                                ("Quay Street Bond", "B"), ("Fishmarket Value", "A"),
                                                ("Old Harbor Equity", "C"), ("Northshire Tracker", "B"))))
    + "</ul><p><a href='/funds'>See all funds</a></p></div>"
)
_TEASERS = (
    "<div><h3>More on this story</h3>"
    + "".join(f"<div><h4><a href='/news/2024/05/{slug}'>{head}</a></h4><p>{lead}</p></div>"
              for slug, head, lead in (
                  ("ferry-timetable-changes-again", "The ferry timetable changes again",
                   "From next month the first boat leaves half an hour earlier, and the last one later."),
                  ("new-bridge-opens-to-cyclists", "The new bridge opens to cyclists",
                   "After three years of work, the crossing is open, though not yet to cars."),
                  ("council-votes-on-harbor-rents", "Council votes on harbor rents",
                   "Shop owners on the quay had asked for a freeze, and most of them got one."),
                  ("fish-market-moves-to-the-old-depot", "Fish market moves to the old depot",
                   "The traders will have more room, and the buyers a longer walk from the tram."),
                  ("school-on-the-hill-gets-a-new-roof", "School on the hill gets a new roof",
                   "The work starts in the summer holidays and should be done before the autumn term.")))
    + "</div>"
)
_COURSES = (
    "<div><h3>Our courses</h3><ul>"
    + "".join(f"<li><a href='/courses/{n}'>{topic}</a></li>" for n, topic in enumerate((
        "Drawing for beginners", "Watercolour landscapes", "Portrait photography", "Night photography",
        "Pottery on the wheel", "Printmaking and linocut", "Creative writing: short stories",
        "Creative writing: poetry", "Bookbinding by hand", "Film photography and the darkroom",
        "Oil painting: colour and light", "Life drawing", "Calligraphy", "Textile design",
        "Digital illustration", "Sculpture in clay")))
    + "</ul></div>"
)

#: every family, with where a site puts it and the class a person or a build tool gives it
FAMILIES = (
    Family("register-dialog", "body-end", _REGISTERED, "modal registration-modal", "c-9e1d"),
    Family("consent-box", "inside", _CONSENT, "embed-consent", "c-3b7a"),
    Family("paywall-prompt", "inside", _PAYWALL, "paywall-prompt", "c-51f0"),
    Family("paywall-after", "beside", _PAYWALL, "paywall-prompt", "c-51f1"),
    Family("shop-address", "beside", _ADDRESS, "store-info", "c-a4c2"),
    Family("signatories", "beside", _SIGNATORIES, "signatories", "c-77de"),
    Family("editor-bio", "beside", _BIO, "editor-bio", "c-0f3e"),
    Family("browser-banner", "body-start", _BROWSER, "browser-upgrade", "c-e2a9"),
    Family("self-description", "body-end", _ABOUT, "about-site", "c-6c18"),
    Family("featured-funds", "beside", _FUNDS, "featured-funds", "c-b850"),
    Family("related-teasers", "beside", _TEASERS, "more-stories", "c-2d94"),
    Family("course-menu", "before", _COURSES, "course-topics", "c-f461"),
    Family("address-under-headline", "under-headline", _ADDRESS, "store-info", "c-a4c3"),
    # the same dialog with nothing in its markup saying so (a script shows it), at the page's start
    Family("register-unmarked", "body-start", _REGISTERED.replace(" role='dialog' aria-modal='true'", ""),
           "modal registration-modal", "c-9e1e"),
    Family("bio-under-headline", "under-headline", _BIO, "editor-bio", "c-0f3f"),
)

_PAYWALL_BUTTONS = _PAYWALL.replace(
    "<p><a href='/subscribe'>Choose a plan</a> Already a subscriber? <a href='/login'>Sign in</a></p>",
    "<p><button>Choose a plan</button> Already a subscriber? <button>Sign in</button></p>")
_BROWSER_BUTTONS = _BROWSER.replace(
    "<p><a href='https://browsers.example/update'>Update my browser</a> <a href='#'>Ignore</a></p>",
    "<p><input type='button' value='Update my browser'> <button>Ignore</button></p>")
#: the families whose last line is a line of controls, with <button>s for controls (the common markup
#: of consent boxes, paywalls and banners): `hostile_body.py --buttons`. Kept apart from `FAMILIES`
#: so the figures of those stay comparable.
BUTTON_FAMILIES = (
    Family("consent-box-button", "inside",
           _CONSENT.replace("<p><a href='#'>Show external content</a></p>",
                            "<div><button type='button'>Show external content</button></div>"),
           "embed-consent", "c-3b7b"),
    Family("paywall-prompt-button", "inside",
           _PAYWALL_BUTTONS,
           "paywall-prompt", "c-51f2"),
    Family("paywall-after-button", "beside",
           _PAYWALL_BUTTONS,
           "paywall-prompt", "c-51f3"),
    Family("browser-banner-button", "body-start",
           _BROWSER_BUTTONS,
           "browser-upgrade", "c-e2aa"),
    Family("register-unmarked-button", "body-start",
           _REGISTERED.replace(" role='dialog' aria-modal='true'", "").replace(
               "<p><a href='/account/settings'>Go to my settings</a> <a href='/'>Back to the front page</a></p>",
               "<div><button>Go to my settings</button> <button>Back to the front page</button></div>"),
           "modal registration-modal", "c-9e1f"),
)
assert all(f.markup.count("<button") or f.markup.count("<input") for f in BUTTON_FAMILIES)
