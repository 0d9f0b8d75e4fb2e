"""Conflict reports of my own in wire style (issue 13): datelines, reports passed on by outlets
('citing', 'quoting'), spokespeople named with their titles, anonymous and described sources,
posts on Telegram and X, quotes running over two sentences or after a colon, and a denial by the
other side. Places, people and outlets are invented; the gold was written before the analyser was
run on them, in wire_articles.py's form (a statement alone is left as no channel to check)."""

from __future__ import annotations

from .wire_articles import Article, Gold

KELMAR_DEFENCE = ("Defence Ministry", "Defence Ministry of Kelmar", "ministry")
NORDA = ("Norda", "Norda news agency")
FRONT = ("Southern Front", "group")
MAREK = ("Ivo Marek", "Marek")

FERROW = Article(
    "ferrow",
    "KARSK, Oct 2 - Two drones hit an ammunition store near the garrison town of Ferrow overnight, the "
    "state-run Norda news agency reported on Wednesday, citing the Defence Ministry of Kelmar.\n\n"
    "The ministry said its air defences had intercepted five other drones over the Ferrow district and "
    "that nobody had been hurt.\n\n"
    "A military source who spoke on condition of anonymity told the Karsk Gazette that the blasts went "
    "on for nearly three hours.\n\n"
    "The Southern Front, an armed group that has fought Kelmar's army since 2020, claimed the attack in "
    'a statement on Telegram. "Our drones reached their target without loss," the group said. "More '
    'will follow."\n\n'
    "Residents of Ferrow said windows were shattered across the eastern quarter of the town.\n\n"
    "Kelmar's deputy defence minister, General Ivo Marek, told reporters in Karsk that the army would "
    '"respond firmly" to any further attack.',
    (
        Gold("Two drones hit an ammunition store", KELMAR_DEFENCE, (NORDA,)),
        Gold("its air defences had intercepted five other drones", KELMAR_DEFENCE),
        Gold("nobody had been hurt", KELMAR_DEFENCE),
        Gold("the blasts went on for nearly three hours", ("military source",), (("Karsk Gazette",),)),
        Gold("Our drones reached their target", FRONT),
        Gold("More will follow", FRONT),
        Gold("windows were shattered", ("Residents", "Residents of Ferrow")),
        Gold("respond firmly", MAREK),
    ),
)

UN_OFFICIAL = ("United Nations official", "official")
MORR = ("Lena Morr", "Morr", "spokeswoman")

CONVOY = Article(
    "convoy",
    "ALMIRA, Feb 18 - An aid convoy came under fire on Monday on the road between Almira and the "
    "besieged town of Tessel, killing a driver, a United Nations official said.\n\n"
    '"The trucks were clearly marked and the route had been agreed with both sides," said the official, '
    "who spoke on condition of anonymity because he was not authorised to speak to the media. "
    '"Someone decided to shoot anyway."\n\n'
    "The Tessel Defence Forces blamed government troops. A spokesman for the group, Karim Vale, wrote "
    "on X that army snipers had fired from a hill overlooking the road.\n\n"
    'The army denied it. "Our units were not in that area," a spokeswoman for the army\'s eastern '
    "command, Captain Lena Morr, said at a briefing in Almira. She said rebel fighters had staged the "
    "attack to discredit the army.\n\n"
    "A second convoy due to leave on Tuesday has been postponed, according to the World Food Agency.",
    (
        Gold("An aid convoy came under fire", UN_OFFICIAL),
        Gold("The trucks were clearly marked", UN_OFFICIAL),
        Gold("Someone decided to shoot anyway", UN_OFFICIAL),
        Gold("army snipers had fired from a hill", ("Karim Vale", "Vale"), (), "social media"),
        Gold("Our units were not in that area", MORR),
        Gold("rebel fighters had staged the attack", MORR),
        Gold("A second convoy due to leave on Tuesday", ("World Food Agency",)),
    ),
)

