"""Six more conflict reports of my own (claims37, issue 13), written with their gold before the
analyser was run on them: wire copy under datelines, outlets passing on what officials told them,
sources who stay unnamed ('who requested anonymity to discuss ...', 'speaking by phone from ...'),
statements put out on platforms, a person named in full once and by surname after, a pronoun whose
antecedent stands in the paragraph before, and bodies such as relief agencies speaking as groups.
Each article lists every claim it makes (``SILENT`` names the clauses that report nothing), so
that a claim predicted outside the gold can be counted as spurious. Places, people and outlets are
invented; the form is wire_articles.py's."""

from __future__ import annotations

from .wire_articles import Article, Gold

MARSH = ("Edvin Marsh", "Marsh")
HOLM = ("Tarik Holm", "Holm")

HILL_TOWN = Article(
    "oskardol",
    "MARVEN, Feb 9 - Government troops recaptured the hill town of Oskar Dol on Thursday after three days "
    "of fighting, the army said in a statement posted on its Telegram channel.\n\n"
    "Colonel Edvin Marsh, speaking by phone from a command post outside the town, said the last rebel "
    'units had withdrawn overnight. "The road to the north is open again," Marsh said.\n\n'
    "Rebel spokesman Tarik Holm said on Facebook that his fighters still held the eastern quarter of the "
    "town and accused the army of shelling homes.\n\n"
    '"They are lying about the town," he wrote later. "We will publish pictures tomorrow."\n\n'
    "Aid agencies said about four thousand people had fled Oskar Dol since the fighting began, most of "
    "them to camps near Marven.",
    (
        Gold("Government troops recaptured the hill town", ("army",), (), "telegram"),
        Gold("the last rebel units had withdrawn overnight", MARSH, (), "phone"),
        Gold("The road to the north is open again", MARSH),
        Gold("his fighters still held the eastern quarter", HOLM, (), "social media"),
        Gold("shelling homes", HOLM),
        Gold("They are lying about the town", HOLM),
        Gold("We will publish pictures tomorrow", HOLM),
        Gold("about four thousand people had fled", ("Aid agencies",)),
    ),
)

BERGLUND = ("Anja Berglund", "Berglund")
DIPLOMAT = ("diplomat",)
HALDEN = ("Halden Wire",)

CLOSED_TALKS = Article(
    "closedtalks",
    "ESKER, July 17 - Negotiators for the government of Norrland and the Eastern Front rebels agreed on "
    "Wednesday to prolong a local truce around the city of Esker by two weeks, the Halden Wire reported, "
    "citing two diplomats briefed on the talks.\n\n"
    "A diplomat who requested anonymity to discuss the closed-door talks said the two sides were close "
    "to a deal on the exchange of wounded prisoners.\n\n"
    "Norrland's foreign minister, Anja Berglund, told reporters in the capital that no agreement had been "
    'signed. "We are talking, and that is already something," Berglund said.\n\n'
    "The rebels did not respond to requests for comment. Their negotiator, Jonas Pell, said last month "
    "that any deal would have to include the withdrawal of artillery from the hills.",
    (
        Gold("agreed on Wednesday to prolong a local truce", ("diplomats", "two diplomats"), (HALDEN,)),
        Gold("the two sides were close to a deal", DIPLOMAT),
        Gold("no agreement had been signed", BERGLUND),
        Gold("We are talking, and that is already something", BERGLUND),
        Gold("any deal would have to include the withdrawal", ("Jonas Pell", "Pell")),
    ),
)

KORVIN = ("Lev Korvin", "Korvin")
RADIO = ("Radio Tessar",)

RELAYED = Article(
    "relayed",
    "TESSAR, Nov 4 - Artillery fire destroyed a water pumping station on the edge of Tessar on Monday, "
    "leaving much of the city without running water, state broadcaster Radio Tessar quoted the defence "
    "minister, Lev Korvin, as saying.\n\n"
    "Korvin told the broadcaster that engineers would need at least ten days to repair the pumps.\n\n"
    "The Southern Command said in a post on X that its units had fired only at rebel mortar positions "
    "near the station.\n\n"
    "According to a statement on the presidency's website, the president has ordered tankers to bring "
    "drinking water to every district.\n\n"
    "The city's water company said it had opened twelve emergency wells.",
    (
        Gold("Artillery fire destroyed a water pumping station", KORVIN, (RADIO,)),
        Gold("engineers would need at least ten days", KORVIN, (("Radio Tessar", "broadcaster"),)),
        Gold("its units had fired only at rebel mortar positions", ("Southern Command",), (), "social media"),
        Gold("the president has ordered tankers", ("presidency",), (), "statement"),
        Gold("it had opened twelve emergency wells", ("water company", "The city's water company")),
    ),
)

