"""Whole articles of my own, of kinds other than the wire report (issue 13): a relief agency's report
relayed by a newspaper, a press briefing with questions, a feature quoting one speaker across
paragraphs, two sides' claims and a denial, a roundup of channels, an interview, nested reported
speech and sources described rather than named. Places, people and outlets are invented; the gold was
written before the analyser was run on them, in wire_articles.py's form."""

from __future__ import annotations

from .wire_articles import Article, Gold

UN_REPORT = ("United Nations", "UN Office for Relief Coordination", "report")
CHRONICLE = ("Brisk Chronicle", "Chronicle")

REPORT = Article(
    "report",
    "MERRICK, July 8 - More than 12,000 people have left their homes in the Sarn valley since fighting "
    "resumed in May, a United Nations report said on Monday, as aid agencies warned of food shortages.\n\n"
    "The report, released by the UN Office for Relief Coordination in Merrick, said that three of the "
    "valley's five clinics had closed and that the road to Dunmore was cut for most of June.\n\n"
    "The Brisk Chronicle, which obtained an advance copy, reported that the report blamed both the army "
    "and the Sarn Valley Guard for shelling near the clinics.\n\n"
    '"Families are sleeping in schools and under trees," the report said. "Many have not eaten a full '
    'meal in days."\n\n'
    "The aid group Grain for All said in a separate statement that its warehouse in Dunmore had been "
    "looted twice.\n\n"
    "The army's press office told the Chronicle that it had not seen the report and would respond once it "
    "had. A Sarn Valley Guard commander, Ruben Stall, said by phone that his men had never fired on a "
    "clinic.",
    (
        Gold("More than 12,000 people have left their homes", UN_REPORT),
        Gold("three of the valley's five clinics had closed", UN_REPORT),
        Gold("the report blamed both the army", CHRONICLE),
        Gold("Families are sleeping in schools", UN_REPORT),
        Gold("Many have not eaten a full meal", UN_REPORT),
        Gold("its warehouse in Dunmore had been looted", ("Grain for All",), (), "statement"),
        Gold("it had not seen the report", ("press office", "army"), (CHRONICLE,)),
        Gold("his men had never fired on a clinic", ("Ruben Stall", "Stall"), (), "phone"),
    ),
)

CASMIR = ("Interior Ministry of Casmir", "Interior Ministry")
BRELL = ("Tomas Brell", "Brell")

BRIEFING = Article(
    "briefing",
    "ALDMOOR, Feb 12 - The Interior Ministry of Casmir said on Wednesday that police had arrested 14 "
    "people suspected of planning attacks on polling stations ahead of Sunday's election.\n\n"
    "Speaking at a news conference in Aldmoor, ministry spokesman Tomas Brell said the suspects were members "
    "of a cell linked to the banned Crimson Dawn group.\n\n"
    "Asked whether any of those held were foreign nationals, Brell said two had entered the country on "
    "forged passports.\n\n"
    'Asked about reports that one suspect had been beaten in custody, he said: "Nobody was mistreated. '
    'Every detainee has seen a lawyer."\n\n'
    "When a reporter pressed him on the number of polling stations under threat, Brell declined to give a "
    "figure, saying only that security would be tightened in six provinces.\n\n"
    "Crimson Dawn denied any link to the suspects in a statement posted on its website, calling the "
    'arrests "theatre staged for the voters."\n\n'
    "The lawyer for three of the detainees, Mira Kask, told reporters outside the court that her clients "
    "had been kept without charge for five days.",
    (
        Gold("police had arrested 14 people", CASMIR),
        Gold("the suspects were members of a cell", BRELL),
        Gold("two had entered the country on forged passports", BRELL),
        Gold("Nobody was mistreated", BRELL),
        Gold("Every detainee has seen a lawyer", BRELL),
        Gold("security would be tightened in six provinces", BRELL),
        Gold("theatre staged for the voters", ("Crimson Dawn",), (), "statement"),
        Gold("her clients had been kept without charge", ("Mira Kask", "Kask")),
    ),
)

PELL = ("Agnes Pell", "Pell")

FEATURE = Article(
    "feature",
    "LORN, Sept 3 - When the shelling started, Agnes Pell was baking bread.\n\n"
    '"The first one hit the yard next door. I grabbed the children and ran to the cellar," said Pell, 58, '
    "a schoolteacher who has spent all her life in the village of Varrow.\n\n"
    '"We stayed down there for two days. There was no water, only a jar of pickles and some candles.\n\n'
    '"On the third morning the noise stopped, and we went up. The bakery was gone. The church roof was '
    'gone."\n\n'
    "Varrow, a village of about 400 people near the Lorn river, has changed hands three times since the "
    "spring. Most of its residents have left.\n\n"
    "Those who remain depend on a single aid truck that arrives once a week. The driver, a former bus "
    "conductor, said the road was mined in several places and that he drove only in daylight.\n\n"
    'Pell says she will not leave. "This is my house. My mother is buried behind the church," she said. '
    '"Where would I go?"\n\n'
    "A local official said about 60 people still lived in the village.",
    (
        Gold("The first one hit the yard next door", PELL),
        Gold("I grabbed the children", PELL),
        Gold("We stayed down there for two days", PELL),
        Gold("The bakery was gone", PELL),
        Gold("the road was mined in several places", ("driver", "former bus conductor")),
        Gold("she will not leave", PELL),
        Gold("This is my house", PELL),
        Gold("Where would I go", PELL),
        Gold("about 60 people still lived", ("local official",)),
    ),
)

