"""Whole wire articles of my own (invented places, people and outlets) with their gold claims, written
before the analyser was run on them (issue 13). Each claim: the anchor (text that must lie inside the
predicted content), the source's accepted names, the relays nearest the source first (each with its
accepted names) and the channel (None: not checked). Names are matched as the reference scorer does
(one holds the other as whole words)."""

from __future__ import annotations

from typing import NamedTuple


class Gold(NamedTuple):
    anchor: str
    source: tuple[str, ...]
    relays: tuple[tuple[str, ...], ...] = ()
    channel: str | None = None


class Article(NamedTuple):
    id: str
    text: str
    claims: tuple[Gold, ...]


KAGA = ("Kaga News Agency", "Kaga")
DEFENCE = ("Defence Ministry", "regional Defence Ministry")
OFFICIALS = ("officials", "two officials")

DEPOT = Article(
    "depot",
    "PORT VELDEN, March 4 - Drones struck a fuel depot on the outskirts of Port Velden overnight, the Kaga "
    "News Agency reported on Tuesday, citing the regional Defence Ministry.\n\n"
    "The ministry said in a statement that air defences had shot down eleven of the fourteen drones and "
    "that the fire at the depot was contained by dawn.\n\n"
    "Two officials who spoke on condition of anonymity said at least three workers were injured. "
    '"The attack came from the south, over the water," one of the officials said. "We had less than a '
    'minute of warning."\n\n'
    "The Marrow Coast Liberation Front, which has fought government forces in the region since 2019, "
    "denied taking part in the raid. Its spokesman, Teodor Halas, wrote on X that the group "
    '"does not target civilian infrastructure."\n\n'
    "A security source quoted by the Ostra Daily newspaper said investigators had recovered parts of the "
    "drones bearing foreign markings.\n\n"
    "According to the state-run Velden Television, the depot supplied fuel to the city's power station, "
    "which switched to reserve generators on Tuesday morning. Residents said the lights flickered but did "
    "not go out.",
    (
        Gold("Drones struck a fuel depot", DEFENCE, (KAGA,)),
        Gold("air defences had shot down", DEFENCE, (), "statement"),
        Gold("at least three workers were injured", OFFICIALS),
        Gold("The attack came from the south", OFFICIALS),
        Gold("We had less than a minute of warning", OFFICIALS),
        Gold("does not target civilian infrastructure", ("Teodor Halas", "Halas"), (), "social media"),
        Gold("investigators had recovered parts", ("security source",), (("Ostra Daily",),)),
        Gold("the depot supplied fuel", ("Velden Television",)),
        Gold("the lights flickered", ("Residents",)),
    ),
)

VARNA = ("Oleg Varna", "Varna")
RAAB = ("Ilse Raab", "Raab")
TAVRIA = ("Tavria state news agency", "Tavria")

SHELLING = Article(
    "shelling",
    "KASTRO, June 11 - Shelling killed two civilians and wounded five in the frontier town of Mirny Dol on "
    "Monday evening, regional governor Oleg Varna said on Telegram.\n\n"
    '"Two residential buildings and a school were hit. Emergency crews are working at the scene," Varna '
    "wrote, adding that gas supplies to three streets had been cut.\n\n"
    "The Tavria state news agency, quoting the governor's press office, later reported that one of the "
    "wounded, a girl aged twelve, had been flown to a hospital in Kastro.\n\n"
    "The Dorn Herald, citing Tavria, said the shelling lasted about forty minutes.\n\n"
    "The governor blamed forces across the border for the attack. The army command on the other side did "
    "not comment on Monday, but on Tuesday its spokeswoman, Major Ilse Raab, told the Lindqvist Post that "
    "its artillery had fired only at military targets.\n\n"
    '"We do not shell towns," Raab said. "Any claim to the contrary is propaganda."\n\n'
    "Local residents said the evacuation buses left at dawn.",
    (
        Gold("Shelling killed two civilians", VARNA, (), "telegram"),
        Gold("Two residential buildings and a school were hit", VARNA),
        Gold("gas supplies to three streets had been cut", VARNA),
        Gold("had been flown to a hospital", ("governor's press office", "press office"), (TAVRIA,)),
        Gold("the shelling lasted about forty minutes", TAVRIA, (("Dorn Herald",),)),
        Gold("its artillery had fired only at military targets", RAAB, (("Lindqvist Post",),)),
        Gold("We do not shell towns", RAAB),
        Gold("Any claim to the contrary is propaganda", RAAB),
        Gold("the evacuation buses left at dawn", ("Local residents",)),
    ),
)

ORESIA = ("Defence Ministry of Oresia", "Defence Ministry")
AMSEL = ("Piet Amsel", "Amsel")