OSKARIA = ("Defence Ministry", "Defence Ministry of Oskaria", "ministry")
VARDIC = ("Vardic People's Army", "press office", "statement")
ROIT = ("Hanna Roit", "Roit")

DREMLI = Article(
    "dremli",
    "RENSK, July 9 - The Defence Ministry of Oskaria said on Thursday that its forces had retaken the "
    "village of Dremli after two days of fighting, and that more than forty enemy fighters had been "
    "killed.\n\n"
    "The ministry also said four of its soldiers had died. It published a video showing soldiers "
    "raising a flag over a ruined school.\n\n"
    "The Vardic People's Army, which had held Dremli since April, disputed the account. Its press office "
    'said in a statement: "Our fighters withdrew from Dremli in good order. No position was lost by '
    'force."\n\n'
    'The statement added that the army\'s losses were "many times higher" than the ministry '
    "admitted.\n\n"
    "Hanna Roit, an analyst at the Rensk Institute for Security Studies, said the village mattered "
    'because it overlooks the only bridge over the Ostra river. "Whoever holds Dremli controls the '
    'supply road," she said.\n\n'
    "The claims could not be independently verified.",
    (
        Gold("its forces had retaken the village of Dremli", OSKARIA),
        Gold("more than forty enemy fighters had been killed", OSKARIA),
        Gold("four of its soldiers had died", OSKARIA),
        Gold("Our fighters withdrew from Dremli in good order", VARDIC),
        Gold("No position was lost by force", VARDIC),
        Gold("the army's losses were", VARDIC),
        Gold("the village mattered", ROIT),
        Gold("Whoever holds Dremli controls the supply road", ROIT),
    ),
)

OSKIN = ("Pavel Oskin", "Oskin", "governor")

SELVA = Article(
    "selva",
    "SELVA, April 27 - Naval drones attacked the port of Selva early on Sunday, damaging a grain "
    "terminal and two tugboats, the state-run Marin News Agency said, quoting the regional governor, "
    "Pavel Oskin.\n\n"
    "Oskin later wrote on Telegram that the fire at the terminal had been put out and that two port "
    "workers were being treated for burns.\n\n"
    '"The port will reopen within days," he wrote. "Grain exports will not stop."\n\n'
    "The Navy of Tarsia, whose ships have blockaded the coast since January, said in a statement that "
    'its units had destroyed "a military target" in Selva. A senior naval officer, speaking on '
    "condition of anonymity, told the Daily Courier of Tarsia that the terminal had been used to store "
    "fuel for warships.\n\n"
    'Oskin denied that. "There has never been any fuel there, only wheat," he told reporters.',
    (
        Gold("damaging a grain terminal", OSKIN, (("Marin News Agency", "Marin"),)),
        Gold("the fire at the terminal had been put out", OSKIN, (), "telegram"),
        Gold("The port will reopen within days", OSKIN),
        Gold("Grain exports will not stop", OSKIN),
        Gold("its units had destroyed", ("Navy of Tarsia", "Navy")),
        Gold("the terminal had been used to store fuel", ("naval officer", "senior naval officer"),
             (("Daily Courier", "Daily Courier of Tarsia"),)),
        Gold("There has never been any fuel there", OSKIN),
    ),
)

SOURCES = ("military sources", "sources")
KALLAS = ("Edo Kallas", "Kallas", "ministry spokesman")

