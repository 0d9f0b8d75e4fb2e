"""Whole articles of my own in the manner of other writers (issue 13): a regional paper's conflict
report, a live blog, a translated statement carried by a state agency, a story resting on anonymous
sources, a quote-heavy story naming the speaker after the quote, claims and counterclaims, a story
drawn from a document seen by an outlet, and a roundup of posts. Places, people and outlets are
invented; the gold was written before the analyser was run on them, in wire_articles.py's form."""

from __future__ import annotations

from .wire_articles import Article, Gold

HEALTH = ("district health office", "health office")
COMMAND = ("provincial army command", "army command", "command")
ORSK = ("Daniel Orsk", "Orsk")
POST = ("Berren Evening Post",)
LIDA = ("Lida", "resident")

USKOL = Article(
    "uskol",
    "BERREN, May 3 - At least fourteen people were killed when fighting flared again on Saturday around "
    "the market town of Uskol, where government troops and fighters of the Free Hills Army have traded "
    "fire for most of the spring, the district health office said in a tally released late in the "
    "evening, while the rebels' own medical service said twenty-two had died, most of them civilians "
    "caught in the crossfire.\n\n"
    "The provincial army command, in a statement read out on regional television by its deputy chief, "
    "Colonel Arvo Linde, said its units had only returned fire after rebel mortars struck a checkpoint on "
    "the northern road, and that no artillery had been used inside the town.\n\n"
    "The Free Hills Army rejected that account. Its spokesman, Daniel Orsk, told the Berren Evening Post "
    "by telephone that army tanks had shelled the covered market for more than an hour and that the "
    'checkpoint attack described by the command "never happened."\n\n'
    "Doctors at the Uskol district hospital, which has been without mains power since March, said they "
    "had received thirty-one wounded by nightfall, among them eight children, and were running short of "
    "blood.\n\n"
    "A resident who fled to Berren with her two sons, and who gave only her first name, Lida, said the "
    'family had spent the night in a cellar. "We heard the tanks first, then the roof came down next '
    'door," she said.\n\n'
    "Neither side's figures could be independently verified.",
    (
        Gold("At least fourteen people were killed", HEALTH),
        Gold("twenty-two had died", ("medical service", "rebels' own medical service")),
        Gold("its units had only returned fire", COMMAND),
        Gold("no artillery had been used inside the town", COMMAND),
        Gold("army tanks had shelled the covered market", ORSK, (POST,), "phone"),
        Gold("never happened", ORSK, (POST,)),
        Gold("had received thirty-one wounded", ("Doctors",)),
        Gold("the family had spent the night in a cellar", LIDA),
        Gold("We heard the tanks first", LIDA),
    ),
)

VOSS = ("Annika Voss", "Voss")

LIVE = Article(
    "live",
    "Strikes on Corvel: the latest\n\n"
    "09:12 Air raid sirens sounded across Corvel shortly before dawn, the city's civil defence office "
    "said on Telegram. Residents were told to stay in shelters.\n\n"
    '09:40 Mayor Annika Voss said on X that two districts had lost power. "Crews are already out," she '
    "wrote.\n\n"
    "10:05 The Corvel Defence Ministry says its air defences downed nine of twelve missiles. We have not "
    "been able to verify that figure.\n\n"
    "10:31 Our correspondent in the city's east, Pavel Drum, reports that smoke is rising over the "
    "rail yard.\n\n"
    "11:02 The Sarnik Herald, citing a railway official, reports that freight trains have been halted for "
    "the day.\n\n"
    "11:20 A spokesman for the neighbouring Republic of Dask, Ott Hallin, told reporters in the Dask "
    'capital that his government "condemns any strike on civilian infrastructure" and called for '
    "talks.\n\n"
    "11:45 Emergency services say one person died and six were hurt at the rail yard, revising an "
    "earlier figure of three injured.",
    (
        Gold("Air raid sirens sounded across Corvel", ("civil defence office",), (), "telegram"),
        Gold("two districts had lost power", VOSS, (), "social media"),
        Gold("Crews are already out", VOSS),
        Gold("its air defences downed nine", ("Corvel Defence Ministry", "Defence Ministry")),
        Gold("smoke is rising over the rail yard", ("Pavel Drum", "Drum", "correspondent")),
        Gold("freight trains have been halted", ("railway official",), (("Sarnik Herald",),)),
        Gold("condemns any strike on civilian infrastructure", ("Ott Hallin", "Hallin")),
        Gold("one person died and six were hurt", ("Emergency services",)),
    ),
)

