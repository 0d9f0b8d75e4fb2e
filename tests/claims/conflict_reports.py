"""Six more conflict reports of my own (claims35, issue 13), written with their gold before the
analyser was run on them: 'citing' an unnamed official, outlets described in apposition ('the X, an
independent newspaper, quoted ... as saying'), anonymous and described sources ('two people
familiar with ...', 'One of them ... The other'), titles before and after names, a body named once
and then taken up as 'the directorate' / 'It' / 'the ministry' (only the full name is accepted, so
the source must reach the named antecedent), channels (Telegram, Facebook, X, radio, a video or a
voice message, a press conference) and quotes running over sentences. Places, people and outlets
are invented; the form is wire_articles.py's."""

from __future__ import annotations

from .wire_articles import Article, Gold

SELKA_INTERIOR = ("Interior Ministry", "Interior Ministry of Selka")
FALK = ("Aron Falk", "Falk")

HARBOUR = Article(
    "harbour",
    "VOSTRA, April 3 - A drone struck a fuel tanker moored in the harbour of Vostra early on Friday, "
    "setting it on fire, the pro-government daily Vost Courier reported, citing an unnamed security "
    "official.\n\n"
    "The Interior Ministry of Selka said in a statement that firefighters had put out the blaze by "
    "mid-morning. The ministry added that two crew members were being treated for burns.\n\n"
    "Brigadier General Aron Falk, the army's chief spokesman, told a press conference in Vostra that the "
    "drone had been launched from a boat about forty kilometres offshore.\n\n"
    '"We tracked it for several minutes," Falk said. "It flew too low for the radar to hold it."\n\n'
    "The Coastal Liberation Movement, which the Selkan government calls a terrorist group, said on its "
    "Telegram channel that its fighters had carried out the strike.\n\n"
    "A harbour worker, who gave only his first name, Piotr, said the explosion shook the windows of the "
    "port office.",
    (
        Gold("A drone struck a fuel tanker", ("security official",), (("Vost Courier",),)),
        Gold("firefighters had put out the blaze", SELKA_INTERIOR, (), "statement"),
        Gold("two crew members were being treated for burns", SELKA_INTERIOR),
        Gold("the drone had been launched from a boat", FALK, (), "press conference"),
        Gold("We tracked it for several minutes", FALK),
        Gold("It flew too low for the radar", FALK),
        Gold("its fighters had carried out the strike", ("Coastal Liberation Movement",), (), "telegram"),
        Gold("the explosion shook the windows", ("harbour worker", "Piotr")),
    ),
)

COMMANDER = ("rebel commander", "senior rebel commander")
STRAND = ("Dalia Strand", "Strand")

TALKS = Article(
    "talks",
    "GELDA, Sept 21 - Talks on a prisoner exchange between the government of Arvonia and the Red Hills "
    "rebels have stalled over the fate of about two hundred detainees, according to two people familiar "
    "with the negotiations.\n\n"
    "One of them, a mediator from a neighbouring country, said the rebels wanted the release of three "
    "commanders held in Gelda. The other said the government had refused to discuss the names.\n\n"
    "A senior rebel commander, who asked not to be named because he was not authorised to speak to the "
    "press, said by phone that his side would not give up the demand. \"Without our commanders there is "
    'no exchange," he said.\n\n'
    "The Arvonian foreign ministry's spokeswoman, Dalia Strand, said on state radio that the government "
    "remained open to talks.\n\n"
    "The Orsa Committee on the Missing, a relief group, said last week that it "
    "had registered more than five hundred missing people since the fighting began.",
    (
        Gold("Talks on a prisoner exchange", ("people familiar", "two people familiar with the negotiations")),
        Gold("the rebels wanted the release of three commanders", ("mediator", "One of them")),
        Gold("the government had refused to discuss the names", ("The other",)),
        Gold("his side would not give up the demand", COMMANDER, (), "phone"),
        Gold("Without our commanders there is no exchange", COMMANDER),
        Gold("the government remained open to talks", STRAND, (), "radio"),
        Gold("it had registered more than five hundred", ("Orsa Committee on the Missing",)),
    ),
)

BRENN = ("Mattias Brenn", "Brenn")
KESSLER = ("Oda Kessler", "Kessler")
EVENING_POST = ("Lorn Evening Post",)

BRIDGE = Article(
    "bridge",
    "LORN, May 14 - Rebel fighters blew up a railway bridge north of Lorn on Tuesday, cutting the main "
    "supply line to the city, the Lorn Evening Post, an independent newspaper, quoted a local police "
    "chief, Mattias Brenn, as saying.\n\n"
    "Brenn told the newspaper that no trains had been on the bridge at the time.\n\n"
    "The regional governor, Oda Kessler, wrote on Facebook that repairs could take a month. \"We will "
    'bring supplies by road in the meantime. Nobody will go hungry," she wrote.\n\n'
    "The Free Lorn Army said in a video posted online that it had destroyed the bridge to stop troop "
    "trains.\n\n"
    "Residents in the nearby village of Hask said they heard two loud blasts shortly before dawn.",
    (
        Gold("Rebel fighters blew up a railway bridge", BRENN, (EVENING_POST,)),
        Gold("no trains had been on the bridge", BRENN, (("Lorn Evening Post", "newspaper"),)),
        Gold("repairs could take a month", KESSLER, (), "social media"),
        Gold("We will bring supplies by road", KESSLER),
        Gold("Nobody will go hungry", KESSLER),
        Gold("it had destroyed the bridge", ("Free Lorn Army",), (), "video"),
        Gold("they heard two loud blasts", ("Residents", "Residents in the nearby village of Hask")),
    ),
)

