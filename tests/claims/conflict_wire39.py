"""Eight whole articles of my own (claims39, issue 13), each of a different shape, written with their
gold before the analyser was run on them: a channel post passed on by a paper, a press release, a
live blog under timestamps, a long feature whose speakers come back, an interview in questions and
answers, a translated broadcast speech, two sides' rival accounts of one battle, and a local crime
report. They put together what a source introduced once and taken up later ('the governor', 'the
spokesman', 'he', 'the statement', 'one of the employees') and chains running through an earlier
sentence ('The paper also quoted ...', 'It added that ...') ask of the analyser. Every claim is
listed; ``MAY39`` names clauses where a claim is neither wanted nor wrong, so that the others
count as spurious. Places, people and outlets are invented; the form is wire_articles.py's."""

from __future__ import annotations

from .wire_articles import Article, Gold

SALO = ("Dmitri Salo", "Salo")
BRENNER = ("Brenner Post",)

POST = Article(
    "orvanpost",
    "KESSEL, May 3 - The governor of the Orvan region, Dmitri Salo, said on Telegram on Friday that a "
    "drone had hit an apartment block in the city of Kessel, wounding four people, the Brenner Post "
    "reported.\n\n"
    '"Emergency crews are working at the site. Residents of the nearby buildings will be moved to a '
    'school for the night," Salo wrote in the post.\n\n'
    "The Brenner Post also quoted the regional health department as saying that two of the wounded "
    "were in serious condition.\n\n"
    "The governor later added that the fire on the upper floors had been put out.\n\n"
    "Orvan's Defence Ministry said its air defences had intercepted seventeen drones over the region "
    "overnight. The ministry did not say how many had got through.",
    (
        Gold("drone had hit an apartment block", SALO, (BRENNER,), "telegram"),
        Gold("Emergency crews are working at the site", SALO),
        Gold("Residents of the nearby buildings will be moved", SALO),
        Gold("two of the wounded were in serious condition", ("health department",), (BRENNER,)),
        Gold("the fire on the upper floors had been put out", SALO),
        Gold("its air defences had intercepted seventeen drones", ("Defence Ministry",)),
    ),
)

LIND = ("Marta Lind", "Lind")
HARBOUR = ("Harbour Authority", "Harbour Authority of Port Velden")

RELEASE = Article(
    "pier4",
    "FOR IMMEDIATE RELEASE\n\n"
    "Harbour Authority of Port Velden: operations resume at Pier 4\n\n"
    "PORT VELDEN, June 12 - The Harbour Authority of Port Velden said on Thursday that loading at Pier 4 "
    "would resume on Monday after repairs to the crane rails were finished.\n\n"
    '"Our engineers have worked around the clock, and we thank our customers for their patience," said '
    'Marta Lind, the authority\'s chief executive. "Safety remains our first concern."\n\n'
    "The authority said that an inspection by the maritime safety board had found no damage to the quay "
    "wall. According to the statement, ships waiting at anchor will be berthed in the order of their "
    "arrival.\n\n"
    "Lind added that the authority would publish a revised schedule on its website.\n\n"
    "The dockworkers' union said in a separate statement that its members had not been consulted about "
    "the new shift pattern.",
    (
        Gold("loading at Pier 4 would resume on Monday", HARBOUR),
        Gold("Our engineers have worked around the clock", LIND),
        Gold("Safety remains our first concern", LIND),
        Gold("had found no damage to the quay wall", HARBOUR),
        Gold("ships waiting at anchor will be berthed", HARBOUR, (), "statement"),
        Gold("the authority would publish a revised schedule", LIND),
        Gold("its members had not been consulted", ("dockworkers' union", "union"), (), "statement"),
    ),
)

VOSS = ("Petra Voss", "Voss")
KELLER = ("Jan Keller", "Keller")