SOURCE = ("security source", "senior security source")
WITNESS = ("resident",)

MARKET = Article(
    "market",
    "DUSHAN, Aug 12 - A car bomb went off in a busy market in the northern city of Dushan on "
    "Saturday, killing at least eleven people, police said.\n\n"
    "A senior security source said the car had been stolen two days earlier in a nearby town. The "
    "source, who was not authorised to speak to the media, said investigators were questioning three "
    "men.\n\n"
    "A resident, who declined to give his name out of fear of reprisals, said he saw the car parked "
    'outside a bakery for most of the morning. "Nobody thought anything of it," he said.\n\n'
    "Witnesses said ambulances took more than half an hour to arrive.\n\n"
    "No group has said it carried out the attack.",
    (
        Gold("killing at least eleven people", ("police",)),
        Gold("the car had been stolen two days earlier", SOURCE),
        Gold("investigators were questioning three men", SOURCE),
        Gold("he saw the car parked outside a bakery", WITNESS),
        Gold("Nobody thought anything of it", WITNESS),
        Gold("ambulances took more than half an hour", ("Witnesses",)),
    ),
)

ARDA = ("Mira Arda", "Arda")

POSTS = Article(
    "posts",
    "RASK, March 28 - The Rask Defence Forces said on Telegram that they had shot down nine drones over "
    "the port overnight.\n\n"
    "The armed group Sons of the Delta said in a video posted on YouTube that it had launched the "
    "drones against what it called military targets.\n\n"
    "Mira Arda, the mayor of Rask, wrote on Facebook that debris had damaged the roof of a kindergarten. "
    'No children were inside, she wrote.\n\n'
    "In a statement on its website, the Delta Relief Fund said its warehouse in the port had been "
    "hit.",
    (
        Gold("they had shot down nine drones", ("Rask Defence Forces",), (), "telegram"),
        Gold("it had launched the drones", ("Sons of the Delta",), (), "video"),
        Gold("debris had damaged the roof", ARDA, (), "social media"),
        Gold("No children were inside", ARDA),
        Gold("its warehouse in the port had been hit", ("Delta Relief Fund",), (), "statement"),
    ),
)

OMAR = ("Elias Omar", "Omar")
RELIEF = ("Tarn Relief Office",)

CORRIDOR = Article(
    "corridor",
    "TARN, Jan 6 - A convoy of twenty trucks carrying food and medicine reached the besieged town of "
    "Lisk on Sunday for the first time in two months, the Tarn Relief Office said.\n\n"
    "Elias Omar, the office's head of operations, told the Weser Radio that the trucks had waited "
    "eight hours at the last checkpoint. Omar said the convoy carried enough flour for about a week.\n\n"
    "The governor of the province, Hanne Sato, told reporters in Tarn that a second convoy would leave "
    "on Wednesday.\n\n"
    "She had said on Friday that the route was too dangerous.\n\n"
    "Residents of Lisk reached by telephone said food prices had tripled since the siege began.",
    (
        Gold("A convoy of twenty trucks carrying food", RELIEF),
        Gold("the trucks had waited eight hours", OMAR, (("Weser Radio",),)),
        Gold("the convoy carried enough flour", OMAR),
        Gold("a second convoy would leave on Wednesday", ("Hanne Sato", "Sato")),
        Gold("the route was too dangerous", ("Hanne Sato", "Sato")),
        Gold("food prices had tripled", ("Residents", "Residents of Lisk"), (), "telephone"),
    ),
)

#: clauses where a claim is neither wanted nor wrong (a negated or refused report): not counted as spurious
MAY = ("did not respond to requests for comment", "No group has said it carried out the attack")

CONFLICT_37 = (HILL_TOWN, CLOSED_TALKS, RELAYED, MARKET, POSTS, CORRIDOR)