OSK = Article(
    "osk",
    "GARVA, Nov 5 - Troops from the Republic of Lenn crossed into the disputed Osk valley on Tuesday "
    "night, military sources in Garva said, in the most serious border incident between Lenn and "
    "Garvia in a decade.\n\n"
    "The sources said about 300 soldiers with armoured vehicles had taken up positions near the village "
    "of Pell. Garvia's Foreign Ministry summoned Lenn's ambassador on Wednesday morning.\n\n"
    'A ministry spokesman, Edo Kallas, told a news conference that Garvia "will not accept any change '
    'to the border by force." He said the government had asked the regional security council to '
    "meet.\n\n"
    "Lenn's government denied that any troops had crossed. Its information minister, Sofi Arden, said "
    "in a post on Facebook that the soldiers were on \"Lenn's own side of the valley\" and were carrying "
    "out a planned exercise.\n\n"
    "Western diplomats in Garva, speaking on condition of anonymity, said satellite images showed "
    "vehicles on both sides of the line.",
    (
        Gold("Troops from the Republic of Lenn crossed", SOURCES),
        Gold("about 300 soldiers with armoured vehicles", SOURCES),
        Gold("will not accept any change to the border", KALLAS, (), "press conference"),
        Gold("the government had asked the regional security council", KALLAS),
        Gold("any troops had crossed", ("Lenn's government", "government", "Lenn")),
        Gold("the soldiers were on", ("Sofi Arden", "Arden"), (), "social media"),
        Gold("satellite images showed vehicles", ("diplomats", "Western diplomats")),
    ),
)

TIMES = ("Maren Times", "newspaper")

TRUCE = Article(
    "truce",
    "MAREN, Aug 21 - The warring sides in the Kossa conflict have agreed to a three-day truce starting on "
    "Friday, the Maren Times reported, citing two people involved in the talks.\n\n"
    "The truce would allow the exchange of about 120 prisoners, the newspaper said.\n\n"
    "The Kossa Liberation Council, the rebels' political wing, confirmed that talks were taking place "
    'but said in a message to reporters that "nothing has been signed yet."\n\n'
    "Government negotiator Idris Fahl was quoted by the private broadcaster Channel Nine as saying that "
    '"a deal is close, but not done."\n\n'
    "According to the Hallas News Agency, which cited a diplomat in Maren, mediators from the Teval "
    "Union had shuttled between the two delegations for three nights.\n\n"
    "The fighting has killed more than 5,000 people since 2022, according to United Nations figures.",
    (
        Gold("have agreed to a three-day truce", ("people", "two people"), (TIMES,)),
        Gold("The truce would allow the exchange", TIMES),
        Gold("nothing has been signed yet", ("Kossa Liberation Council", "Council"), (), "message"),
        Gold("a deal is close", ("Idris Fahl", "Fahl"), (("Channel Nine",),)),
        Gold("mediators from the Teval Union", ("diplomat",), (("Hallas News Agency", "Hallas"),)),
        Gold("The fighting has killed more than 5,000 people", ("United Nations",)),
    ),
)

SALO = ("Mira Salo", "Salo", "Dr Mira Salo")
KALVENIA = ("Air Force of Kalvenia", "Air Force")

TORVIK = Article(
    "torvik",
    "TORVIK, Jan 30 - An air strike hit the main hospital in the rebel-held city of Torvik on Monday, "
    "killing at least nine patients and staff, the city's health directorate said.\n\n"
    '"The maternity ward was destroyed. We are moving patients to the basement," said Dr Mira Salo, the '
    "hospital's director, in a video posted on the directorate's Facebook page.\n\n"
    "A nurse who asked not to be named because she feared for her family said the strike came without "
    "warning: there had been no aircraft overhead for an hour before the blast.\n\n"
    "The Air Force of Kalvenia said in a statement that it had struck \"a command post of terrorist "
    'groups" on the edge of Torvik and that no medical building had been hit.\n\n'
    "The International Medical Relief group, which supports the hospital, said it had shared the "
    'hospital\'s coordinates with both sides in December. "There is no excuse," its regional director, '
    "Jon Arvik, said.",
    (
        Gold("killing at least nine patients and staff", ("health directorate", "city's health directorate")),
        Gold("The maternity ward was destroyed", SALO, (), "video"),
        Gold("We are moving patients to the basement", SALO),
        Gold("the strike came without warning", ("nurse",)),
        Gold("there had been no aircraft overhead", ("nurse",)),
        Gold("a command post of terrorist groups", KALVENIA),
        Gold("no medical building had been hit", KALVENIA),
        Gold("it had shared the hospital's coordinates", ("International Medical Relief",)),
        Gold("There is no excuse", ("Jon Arvik", "Arvik")),
    ),
)