LIVE = Article(
    "savalive",
    "Live: flooding along the Sava valley\n\n"
    "09:12 - The regional emergency service said the river at Halm had risen another forty centimetres "
    "overnight and was expected to peak on Wednesday.\n\n"
    "09:40 - The mayor of Halm, Petra Voss, told local radio that about three hundred people had spent "
    'the night in the sports hall. "We have enough blankets, but we need dry food," she said.\n\n'
    "10:05 - Rail operator Nordbahn said trains between Halm and Kessel would not run until further "
    "notice.\n\n"
    "10:31 - Voss says the water has reached the old bridge. Police have closed it to traffic, she "
    "says.\n\n"
    "11:02 - A spokesman for the emergency service, Jan Keller, said two people were missing after their "
    "car was swept off a road near Ostrand. The spokesman said divers had joined the search.",
    (
        Gold("the river at Halm had risen another forty", ("emergency service",)),
        Gold("about three hundred people had spent the night", VOSS, (), "radio"),
        Gold("We have enough blankets", VOSS),
        Gold("trains between Halm and Kessel would not run", ("Nordbahn",)),
        Gold("the water has reached the old bridge", VOSS),
        Gold("Police have closed it to traffic", VOSS),
        Gold("two people were missing", KELLER),
        Gold("divers had joined the search", KELLER),
    ),
)

BERISHA = ("Anton Berisha", "Berisha")
KOVAL = ("Lena Koval", "Koval")
MATIC = ("Ivo Matic", "Matic")
TRANSPORT = ("transport office", "regional transport office")

FEATURE = Article(
    "orchards",
    "In the hills above Moravetz, the orchard towns wait for a road\n\n"
    "MORAVETZ - For eleven years the farmers of the upper valley have been promised a paved road. Every "
    "spring, they say, the mud closes the only track for weeks.\n\n"
    '"We lose a third of the apples before they reach a buyer," said Anton Berisha, who grows apples and '
    "plums on six hectares near the village of Dolen. His father planted the first trees in 1971.\n\n"
    "The district council says the money is there. Its chairwoman, Lena Koval, told a meeting in "
    'Moravetz last month that construction would begin before the end of the year. "The contracts are '
    'signed," she said.\n\n'
    "Berisha is not convinced. He said he had heard the same promise from three councils.\n\n"
    "Further up the valley, in Gorna, schoolteacher Ivo Matic said the track was also a danger for the "
    "children who walk to school. Two pupils were hurt last winter when a tractor slid off the road, he "
    "said.\n\n"
    "The regional transport office, which would build the road, said in an email that the design had "
    "been approved but that it was still waiting for an environmental permit.\n\n"
    'Koval said the permit was a formality. The teacher was less sure. "A formality that has taken four '
    'years," Matic said.\n\n'
    "Asked what he would do if the road was not built, Berisha shrugged. His son, he said, had already "
    "moved to the city.",
    (
        Gold("the mud closes the only track", ("farmers", "the farmers of the upper valley")),
        Gold("We lose a third of the apples", BERISHA),
        Gold("the money is there", ("district council",)),
        Gold("construction would begin before the end", KOVAL),
        Gold("The contracts are signed", KOVAL),
        Gold("he had heard the same promise", BERISHA),
        Gold("the track was also a danger", MATIC),
        Gold("Two pupils were hurt last winter", MATIC),
        Gold("the design had been approved", TRANSPORT, (), "message"),
        Gold("still waiting for an environmental permit", TRANSPORT),
        Gold("the permit was a formality", KOVAL),
        Gold("A formality that has taken four years", MATIC),
        Gold("had already moved to the city", BERISHA),
    ),
)

DEMIR = ("Kaya Demir", "Demir")

INTERVIEW = Article(
    "lantz",
    "'We will not leave the port': an interview with Kaya Demir\n\n"
    "The Ostra Daily spoke to Kaya Demir, the head of the fishermen's cooperative in Lantz, about the "
    "blockade of the harbour. The interview has been edited for length.\n\n"
    "Q: How many boats are still going out?\n\n"
    "A: Maybe one in five. The patrol boats stop everyone at the mouth of the bay and check papers for "
    "hours.\n\n"
    "Q: The navy says the checks are needed to stop weapons smuggling.\n\n"
    "A: Nobody in Lantz is smuggling weapons. They know that.\n\n"
    "Q: What do you want from the government?\n\n"
    "A: Compensation for the lost season, and a written promise that the checks will end in March.\n\n"
    "Demir said the cooperative would hold a vote on a strike next week.",
    (
        Gold("The patrol boats stop everyone", DEMIR),
        Gold("the checks are needed to stop weapons smuggling", ("navy",)),
        Gold("Nobody in Lantz is smuggling weapons", DEMIR),
        Gold("the cooperative would hold a vote", DEMIR),
    ),
)

RAHIMI = ("Osman Rahimi", "Rahimi")