LANDING = Article(
    "landing",
    "SALVO BAY, Oct 2 - The Defence Ministry of Oresia said on Wednesday its forces had repelled an attack "
    "on the island of Kell and destroyed four landing boats.\n\n"
    "The ministry's spokesman, Colonel Piet Amsel, said at a briefing in the capital that twenty attackers "
    "were killed. He gave no evidence for the figure.\n\n"
    '"The enemy tried to land under cover of fog," Amsel said. "They were seen in time."\n\n'
    "The Kell island administration said in a statement on Telegram that power had been restored to most "
    "homes.\n\n"
    "A senior naval officer, who asked not to be named as he had no leave to brief the press, "
    "said the boats had been launched from a tanker anchored offshore.\n\n"
    "Oresia's foreign minister, Hanna Lode, wrote on X that the raid \"shows the need for more air defence "
    'systems."\n\n'
    "The Northern Shore Brigade, the armed group that Oresia blames for earlier raids, said on its "
    "Telegram channel that its fighters had reached the island and withdrawn without losses. The "
    "ministry rejected that account, saying none of the attackers had left the beach.",
    (
        Gold("its forces had repelled an attack", ORESIA),
        Gold("twenty attackers were killed", AMSEL),
        Gold("The enemy tried to land under cover of fog", AMSEL),
        Gold("They were seen in time", AMSEL),
        Gold("power had been restored to most homes", ("Kell island administration",), (), "telegram"),
        Gold("the boats had been launched from a tanker", ("naval officer",)),
        Gold("shows the need for more air defence", ("Hanna Lode", "Lode"), (), "social media"),
        Gold("its fighters had reached the island", ("Northern Shore Brigade",), (), "telegram"),
        Gold("none of the attackers had left the beach", ORESIA),
    ),
)

ANVER_AGENCY = ("Anver Press Agency",)

BOMB = Article(
    "bomb",
    "ANVER, May 19 - A car bomb wrecked a market in the northern city of Tessa on Sunday morning, "
    "killing at least nine people, according to the state-run Anver Press Agency.\n\n"
    "The agency, citing a police official in Tessa, said the bomb was hidden in a parked van and went off "
    "shortly after noon.\n\n"
    'Interior Minister Rasmus Koll told parliament that the attack bore "all the hallmarks" of the Red '
    "Valley Movement. The group denied involvement in a message on its website, calling the "
    'accusation "a lie to cover up the government\'s failures."\n\n'
    "Two hospital doctors told the Brenner Gazette that more of the 30 wounded could die, as several "
    "were gravely hurt.\n\n"
    "According to the Lomax news agency, which cited witnesses, a second device was found and defused near "
    "a bus station an hour later. Police did not confirm the account.\n\n"
    "The United Nations envoy for Anver, Sofia Brandt, said in a statement that the killing of civilians "
    'had left her "appalled and heartbroken."',
    (
        Gold("killing at least nine people", ANVER_AGENCY),
        Gold("the bomb was hidden in a parked van", ("police official",), (ANVER_AGENCY,)),
        Gold("the attack bore", ("Rasmus Koll", "Koll")),
        Gold("a lie to cover up", ("Red Valley Movement",)),
        Gold("more of the 30 wounded could die", ("hospital doctors",), (("Brenner Gazette",),)),
        Gold("a second device was found", ("witnesses",), (("Lomax news agency", "Lomax"),)),
        Gold("the killing of civilians had left her", ("Sofia Brandt", "Brandt"), (), "statement"),
    ),
)

MILITARY = ("military officials", "officials")

HILLTOWN = Article(
    "hilltown",
    "GRANDHOLM, Aug 7 - Government troops have retaken the hill town of Ostrava Gora after three days of "
    "fighting, two military officials said late on Thursday, speaking on condition of anonymity because they "
    "were not authorised to brief journalists.\n\n"
    "One of the officials said more than forty rebel fighters had surrendered. The other said the army had "
    "lost six soldiers, a figure that could not be independently verified.\n\n"
    "The rebels' political wing, the Highland Front Council, said in a post on Facebook that its "
    'fighters had made "a tactical withdrawal" to spare the town\'s residents.\n\n'
    "Marek Dubin, a correspondent for state television in the town, reported that shops had begun to "
    "reopen.\n\n"
    "A spokeswoman for the International Committee of Relief, Clara Moss, told the Grandholm Tribune by "
    'telephone that aid trucks were waiting at a checkpoint south of the town. "We need guarantees before '
    'we can move," she said.',
    (
        Gold("Government troops have retaken the hill town", MILITARY),
        Gold("more than forty rebel fighters had surrendered", MILITARY),
        Gold("the army had lost six soldiers", MILITARY),
        Gold("a tactical withdrawal", ("Highland Front Council",), (), "social media"),
        Gold("shops had begun to reopen", ("Marek Dubin", "Dubin")),
        Gold("aid trucks were waiting", ("Clara Moss", "Moss"), (("Grandholm Tribune",),), "phone"),
        Gold("We need guarantees before we can move", ("Clara Moss", "Moss")),
    ),
)