KOLEN = ("Marta Kolen", "Kolen")
HERALD = ("Lesko Herald",)

PIPELINE = Article(
    "pipeline",
    "LESKO, Sept 3 - A blast damaged a gas pipeline near the town of Lesko on Tuesday, cutting supplies "
    "to about 40,000 homes, the national gas company Vesta said on its Telegram channel.\n\n"
    "Vesta's chief executive, Marta Kolen, said the company suspected sabotage. \"This was not an "
    'accident," she told the Lesko Herald. "The damage is on three separate sections of the pipe."\n\n'
    "Interior Minister Aleks Varro said police had detained two men near the site. He did not say who "
    "they were.\n\n"
    "The Northern Brigades, a militia active in the hills east of Lesko, said on X that it had not been "
    'involved and accused the government of "inventing enemies."\n\n'
    "The state news agency LTA, citing a police spokesman, reported later that one of the detained men "
    "had been carrying explosives.\n\n"
    "Repairs would take at least a week, according to a Vesta engineer quoted by local radio.",
    (
        Gold("cutting supplies to about 40,000 homes", ("Vesta",), (), "telegram"),
        Gold("the company suspected sabotage", KOLEN),
        Gold("This was not an accident", KOLEN, (HERALD,)),
        Gold("The damage is on three separate sections", KOLEN, (HERALD,)),
        Gold("police had detained two men", ("Aleks Varro", "Varro")),
        Gold("it had not been involved", ("Northern Brigades",), (), "social media"),
        Gold("one of the detained men had been carrying explosives", ("police spokesman",), (("LTA",),)),
        Gold("Repairs would take at least a week", ("engineer", "Vesta engineer"), (("local radio", "radio"),)),
    ),
)

CONFLICT = (FERROW, CONVOY, DREMLI, SELVA, OSK, TRUCE, TORVIK, PIPELINE)

# Written after the fixes of claims33 (comment clauses, titles, 'told X' inside a quote, media),
# gold before the run.

TOLL = ("Irma Toll", "Toll")
VARNIA = ("Defence Ministry", "Defence Ministry of Varnia", "ministry")

KESSEL = Article(
    "kessel",
    "KESSEL, March 9 - A missile struck a warehouse in the port city of Kessel on Saturday night, "
    "wounding five dock workers, the regional administration said on Telegram.\n\n"
    '"The warehouse stored only grain and fertiliser," the administration\'s head, Irma Toll, said in a '
    'video address. "There were no weapons there and there never have been."\n\n'
    "The Defence Ministry of Varnia, whose forces have fought the Kessel government since 2022, said its "
    "missile had hit a depot holding foreign-supplied drones. The ministry did not give evidence for the "
    "claim.\n\n"
    "A port official who was not authorised to speak publicly told the Morning Star of Kessel that the "
    "fire had spread to two neighbouring buildings before it was put out.\n\n"
    "Kessel's mayor, Jonas Brill, wrote on X that the city would ask for more air defence systems.",
    (
        Gold("A missile struck a warehouse", ("regional administration", "administration"), (), "telegram"),
        Gold("The warehouse stored only grain and fertiliser", TOLL, (), "video"),
        Gold("There were no weapons there", TOLL),
        Gold("its missile had hit a depot", VARNIA),
        Gold(
            "the fire had spread to two neighbouring buildings",
            ("port official", "official"),
            (("Morning Star", "Morning Star of Kessel"),),
        ),
        Gold("the city would ask for more air defence systems", ("Jonas Brill", "Brill"), (), "social media"),
    ),
)

OFFICERS = ("army officers", "officers", "two army officers")
VORN = ("Elias Vorn", "Vorn")