ORVANIA = ("government of Orvania", "Orvania", "government", "statement")
ONA = ("ONA", "state news agency")

GULF = Article(
    "gulf",
    "DALMIRA, Sept 14 - The government of Orvania said on Sunday it would not allow foreign warships to "
    "enter the Gulf of Tesk, in a statement carried by the state news agency ONA.\n\n"
    '"The Republic will defend its waters by all means available to it," the statement said, according '
    'to an English translation published by the agency. "Those who send ships here will bear full '
    'responsibility."\n\n'
    "The Foreign Ministry added, in remarks broadcast by state television, that two frigates from the "
    "Kelvar Alliance had been detected forty miles off the coast on Saturday.\n\n"
    "The Kelvar Alliance's maritime command said in a reply posted on its website that the ships were on "
    "a routine patrol in international waters.\n\n"
    "Orvania's deputy foreign minister, Samir Adel, was quoted by ONA as saying that the government had "
    "told the United Nations about the incident.",
    (
        Gold("it would not allow foreign warships", ORVANIA, (ONA,), "statement"),
        Gold("The Republic will defend its waters", ORVANIA, (ONA,)),
        Gold("Those who send ships here", ORVANIA, (ONA,)),
        Gold("two frigates from the Kelvar Alliance", ("Foreign Ministry",), (("state television",),)),
        Gold("the ships were on a routine patrol", ("maritime command", "Kelvar Alliance"), (), "website"),
        Gold("the government had told the United Nations", ("Samir Adel", "Adel"), (ONA,)),
    ),
)

UNNAMED = ("officials", "two officials", "One of them")

WITHDRAWAL = Article(
    "withdrawal",
    "WESTON FALLS, March 22 - The government of Lorren is preparing to withdraw most of its troops from "
    "the border region of Haddar by the end of the month, two officials familiar with the matter said, a "
    "move that would end a deployment that began in 2021.\n\n"
    "The officials, who asked not to be identified because the plan has not been made public, said the "
    "decision came at a closed meeting of the security council on Thursday. One of them said about "
    "3,000 soldiers would leave in the first stage.\n\n"
    "A third person, a diplomat briefed on the talks, said the withdrawal was part of an understanding "
    "reached with the neighbouring state of Ferrin, under which Ferrin would pull back its own units from "
    "the hills above the river Salt.\n\n"
    "Lorren's defence ministry declined to comment. A spokesperson for Ferrin's government, Ines Marl, "
    "said she knew of no such understanding.\n\n"
    "According to a senior security source quoted by the Weston Ledger, some commanders opposed the plan "
    "and argued that the army would lose its view over the main road.",
    (
        Gold("is preparing to withdraw most of its troops", UNNAMED),
        Gold("the decision came at a closed meeting", UNNAMED),
        Gold("about 3,000 soldiers would leave", UNNAMED),
        Gold("the withdrawal was part of an understanding", ("diplomat", "third person")),
        Gold("she knew of no such understanding", ("Ines Marl", "Marl")),
        Gold("some commanders opposed the plan", ("security source",), (("Weston Ledger",),)),
    ),
)

HASK = ("Edvin Hask", "Hask")
ALBY = ("Ruth Alby", "Alby")
WREN = ("Tobias Wren", "Wren")