DIRECTORATE = ("Health Directorate", "Health Directorate of the Sarn region")
DOCTOR = ("doctor", "A doctor at the hospital")

HOSPITAL = Article(
    "hospital",
    "SARN, Jan 30 - An air strike hit a hospital in the rebel-held town of Sarn on Sunday, killing at "
    "least nine patients, the Health Directorate of the Sarn region said.\n\n"
    "The directorate, which is run by the opposition, said the strike destroyed the hospital's operating "
    "theatre and its generator. It said the dead included two nurses.\n\n"
    "The government's air force denied carrying out any raid in the area. Its commander, Colonel Ruben "
    "Aldt, told the state news agency VNA that his pilots had flown only reconnaissance missions on "
    "Sunday.\n\n"
    "A doctor at the hospital said in a voice message sent to journalists that the staff had moved the "
    'wounded to a basement. "We have no electricity and very little oxygen," he said.\n\n'
    "Medical aid group Open Hands said in a post on X that it had lost contact with its team in Sarn.",
    (
        Gold("killing at least nine patients", DIRECTORATE),
        Gold("the strike destroyed the hospital's operating theatre", DIRECTORATE),
        Gold("the dead included two nurses", DIRECTORATE),
        Gold("his pilots had flown only reconnaissance missions", ("Ruben Aldt", "Aldt"), (("VNA",),)),
        Gold("the staff had moved the wounded to a basement", DOCTOR, (), "message"),
        Gold("We have no electricity", DOCTOR),
        Gold("it had lost contact with its team", ("Open Hands",), (), "social media"),
    ),
)

MONITOR = ("Terek Monitor",)
ORLOV = ("Kasim Orlov", "Orlov")

CEASEFIRE = Article(
    "ceasefire",
    "TEREK, Dec 2 - A ceasefire between government troops and the Mountain Guard militia broke down on "
    "Monday night, according to the Terek Monitor, a group that tracks violence in the province.\n\n"
    "The monitor said in its daily report that at least fourteen fighters had been killed in clashes "
    "around the villages of Ulm and Berra.\n\n"
    "The militia's political leader, Kasim Orlov, accused the army of breaking the truce first. \"They "
    'shelled our positions at nine in the evening. We only answered," Orlov said in a video message. '
    '"We are still ready to talk."\n\n'
    "An army officer in Terek, speaking on condition of anonymity, gave a different account: the militia "
    "had attacked a checkpoint, he said, and the troops had returned fire.\n\n"
    'State television, citing the Defence Ministry, said the situation was "under control".',
    (
        Gold("A ceasefire between government troops", MONITOR),
        Gold("at least fourteen fighters had been killed", MONITOR),
        Gold("They shelled our positions", ORLOV, (), "video"),
        Gold("We only answered", ORLOV),
        Gold("We are still ready to talk", ORLOV),
        Gold("the militia had attacked a checkpoint", ("army officer",)),
        Gold("under control", ("Defence Ministry",), (("State television", "television"),)),
    ),
)

PORT_AUTHORITY = ("port authority",)
NOVIA_FARMING = ("Agriculture Ministry", "Agriculture Ministry of Novia")
SARR = ("Ilona Sarr", "Sarr")
TRIBUNE = ("Daven Tribune", "Tribune")

TERMINAL = Article(
    "terminal",
    "DAVEN, Oct 19 - Missiles hit the grain terminal of Daven port on Saturday, the port authority said, "
    "adding that three cranes had been destroyed.\n\n"
    "The Agriculture Ministry of Novia estimated that about twelve thousand tonnes of grain had been "
    "lost. In a statement, the ministry said exports would resume within a week.\n\n"
    "Speaking to the Daven Tribune, the port's deputy director, Ilona Sarr, said the terminal had been "
    'hit twice in a month. "We repair, they strike again," Sarr said. "But the ships keep coming."\n\n'
    "A spokesman for the rival Federal Army, Lieutenant Colonel Bohdan Rusk, said the terminal had been "
    "used to store weapons, a claim the port authority rejected.\n\n"
    "Two sailors on a ship berthed nearby told the Tribune they saw the missiles come in from the sea.",
    (
        Gold("Missiles hit the grain terminal", PORT_AUTHORITY),
        Gold("three cranes had been destroyed", PORT_AUTHORITY),
        Gold("about twelve thousand tonnes of grain had been lost", NOVIA_FARMING),
        Gold("exports would resume within a week", NOVIA_FARMING, (), "statement"),
        Gold("the terminal had been hit twice in a month", SARR, (TRIBUNE,)),
        Gold("We repair, they strike again", SARR),
        Gold("But the ships keep coming", SARR),
        Gold("the terminal had been used to store weapons", ("Bohdan Rusk", "Rusk")),
        Gold("they saw the missiles come in", ("sailors", "Two sailors"), (TRIBUNE,)),
    ),
)

CONFLICT_35 = (HARBOUR, TALKS, BRIDGE, HOSPITAL, CEASEFIRE, TERMINAL)