TARN = Article(
    "tarn",
    "HALDEN, June 2 - Government forces have pushed rebel fighters off the Tarn ridge after a week of "
    "fighting, the private broadcaster Halden 24 reported on Monday, citing two army officers at the "
    "front.\n\n"
    "The officers said at least thirty rebels had been captured.\n\n"
    'The rebel Movement for a Free Tarn denied losing the ridge. "Our positions are where they were a '
    'week ago," its spokesman, Elias Vorn, told reporters by phone.\n\n'
    '"The army says this every month," he added.\n\n'
    '"Nobody should believe it."\n\n'
    "A diplomat in Halden, speaking on condition of anonymity, said foreign mediators had urged both "
    "sides to open a corridor for civilians.",
    (
        Gold("Government forces have pushed rebel fighters off the Tarn ridge", OFFICERS, (("Halden 24",),)),
        Gold("at least thirty rebels had been captured", OFFICERS),
        Gold("Our positions are where they were", VORN, (), "phone"),
        Gold("The army says this every month", VORN),
        Gold("Nobody should believe it", VORN),
        Gold("foreign mediators had urged both sides", ("diplomat",)),
    ),
)

ROSK_DEFENCE = ("Defence Ministry", "ministry")

MERL = Article(
    "merl",
    "ROSK, Aug 15 - Drones attacked the Merl air base in northern Ostrava overnight, the Defence Ministry "
    "said on Tuesday, adding that all of them had been shot down.\n\n"
    'In a statement on its Telegram channel, the ministry said: "Air defences destroyed seventeen drones '
    'over three regions. There was no damage at the base."\n\n'
    "Satellite images published by a private company, Orbis Maps, showed at least two burnt aircraft on "
    "the runway.\n\n"
    "A former air force commander, General Tomas Rehn, said on a television talk show that the images "
    'were "very hard to argue with."\n\n'
    "The Ostravan army did not respond to a request for comment.",
    (
        Gold("Drones attacked the Merl air base", ROSK_DEFENCE),
        Gold("all of them had been shot down", ROSK_DEFENCE),
        Gold("Air defences destroyed seventeen drones", ROSK_DEFENCE, (), "telegram"),
        Gold("There was no damage at the base", ROSK_DEFENCE),
        Gold("very hard to argue with", ("Tomas Rehn", "Rehn"), (), "television"),
    ),
)

AID = ("aid worker",)

CAMP = Article(
    "camp",
    "MIRA, Nov 28 - Shelling hit a camp for displaced people near the town of Mira on Thursday, killing "
    "seven people, including three children, the state-run Lenn News Agency (LNA) said, quoting a local "
    "health official.\n\n"
    "An aid worker at the camp, who asked that her name not be used, said families had been sleeping in "
    'tents when the shells landed. "There was nowhere to run. People just lay on the ground," she '
    "said.\n\n"
    "The Eastern Command of the rebel Free Army said in a statement that its units had not fired at the "
    "camp and blamed government artillery.\n\n"
    "The government's chief negotiator, Lars Ekdal, was quoted by the Lenn Herald as saying that the "
    'attack "will not stop the peace talks."\n\n'
    "The United Nations refugee agency said it was sending tents and medical supplies.",
    (
        Gold("killing seven people", ("health official", "local health official"), (("Lenn News Agency", "LNA"),)),
        Gold("families had been sleeping in tents", AID),
        Gold("There was nowhere to run", AID),
        Gold("People just lay on the ground", AID),
        Gold("its units had not fired at the camp", ("Eastern Command", "Free Army")),
        Gold("will not stop the peace talks", ("Lars Ekdal", "Ekdal"), (("Lenn Herald",),)),
        Gold("it was sending tents", ("United Nations refugee agency", "refugee agency", "United Nations")),
    ),
)

CONFLICT_AFTER = (KESSEL, TARN, MERL, CAMP)