KELDOR = ("army of Keldor", "army", "general staff")
OSTMARK = ("Foreign Ministry", "Ostmark's Foreign Ministry")
DORSEY = ("Paul Dorsey", "Dorsey")

DENIAL = Article(
    "denial",
    "BRANNOCK, Dec 1 - The army of Keldor said on Sunday it had shot down a drone carrying explosives over "
    "the border town of Fennick, and accused neighbouring Ostmark of launching it.\n\n"
    "In a statement, the army's high command said the drone had been tracked from the moment it crossed "
    "the border and was destroyed over open fields. No one was hurt, it said.\n\n"
    'Ostmark\'s Foreign Ministry dismissed the claims as "a crude provocation" and said none of its '
    'aircraft had been in the area. "Keldor invents incidents whenever it needs a pretext," ministry '
    "spokeswoman Vera Lind told the Ostmark Herald.\n\n"
    "A Keldor lawmaker, Paul Dorsey, said the government had shown parliament photographs of the wreckage. "
    'He said the markings on the drone left "no room for doubt."\n\n'
    "Independent analysts were more cautious. Ivo Marten, a researcher at the Brannock Institute for "
    "Security Studies, said the photographs released so far did not prove where the drone was made.\n\n"
    "Residents of Fennick said they heard a loud bang shortly before 4 a.m.",
    (
        Gold("it had shot down a drone carrying explosives", KELDOR),
        Gold("the drone had been tracked", KELDOR, (), "statement"),
        Gold("No one was hurt", KELDOR),
        Gold("a crude provocation", OSTMARK),
        Gold("none of its aircraft had been in the area", OSTMARK),
        Gold("Keldor invents incidents", ("Vera Lind", "Lind"), (("Ostmark Herald",),)),
        Gold("the government had shown parliament photographs", DORSEY),
        Gold("no room for doubt", DORSEY),
        Gold("the photographs released so far did not prove", ("Ivo Marten", "Marten")),
        Gold("they heard a loud bang", ("Residents",)),
    ),
)

CARROW_NOW = ("Carrow Now",)
ORSK = ("Lev Orsk", "Orsk")

CHANNELS = Article(
    "channels",
    "VOSS, April 22 - Reports of explosions in the port city of Carrow spread quickly on social media "
    "overnight, with several Telegram channels posting videos of fires near the docks.\n\n"
    "The channel Carrow Now, which has about 90,000 subscribers, wrote that at least two warehouses were "
    "burning and that sirens had sounded for more than an hour.\n\n"
    "Another channel, Eastern Front Notes, forwarded a post from a local resident saying the blasts had "
    "shattered windows on Harbour Street.\n\n"
    "The military blogger known as Grey Falcon wrote on his channel that the target was an ammunition "
    "depot, citing unnamed sources in the port. The claim could not be verified.\n\n"
    "The regional governor, Lev Orsk, wrote on X that the fires had been caused by debris from drones "
    'shot down by air defences. "There are no casualties," he wrote.\n\n'
    "Later, the governor's press office said on Telegram that schools in two districts would stay closed "
    "on Tuesday.",
    (
        Gold("at least two warehouses were burning", CARROW_NOW),
        Gold("sirens had sounded for more than an hour", CARROW_NOW),
        Gold("the blasts had shattered windows", ("local resident",), (("Eastern Front Notes",),)),
        Gold("the target was an ammunition depot", ("unnamed sources", "sources"), (("Grey Falcon",),)),
        Gold("the fires had been caused by debris", ORSK, (), "social media"),
        Gold("There are no casualties", ORSK),
        Gold("schools in two districts would stay closed", ("press office", "governor's press office"), (), "telegram"),
    ),
)

STENN = ("Arvid Stenn", "Stenn", "commander of the Northern Army Group")
KAGA_TIMES = ("Kaga Times",)