SPEECH = Article(
    "rahimi",
    "TESSAR, Oct 21 - The leader of the Northern Alliance, Osman Rahimi, said in a televised speech on "
    "Sunday that his forces would not take part in the peace conference planned for next month, "
    "according to a translation by the Monitoring Service.\n\n"
    '"We were not invited as equals. We were invited as guests who must agree to everything," Rahimi said '
    "in the speech, broadcast by the alliance's Al-Nour channel.\n\n"
    "He also said that the alliance had released forty prisoners as a goodwill gesture, a claim that "
    "could not be independently verified.\n\n"
    "The foreign ministry in Tessar said in response that the invitation had been sent to all parties on "
    "the same terms. A ministry spokeswoman, Nadia Ferro, told the Tessar News Agency that the door "
    '"remains open."',
    (
        Gold("his forces would not take part", RAHIMI, (("Monitoring Service",),), "speech"),
        Gold("We were not invited as equals", RAHIMI, (("Al-Nour",),)),
        Gold("the alliance had released forty prisoners", RAHIMI),
        Gold("the invitation had been sent to all parties", ("foreign ministry",)),
        Gold("remains open", ("Nadia Ferro", "Ferro"), (("Tessar News Agency",),)),
    ),
)

BRANT = ("Lukas Brant", "Brant")
EMPLOYEES = ("airport employees", "Two airport employees", "employees")

DUEL = Article(
    "varnoair",
    "VARNO, Sept 2 - The army and the rebel Free Varno Movement gave conflicting accounts on Tuesday of a "
    "battle for the airport outside the city of Varno.\n\n"
    "The army said in a statement that its troops had repelled an attack on the airport's southern "
    "perimeter and killed at least thirty fighters. It added that two soldiers had been wounded.\n\n"
    'The rebels said they had taken the cargo terminal and were holding it. "The airport will be ours '
    'within days," a rebel commander who gave his name as Abu Karim told the Varno Voice by phone.\n\n'
    'An army spokesman, Major Lukas Brant, dismissed the rebel claim as propaganda. "Not one building at '
    'the airport is in their hands," Brant said.\n\n'
    "Two airport employees, who asked not to be named, said they had heard heavy fighting near the cargo "
    "terminal throughout the night. One of the employees said the terminal's roof was on fire by "
    "morning.\n\n"
    "Neither account could be independently confirmed.",
    (
        Gold("its troops had repelled an attack", ("army",), (), "statement"),
        Gold("two soldiers had been wounded", ("army",)),
        Gold("they had taken the cargo terminal", ("rebels", "Free Varno Movement")),
        Gold("The airport will be ours within days", ("Abu Karim",), (("Varno Voice",),), "phone"),
        Gold("Not one building at the airport", BRANT),
        Gold("they had heard heavy fighting", EMPLOYEES),
        Gold("the terminal's roof was on fire", EMPLOYEES),
    ),
)

LUND = ("Greta Lund", "Lund")

BREAKIN = Article(
    "pharmacy",
    "Man charged after break-in at Kessel pharmacy\n\n"
    "KESSEL - A 34-year-old man has been charged with burglary after a break-in at a pharmacy on Mill "
    "Street early on Saturday, police said.\n\n"
    "Officers were called to the shop shortly after 3 a.m. when an alarm went off, according to a police "
    "statement. The man was arrested two streets away with a bag of medicines, the statement said.\n\n"
    "The pharmacy's owner, Greta Lund, said the thieves had smashed the front window and taken "
    'painkillers from behind the counter. "It is the second time this year," she said. "I am thinking '
    'of closing the night service."\n\n'
    "A neighbour, who lives above the shop, said she woke up to the sound of breaking glass and saw a man "
    "running towards the river.\n\n"
    "The man is due to appear at Kessel Magistrates' Court on Monday. Police said they were still looking "
    "for a second suspect, who is described as tall and wearing a grey hooded jacket.",
    (
        Gold("A 34-year-old man has been charged", ("police",)),
        Gold("Officers were called to the shop", ("police",), (), "statement"),
        Gold("The man was arrested two streets away", ("police",), (), "statement"),
        Gold("the thieves had smashed the front window", LUND),
        Gold("It is the second time this year", LUND),
        Gold("I am thinking of closing the night service", LUND),
        Gold("she woke up to the sound of breaking glass", ("neighbour",)),
        Gold("they were still looking for a second suspect", ("Police",)),
    ),
)