STRIKE = Article(
    "strike",
    "GALLOWAY POINT, June 2 - Dockworkers at the port of Galloway Point walked off the job on Monday, "
    "halting the loading of grain ships for the second time this month.\n\n"
    '"We were promised a new contract in April, and we are still waiting," said Mr. Edvin Hask, a '
    'spokesman for the Port Workers\' Guild. "Nobody goes back until it is signed."\n\n'
    '"The port authority has made a fair offer," said Ms. Ruth Alby, the authority\'s director of '
    'operations, adding that the talks would resume on Wednesday. "We regret that the guild has chosen '
    'to strike."\n\n'
    '"Every day the ships wait costs the farmers money," said Mr. Tobias Wren, who chairs the Grain '
    'Exporters Council. "We are asking both sides to settle this quickly."\n\n'
    "Police said the picket at the main gate was peaceful.\n\n"
    "\"It's cold, but we'll stay,\" said one striker, who would give only his first name, Mikko.",
    (
        Gold("We were promised a new contract", HASK),
        Gold("Nobody goes back until it is signed", HASK),
        Gold("The port authority has made a fair offer", ALBY),
        Gold("the talks would resume on Wednesday", ALBY),
        Gold("We regret that the guild has chosen", ALBY),
        Gold("Every day the ships wait", WREN),
        Gold("We are asking both sides", WREN),
        Gold("the picket at the main gate was peaceful", ("Police",)),
        Gold("we'll stay", ("striker", "Mikko")),
    ),
)

AUREL = ("Ministry of Defence of Aurel", "Ministry of Defence")
TESSIC_FM = ("Tessic foreign ministry", "foreign ministry")

LAUNCHERS = Article(
    "launchers",
    "NEW HARLOW, Oct 19 - The Ministry of Defence of Aurel accused the neighbouring Tessic Republic on "
    "Friday of moving rocket launchers to within ten kilometres of the border, in breach of a ceasefire "
    "agreed in August.\n\n"
    'The Tessic foreign ministry denied the accusation, saying its forces had not moved "a single '
    'launcher" and that Aurel was trying to justify its own build-up.\n\n'
    "Aurel's defence minister, Konrad Belle, told parliament that satellite images showed at least six "
    "launchers near the village of Orn. The images have not been published.\n\n"
    "Tessic officials in turn accused Aurel of flying drones over their territory. A Tessic army "
    "spokesman, Major Livia Sand, said three drones had been shot down this week.\n\n"
    "The ceasefire monitors, a mission of the Coastal States Forum, said in a brief statement that they "
    "had received complaints from both sides and would visit the area next week.",
    (
        Gold("moving rocket launchers to within ten kilometres", AUREL),
        Gold("its forces had not moved", TESSIC_FM),
        Gold("Aurel was trying to justify", TESSIC_FM),
        Gold("satellite images showed at least six", ("Konrad Belle", "Belle")),
        Gold("flying drones over their territory", ("Tessic officials", "officials")),
        Gold("three drones had been shot down", ("Livia Sand", "Sand")),
        Gold("they had received complaints from both sides", ("ceasefire monitors", "monitors"), (), "statement"),
    ),
)

DRAFT = ("draft budget", "draft")
MEMO = ("internal memo", "memo")

SUBSIDIES = Article(
    "subsidies",
    "KESTREL, Aug 12 - The finance ministry of Morvan plans to cut fuel subsidies by a third next year, "
    "according to a draft budget seen by the Kestrel Independent.\n\n"
    "The draft, dated July 28, says the cuts would save about 400 million crowns and that the savings "
    "would go to hospitals in the poorer eastern provinces.\n\n"
    "The plan was first reported by the business weekly Ledger Street, which said it had obtained a copy "
    "of an internal memo warning that bus fares could double.\n\n"
    'A finance ministry spokesman, Aron Tull, said the draft was "one of several options" and that no '
    "decision had been taken.\n\n"
    'Opposition leader Greta Moss said on Facebook that the cuts would "punish the people who can least '
    'afford it."\n\n'
    "According to the memo, the ministry expects protests in at least three cities.",
    (
        Gold("plans to cut fuel subsidies by a third", DRAFT, (("Kestrel Independent",),)),
        Gold("the cuts would save about 400 million crowns", DRAFT),
        Gold("bus fares could double", MEMO, (("Ledger Street",),)),
        Gold("one of several options", ("Aron Tull", "Tull")),
        Gold("no decision had been taken", ("Aron Tull", "Tull")),
        Gold("punish the people who can least afford it", ("Greta Moss", "Moss"), (), "social media"),
        Gold("the ministry expects protests", MEMO),
    ),
)

UTILITY = ("Varrow Power",)
ASKE = ("Dominic Aske", "Aske")
PENN = ("Yara Penn", "Penn")