INTERVIEW = Article(
    "interview",
    "KAGA, Oct 15 - The commander of the Northern Army Group said government forces would not attempt to "
    "retake the city of Tolmar before the winter, in an interview with the Kaga Times published on "
    "Thursday.\n\n"
    "General Arvid Stenn told the newspaper that his troops were short of artillery shells and that "
    'recruits needed at least three months of training. "We will not throw men at the walls of Tolmar," '
    "he said.\n\n"
    "Stenn also said that the rebels holding the city had received anti-tank missiles from abroad, though "
    "he did not say from where.\n\n"
    "The Defence Ministry declined to comment on the interview. A spokesman, Major Karl Ennis, said only "
    'that the general "spoke for himself."\n\n'
    "In a separate interview with the radio station Kaga FM, opposition lawmaker Lydia Ferro said the "
    "government had hidden the scale of its losses from parliament.\n\n"
    "The rebel council in Tolmar said on its website that its fighters were ready for a long siege.",
    (
        Gold("government forces would not attempt to retake", STENN, (KAGA_TIMES,), "interview"),
        Gold("his troops were short of artillery shells", STENN, (KAGA_TIMES,)),
        Gold("We will not throw men", STENN),
        Gold("the rebels holding the city had received", STENN),
        Gold("spoke for himself", ("Karl Ennis", "Ennis")),
        Gold("the government had hidden the scale", ("Lydia Ferro", "Ferro"), (("Kaga FM",),), "interview"),
        Gold("its fighters were ready for a long siege", ("rebel council",)),
    ),
)

RASKE = ("Dieter Raske", "Raske", "mayor")

NESTED = Article(
    "nested",
    "HOLLIN, March 30 - The mayor of the border town of Essling said late on Friday that police had told him "
    "that three of the suspects arrested after last week's bombing were foreign nationals.\n\n"
    "Mayor Dieter Raske said the police chief had informed him on Thursday evening that the men had crossed "
    "the river by boat two days before the attack.\n\n"
    "According to Raske, investigators believe the bomb was assembled in a garage on the edge of town.\n\n"
    "The regional prosecutor's office said in a statement that it could not confirm the details given by "
    "the mayor, and that the investigation was continuing.\n\n"
    "A lawyer for one of the suspects, Nina Hollis, said her client had told her that he was beaten during "
    "questioning. Police denied that any detainee had been mistreated.\n\n"
    "Essling's hospital director, Otto Brand, told local radio that two of the wounded remained in "
    "intensive care.",
    (
        Gold("were foreign nationals", ("police",), (RASKE,)),
        Gold("the men had crossed the river by boat", ("police chief",), (RASKE,)),
        Gold("the bomb was assembled in a garage", ("investigators",), (RASKE,)),
        Gold("it could not confirm the details", ("prosecutor's office",), (), "statement"),
        Gold("he was beaten during questioning", ("client", "her client"), (("Nina Hollis", "Hollis"),)),
        Gold("any detainee had been mistreated", ("Police",)),
        # an outlet named by its medium: a relay (PolNeAR annotates 'state media' and the like as
        # sources of what they report) and the medium
        Gold("two of the wounded remained in intensive care", ("Otto Brand", "Brand"), (("local radio",),), "radio"),
    ),
)

DESCRIBED = Article(
    "described",
    "MARSH END, Aug 19 - At least seven people died when an artillery shell struck a bus station in "
    "the town of Dalby on Wednesday morning, residents and a doctor at the town's hospital said.\n\n"
    'Witnesses said the shell landed between two buses as passengers were boarding. "There was smoke '
    'everywhere and people screaming," one man who had been waiting for a bus told the Marsh End Post.\n\n'
    "A doctor at the Dalby General Hospital, who asked that his name be withheld for fear of reprisals, said 23 "
    "wounded had been brought in, including four children.\n\n"
    "A shopkeeper near the station said the area had been shelled twice in the past month.\n\n"
    "Local officials said the bus station had been closed for repairs until last week.\n\n"
    "Neither side claimed the attack. Aid workers in the town said fuel for the hospital's generators "
    "would run out within three days.",
    (
        Gold("At least seven people died", ("residents", "doctor")),
        Gold("the shell landed between two buses", ("Witnesses",)),
        Gold("There was smoke everywhere", ("one man", "man"), (("Marsh End Post",),)),
        Gold("23 wounded had been brought in", ("doctor",)),
        Gold("the area had been shelled twice", ("shopkeeper",)),
        Gold("the bus station had been closed for repairs", ("Local officials",)),
        Gold("fuel for the hospital's generators would run out", ("Aid workers",)),
    ),
)

KINDS = (REPORT, BRIEFING, FEATURE, DENIAL, CHANNELS, INTERVIEW, NESTED, DESCRIBED)

# Written after the fixes the eight led to (nested reports to the speaker, names given by
# apposition or 'known as', a newspaper's short name and 'the paper', an interview phrase at the
# end of the reported clause, a relative clause inside the subject), gold before the run.

OTTAR = ("Franz Ottar", "Ottar", "commander of the local garrison")
SENTINEL = ("Ubrecht Sentinel", "Sentinel")
BOEM = ("Carla Boem", "Boem")
REVIEW = ("Vessel Review",)