#: clauses where a claim is neither wanted nor wrong (refusals, stances, questions, hedges)
MAY39 = (
    "The ministry did not say how many had got through",
    "Berisha is not convinced",
    "The teacher was less sure",
    "Asked what he would do",
    "Compensation for the lost season, and a written promise that the checks will end in March",
    "How many boats are still going out",
    "What do you want from the government",
    "They know that",
    "Maybe one in five",
    "a claim that could not be independently verified",
    "dismissed the rebel claim as propaganda",
    "gave conflicting accounts",
    "Neither account could be independently confirmed",
    "who is described as tall",
    "The interview has been edited for length",
)

CONFLICT_39 = (POST, RELEASE, LIVE, FEATURE, INTERVIEW, SPEECH, DUEL, BREAKIN)

# Three more, written with their gold after the fixes of claims39 and before any run on them.

BIM = ("Karel Bim", "Bim")
LOMAPRESS = ("Lomapress",)
WATER = ("water authority", "regional water authority", "authority")
GOVERNOR_OFFICIALS = ("officials", "Two officials")

DAM = Article(
    "serrat",
    "LOMA, April 14 - Floodwater broke through an earth dam above the village of Serrat on Sunday night, "
    "the state news agency Lomapress reported, citing the regional water authority.\n\n"
    "The agency also quoted the authority's director, Karel Bim, as saying that about two hundred homes "
    "had been flooded and that no one had been killed.\n\n"
    "In a statement released on Monday morning, the authority said:\n\n"
    '"Repairs to the dam will begin as soon as the water level allows. Residents should not return to '
    'the lower part of the village until engineers have inspected every house."\n\n'
    "Two officials at the provincial governor's office said the dam had not been inspected since 2015. "
    "The officials, who were not authorised to speak publicly, said a report warning of cracks had been "
    "ignored.\n\n"
    "Bim denied that. He told Lomapress that the dam had been checked last autumn.",
    (
        Gold("Floodwater broke through an earth dam", WATER, (LOMAPRESS,)),
        Gold("about two hundred homes had been flooded", BIM, (LOMAPRESS,)),
        Gold("Repairs to the dam will begin", WATER, (), "statement"),
        Gold("Residents should not return", WATER, (), "statement"),
        Gold("the dam had not been inspected since 2015", GOVERNOR_OFFICIALS),
        Gold("a report warning of cracks had been ignored", GOVERNOR_OFFICIALS),
        Gold("the dam had been checked last autumn", BIM, (LOMAPRESS,)),
    ),
)

VOLKOVA = ("Nadia Volkova", "Volkova")
HANAK = ("Petr Hanak", "Hanak")
OFFICER = ("customs officer",)

SEIZURE = Article(
    "brod",
    "KARSK, Nov 30 - Interior Minister Nadia Volkova said on Thursday that border guards had stopped a "
    "truck carrying rifles and ammunition near the crossing at Brod, and accused the neighbouring state "
    "of arming smugglers.\n\n"
    "Speaking at a news conference in Karsk, the minister said the truck's driver had confessed to making "
    "the same trip four times. She did not give his name.\n\n"
    "The neighbouring state's foreign ministry rejected the accusation. \"These are fabrications meant to "
    'distract from problems at home," spokesman Petr Hanak told reporters in Lesno. He said his '
    "government had not been given any evidence.\n\n"
    "A customs officer at the Brod crossing, who spoke on condition of anonymity, said the truck had been "
    "flagged by a tip from another country's police. The officer said it was the largest seizure at the "
    "crossing this year.",
    (
        Gold("border guards had stopped a truck", VOLKOVA),
        Gold("arming smugglers", VOLKOVA),
        Gold("the truck's driver had confessed", VOLKOVA, (), "press conference"),
        Gold("These are fabrications", HANAK),
        Gold("his government had not been given any evidence", HANAK),
        Gold("the truck had been flagged by a tip", OFFICER),
        Gold("the largest seizure at the crossing", OFFICER),
    ),
)

OSTRA_ADMIN = ("Ostra city administration", "city administration", "administration")
WORKERS = ("Port workers", "workers")

