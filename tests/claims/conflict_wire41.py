"""Eight whole articles of my own (claims41, issue 13), each of a shape not in conflict_wire37/39,
written with their gold before the analyser was run on them: a court report, a parliamentary debate,
an election dispute with both sides, a disaster report with officials and aid groups, a sports and
politics piece with an interview, a summary of a UN agency's report, an article built on leaked
documents, and a denial followed by a correction. Every claim is listed; ``MAY41`` names clauses where
a claim is neither wanted nor wrong, so that the others count as spurious. Places, people and outlets
are invented; the form is wire_articles.py's."""

from __future__ import annotations

from .wire_articles import Article, Gold

BRANDT = ("Ilka Brandt", "Brandt", "Prosecutor Ilka Brandt")
ORAN = ("Felix Oran", "Oran")
ACCOUNTANT = ("accountant", "former accountant", "first witness", "witness")
HAAS = ("Erik Haas", "Haas")

COURT = Article(
    "arnholt",
    "ARNHOLT, Feb 6 - A former deputy mayor of Arnholt, Ruben Tasch, went on trial on Monday accused of "
    "taking bribes from a building firm in exchange for public contracts.\n\n"
    "Prosecutor Ilka Brandt told the court that Tasch had received more than 200,000 euros in cash over "
    "four years. She said the payments had been hidden as consulting fees paid to his brother-in-law.\n\n"
    "Tasch denies the charges. His lawyer, Felix Oran, argued that the contracts had been awarded by a "
    'committee of seven and that his client had no vote on it. "There is not a single document with my '
    "client's signature on it,\" Oran said.\n\n"
    "The first witness, a former accountant at the firm, testified that she had been told to record the "
    "payments as advisory work. Under questioning by the defence, she said she had never met Tasch in "
    "person.\n\n"
    "A court spokesman, Erik Haas, said the trial was expected to last until April. The official said "
    "twenty-three witnesses had been called.",
    (
        Gold("Tasch had received more than 200,000 euros", BRANDT),
        Gold("the payments had been hidden", BRANDT),
        Gold("the contracts had been awarded by a committee", ORAN),
        Gold("There is not a single document", ORAN),
        Gold("she had been told to record the payments", ACCOUNTANT),
        Gold("she had never met Tasch in person", ACCOUNTANT),
        Gold("the trial was expected to last until April", HAAS),
        Gold("twenty-three witnesses had been called", HAAS),
    ),
)

REINER = ("Tomas Reiner", "Reiner")
HOLM = ("Vera Holm", "Holm")
STOL = ("Marek Stol", "Stol")
FERENC = ("Ida Ferenc", "Ferenc")

DEBATE = Article(
    "minerspension",
    "LESNO, May 22 - Lawmakers clashed on Wednesday over a government bill that would raise the "
    "retirement age for miners from 55 to 60.\n\n"
    "Labour Minister Tomas Reiner told the chamber that the pension fund would run out of money within "
    'eight years without the change. "We are not taking anything away from anyone who has already '
    'retired," he said.\n\n'
    "Opposition leader Vera Holm accused the government of balancing its books on the backs of the "
    "poorest workers. She said the bill ignored the fact that miners die on average seven years earlier "
    "than office workers.\n\n"
    "Deputy Marek Stol, whose constituency includes the Kovno coal basin, said miners in his district had "
    "not been consulted. He read out a letter from a miners' association saying that its members would "
    "strike if the bill passed.\n\n"
    "The speaker of parliament, Ida Ferenc, said the final vote would be held on June 4.",
    (
        Gold("the pension fund would run out of money", REINER),
        Gold("We are not taking anything away", REINER),
        Gold("balancing its books on the backs", HOLM),
        Gold("the bill ignored the fact", HOLM),
        Gold("miners in his district had not been consulted", STOL),
        Gold("its members would strike if the bill passed", ("miners' association", "association"), (STOL,), "letter"),
        Gold("the final vote would be held on June 4", FERENC),
    ),
)

BERG = ("Alma Berg", "Berg")
LISK = ("Goran Lisk", "Lisk")
COMMISSION = ("Central Election Commission", "Election Commission", "commission")
DROZD = ("Pavel Drozd", "Drozd")
OBSERVERS = ("Observers", "Baltic Election Watch", "mission")
CIVIC = ("Civic Front",)