ESTMARK_FM = ("Foreign Ministry of Estmark", "Foreign Ministry")
ESTMARK_AGENCY = ("Estmark News Agency",)
FELD = ("Jonas Feld", "Feld")

TERMINAL = Article(
    "terminal",
    "LIMBERG, Feb 23 - The Foreign Ministry of Estmark summoned the Vardan ambassador on Friday after a "
    "missile hit a grain terminal in the port of Osk, the Estmark News Agency reported.\n\n"
    'The ministry said in a statement carried by the agency that the strike was "a deliberate attack on '
    'food supplies" and demanded compensation.\n\n'
    'The Vardan Defence Ministry said on Telegram that its forces had struck "a depot storing foreign '
    'weapons" in Osk and that no civilian facilities were hit.\n\n'
    'Osk\'s mayor, Jonas Feld, disputed that. "There were no weapons there, only wheat and corn," Feld told '
    'reporters at the terminal. "Three of our dock workers are in hospital."\n\n'
    "A Western diplomat in Limberg, speaking on condition of anonymity, said that the missile appeared to be of "
    "a type Vardan had first used last year.\n\n"
    "The Harbour Workers' Union said two of the three injured men had been discharged by Saturday, "
    "according to a post on its Telegram channel.",
    (
        Gold("summoned the Vardan ambassador", ESTMARK_AGENCY),
        Gold("a deliberate attack on food supplies", ESTMARK_FM, (ESTMARK_AGENCY,), "statement"),
        Gold("its forces had struck", ("Vardan Defence Ministry",), (), "telegram"),
        Gold("There were no weapons there", FELD),
        Gold("Three of our dock workers are in hospital", FELD),
        Gold("the missile appeared to be of a type", ("Western diplomat",)),
        Gold("two of the three injured men had been discharged", ("Harbour Workers' Union",), (), "telegram"),
    ),
)

SEDOV = ("Anatol Sedov", "Sedov")
RIVA = ("Riva news agency", "Riva agency", "Riva")

REFINERY = Article(
    "refinery",
    "NORTH CALLA, Nov 14 - A drone attack set fire to an oil refinery in the city of Brask early on "
    "Saturday, the regional governor, Anatol Sedov, said on his Telegram channel. Nobody was hurt, he "
    "said.\n\n"
    "The refinery's owner, Calla Petroleum, said in a statement that the fire had been put out by 7 a.m. "
    "and that production would resume within days.\n\n"
    "The Riva news agency, citing emergency services, reported that 40 firefighters and ten fire engines "
    "had been sent to the site.\n\n"
    "The Orlan Times, citing the Riva agency, reported that the drone had been launched from about 300 km "
    "away.\n\n"
    "An adviser to the army chief on the other side, Fedir Lanko, said in a television interview that "
    'refineries were "legitimate targets" because they fuel the war. He did not confirm that his forces '
    "carried out the attack.\n\n"
    "Energy analysts said the outage could push up fuel prices across the region within weeks.",
    (
        Gold("A drone attack set fire to an oil refinery", SEDOV, (), "telegram"),
        Gold("Nobody was hurt", SEDOV),
        Gold("the fire had been put out", ("Calla Petroleum",), (), "statement"),
        Gold("40 firefighters and ten fire engines", ("emergency services",), (RIVA,)),
        Gold("the drone had been launched", RIVA, (("Orlan Times",),)),
        Gold("legitimate targets", ("Fedir Lanko", "Lanko"), (), "interview"),
        Gold("the outage could push up fuel prices", ("Energy analysts",)),
    ),
)

ARTICLES = (DEPOT, SHELLING, LANDING, BOMB, HILLTOWN, TERMINAL, REFINERY)

# Written after the fixes the first seven led to, to check that they hold on text they were not
# made from (gold written before the run, as above).

COMMAND = ("Coast Guard Command of Lessia", "Coast Guard Command")