HELICOPTER = Article(
    "helicopter",
    "PELLA, June 5 - Rebels shot down a military helicopter near the mining town of Ubrecht on Friday, "
    "the commander of the local garrison said, adding that the crew of four had survived.\n\n"
    "Colonel Franz Ottar said the pilot had told him by radio that the aircraft was hit by a missile "
    "shortly after take-off.\n\n"
    "The Ubrecht Sentinel, a weekly newspaper, reported that the crew had been taken to a field hospital. "
    "A nurse who treated them told the Sentinel that two had burns.\n\n"
    "The rebel movement known as the Ninth of May Brigade said on Telegram that it had downed the "
    'helicopter "as a warning to the occupiers."\n\n'
    "Deputy Interior Minister Carla Boem said the army would send more troops to the area, in an "
    "interview with the Vessel Review published on Saturday. She told the paper that the rebels had "
    "received the missiles from smugglers.\n\n"
    "A farmer whose field lies next to the crash site said the helicopter had been burning before it hit "
    "the ground.",
    (
        Gold("Rebels shot down a military helicopter", OTTAR),
        Gold("the crew of four had survived", OTTAR),
        Gold("the aircraft was hit by a missile", ("pilot",), (OTTAR,)),
        Gold("the crew had been taken to a field hospital", SENTINEL),
        Gold("two had burns", ("nurse",), (SENTINEL,)),
        Gold("as a warning to the occupiers", ("Ninth of May Brigade",), (), "telegram"),
        Gold("the army would send more troops", BOEM, (REVIEW,), "interview"),
        Gold("the rebels had received the missiles", BOEM, (REVIEW,)),
        Gold("the helicopter had been burning", ("farmer",)),
    ),
)

VASKO = ("Elin Vasko", "Vasko")
STAR = ("Mora Daily Star", "Daily Star")
SENN = ("Ivo Senn", "Senn", "governor")

ABDUCTION = Article(
    "abduction",
    "SOLT, Nov 9 - Two aid workers were abducted at a roadblock near the city of Mora on Sunday, "
    "their organisation, Clearwater Relief, said in a statement.\n\n"
    "The group's country director, Elin Vasko, said local elders had assured her that the two were "
    "unharmed and would be released within days.\n\n"
    "The Mora Daily Star, quoting a police officer, reported that the kidnappers had demanded a ransom. "
    "Another outlet, the radio station Mora Voice, said the abduction had been carried out by a criminal "
    "gang rather than insurgents.\n\n"
    "A driver who had been travelling behind the aid workers' car said the gunmen wore masks and spoke a "
    "northern dialect.\n\n"
    "The governor of Mora province, Ivo Senn, told the Daily Star that security forces had surrounded the "
    "area. He said the police chief had informed him that roads out of the district were closed.",
    (
        Gold("Two aid workers were abducted", ("Clearwater Relief",), (), "statement"),
        Gold("the two were unharmed", ("local elders", "elders"), (VASKO,)),
        Gold("the kidnappers had demanded a ransom", ("police officer",), (STAR,)),
        Gold("the abduction had been carried out by a criminal gang", ("Mora Voice",)),
        Gold("the gunmen wore masks", ("driver",)),
        Gold("security forces had surrounded the area", SENN, (STAR,)),
        Gold("roads out of the district were closed", ("police chief",), (SENN,)),
    ),
)

# Written after the two steps the articles above led to (a name through an apposed description; an
# earlier relay as the antecedent of 'the newspaper'), gold before the run.

EMERGENCIES = ("regional emergencies office", "emergencies office")
COURANT = ("Lenn Courant",)

LEVEE = Article(
    "levee",
    "RIVEN, Jan 30 - Floodwater breached a levee south of the town of Gorsk on Thursday, the regional "
    "emergencies office said.\n\n"
    "A second outlet, the news portal Gorsk Today, said about 200 homes had been evacuated overnight.\n\n"
    "The Lenn Courant, citing the emergencies office, reported that the river had risen by two metres in a "
    "day. An engineer told the newspaper that the levee had not been repaired since 2015.\n\n"
    "Deputy mayor Oskar Feld said the army had told him that boats would reach the cut-off villages by "
    "noon.",
    (
        Gold("Floodwater breached a levee", EMERGENCIES),
        Gold("about 200 homes had been evacuated", ("Gorsk Today",)),
        Gold("the river had risen by two metres", EMERGENCIES, (COURANT,)),
        Gold("the levee had not been repaired", ("engineer",), (COURANT,)),
        Gold("boats would reach the cut-off villages", ("army",), (("Oskar Feld", "Feld", "Deputy mayor"),)),
    ),
)

KINDS_AFTER = (HELICOPTER, ABDUCTION, LEVEE)