ELECTION = Article(
    "tarvik",
    "TARVIK, Oct 9 - The ruling National Unity party and the opposition Civic Front both said on Monday "
    "that their candidate had won the presidential election, whose official result is not expected until "
    "Thursday.\n\n"
    "Civic Front candidate Alma Berg told supporters in Tarvik that her own count of the polling station "
    'reports gave her 52 percent. "The people have spoken, and they will not let this be stolen," she '
    "said.\n\n"
    "Incumbent President Goran Lisk said in a televised address that he had won a clear majority and "
    'called the opposition\'s count "a fantasy."\n\n'
    "The Civic Front said on its Telegram channel that two of its observers had been detained in the town "
    "of Pelk, the Nordpress agency reported.\n\n"
    "The Central Election Commission said turnout had been 61 percent and that results from 40 percent of "
    "polling stations had been counted. Its chairman, Pavel Drozd, told the state broadcaster TVT that the "
    "commission had received 112 complaints, most of them about voters missing from the rolls.\n\n"
    "Observers from the Baltic Election Watch mission said in a preliminary report that voting had been "
    "orderly in most places but that they had seen ballot stuffing at three polling stations in the "
    "north.",
    (
        Gold("their candidate had won the presidential election", ("National Unity", "Civic Front")),
        Gold("her own count of the polling station reports", BERG),
        Gold("The people have spoken", BERG),
        Gold("he had won a clear majority", LISK),
        Gold("a fantasy", LISK),
        Gold("two of its observers had been detained", CIVIC, (("Nordpress",),), "telegram"),
        Gold("turnout had been 61 percent", COMMISSION),
        Gold("results from 40 percent of polling stations", COMMISSION),
        Gold("the commission had received 112 complaints", DROZD, (("TVT",),)),
        Gold("voting had been orderly in most places", OBSERVERS),
        Gold("they had seen ballot stuffing", OBSERVERS),
    ),
)

AGENCY = ("disaster agency", "national disaster agency", "agency")
MARIN = ("Lev Marin", "Marin")
AZIZ = ("Selma Aziz", "Aziz")
KORR = ("Edda Korr", "Korr")

QUAKE = Article(
    "sovra",
    "SOVRA, Jan 17 - The death toll from Tuesday's earthquake in the mountain province of Sovra rose to "
    "143 on Thursday, the national disaster agency said, as rescuers dug through collapsed houses in "
    "freezing temperatures.\n\n"
    "The agency's head, Lev Marin, told a news conference in the capital that 2,300 people were injured "
    "and that more than 9,000 had lost their homes. He said roads to six villages were still blocked by "
    "landslides. Survivors in the camps have been promised prefabricated homes by the spring.\n\n"
    "The Red Crescent said its teams had reached the worst-hit town of Tula on Wednesday night. \"People "
    'are sleeping in cars and in the open. They need tents and heaters more than anything," said Selma '
    "Aziz, who leads the group's operation in the province.\n\n"
    "The aid group Open Hands said on its website that a shipment of medicines had been held up at the "
    "border for two days. The customs service gave its own account: the trucks had arrived without the "
    "required health certificates.\n\n"
    "Nurse Edda Korr said the field hospital in Tula was treating forty patients in two tents. "
    'Residents of Tula said help had come too late. "We dug out our neighbours with our hands," one man '
    "told the Sovra Herald.",
    (
        Gold("The death toll from Tuesday's earthquake", AGENCY),
        Gold("2,300 people were injured", MARIN, (), "press conference"),
        Gold("roads to six villages were still blocked", MARIN),
        Gold("its teams had reached the worst-hit town", ("Red Crescent",)),
        Gold("People are sleeping in cars", AZIZ),
        Gold("They need tents and heaters", AZIZ),
        Gold("a shipment of medicines had been held up", ("Open Hands",), (), "website"),
        Gold("the trucks had arrived without the required", ("customs service",)),
        Gold("the field hospital in Tula was treating", KORR),
        Gold("help had come too late", ("Residents", "Residents of Tula")),
        Gold("We dug out our neighbours", ("man", "one man"), (("Sovra Herald",),)),
    ),
)

KROON = ("Ansel Kroon", "Kroon")
VESZ = ("Ilona Vesz", "Vesz")
DORN = ("Karl Dorn", "Dorn")
SPORT = (("Velden Sport",),)