FERRY = Article(
    "ferry",
    "HALMSTAD BAY, April 9 - A ferry carrying 140 passengers ran aground off the island of Tirre on "
    "Thursday after its engine failed, the Coast Guard Command of Lessia said.\n\n"
    "The Nordvik Courier, quoting a harbour official, reported that all passengers had been taken off the "
    "ship by lifeboats.\n\n"
    "According to the Pellin Times, which cited the ferry company, the captain had reported smoke in the "
    "engine room twenty minutes before the ship struck the rocks.\n\n"
    "The ferry's operator, Tirre Lines, said in a statement that it was cooperating with investigators. "
    "A spokesman for the regional transport office, Henrik Salo, told the Baltra Herald that the ship had "
    "passed an inspection in March.\n\n"
    "The command later said the wreck posed no threat to shipping, according to a message on its "
    "Telegram channel.",
    (
        Gold("A ferry carrying 140 passengers ran aground", COMMAND),
        Gold("all passengers had been taken off", ("harbour official",), (("Nordvik Courier",),)),
        Gold("smoke in the engine room", ("ferry company",), (("Pellin Times",),)),
        Gold("it was cooperating with investigators", ("Tirre Lines",), (), "statement"),
        Gold("the ship had passed an inspection", ("Henrik Salo", "Salo"), (("Baltra Herald",),)),
        Gold("the wreck posed no threat to shipping", COMMAND, (), "telegram"),
    ),
)

ENERGY = ("Energy Ministry of Valdor", "Energy Ministry")
VALDOR_AGENCY = ("Valdor Press Agency",)
MOTT = ("Irena Mott", "Mott")

PIPELINE = Article(
    "pipeline",
    "ODEN, Sept 30 - An explosion damaged a gas pipeline near the village of Kriva overnight, the Energy "
    "Ministry of Valdor said on Monday, blaming saboteurs.\n\n"
    "The state-run Valdor Press Agency, citing the ministry, said repairs would take at least a week. The "
    "Drava Tribune, citing the agency, reported that gas supplies to two northern provinces had been "
    "cut.\n\n"
    "The pipeline's owner, Kriva Gas Transit, said it had switched exports to a second line.\n\n"
    "A police spokeswoman in the district, Irena Mott, said investigators had found traces of explosives. "
    '"Whoever did this knew what they were doing," Mott said.\n\n'
    "The exiled opposition group Free Valdor, which the government has blamed for earlier attacks, denied "
    "involvement. The group's leader, Anton Keller, wrote on X that the authorities were \"looking for "
    'scapegoats."\n\n'
    "Residents of Kriva said they heard two blasts shortly after midnight.",
    (
        Gold("An explosion damaged a gas pipeline", ENERGY),
        Gold("repairs would take at least a week", ENERGY, (VALDOR_AGENCY,)),
        Gold("gas supplies to two northern provinces", VALDOR_AGENCY, (("Drava Tribune",),)),
        Gold("it had switched exports to a second line", ("Kriva Gas Transit",)),
        Gold("investigators had found traces of explosives", MOTT),
        Gold("Whoever did this knew", MOTT),
        Gold("looking for scapegoats", ("Anton Keller", "Keller"), (), "social media"),
        Gold("they heard two blasts", ("Residents",)),
    ),
)

VENN = ("Dara Venn", "Venn")
ARMY = ("army",)

# Written after the dateline and comment-clause fixes, to check them on text they were not made from.
CONVOY = Article(
    "convoy",
    "TESSALIN, Jan 17 (Orvo News) - Gunmen ambushed an aid convoy on the road to Mirrow and set two "
    "trucks on fire, the regional police said on Saturday.\n\n"
    "Three drivers were wounded and one was missing, a police spokesman, Lieutenant Dara Venn, told "
    'reporters. "The convoy was clearly marked," Venn said. "Nothing can excuse this."\n\n'
    "The Tessalin Observer, citing two aid workers who were in the convoy, reported that the attackers "
    "wore army uniforms.\n\n"
    "The army denied that its soldiers were involved, according to a Telegram statement, "
    "and said it had sent troops to search the area.\n\n"
    "The relief group that owned the trucks, Hope Without Borders, suspended its deliveries in the region, "
    "its country director, Lina Osk, wrote on X.",
    (
        Gold("Gunmen ambushed an aid convoy", ("regional police", "police")),
        Gold("Three drivers were wounded", VENN),
        Gold("The convoy was clearly marked", VENN),
        Gold("Nothing can excuse this", VENN),
        Gold("the attackers wore army uniforms", ("aid workers",), (("Tessalin Observer",),)),
        Gold("its soldiers were involved", ARMY, (), "telegram"),
        Gold("it had sent troops to search the area", ARMY),
        Gold("suspended its deliveries in the region", ("Lina Osk", "Osk"), (), "social media"),
    ),
)

AFTER = (FERRY, PIPELINE, CONVOY)