BLACKOUT = Article(
    "blackout",
    "How the night of the blackout played out online\n\n"
    "The outage that left most of the city of Varrow without power on Tuesday night drew a flood of posts "
    "from officials, residents and businesses.\n\n"
    "The city's utility, Varrow Power, posted on Facebook at 10 p.m. that a fault at the Linden "
    "substation had tripped three lines. An hour later it wrote that crews hoped to restore supply by "
    "morning.\n\n"
    'Mayor Dominic Aske tweeted that hospitals were running on generators and "no patient is at risk."\n\n'
    "A video shared on TikTok by a user called nightshift_nell showed traffic lights dark along the river "
    "road; the clip had been viewed more than 200,000 times by Wednesday.\n\n"
    "The opposition councillor Yara Penn said in a post on Instagram that the same substation had failed "
    "twice last winter, and that she had warned the council about it.\n\n"
    "On Telegram, a channel run by the regional police said officers had been sent to the main "
    "junctions.\n\n"
    "Varrow Power later said in a statement that supply had been restored to all districts by 6 a.m.",
    (
        Gold("a fault at the Linden substation", UTILITY, (), "social media"),
        Gold("crews hoped to restore supply by morning", UTILITY),
        Gold("hospitals were running on generators", ASKE, (), "social media"),
        Gold("no patient is at risk", ASKE),
        Gold("the same substation had failed twice", PENN, (), "social media"),
        Gold("she had warned the council", PENN),
        Gold("officers had been sent to the main junctions", ("regional police", "police"), (), "telegram"),
        Gold("supply had been restored to all districts", UTILITY, (), "statement"),
    ),
)

WRITERS = (USKOL, LIVE, GULF, WITHDRAWAL, STRIKE, LAUNCHERS, SUBSIDIES, BLACKOUT)

# Written after the fixes the eight above led to, to check them on text they were not made from
# (gold written before the run, as above).

INSPECTION = ("inspection report", "report")
WATER = ("regional water authority", "water authority", "authority")

DAM = Article(
    "dam",
    "ROSSEL, April 2 - Engineers began releasing water from the Kettle Lake dam on Wednesday after cracks "
    "were found in its eastern wall, according to an inspection report obtained by the Marsh Valley "
    "Gazette.\n\n"
    "The regional water authority, in a statement read out at a news conference by its director, Paula "
    "Brandt, said the dam was safe and that the release was a precaution.\n\n"
    "Governor Ilya Sorn was quoted by the Rossel Courier as saying that villages downstream would be "
    "warned at least six hours before any evacuation.\n\n"
    "Rescue teams said two roads along the river had been closed.\n\n"
    "A farmer in the village of Lund, Petr Hanak, told state television that the water in his fields had "
    "risen by half a metre overnight.\n\n"
    "According to the report, the authority believes the cracks appeared during the winter frosts.\n\n"
    "The Kettle Lake Residents' Association, whose chairman had warned about the wall last year, posted "
    "on its website a letter calling for an independent inspection.",
    (
        Gold("Engineers began releasing water", INSPECTION, (("Marsh Valley Gazette",),)),
        Gold("the dam was safe", WATER),
        Gold("the release was a precaution", WATER),
        Gold("villages downstream would be warned", ("Ilya Sorn", "Sorn"), (("Rossel Courier",),)),
        Gold("two roads along the river had been closed", ("Rescue teams",)),
        Gold("the water in his fields had risen", ("Petr Hanak", "Hanak"), (("state television",),), "television"),
        Gold("the authority believes the cracks", INSPECTION),
        Gold("the cracks appeared during the winter frosts", WATER, (INSPECTION,)),
        Gold("an independent inspection", ("Kettle Lake Residents' Association", "Residents' Association")),
    ),
)

VRIES = ("Johan Vries", "Vries")
NORDLYS = ("Nordlys Lines",)