COACH = Article(
    "kroon",
    "National football coach quits over stadium row\n\n"
    "VELDEN, July 2 - The coach of the national football team, Ansel Kroon, resigned on Tuesday, two days "
    "after the sports ministry cancelled plans to rebuild the national stadium.\n\n"
    "In an interview published on Wednesday by the weekly Velden Sport, Kroon said he had been promised a "
    "new stadium when he signed his contract. Excerpts from the interview:\n\n"
    "Q: Why leave now, a year before the tournament?\n\n"
    "A: Because the promises made to me were broken. The players train on a pitch that a village club "
    "would refuse.\n\n"
    "Q: The ministry says the money is needed for hospitals.\n\n"
    "A: Nobody is against hospitals. But this money was set aside for sport four years ago.\n\n"
    "Sports Minister Ilona Vesz said in a statement that she regretted the coach's decision but that the "
    "budget could not be changed. A ministry spokesman, Karl Dorn, said talks with a new coach would begin "
    "next week. The official added that the stadium plan had only been postponed, not cancelled.\n\n"
    "The football federation said its board would meet on Friday to name an interim coach.",
    (
        Gold("he had been promised a new stadium", KROON, SPORT),
        Gold("the promises made to me were broken", KROON, SPORT),
        Gold("The players train on a pitch", KROON, SPORT),
        Gold("the money is needed for hospitals", ("ministry", "sports ministry"), SPORT),
        Gold("Nobody is against hospitals", KROON, SPORT),
        Gold("this money was set aside for sport", KROON, SPORT),
        Gold("she regretted the coach's decision", VESZ, (), "statement"),
        Gold("the budget could not be changed", VESZ, (), "statement"),
        Gold("talks with a new coach would begin", DORN),
        Gold("the stadium plan had only been postponed", DORN),
        Gold("its board would meet on Friday", ("football federation", "federation")),
    ),
)

UNCA = ("United Nations agency", "UN Children's Agency", "UNCA", "agency")
SORE = ("Amina Sore", "Sore")
CHARITY = ("Books Not Bullets", "charity")

SCHOOLS = Article(
    "kessari",
    "GENEVA, March 11 - Nearly half of the children in the Kessari region are not attending school, a "
    "United Nations agency said in a report published on Tuesday, blaming two years of fighting and the "
    "closure of hundreds of schools.\n\n"
    "The UN Children's Agency (UNCA) said 1,140 schools had been damaged or destroyed since the fighting "
    "began, and that a further 300 were being used as shelters for displaced families.\n\n"
    "The report said girls were twice as likely as boys to have dropped out, often to help at home or "
    "because families feared for their safety on the way to school.\n\n"
    '"An entire generation is at risk of losing its future," the agency\'s regional director, Amina '
    "Sore, said in a statement accompanying the report.\n\n"
    "A separate study by the charity Books Not Bullets, based on interviews with 600 families, found that "
    "most parents wanted their children to return to class as soon as it was safe. The charity said "
    "teachers had not been paid for eleven months in some districts.\n\n"
    "The Kessari education ministry did not respond to a request for comment. A government adviser, "
    "speaking on condition of anonymity, said the figures were exaggerated.",
    (
        Gold("Nearly half of the children", UNCA),
        Gold("1,140 schools had been damaged", UNCA),
        Gold("a further 300 were being used as shelters", UNCA),
        Gold("girls were twice as likely", UNCA),
        Gold("An entire generation is at risk", SORE, (), "statement"),
        Gold("most parents wanted their children", CHARITY),
        Gold("teachers had not been paid", CHARITY),
        Gold("the figures were exaggerated", ("government adviser", "adviser")),
    ),
)

MORGEN = (("Brenna Morgen",),)
FALK = ("Dieter Falk", "Falk", "memo")
MINISTRY = ("defence ministry", "ministry")

LEAK = Article(
    "brakes",
    "BRENNA, Aug 27 - The defence ministry of Brenna knew for at least a year that armoured vehicles "
    "bought from a private supplier had faulty brakes, according to internal documents seen by the "
    "newspaper Brenna Morgen.\n\n"
    "A memo dated March 2023 and signed by the head of the procurement office, Colonel Dieter Falk, said "
    "that eleven of the first forty vehicles had failed brake tests. The memo recommended that deliveries "
    "be halted until the supplier had fixed the fault.\n\n"
    "Deliveries continued. An email sent three months later by a ministry official, whose name was "
    "blacked out in the copy seen by the paper, said the contract could not be cancelled without "
    "'unacceptable costs.'\n\n"
    "The ministry said in a written reply to Brenna Morgen that all vehicles in service had passed safety "
    "checks and that the documents described 'an early stage of testing.' It did not dispute that the "
    "documents were genuine.\n\n"
    "Falk, who retired last year, declined to comment. The supplier, Ardent Motors, said on its website "
    "that it had 'never delivered a vehicle that did not meet the contract's specifications.'\n\n"
    "Opposition lawmaker Sanna Lehto said she would ask for a parliamentary inquiry.",
    (
        Gold("knew for at least a year", ("documents", "internal documents"), MORGEN),
        Gold("eleven of the first forty vehicles had failed", FALK),
        Gold("deliveries be halted", FALK),
        Gold("the contract could not be cancelled", ("ministry official", "official", "email")),
        Gold("all vehicles in service had passed safety", MINISTRY, MORGEN),
        Gold("an early stage of testing", MINISTRY, MORGEN),
        Gold("never delivered a vehicle", ("Ardent Motors", "supplier"), (), "website"),
        Gold("she would ask for a parliamentary inquiry", ("Sanna Lehto", "Lehto")),
    ),
)