TERMINAL = Article(
    "ostraport",
    "OSTRA, Aug 3 - The Ostra city administration said on its Telegram channel on Saturday that a missile "
    "had struck a grain terminal in the port, starting a fire.\n\n"
    '"Firefighters are at the scene. There is no threat to residential areas," the administration wrote. '
    "Its head, Viktor Lenz, later posted a video from the terminal showing black smoke over the silos.\n\n"
    "The Western Command gave its own account: its air defences had destroyed two missiles over the sea, "
    "and a third had been hit by debris.\n\n"
    "Port workers told the Ostra Courier that the terminal had been empty of grain for a week. One of "
    "them said the night shift had been sent home an hour before the strike.",
    (
        Gold("a missile had struck a grain terminal", OSTRA_ADMIN, (), "telegram"),
        Gold("Firefighters are at the scene", OSTRA_ADMIN),
        Gold("There is no threat to residential areas", OSTRA_ADMIN),
        Gold("its air defences had destroyed two missiles", ("Western Command",)),
        Gold("the terminal had been empty of grain", WORKERS, (("Ostra Courier",),)),
        Gold("the night shift had been sent home", WORKERS),
    ),
)

#: clauses of the later three where a claim is neither wanted nor wrong
MAY39_AFTER = (
    "Bim denied that",
    "She did not give his name",
    "rejected the accusation",
    "posted a video from the terminal showing black smoke over the silos",
)

CONFLICT_39_AFTER = (DAM, SEIZURE, TERMINAL)

# Two last ones, written with their gold after every fix of claims39 and before any run on them;
# nothing was changed after reading how they came out.

DASK_LAWYER = ("Stefan Ruml", "Ruml")
LENK = ("Maria Lenk", "Lenk")

VERDICT = Article(
    "halven",
    "HALVEN, March 19 - A court in Halven on Tuesday sentenced a former militia commander, Oren Dask, to "
    "twelve years in prison for ordering the burning of a village in 2021, prosecutors said.\n\n"
    "Judge Maria Lenk said the evidence showed that Dask had given the order by radio. She said three "
    "witnesses had identified his voice.\n\n"
    "Dask's lawyer, Stefan Ruml, told reporters outside the court that his client would appeal. \"This "
    'verdict rests on the memory of frightened people," Ruml said. He added that the recording of the '
    "radio message had never been found.\n\n"
    "Relatives of the victims said the sentence was too short. One of them, a woman who lost her two "
    "sons, told the Halven Herald that she had waited three years for this day.",
    (
        Gold("sentenced a former militia commander", ("prosecutors",)),
        Gold("Dask had given the order by radio", LENK),
        Gold("three witnesses had identified his voice", LENK),
        Gold("his client would appeal", DASK_LAWYER),
        Gold("This verdict rests on the memory", DASK_LAWYER),
        Gold("the recording of the radio message", DASK_LAWYER),
        Gold("the sentence was too short", ("Relatives", "Relatives of the victims")),
        Gold("she had waited three years", ("woman", "One of them"), (("Halven Herald",),)),
    ),
)

MINISTRY = ("health ministry", "ministry")
HOSPITAL_OFFICIALS = ("officials", "Two officials")

CHOLERA = Article(
    "darra",
    "DARRA, Sept 9 - Cholera has spread to four districts of the Darra province, the health ministry said "
    "on Monday, as aid groups warned that clean water was running out in camps for displaced people.\n\n"
    "The ministry said 61 people had died since the first cases were reported in August. It said it had "
    "sent twelve tonnes of medical supplies to the province by air.\n\n"
    "Two officials at the provincial hospital said the real number of deaths was likely higher, because "
    "many patients never reached a clinic. The officials, who asked not to be named, said the hospital "
    "had run out of intravenous fluids on Saturday.\n\n"
    '"We are treating people on the floor of the corridors," a nurse at the hospital told the Darra '
    "Times.\n\n"
    "The World Relief Council said in a post on X that it was flying in water purification units.",
    (
        Gold("Cholera has spread to four districts", MINISTRY),
        Gold("clean water was running out", ("aid groups",)),
        Gold("61 people had died", MINISTRY),
        Gold("it had sent twelve tonnes", MINISTRY),
        Gold("the real number of deaths was likely higher", HOSPITAL_OFFICIALS),
        Gold("the hospital had run out of intravenous fluids", HOSPITAL_OFFICIALS),
        Gold("We are treating people on the floor", ("nurse",), (("Darra Times",),)),
        Gold("it was flying in water purification units", ("World Relief Council",), (), "social media"),
    ),
)

CONFLICT_39_FINAL = (VERDICT, CHOLERA)