HARBOUR = Article(
    "harbour",
    "Collision at Port Esk: live updates\n\n"
    "10:15 The harbour master of Port Esk, Johan Vries, said on X that two cargo ships had collided at "
    "the entrance to the harbour. Nobody was injured, he wrote.\n\n"
    "10:48 The shipping firm Nordlys Lines, which said earlier that it had received a distress call, now "
    "says both ships are afloat.\n\n"
    "11:30 A Telegram account run by the port's workers' union said the crew of one ship had been taken "
    "ashore.\n\n"
    "12:05 The coast guard, in a message sent to reporters by its press officer, Lieutenant Sara Holm, "
    "said a tug was towing the damaged ship to dock four.\n\n"
    "12:40 Port Esk's mayor was quoted by the Esk Tidings as saying that the harbour would reopen on "
    "Friday.\n\n"
    "13:10 The port authority, Esk Harbour Board, said in a reply posted on Facebook that oil had not "
    "leaked into the water.",
    (
        Gold("two cargo ships had collided", VRIES, (), "social media"),
        Gold("Nobody was injured", VRIES),
        Gold("it had received a distress call", NORDLYS),
        Gold("both ships are afloat", NORDLYS),
        Gold("the crew of one ship had been taken ashore", ("workers' union", "union"), (), "telegram"),
        Gold("a tug was towing the damaged ship", ("coast guard",), (), "message"),
        Gold("the harbour would reopen on Friday", ("mayor", "Port Esk's mayor"), (("Esk Tidings",),)),
        Gold("oil had not leaked into the water", ("Esk Harbour Board", "port authority"), (), "social media"),
    ),
)

LEDL = ("Hana Ledl", "Ledl", "nurse")
DRAVA = ("Drava district council", "district council", "council")
JOURNAL = ("Sallow Ford Journal",)

# Written after two more steps (a report made to a quote's first person, kept on claims31-wip
# only; an indefinite description's final apposed name), gold before the run.
CLINIC = Article(
    "clinic",
    "SALLOW FORD, Oct 8 - A clinic in the hill village of Drava was hit by mortar fire on Tuesday, a nurse "
    "who works there said.\n\n"
    '"A commander told us the shelling would stop by noon, but it went on all afternoon," said the nurse, '
    'Hana Ledl. "The doctor told me we had run out of bandages by three o\'clock."\n\n'
    "An engineer from the water company, Marek Tesar, said two wells in the village had been damaged.\n\n"
    "The Drava district council, in a statement sent to journalists by its secretary, Ivo Pekar, said it "
    "had asked the army to open a road for ambulances.\n\n"
    "According to a letter seen by the Sallow Ford Journal, the council fears that the village will be cut "
    "off before winter.\n\n"
    "Relief workers said they had delivered blankets to about 300 families.",
    (
        Gold("A clinic in the hill village of Drava was hit", LEDL),
        Gold("the shelling would stop by noon", ("commander",), (LEDL,)),
        Gold("it went on all afternoon", LEDL),
        Gold("we had run out of bandages", ("doctor",), (LEDL,)),
        Gold("two wells in the village had been damaged", ("Marek Tesar", "Tesar")),
        Gold("it had asked the army to open a road", DRAVA),
        Gold("the council fears that the village", ("letter",), (JOURNAL,)),
        Gold("the village will be cut off before winter", DRAVA, (JOURNAL,), "letter"),
        Gold("they had delivered blankets", ("Relief workers",)),
    ),
)

RUSO = ("Anna Ruso", "Ruso")

# Written after the step on an indefinite description's final apposed name, gold before the run.
SCHOOL = Article(
    "school",
    "Fire at Vell school: what we know\n\n"
    "08:20 Smoke was seen over the primary school in the town of Vell shortly after eight, a teacher at "
    "the school in Vell, Anna Ruso, said. All 240 pupils had been led out to the sports field, she added.\n\n"
    "09:05 A firefighter from the station in Brenn, Tomas Kell, told the Vell Messenger that the fire had "
    "started in the kitchen.\n\n"
    "09:40 Headteacher Olga Marr was quoted by the Vell Messenger as saying that lessons would move to the "
    "town hall next week.",
    (
        Gold("Smoke was seen over the primary school", RUSO),
        Gold("All 240 pupils had been led out", RUSO),
        Gold("the fire had started in the kitchen", ("Tomas Kell", "Kell"), (("Vell Messenger",),)),
        Gold("lessons would move to the town hall", ("Olga Marr", "Marr"), (("Vell Messenger",),)),
    ),
)

WRITERS_AFTER = (DAM, HARBOUR, CLINIC, SCHOOL)