GRENZ = ("Grenzblick",)
RESIDENTS = ("residents", "two local residents")
SZABO = ("Ivo Szabo", "Szabo")

DENIAL = Article(
    "grenzblick",
    "Army denies report of shelling near Ostrand school\n\n"
    "OSTRAND, Dec 5 - The army on Friday denied a report by the news website Grenzblick that its "
    'artillery had shelled a school near Ostrand, calling the report "a fabrication."\n\n'
    "Grenzblick had reported on Thursday, citing two local residents, that shells hit the school's "
    "playground during a lesson and that a teacher was wounded.\n\n"
    "Army spokesman Colonel Ivo Szabo said no unit had fired in the area that day. \"We have checked the "
    'logs of every battery in the sector," Szabo said. The official added that the army would file a '
    "complaint against the website.\n\n"
    "Grenzblick later corrected its report. In a note at the top of the article, the website said the "
    "shells had landed in a field about 400 metres from the school and that the teacher had been hurt by "
    "flying glass, not shrapnel. It said it stood by its account that the area had been shelled.\n\n"
    "The local school board said classes had been moved online for the rest of the week. The regional "
    "governor and the border police both said they had no information about the incident.",
    (
        Gold("its artillery had shelled a school", GRENZ),
        Gold("a fabrication", ("army",)),
        Gold("shells hit the school's playground", RESIDENTS, (GRENZ,)),
        Gold("a teacher was wounded", RESIDENTS, (GRENZ,)),
        Gold("no unit had fired in the area", SZABO),
        Gold("We have checked the logs", SZABO),
        Gold("the army would file a complaint", SZABO),
        Gold("shells had landed in a field", GRENZ),
        Gold("the teacher had been hurt by flying glass", GRENZ),
        Gold("the area had been shelled", GRENZ),
        Gold("classes had been moved online", ("school board",)),
        Gold("they had no information about the incident", ("governor", "border police")),
    ),
)

#: clauses where a claim is neither wanted nor wrong (refusals, stances, questions, commitments)
MAY41 = (
    "accused of taking bribes",
    "Tasch denies the charges",
    "Lawmakers clashed",
    "whose official result is not expected",
    "Survivors in the camps have been promised",
    "Why leave now, a year before the tournament",
    "cancelled plans to rebuild",
    "blaming two years of fighting",
    "did not respond to a request for comment",
    "It did not dispute that the documents were genuine",
    "declined to comment",
    "Deliveries continued",
    "The army on Friday denied a report",
    "Grenzblick later corrected its report",
    "based on interviews with 600 families",
    "blacked out in the copy seen by the paper",
)

CONFLICT_41 = (COURT, DEBATE, ELECTION, QUAKE, COACH, SCHOOLS, LEAK, DENIAL)

# Three more, written with their gold after the fixes of claims41 and before any run on them.

NOVAK = ("Irena Novak", "Novak")
TEMPA = ("Tempa Steel", "company")
ULRICH = ("Bruno Ulrich", "Ulrich")

FACTORY = Article(
    "tempa",
    "GRAVEN, Nov 14 - Tempa Steel will close its rolling mill in Graven by the end of March, putting 640 "
    "jobs at risk, the company said on Thursday.\n\n"
    "In a statement, Tempa said demand for its sheet steel had fallen by a third in two years and that the "
    "mill had lost money every quarter since 2022. It said it would offer some workers places at its plant "
    "in Lorsk.\n\n"
    "The metalworkers' union said it had not been told of the plan before the announcement. Its regional "
    "secretary, Bruno Ulrich, told the Graven Echo that the union would ask the state government to step "
    'in. "These families have given the mill three generations," he said.\n\n'
    "Economy Minister Irena Novak said she had spoken to the company's board and would meet union leaders "
    "on Monday. A ministry spokeswoman said later that no offer of public money had been made. The "
    "official said the ministry was looking at retraining schemes.\n\n"
    "A report published last year by the Graven Chamber of Commerce warned that the mill was the town's "
    "largest employer. The report said one in five households depended on it.",
    (
        Gold("Tempa Steel will close its rolling mill", TEMPA),
        Gold("demand for its sheet steel had fallen", TEMPA, (), "statement"),
        Gold("the mill had lost money every quarter", TEMPA, (), "statement"),
        Gold("it would offer some workers places", TEMPA),
        Gold("it had not been told of the plan", ("metalworkers' union", "union")),
        Gold("the union would ask the state government", ULRICH, (("Graven Echo",),)),
        Gold("These families have given the mill", ULRICH),
        Gold("she had spoken to the company's board", NOVAK),
        Gold("no offer of public money had been made", ("ministry spokeswoman", "spokeswoman")),
        Gold("the ministry was looking at retraining", ("ministry spokeswoman", "spokeswoman")),
        Gold("the mill was the town's largest employer", ("Graven Chamber of Commerce", "Chamber of Commerce")),
        Gold("one in five households depended on it", ("Graven Chamber of Commerce", "Chamber of Commerce")),
    ),
)

SORA = ("Lien Sora", "Sora")
KADIR = ("Emre Kadir", "Kadir")

EXCHANGE = Article(
    "swap",
    "ASTEL, June 30 - The government of Astel and the Northern Front exchanged 112 prisoners on Sunday at a "
    "border crossing near the town of Rin, both sides said.\n\n"
    "The Astel defence ministry said 58 of its soldiers had been returned, some of them held for more than "
    "two years. The Northern Front said on its Telegram channel that 54 of its fighters were back in "
    "territory it controls, the news agency Astelpress reported.\n\n"
    "The exchange was arranged by the neighbouring state of Vell. Its foreign minister, Lien Sora, told "
    "reporters in the capital that both sides had agreed to a second exchange in August. The minister said "
    "Vell would host the talks.\n\n"
    "Emre Kadir, whose brother was among the returned soldiers, said he had not been allowed to speak to "
    'him yet. "We only want to see him with our own eyes," Kadir told the Astel Herald.',
    (
        Gold("58 of its soldiers had been returned", ("defence ministry", "ministry")),
        Gold("54 of its fighters were back", ("Northern Front",), (("Astelpress",),), "telegram"),
        Gold("both sides had agreed to a second exchange", SORA),
        Gold("Vell would host the talks", SORA),
        Gold("he had not been allowed to speak", KADIR),
        Gold("We only want to see him", KADIR, (("Astel Herald",),)),
    ),
)

BRAND = ("Oskar Brand", "Brand")

HEARING = Article(
    "flood-inquiry",
    "MERAN, Feb 2 - A parliamentary committee investigating last spring's floods in the Meran valley heard "
    "on Tuesday from the former head of the river authority, Oskar Brand.\n\n"
    "Brand told the committee that his staff had warned the regional government twice about the state of "
    "the levees. He said the warnings had been sent in writing in 2019 and 2021.\n\n"
    "Committee chairman Paula Renz asked him why the authority had not closed the riverside road.\n\n"
    '"We did not have the power to close it. Only the police did," Brand replied.\n\n'
    "The regional government said in a written statement to the committee that it had no record of the "
    "2021 warning. A government lawyer, Tobias Welt, said the 2019 letter had asked for money, not for "
    "urgent repairs.\n\n"
    "An engineers' association said in a study published in January that six of the valley's levees "
    "would fail in a flood of the same size. The study said repairs would cost at least 40 million euros.",
    (
        Gold("his staff had warned the regional government", BRAND),
        Gold("the warnings had been sent in writing", BRAND),
        Gold("We did not have the power to close it", BRAND),
        Gold("Only the police did", BRAND),
        Gold("it had no record of the 2021 warning", ("regional government", "government"), (), "statement"),
        Gold("the 2019 letter had asked for money", ("Tobias Welt", "Welt")),
        Gold("six of the valley's levees would fail", ("engineers' association", "association")),
        Gold("repairs would cost at least 40 million", ("engineers' association", "association")),
    ),
)

#: clauses of the later three where a claim is neither wanted nor wrong
MAY41_AFTER = (
    "asked him why the authority had not closed the riverside road",
    "heard on Tuesday from the former head",
    "putting 640 jobs at risk",
)

CONFLICT_41_AFTER = (FACTORY, EXCHANGE, HEARING)
