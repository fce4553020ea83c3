"""Speakers on invented English news passages (issue 12 patterns 1-5 and 8)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (  # 1: a free-standing quote paragraph takes the person the paragraph before reports
        "Dana Whitlock of the harbour board says the queues have several causes.\n\n"
        "“Freighters turn up in clusters, and we own a single crane.”\n\n"
        "“Nobody planned for that.”",
        [("Freighters turn up", "Dana Whitlock"), ("Nobody planned", "Dana Whitlock")],
    ),
    (  # 2: a clause between the name and the verb
        "Former Interior Secretary Jane Roe, who also spoke at the rally, was right to say: "
        "“Parks are not a luxury for the few.”",
        [("Parks are not", "Jane Roe")],
    ),
    (
        "Tomas Brandt, a former harbour pilot, said the channel was too shallow. "
        "“Every captain in town knows it,” Brandt said.",
        [("Every captain", "Tomas Brandt")],
    ),
    (  # 3: short quotations after speech verbs
        "Councillor Rhea Mott accused the other councillors of “selling themselves cheap.”",
        [("selling themselves cheap", "Rhea Mott")],
    ),
    (
        "Piet Larsson told the meeting that the scheme had been tried before but “we failed.”",
        [("we failed", "Piet Larsson")],
    ),
    (  # 4: never the page; "she said in a statement" resolves she
        "Nadia Orwell runs the food bank on Mill Lane.\n\n"
        "“Demand has doubled since the spring,” she said in a statement.",
        [("Demand has doubled", "Nadia Orwell")],
    ),
    (  # 5: pronouns across paragraphs, never a byline
        "By Kevin Marsh\n\nGrace Holloway has coached the river team for a decade.\n\n"
        "The club lost its boathouse in the flood.\n\n"
        "“We train in borrowed boats now,” she said.",
        [("We train in borrowed", "Grace Holloway")],
    ),
    (  # 8: a quotation over several paragraphs with the speaker named before it
        "Inspector Lena Farr described the night in detail:\n\n"
        "“The first call came at two in the morning.\n\n"
        "“By three the road was under water and we had closed the bridge.”",
        [("The first call", "Lena Farr")],
    ),
    (  # 8: ... and after it
        "“The river rose faster than any model said it would.\n\n"
        "“We need better gauges upstream,” said hydrologist Omar Quint.",
        [("The river rose", "Omar Quint")],
    ),
    (  # 2: ", speaking on ..., told"
        "Oliver Stanmore, speaking on local radio, told listeners: “The tram will run by June.”",
        [("The tram will run", "Oliver Stanmore")],
    ),
    (  # an ordinary split quotation
        "“We checked every pipe,” said engineer Maya Lund. “None of them leaked.”",
        [("We checked every pipe", "Maya Lund"), ("None of them leaked", "Maya Lund")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "Photo: Lara Menzies\n\nThe ferry service will stop in October, the operator confirmed.\n\n“We cannot run it at a loss any longer,” the operator said in a statement.",
        [("We cannot run", "the operator")],
    ),
    (
        "VIEWPOINT\n\n“Cities should build up, not out,” writes Hugo Brennan, an urban planner.",
        [("Cities should build", "Hugo Brennan")],
    ),
    (
        "Martha Quayle, who chaired the inquiry for two years, told reporters: “The evidence was never in doubt.”",
        [("The evidence was", "Martha Quayle")],
    ),
    (
        "Fire chief Dev Anand said crews arrived within minutes.\n\n“The roof had already gone.”\n\n“We saved the houses on either side.”",
        [("The roof had", "Dev Anand"), ("We saved the", "Dev Anand")],
    ),
    (
        "Harriet Vance sat on the school board until May. Her brother runs the bakery.\n\n“I never expected the budget to pass,” Vance said.",
        [("I never expected", "Harriet Vance")],
    ),
    (  # 1: the person after ", says" in the paragraph before; a "she says" paragraph continues
        "The tunnel will open late, says Dana Whitlock of the transit board.\n\n"
        "“The drills keep hitting granite.”\n\n"
        "She says a second drill arrives in June.\n\n"
        "“Until then we dig by hand.”",
        [("The drills keep", "Dana Whitlock"), ("Until then we dig", "Dana Whitlock")],
    ),
    (  # 1: two people met and no one reports anything: unattributed
        "Dana Whitlock met Omar Reyes at the depot on Monday to look at the drills.\n\n"
        "“The drills keep hitting granite.”",
        [("The drills keep", None)],
    ),
    # a third batch, also written before the rules that handle it
    (
        "Councillor Joan Pryor, a former teacher, said the library must stay. “It is the only warm room some people have,” she said.",
        [("It is the only warm", "Joan Pryor")],
    ),
    (
        "“We will appeal,” said Liam Dorsey, the club's chairman, after the ruling.",
        [("We will appeal", "Liam Dorsey")],
    ),
    (
        "Kate Olsen, speaking at the harbour on Friday, told fishermen that “the quota will rise next year.”",
        [("the quota will rise", "Kate Olsen")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Ruth Abara chairs the water board. Her deputy, Colin Webb, resigned last month.\n\nThe board meets again in March.\n\n“We will publish every invoice,” Abara said.",
        [("We will publish", "Ruth Abara")],
    ),
    (
        "“The harvest was the worst in thirty years,” farmer Nils Aberg said. “Half the barley rotted.\n\n“The insurers have not paid a cent.”",
        [("The harvest was", "Nils Aberg"), ("Half the barley", "Nils Aberg")],
    ),
    (
        "Image: Tara Holm / City News\n\nMayor Greta Lind opened the bridge on Saturday.\n\n“It took nine years,” she said.",
        [("It took nine years", "Greta Lind")],
    ),
    (  # 3: a quotation ending the sentence its speaker opens, after any verb
        "Ada Finch chairs the planning committee.\n\n"
        "Ada Finch, for her part, called the plan “a gift to the developers and nobody else.”",
        [("a gift to the developers", "Ada Finch")],
    ),
    (  # a surname misspelt by one letter is still the person named in full before
        "“The depot should stay where it is,” said Marlena Oyelaran, who drives the night bus.\n\n"
        "Oyelarn said the new site was too far out of town.\n\n"
        "“Nobody asked the drivers,” she said.",
        [("Nobody asked the drivers", "Marlena Oyelaran")],
    ),
    (  # a common noun, then in commas a role and the name: the name speaks
        "His landlord, retired plumber Osgood Fairweather, accused him of “hiding the damage.”",
        [("hiding the damage", "Osgood Fairweather")],
    ),
    (  # an interview: the answers under the interviewer's questions are the interviewee's
        "Glassblower Imogen Tarrant has run her workshop on the quay for thirty years.\n\n"
        "Why glass?\n\n“My grandfather did it. I never thought about doing anything else.”\n\n"
        "Is the trade dying?\n\n“Changing. Tourists buy less, but collectors buy more.”",
        [("My grandfather did it", "Imogen Tarrant"), ("Changing. Tourists", "Imogen Tarrant")],
    ),
    (  # a verdict of a few words after "called", its speaker opening the sentence
        "Ferry union steward Wendell Achterberg called the timetable “late, crowded and dear.”",
        [("late, crowded and dear", "Wendell Achterberg")],
    ),
    (  # a phrase ending its sentence takes no speaker from the next sentence
        "Tilda Marsh said the mayor “broke every promise.” Rupert Cane called the mayor "
        "“the best we have had in years.” Colm Ives said the council “never listens to anyone.”",
        [
            ("broke every promise", "Tilda Marsh"),
            ("the best we have had", "Rupert Cane"),
            ("never listens", "Colm Ives"),
        ],
    ),
    (  # "She says …" sentences keep the person they stand for salient across paragraphs
        "Councillor Bronwen Hale opened the debate on the new cycle lanes.\n\n"
        "She says the lanes will save lives. She wants them finished by spring.\n\n"
        "The plan was drawn up after a cyclist, Maren Oakes, was hurt on Station Road.\n\n"
        "“We cannot wait for another accident,” she said.",
        [("We cannot wait", "Bronwen Hale")],
    ),
    (  # "And Ohio's Lena Marsh, …, said" opens the sentence: she is its subject
        "Delegates from the west backed the plan. Greta Voss called it “overdue and welcome.”\n\n"
        "And Ohio's Lena Marsh, one of the youngest delegates, said the vote was easy. "
        "“I never had a doubt,” she said.",
        [("I never had a doubt", "Lena Marsh")],
    ),
    (  # a fronted adjunct before the subject of a sentence that ends on a quotation
        "Councillor Enid Brackwater opposes the tower.\n\n"
        "In a speech on Tuesday, Brackwater attacked “a plan written by developers for developers.”",
        [("a plan written by developers", "Enid Brackwater")],
    ),
    (  # "For X, …:" names the speaker of what follows the colon
        "For Hester Quill, the answer is simple: “Build the homes where the jobs are.”",
        [("Build the homes", "Hester Quill")],
    ),
    (  # a relative clause between the speaker phrase and the verb
        "“I lock the door at six now,” one shopkeeper, who asked not to be named, said.",
        [("I lock the door", "one shopkeeper")],
    ),
    (  # the sentence after a quotation says whose words they were
        "“The river took the lot.” That was the verdict of sheep farmer Idris Bowen as he "
        "walked his flooded fields on Sunday.",
        [("The river took the lot", "Idris Bowen")],
    ),
    (  # a surname that is also a word ("Day") after the full name
        "Golf coach Laura Day watched from the clubhouse.\n\n“She was brilliant today,” Day said.",
        [("She was brilliant", "Laura Day")],
    ),
    (  # "the company said …" then "it said": the organisation as written
        "The bakery chain said on Monday that it would close 30 shops. “The decision was not "
        "taken lightly,” it said.",
        [("The decision was not", "The bakery chain")],
    ),
    (  # a pronoun opening a sentence that ends on a verdict
        "Harbour master Olwen Price spoke after the vote.\n\n"
        "She called the new mooring fees “a tax on the smallest boats in the bay.”",
        [("a tax on the smallest", "Olwen Price")],
    ),
    (  # a fronted adjunct with commas of its own, and a possessive name that is no subject
        "In her farewell speech, a tribute to her mentor Jo Hale, Councillor Maud Fenn "
        "called Hale's plan “the best thing this town ever did.”",
        [("the best thing this town", "Maud Fenn")],
    ),
    (  # a title in marks inside the attribution does not hide its speaker
        "As Milo Varga, a town planner and author of “The Quiet Street,” put it, "
        "“Councils should stop building car parks and start building homes.”",
        [("Councils should stop", "Milo Varga")],
    ),
    (  # a modal before the speech verb: "a reader would now ask:"
        "In a calmer year, a voter would surely ask: “Why is the pier still closed?”",
        [("Why is the pier", "a voter")],
    ),
    (  # a possessive common noun as written loses its "'s"
        "Our reporter spent a night on the ward.\n\nHer report quotes one of the nurse’s "
        "remarks in full: “We are running on empty.”",
        [("We are running on empty", "the nurse")],
    ),
    (  # the source of reported speech in a parenthesis owns the phrase in marks after it
        "Planning officer Ruth Odell visited the yard in May. The plan was lawful, she said, but "
        "the board had urged the owners to offer “something back to the street.”",
        [("something back to the street", "Ruth Odell")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


def test_scare_quotes_stay_out() -> None:
    from bot.text.quotes import find_quotes

    text = "The so-called “reform” passed, and voters said “no” to the levy in March."
    assert find_quotes(text) == []


def test_short_titles_stay_out_but_short_sentences_stay() -> None:
    from bot.text.quotes import find_quotes

    text = (
        "Mayor Ines Calder appeared on “Harbour Tonight.” She has also written a memoir, "
        "“Salt Roads.” At the end she told the crowd, “We're Dunmore.”"
    )
    assert [q.quote for q in find_quotes(text)] == ["We're Dunmore."]


@pytest.mark.parametrize("text", [c[0] for c in CASES[:2]])
def test_quote_text_never_ends_with_comma(text: str) -> None:
    from bot.text.quotes import find_quotes

    assert all(not q.display.endswith(",") for q in find_quotes(text))


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        "WASHINGTON (AP) — The Senate on Tuesday passed a bill to fund road repairs, sending it to the president.\n\n“This is a good day for every driver in America,” Sen. Maria Castillo, D-N.M., told reporters after the vote.\n\nRepublicans were split. Sen. Dale Hutchins of Kansas voted no.\n\n“We are spending money we don't have,” he said. “Our grandchildren will pay for it.”\n\nAssociated Press writer Tom Reilly contributed to this report.",
        [
            ("This is a good day", "Maria Castillo"),
            ("We are spending", "Dale Hutchins"),
            ("Our grandchildren", "Dale Hutchins"),
        ],
    ),
    (
        "By Sarah Kent\nStaff Writer\n\nThe Lakeside school board voted 4-3 on Monday to close Elm Street Elementary.\n\nParents packed the meeting. Jenna Morales, whose two children attend the school, fought back tears.\n\n“My kids walk there. Where are they supposed to go now?” Morales asked the board.\n\nSuperintendent Robert Klein defended the plan.\n\n“The building is 90 years old and the roof leaks in every classroom,” Klein said. “We cannot keep patching it.”",
        [
            ("My kids walk", "Jenna Morales"),
            ("The building is", "Robert Klein"),
            ("We cannot keep", "Robert Klein"),
        ],
    ),
    (
        "OPINION\n\nOur city has forgotten its rivers\n\nBy Hannah Lowe\n\nWhen I moved here twenty years ago, the riverbank was lined with warehouses. Today it is lined with fences.\n\nThe mayor likes to say that “the river is our future.” But the council has not spent a penny on it since 2015.\n\nAs the historian Peter Vance once wrote, “A city that turns its back on its river turns its back on its past.”",
        [("the river is our future", "The mayor"), ("A city that turns", "Peter Vance")],
    ),
    (
        "Police say a 24-year-old man was arrested after a stabbing outside a nightclub early Sunday.\n\nAccording to Detective Sgt. Amy Wong, the victim was taken to hospital with injuries that are not life-threatening.\n\n“We are asking anyone who was in the area to come forward,” Wong said.\n\nThe suspect is due in court on Monday. His lawyer, Brian Tate, said his client “denies any wrongdoing.”",
        [("We are asking", "Amy Wong"), ("denies any wrongdoing", "Brian Tate")],
    ),
    (
        "Photo by Mark Ellis / Daily Herald\nVolunteers clean up the beach on Saturday.\n\nMore than 200 volunteers turned out to clean Harbour Beach on Saturday.\n\nOrganiser Fiona Burke said the group collected more than a ton of plastic.\n\n“People think the sea takes care of itself,” she said. “It doesn't.”\n\nBurke started the group in 2019 after finding a seal tangled in fishing line.",
        [("People think the sea", "Fiona Burke"), ("It doesn't", "Fiona Burke")],
    ),
    (
        "Former President Alan Rhodes on Wednesday wrote on X that the election had been “stolen in plain sight.”\n\nElection officials rejected the claim.\n\n“There is no evidence of fraud in this county, none,” said Gloria Pratt, the county clerk. “We counted every ballot twice.”\n\nRhodes had not replied to messages by Wednesday evening.",
        [
            ("stolen in plain sight", "Alan Rhodes"),
            ("There is no evidence", "Gloria Pratt"),
            ("We counted every", "Gloria Pratt"),
        ],
    ),
    (
        "The World Health Organization warned on Friday that measles cases had tripled in Europe.\n\n“This is a wake-up call,” WHO regional director Hans Kluger said at a news conference in Copenhagen. “Vaccination rates must go up.”\n\nThe agency urged parents to check their children's records.\n\n“No child should die of measles in 2024,” Kluger added.",
        [
            ("This is a wake-up", "Hans Kluger"),
            ("Vaccination rates", "Hans Kluger"),
            ("No child should", "Hans Kluger"),
        ],
    ),
    (
        "The mayor's office announced on Monday that bus fares would rise by 25 cents in July.\n\n“Nobody likes to pay more, but the system is losing money every day,” Mayor Dennis Cole said in a statement.\n\nTransit advocates pushed back. Jamie Ortiz, who heads the Riders Alliance, called the increase “a tax on working people.”\n\n“The people who ride the bus are the people who can least afford this,” Ortiz said.",
        [
            ("Nobody likes to pay", "Dennis Cole"),
            ("a tax on working", "Jamie Ortiz"),
            ("The people who ride", "Jamie Ortiz"),
        ],
    ),
    (
        "Apple unveiled a new iPhone on Tuesday.\n\n“This is the best iPhone we have ever made,” CEO Tim Marsh told the audience in Cupertino.\n\nCritics said the changes were small. “It's the same phone with a better camera,” tech reviewer Dana Liu wrote on her blog.",
        [("This is the best", "Tim Marsh"), ("It's the same phone", "Dana Liu")],
    ),
    (
        'LONDON (Reuters) - Britain\'s economy grew more than expected in the third quarter, official data showed on Friday.\n\n"The recovery is on track," finance minister Rachel Hume said in a statement. "But there is more work to do."\n\nEconomists were cautious. "One good quarter does not make a trend," said Paul Dale, chief economist at Capital Economics.',
        [
            ("The recovery is on track", "Rachel Hume"),
            ("But there is more", "Rachel Hume"),
            ("One good quarter", "Paul Dale"),
        ],
    ),
    (
        "City council member Tanya Brooks wants the old rail yard turned into a park.\n\n“We have a chance to do something for the next hundred years,” Brooks said at Tuesday's meeting.\n\nNot everyone agrees. Developer Mike Sutter, who owns land next to the yard, said housing was more urgent.\n\n“People need homes before they need lawns,” he said.",
        [("We have a chance", "Tanya Brooks"), ("People need homes", "Mike Sutter")],
    ),
    (
        "The Warriors beat the Lakers 112-104 on Sunday behind 38 points from Stephen Curry.\n\n“He was unbelievable tonight,” coach Steve Kerr said. “When he gets going like that, there's not much you can do.”\n\nLakers forward LeBron James finished with 27 points.\n\n“We just couldn't get stops,” James said.",
        [
            ("He was unbelievable", "Steve Kerr"),
            ("When he gets going", "Steve Kerr"),
            ("We just couldn't", "LeBron James"),
        ],
    ),
    (
        "A spokeswoman for Greenfield Hospital said the cyberattack had not affected patient care.\n\n“All emergency services are running normally,” the spokeswoman said.\n\nThe hospital's chief executive, Dr. Naomi Fisher, apologised to patients whose appointments were cancelled.\n\n“I am sorry for the disruption,” Fisher wrote in a letter to patients.",
        [("All emergency services", "Greenfield Hospital"), ("I am sorry", "Naomi Fisher")],
    ),
    (
        "“It's a disaster,” said Linda Park, 58, as she looked at her flooded basement.\n\nPark has lived on Willow Street for 30 years. She said the water came in within an hour.\n\n“I've never seen anything like it,” she said. “The whole street is under water.”",
        [
            ("It's a disaster", "Linda Park"),
            ("I've never seen", "Linda Park"),
            ("The whole street", "Linda Park"),
        ],
    ),
    (
        "Residents of Maple Grove packed a town hall on Thursday night to oppose a planned warehouse.\n\nAmong them was Carol Jensen, a retired nurse who has lived on Oak Road for 40 years.\n\n“The trucks will run all night,” Jensen said. “Nobody asked us.”\n\nThe developer, Brightline Logistics, said in a statement that it had followed every rule.\n\n“We have held three public meetings and changed the design twice,” the statement said.",
        [("The trucks will run", "Carol Jensen"), ("Nobody asked us", "Carol Jensen")],
    ),
    (
        "According to the National Weather Service, up to 10 inches of snow could fall by Saturday.\n\n“Travel will be very difficult,” said meteorologist Kara Lin. “If you don't have to go out, stay home.”\n\nGov. Tim Walsh declared a state of emergency on Thursday afternoon.\n\n“Our crews are ready,” Walsh wrote on X. “Please stay safe.”",
        [
            ("Travel will be very", "Kara Lin"),
            ("If you don't have", "Kara Lin"),
            ("Our crews are", "Tim Walsh"),
            ("Please stay safe", "Tim Walsh"),
        ],
    ),
    (
        "Microsoft said on Tuesday it would invest $3 billion in data centres in Spain.\n\n“Spain is becoming a hub for artificial intelligence in Europe,” Brad Smith, the company's president, said at an event in Madrid.\n\nSpain's digital minister, Óscar López, welcomed the announcement. “This is a vote of confidence in our country,” he said.",
        [("Spain is becoming", "Brad Smith"), ("This is a vote", "Óscar López")],
    ),
    (
        "By Emma Ross, Health Correspondent\n\nDoctors at St Mary's Hospital say waiting times for cancer scans have fallen by a third.\n\n“It's the result of two years of hard work,” said Dr. Priya Patel, who leads the imaging department.\n\nShe added: “But we still have a long way to go. Some patients wait six weeks.”\n\nEmma Ross can be reached at eross@example.com.",
        [("It's the result", "Priya Patel"), ("But we still have", "Priya Patel")],
    ),
    (
        "TORONTO — Ontario will spend $1.2 billion to hire more family doctors, the province announced Monday.\n\nHealth Minister Sylvia Jones said the money would connect 300,000 people to a doctor within two years.\n\n“No one in this province should have to go to an emergency room for a prescription refill,” Jones told a news conference at a Toronto clinic.\n\nThe Ontario Medical Association welcomed the plan but said it was overdue.\n\n“Family doctors have been sounding the alarm for years,” association president Dr. Dominik Nowak said in a statement.",
        [("No one in this province", "Sylvia Jones"), ("Family doctors have", "Dominik Nowak")],
    ),
    (
        "The Red Sox fired manager Alex Cora on Sunday after a 10-game losing streak.\n\n“This was not an easy decision,” chief baseball officer Craig Breslow said. “Alex gave everything to this club.”\n\nCora, 49, thanked the fans in a post on Instagram.\n\n“Boston will always be home,” he wrote.",
        [
            ("This was not an easy", "Craig Breslow"),
            ("Alex gave everything", "Craig Breslow"),
            ("Boston will always", "Alex Cora"),
        ],
    ),
    (
        "Amazon workers at a warehouse in Bessemer, Alabama, voted against joining a union, the National Labor Relations Board said Friday.\n\n“We're disappointed, but this fight is not over,” said Stuart Appelbaum, president of the Retail, Wholesale and Department Store Union.\n\nAmazon spokeswoman Kelly Nantel said the company respected the result.\n\n“Our employees have chosen to keep a direct relationship with the company,” she said.",
        [("We're disappointed", "Stuart Appelbaum"), ("Our employees have", "Kelly Nantel")],
    ),
    (
        "The long-awaited bridge over the Harlow River finally opened to traffic on Wednesday, three years late and $40 million over budget.\n\n“I know people are frustrated, and they have every right to be,” said Mayor Jon Ellis at the ribbon-cutting. “But this bridge will serve the city for a hundred years.”\n\nSome residents were not impressed.\n\n“Three years of detours,” said Maria Gomez, who drives across it to work. “I'll believe it when I see the traffic move.”",
        [
            ("I know people are", "Jon Ellis"),
            ("But this bridge", "Jon Ellis"),
            ("Three years of", "Maria Gomez"),
            ("I'll believe it", "Maria Gomez"),
        ],
    ),
    (
        "Senator Elizabeth Warren on Thursday called on regulators to block the merger.\n\n“This deal would raise prices for millions of families,” Warren wrote in a letter to the Federal Trade Commission.\n\nA spokesperson for the companies said they were confident the deal would be approved. “The merger will bring lower costs and more choice,” the spokesperson said.",
        [("This deal would", "Elizabeth Warren"), ("The merger will", "the spokesperson")],
    ),
    (
        'PARIS, March 3 (Reuters) - French President Emmanuel Macron said on Sunday Europe must be ready to defend itself.\n\n"We cannot depend on others for our security," Macron told reporters during a visit to a military base near Toulon.\n\n"The world has changed," he added.',
        [("We cannot depend", "Emmanuel Macron"), ("The world has changed", "Emmanuel Macron")],
    ),
    (
        "Photo caption: Coach Maria Lopez speaks to her players during practice. (Jane Doe/The Courier)\n\nThe Lincoln High girls' basketball team is one win away from its first state title.\n\n“These girls have worked so hard,” Lopez said. “They deserve this.”\n\nSenior guard Aaliyah Brooks, who scored 31 points in the semifinal, said the team was not nervous.\n\n“We've been here before,” Brooks said.",
        [
            ("These girls have", "Maria Lopez"),
            ("They deserve this", "Maria Lopez"),
            ("We've been here", "Aaliyah Brooks"),
        ],
    ),
    (
        "The first thing you notice about Marcus Bell's bakery is the smell.\n\nBell, 38, opened the shop on Front Street in 2019, just months before the pandemic.\n\n“Everyone told me I was crazy,” he says, dusting flour off his apron. “Maybe I was.”\n\nHis business partner, Dana Wu, handles the books.\n\n“Marcus bakes, I worry,” she says with a laugh. “That's the deal.”",
        [
            ("Everyone told me", "Marcus Bell"),
            ("Maybe I was", "Marcus Bell"),
            ("Marcus bakes", "Dana Wu"),
            ("That's the deal", "Dana Wu"),
        ],
    ),
    (
        "The governor's spokesman, Paul Reyes, said the budget would be balanced.\n\n“There will be no new taxes,” Reyes said.\n\nBut state Treasurer Linda Cho warned of a shortfall. In an interview, Cho said: “The numbers simply don't add up.”",
        [("There will be no", "Paul Reyes"), ("The numbers simply", "Linda Cho")],
    ),
    (
        "The city council voted 7-2 to ban gas-powered leaf blowers starting in 2026.\n\nCouncilwoman Ana Ruiz, who sponsored the measure, said the noise and fumes were a health issue. “Workers breathe this all day,” she said.\n\nCouncilman Jeff Barker, one of the two no votes, said small landscaping businesses would suffer.\n\n“These are family businesses that can't afford $5,000 battery rigs,” Barker said.",
        [("Workers breathe", "Ana Ruiz"), ("These are family", "Jeff Barker")],
    ),
    (
        "LOS ANGELES (AP) — A wildfire north of Los Angeles grew to 20,000 acres overnight, forcing thousands to flee.\n\n“It's moving very fast,” said Capt. Erik Scott of the Los Angeles Fire Department. “We're asking people to leave now, not later.”\n\nResident Carol Danner, 72, loaded her two dogs into her car.\n\n“I've lived here 40 years and I've never seen it this close,” she said.",
        [
            ("It's moving very fast", "Erik Scott"),
            ("We're asking people", "Erik Scott"),
            ("I've lived here", "Carol Danner"),
        ],
    ),
    (
        "The union representing nurses at Mercy General said Tuesday its members would strike next week.\n\n“Our members are exhausted and the hospital is not listening,” said Karen Holt, a nurse and union representative.\n\nA hospital spokesman, Dave Kim, said the hospital had offered a 12% raise over three years. “We remain at the table,” Kim said.",
        [("Our members are", "Karen Holt"), ("We remain at", "Dave Kim")],
    ),
    (
        "The school district will cut 120 teaching jobs to close a $30 million budget gap, Superintendent Karen Lowe announced Tuesday.\n\n“These are the hardest decisions I have ever had to make,” Lowe said at a board meeting. “Every one of these people matters.”\n\nTeachers union president Mike Dorsey called the cuts “reckless” and said the union would fight them.\n\n“They found money for consultants but not for classrooms,” he said.",
        [
            ("These are the hardest", "Karen Lowe"),
            ("Every one of these", "Karen Lowe"),
            ("They found money", "Mike Dorsey"),
        ],
    ),
    (
        "Shoppers in Glasgow say the city centre has lost its sparkle.\n\n“Half the shops on this street are empty,” said Moira Campbell, 64, who has shopped on Buchanan Street since she was a girl.\n\nCouncil leader Susan Aitken said the council was working with landlords to fill the units. “We are not giving up on the city centre,” she told the BBC.",
        [("Half the shops", "Moira Campbell"), ("We are not giving up", "Susan Aitken")],
    ),
    (
        "NASA's Artemis mission has been delayed again, the agency said Thursday.\n\n“Safety is our top priority,” NASA Administrator Bill Nelson said during a briefing. “We will fly when we are ready.”\n\nFormer astronaut Scott Kelly said the delay was the right call. “You don't rush these things,” Kelly wrote on X.",
        [
            ("Safety is our", "Bill Nelson"),
            ("We will fly", "Bill Nelson"),
            ("You don't rush", "Scott Kelly"),
        ],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        'LONDON (Reuters) - Britain\'s biggest water supplier will raise bills by 9% next year, the regulator said on Thursday.\n\n"Customers are paying for decades of underinvestment," said Priya Raman, a policy director at the Consumer Council for Water. "They deserve to see rivers get cleaner."\n\nThames Water chief executive Chris Weston defended the increase. "Without this money we cannot fix the pipes," he told reporters at a briefing in Reading.\n\nThe company said it would offer discounts to low-income households. It said 400,000 customers would qualify.',
        [
            ("Customers are paying", "Priya Raman"),
            ("They deserve", "Priya Raman"),
            ("Without this money", "Chris Weston"),
        ],
    ),
    (
        'Mexican striker Raúl Jiménez scored twice as Fulham beat Everton 3-1 on Saturday.\n\n"The lads were brilliant today," manager Marco Silva said. "We showed character after going behind."\n\nEverton boss Sean Dyche was less happy. "We gifted them two goals," Dyche told BBC Sport. "You cannot do that in this league."',
        [
            ("The lads were", "Marco Silva"),
            ("We showed", "Marco Silva"),
            ("We gifted", "Sean Dyche"),
            ("You cannot do", "Sean Dyche"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        'SYDNEY (AP) - Australia\'s central bank left interest rates unchanged on Tuesday, citing stubborn inflation.\n\n"We are not yet confident that inflation is returning to target," Governor Michele Bullock told a news conference.\n\nEconomist Gareth Aird of Commonwealth Bank said a cut was unlikely before May. "The labour market is simply too tight," Aird said.\n\nHomeowners are feeling the strain. "Every month we cut something else," said Nisha Patel, a nurse from western Sydney.',
        [
            ("We are not yet", "Michele Bullock"),
            ("The labour market", "Gareth Aird"),
            ("Every month", "Nisha Patel"),
        ],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        'Chelsea sacked manager Paolo Rossi on Monday after a run of six defeats.\n\n"This was a difficult decision," the club said in a statement. "We thank Paolo for his hard work."\n\nFormer captain John Terry told talkSPORT the move was overdue: "The players stopped playing for him weeks ago."',
        [("The players stopped", "John Terry")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        "When the river burst its banks last spring, Tom and Ellen Hardy lost almost everything.\n\n“We had ten minutes to get out,” Ellen Hardy said, standing in the gutted kitchen of their farmhouse.\n\nHer husband nodded. “The insurance company says it was an act of God,” he said. “Well, God isn't paying.”\n\nThe couple are among dozens of families still waiting for help.",
        [
            ("We had ten minutes", "Ellen Hardy"),
            ("The insurance company", "Tom Hardy"),
            ("Well, God isn't", "Tom Hardy"),
        ],
    ),
    (
        'By Sarah Okafor\n\nA small bakery in Leeds has been named the best in the north of England.\n\nOwners Tom and Ellen Hardy opened the shop in 2019 after losing their office jobs. "We had no idea what we were doing," Ellen admitted. "We just loved bread."\n\nJudge Marcus Bell praised their sourdough: "It is as good as anything I have eaten in Paris."',
        [
            ("We had no idea", "Ellen Hardy"),
            ("We just loved", "Ellen Hardy"),
            ("It is as good", "Marcus Bell"),
        ],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        'DUBLIN (Reuters) - Ireland\'s housing minister announced a new scheme on Friday to help first-time buyers.\n\n"Young people should not have to emigrate to own a home," James Browne told the Dáil. "This scheme will make a real difference."\n\nOpposition housing spokesperson Eoin Ó Broin was unimpressed. "It will push prices up even further," he said.',
        [
            ("Young people", "James Browne"),
            ("This scheme", "James Browne"),
            ("It will push", "Eoin Ó Broin"),
        ],
    ),
    (
        'Retired miner Gwilym Evans, 82, still visits the old colliery every week.\n\n"I spent forty years underground," he says, looking at the rusting winding gear. "It gave us everything and took a lot as well."\n\nHis granddaughter, Seren Evans, is now writing a book about the village. "I want people to remember," she said.',
        [
            ("I spent forty", "Gwilym Evans"),
            ("It gave us", "Gwilym Evans"),
            ("I want people", "Seren Evans"),
        ],
    ),
    # batch 5 (11 articles), written before its rules: 54/67 speakers right then (55/65 with
    # three expectations corrected), 60/65 after; batch 6, written after them: 21/24 then, 24/24
    # after (a role noun such as “my father” stays as written)
    (
        "BRUSSELS (Reuters) - European Union finance ministers failed on Tuesday to agree on a new tax on aviation fuel, with three countries blocking the plan.\n\n“We were very close, but close is not enough,” said Belgian Finance Minister Vincent Dumoulin, who chaired the meeting.\n\nIreland, Malta and Cyprus argued that the tax would hurt island economies that depend on tourism.\n\n“For us, flying is not a luxury. It is the only bridge we have,” Maltese minister Karl Azzopardi told reporters as he left the building.\n\nAccording to one diplomat, the talks broke down over how the money would be shared. “Nobody wanted to be the one who blinked,” the diplomat said, speaking on condition of anonymity.\n\nEnvironmental groups were scathing. Green Skies Europe, a Brussels-based campaign group, said ministers had “chosen cheap tickets over a liveable planet.”\n\nDumoulin said he would try again in June. “I am stubborn,” he said. “Ask my wife.”",
        [
            ("We were very close", "Vincent Dumoulin"),
            ("For us, flying", "Karl Azzopardi"),
            ("Nobody wanted to be", "the diplomat"),
            ("chosen cheap tickets", "Green Skies Europe"),
            ("I am stubborn", "Vincent Dumoulin"),
            ("Ask my wife", "Vincent Dumoulin"),
        ],
    ),
    (
        "Photo: Colin Baird / Westfield Gazette\nResidents gather outside the old library on Friday.\n\nBy Priya Nandakumar\nGazette Staff\n\nWESTFIELD — The old Carnegie library on Main Street will become a community kitchen, the town council decided on Thursday night.\n\nThe vote was unanimous, but the debate was not.\n\nCouncilmember Harold Pike, who has lived on Main Street since 1971, said he had doubts about parking.\n\n“Where are two hundred people going to leave their cars?”\n\n“Nobody on this council has answered that.”\n\nThe project's leader, chef Rosalind Achebe, said most visitors would walk.\n\n“This kitchen is for the neighbourhood. Most of our guests live within four blocks,” Achebe said. “Some of them don't own a car at all.”\n\nLibrary Friends president Tom Okafor called the decision “bittersweet, but fair.” The group had hoped to reopen the building as a library.\n\n“We lost the books, but at least the doors stay open,” he said.",
        [
            ("Where are two hundred", "Harold Pike"),
            ("Nobody on this council", "Harold Pike"),
            ("This kitchen is for", "Rosalind Achebe"),
            ("Some of them don't", "Rosalind Achebe"),
            ("bittersweet, but fair", "Tom Okafor"),
            ("We lost the books", "Tom Okafor"),
        ],
    ),
    (
        "COLUMN | THE LONG VIEW\n\nWe keep building roads and wondering why traffic gets worse\n\nBy Miriam Stokes\n\nEvery few years a new highway opens near my house, and every few years the traffic is back within months.\n\nEngineers have a name for this. They call it induced demand. As the transport economist Leonard Gray put it decades ago, “traffic expands to fill the space available.”\n\nOur governor does not seem to have read him. At a ribbon-cutting last month, Governor Pat Delaney promised that the new lanes would “end the misery of the morning commute.”\n\nI asked my neighbour, Carla Mendes, a nurse who drives to the county hospital every day, what she thought. “It was better for about six weeks,” she told me. “Now it's worse than before.”\n\nThe state's own planners know this. The Department of Transportation admitted in a 2019 report that widening “does not reduce congestion over the long term.”\n\nSo why do we keep doing it? Maybe because, as one former state senator, Ruth Abernathy, told me, “A new road is something you can cut a ribbon on. A bus timetable is not.”",
        [
            ("traffic expands", "Leonard Gray"),
            ("end the misery", "Pat Delaney"),
            ("It was better for", "Carla Mendes"),
            ("Now it's worse", "Carla Mendes"),
            ("does not reduce congestion", "The Department of Transportation"),
            ("A new road is", "Ruth Abernathy"),
        ],
    ),
    (
        "A former hospital administrator was sentenced to six years in prison on Wednesday for stealing nearly $2 million from a charity for sick children.\n\nDonna Keller, 58, pleaded guilty in March to wire fraud and money laundering.\n\n“You stole from children with cancer,” U.S. District Judge Raymond Oduya told her before handing down the sentence. “It is hard to imagine a crueller crime.”\n\nKeller, wearing a grey jumpsuit, wept as she addressed the court.\n\n“I am ashamed of what I did. There is no excuse,” she said. “I will spend the rest of my life trying to pay it back.”\n\nHer attorney, Steven Marsh, had asked for three years, arguing that his client had a gambling addiction. Keller “was sick, and she did not get help,” Marsh wrote in a court filing.\n\nProsecutors were unmoved. Assistant U.S. Attorney Linda Cho said the thefts went on for seven years.\n\n“This was not a moment of weakness. This was a plan,” Cho said outside the courthouse.",
        [
            ("You stole from", "Raymond Oduya"),
            ("It is hard to", "Raymond Oduya"),
            ("I am ashamed", "Donna Keller"),
            ("I will spend", "Donna Keller"),
            ("was sick, and she", "Steven Marsh"),
            ("This was not a moment", "Linda Cho"),
        ],
    ),
    (
        "Astronomers have found water vapour in the atmosphere of a planet orbiting a small star 120 light years away, raising new questions about where life might exist.\n\nThe discovery, published on Thursday in the journal Nature Astronomy, was made with the James Webb Space Telescope.\n\n“It is the first time we've seen this much water on a planet this small,” said lead author Dr. Ingrid Halvorsen of the University of Bergen. “We had to check the data four times before we believed it.”\n\nThe planet, known as TOI-2210b, is about twice the size of Earth. Its surface is probably far too hot for liquid water, Halvorsen cautioned.\n\nOther scientists urged caution too. Marcus Bell, an astrophysicist at Caltech who was not involved in the study, said the signal was “convincing but not yet conclusive.”\n\n“I'd want to see a second observation,” Bell said in an email. “Water signals have fooled us before.”\n\nNASA said in a statement that more observing time had been set aside for the planet next year. “This is exactly the kind of science Webb was built for,” the agency said.",
        [
            ("It is the first time", "Ingrid Halvorsen"),
            ("We had to check", "Ingrid Halvorsen"),
            ("convincing but not yet", "Marcus Bell"),
            ("I'd want to see", "Marcus Bell"),
            ("Water signals have", "Marcus Bell"),
            ("This is exactly the kind", "the agency"),
        ],
    ),
    (
        "The governor of a Midwestern state has apologised after a post on social media appeared to mock flood victims.\n\n“Maybe don't build your house next to a river,” Governor Curtis Lamb wrote on X on Sunday, alongside a photo of a flooded street in Harlan County.\n\nThe post was deleted within an hour, but not before it had been shared thousands of times.\n\nState Representative Alicia Moreno, a Democrat whose district includes Harlan County, responded on Facebook: “These are families who have lost everything. They deserve better than jokes.”\n\nOn Monday, Lamb posted a statement on his official account. “I made a mistake and I apologise to the people of Harlan County,” he wrote. “I will be there tomorrow to see the damage myself.”\n\nAccording to Harlan County emergency manager Dale Whitaker, more than 300 homes were damaged. “Some of these folks have lived here for three generations,” Whitaker said.",
        [
            ("Maybe don't build", "Curtis Lamb"),
            ("These are families", "Alicia Moreno"),
            ("I made a mistake", "Curtis Lamb"),
            ("I will be there", "Curtis Lamb"),
            ("Some of these folks", "Dale Whitaker"),
        ],
    ),
    (
        "SEATTLE — Harbor Coffee, the regional chain with 140 stores, will close a third of its cafes by the end of the year, its chief executive said on Wednesday.\n\nIn a letter to employees, CEO Natalie Brooks explained the decision:\n\n“Our customers have changed how they live and work. Many of them no longer commute downtown five days a week.\n\n“We opened stores for a city that no longer exists. That was my mistake, not yours.\n\n“Every employee whose store closes will be offered a job at another location.”\n\nThe union representing baristas was not satisfied. “An offer of a job forty minutes away is not an offer,” said Jordan Lee, an organiser with Workers United.\n\nAnalysts had expected cuts. Harbor Coffee's sales fell 9 percent last year, according to the company.\n\n“They grew too fast in the boom years,” said Elena Vasquez, a retail analyst at Pacific Crest. “Now they are paying for it.”",
        [
            ("Our customers have changed", "Natalie Brooks"),
            ("An offer of a job", "Jordan Lee"),
            ("They grew too fast", "Elena Vasquez"),
            ("Now they are paying", "Elena Vasquez"),
        ],
    ),
    (
        "WASHINGTON — The White House on Thursday defended its decision to pause military aid to an ally, saying the move was temporary.\n\n“This is a pause, not a cut,” press secretary Dana Whitfield told reporters at the daily briefing. “The president has been clear about that.”\n\nLawmakers from both parties criticised the decision. Senator Joan Ecker, a Republican from Iowa who sits on the Armed Services Committee, called it “a gift to our adversaries.”\n\n“Our friends are watching, and so are our enemies,” she said in a statement.\n\nThe Pentagon referred questions to the White House. A spokesperson for the State Department said only that the department was “reviewing the situation.”\n\nDemocrats were also uneasy. “I don't understand the logic, and I've asked for a briefing,” said Rep. Tomás Herrera of California.\n\nEcker said she would introduce a bill next week to restore the aid. “If the administration won't act, Congress will,” she said.",
        [
            ("This is a pause", "Dana Whitfield"),
            ("The president has been", "Dana Whitfield"),
            ("a gift to our adversaries", "Joan Ecker"),
            ("Our friends are watching", "Joan Ecker"),
            ("I don't understand", "Tomás Herrera"),
            ("If the administration", "Joan Ecker"),
        ],
    ),
    (
        "LISBON, Ohio — Agnes Pelletier, who ran the town's only bookshop for 41 years, died on Sunday. She was 88.\n\nHer son, Raymond Pelletier, said she had worked until the week before her death.\n\n“She was at the till on Tuesday, arguing with a customer about Dickens,” he said. “That was exactly how she wanted to go.”\n\nThe shop, Pelletier & Daughters, opened in 1983 in a former bank on Market Street.\n\nLongtime customer Harriet Osgood, 71, remembered a woman who “never let you leave without a book you didn't know you needed.”\n\n“You'd go in for a birthday card and come out with three novels,” Osgood said.\n\nMayor Colin Drabble called Pelletier “the memory of this town” in a statement on Monday.",
        [
            ("She was at the till", "Raymond Pelletier"),
            ("That was exactly", "Raymond Pelletier"),
            ("never let you leave", "Harriet Osgood"),
            ("You'd go in for", "Harriet Osgood"),
            ("the memory of this town", "Colin Drabble"),
        ],
    ),
    (
        "SAN FRANCISCO (AP) — Shares of the chipmaker Lumetra fell 14% on Wednesday after its founder announced on social media that he was stepping down.\n\n“After 22 years, it is time for someone else to take the wheel,” Arvind Kesavan wrote on LinkedIn late Tuesday.\n\nThe company said its chief financial officer, Teresa Wollenberg, would serve as interim chief executive.\n\n“Nothing about our strategy changes today,” Wollenberg told analysts on a call. “Our customers will not notice a thing.”\n\nInvestors were less sure. Paolo Brandt, who manages a technology fund at Eastgate Capital, said the timing was “strange, to say the least.”\n\n“You don't leave in the middle of a product launch unless something is wrong,” he said.\n\nLumetra declined to comment further.",
        [
            ("After 22 years", "Arvind Kesavan"),
            ("Nothing about our strategy", "Teresa Wollenberg"),
            ("Our customers will not", "Teresa Wollenberg"),
            ("strange, to say the least", "Paolo Brandt"),
            ("You don't leave", "Paolo Brandt"),
        ],
    ),
    (
        "Police in Carrow are searching for a man who robbed a petrol station at knifepoint on Friday night.\n\nThe attendant, 19-year-old Josh Whitcombe, was not hurt.\n\n“He just kept shouting at me to open the till. I've never been so scared in my life,” Whitcombe told the Carrow Echo.\n\nDetective Inspector Priya Raman said officers were studying CCTV footage.\n\n“We believe the man may have been involved in a similar robbery in Hallam last month,” she said. “We would urge anyone who recognises him to call us.”\n\nAccording to Raman, the suspect escaped on a bicycle towards the ring road.\n\nThe station's owner, Derek Moss, said he would install a second camera. “It's the third time this year,” he said.",
        [
            ("He just kept shouting", "Josh Whitcombe"),
            ("We believe the man", "Priya Raman"),
            ("We would urge", "Priya Raman"),
            ("It's the third time", "Derek Moss"),
        ],
    ),
    (
        "Hallam United have signed winger Tiago Ferreira from Porto for a club-record £18m.\n\nThe 24-year-old Portuguese international has agreed a five-year contract.\n\nManager Sean Kilbride said he had wanted Ferreira for two seasons:\n\n“Tiago is quick, he is brave and he scores goals.\n\n“When we lost out on him last summer I was gutted. I'm delighted we've finally got him.”\n\nFerreira told the club's website: “This is a big club with big ambitions. I can't wait to play in front of these fans.”\n\nHallam's chairman, Martin Greaves, described the deal as “a statement of intent.”",
        [
            ("Tiago is quick", "Sean Kilbride"),
            ("This is a big club", "Tiago Ferreira"),
            ("a statement of intent", "Martin Greaves"),
        ],
    ),
    (
        "OPINION\n\nThe four-day week is not a fantasy\n\nBy Lorna Achterberg\n\nWhen my company switched to a four-day week last year, my friends thought we had lost our minds.\n\n“Who's going to answer the phones on Fridays?” my father asked me over dinner.\n\nThe answer turned out to be nobody, and nobody minded. Our clients barely noticed.\n\nThe economist Jonas Feld, who has studied dozens of such trials, puts it bluntly: “Most offices waste a day a week anyway. The four-day week simply admits it.”\n\nNot everyone agrees. The Federation of Small Businesses warned in March that a shorter week would be “impossible for firms that cannot simply close on Fridays.”\n\nThat is a fair point for a bakery. It is not a fair point for an accounting firm.",
        [
            ("Who's going to answer", "my father"),
            ("Most offices waste", "Jonas Feld"),
            ("impossible for firms", "The Federation of Small Businesses"),
        ],
    ),
    (
        "The Senate Judiciary Committee voted 12-10 on Thursday to advance the nomination of Judge Helena Marsh to the federal appeals court.\n\nCommittee chairman Sen. Rudy Caldwell, R-Texas, praised Marsh as “a careful, fair-minded judge.”\n\n“She has the temperament and the experience, and that should be enough,” he said.\n\nDemocrats said Marsh had refused to answer basic questions at her hearing. Sen. Nora Espinoza, D-Calif., the committee's ranking member, said: “We asked her about precedent forty times. She dodged forty times.”\n\nMarsh, 52, has served on the district court in Austin since 2017.\n\nThe full Senate is expected to vote on the nomination next month. Majority Leader Frank Delgado said on X that he expected her to be confirmed “with votes to spare.”",
        [
            ("a careful, fair-minded", "Rudy Caldwell"),
            ("She has the temperament", "Rudy Caldwell"),
            ("We asked her about", "Nora Espinoza"),
            ("with votes to spare", "Frank Delgado"),
        ],
    ),
    (
        "Ohio State coach Ryan Day said his team was ready for Michigan.\n\n“We've been thinking about this game since last November,” Day told reporters on Monday.\n\nQuarterback Will Howard, who threw for 300 yards last week, agreed.\n\n“This is the one that matters,” Howard said. “Everybody knows it.”",
        [
            ("We've been thinking", "Ryan Day"),
            ("This is the one", "Will Howard"),
            ("Everybody knows it", "Will Howard"),
        ],
    ),
    (
        "“I thought I was going to die.”\n\nThat is how Jasmine Ortiz, 19, remembers the moment her car slid off the icy highway last January.\n\nOrtiz spent three weeks in hospital. Her mother, Rosa Ortiz, never left her side.\n\n“You don't think about anything else,” Rosa Ortiz said. “You just sit and pray.”",
        [
            ("I thought I was", "Jasmine Ortiz"),
            ("You don't think", "Rosa Ortiz"),
            ("You just sit", "Rosa Ortiz"),
        ],
    ),
    (
        "Shares of Northwind Energy fell 12% on Thursday after the company cut its profit forecast.\n\n“Demand in Europe has been weaker than we expected,” chief executive Laura Pennington said on a call with analysts.\n\nAnalysts were not convinced. “The problems go deeper than one quarter,” said Ravi Shah, an analyst at Morton Securities.\n\nThe company said in a statement that it would cut 400 jobs. “These decisions are never easy,” it said.",
        [
            ("Demand in Europe", "Laura Pennington"),
            ("The problems go deeper", "Ravi Shah"),
            ("These decisions", "The company"),
        ],
    ),
    # batch 7 (features, wire, sports, court, science) and batch 8 (two speakers of one gender,
    # a story opening on a quotation), written after the rules above: 23/23 and 24/27 then
    (
        "The last ferry to Innis Mor\n\nBy Cathal Brennan\n\nFor 60 years, the Innis Mor ferry has carried cattle, tourists and the occasional bride across the sound. On Friday it makes its final crossing.\n\nSkipper Declan Fahy, 63, has worked the route since he was a teenager. He remembers winters when the boat was the only link to the mainland for weeks.\n\n“You'd have the doctor on board, the post, a coffin once or twice,” he says. “Everything the island needed came over on this deck.”\n\nThe county council, which subsidises the service, says a new bridge makes it unnecessary. Council engineer Aoife Lynch points out that the bridge carries 4,000 vehicles a day.\n\n“The numbers speak for themselves,” she says.\n\nIslanders are not so sure. Bridget Coyle, who runs the island shop, worries about visitors.\n\n“People came for the crossing. The bridge is just a road,” she says. “We'll see how many come now.”\n\nFahy will keep the boat. He hasn't decided what to do with it.\n\n“Maybe I'll take it fishing,” he says, smiling. “Maybe I'll just sit on it.”",
        [
            ("You'd have the doctor", "Declan Fahy"),
            ("Everything the island", "Declan Fahy"),
            ("The numbers speak", "Aoife Lynch"),
            ("People came for the crossing", "Bridget Coyle"),
            ("We'll see how many", "Bridget Coyle"),
            ("Maybe I'll take it", "Declan Fahy"),
            ("Maybe I'll just sit", "Declan Fahy"),
        ],
    ),
    (
        "LONDON (Reuters) - Britain's biggest water company will pay a record £90 million fine for pumping sewage into rivers, the regulator said on Tuesday.\n\nOfwat said Eastbrook Water had failed to invest in its treatment works for a decade.\n\n“This is a company that put dividends before rivers,” Ofwat chief executive Harriet Lomax said in a statement.\n\nEastbrook said it accepted the findings. “We are sorry. We have let our customers down and we will put it right,” the company said.\n\nCampaigners said the fine was too small. “Ninety million pounds is a rounding error for a company this size,” said Tom Ashdown of the River Trust.\n\nShares in Eastbrook's parent company rose 2% after the announcement, which analysts said removed uncertainty.\n\n“The market had priced in worse,” said Priya Menon, a utilities analyst at Halden Bank.",
        [
            ("This is a company that put", "Harriet Lomax"),
            ("We are sorry", "the company"),
            ("Ninety million pounds", "Tom Ashdown"),
            ("The market had priced", "Priya Menon"),
        ],
    ),
    (
        "Kestrel City 2 Dunmore Rovers 2\n\nKestrel City boss Andy Marchetti accused his players of “switching off” after they let a two-goal lead slip in the final ten minutes.\n\n“At 2-0 you have to kill the game. We didn't. That's on all of us, me included,” Marchetti said.\n\nRovers substitute Jamal Osei scored twice in four minutes to rescue a point.\n\n“The gaffer told me to run at them, so I ran at them,” the 19-year-old said with a grin.\n\nRovers manager Sue Pritchard praised her side's spirit. “They never gave up. I'm so proud of them,” she said.\n\nMarchetti was also unhappy with the referee. Asked about the penalty appeal in the first half, he said: “Everyone in the ground saw it except one man.”",
        [
            ("At 2-0 you have", "Andy Marchetti"),
            ("The gaffer told me", "Jamal Osei"),  # an age stands for the person named before
            ("They never gave up", "Sue Pritchard"),
            ("Everyone in the ground", "Andy Marchetti"),
        ],
    ),
    (
        "A judge in Harlow County has thrown out a lawsuit brought by residents against a planned data centre.\n\nJudge Miriam Okoro ruled on Thursday that the residents had filed their complaint too late.\n\n“The court has sympathy for the plaintiffs, but the law is clear,” Okoro wrote in her decision. “The deadline passed in March.”\n\nThe residents' lawyer, Gareth Bell, said they would appeal.\n\n“This was decided on a technicality. Nobody has looked at the merits,” he said outside the courthouse.\n\nVantage Data, the company behind the project, welcomed the ruling. Its spokesperson, Lena Fischer, said construction would begin in the spring.\n\n“We have always said this project will bring jobs to Harlow,” Fischer said.",
        [
            ("The court has sympathy", "Miriam Okoro"),
            ("The deadline passed", "Miriam Okoro"),
            ("This was decided", "Gareth Bell"),
            ("We have always said", "Lena Fischer"),
        ],
    ),
    (
        "Scientists have trained crows to count to four, a study published on Wednesday in the journal Animal Minds says.\n\n“Crows are much cleverer than we give them credit for,” said lead researcher Dr. Hannes Vogel of the University of Kiel.\n\nThe birds learned to peck a screen a set number of times in exchange for food.\n\nVogel said the crows made the same kinds of mistakes as young children. “When they get it wrong, they are usually off by one,” he said.\n\nNot all scientists are convinced. “Pecking on command is not the same as understanding numbers,” said psychologist Rosa Almeida, who studies animal cognition at the University of Porto.\n\nAlmeida said she would like to see the birds tested with sounds rather than images.\n\n“If they can count beeps, I will be impressed,” she said.",
        [
            ("Crows are much cleverer", "Hannes Vogel"),
            ("When they get it wrong", "Hannes Vogel"),
            ("Pecking on command", "Rosa Almeida"),
            ("If they can count beeps", "Rosa Almeida"),
        ],
    ),
    (
        "WASHINGTON — Two senators who rarely agree on anything have teamed up on a bill to ban stock trading by members of Congress.\n\nSen. Martin Kessler, a Republican from Idaho, and Sen. Paula Grant, a Democrat from Vermont, unveiled the measure on Wednesday.\n\n“Voters think we are here to get rich. Some of them are right,” Kessler said at a news conference.\n\nGrant nodded. “This is not a left or right issue,” she said. “It's a trust issue.”\n\nThe Senate majority leader, Ron Whitaker, has not said whether he will bring the bill to a vote. A spokesman for Whitaker said the leader was “reviewing the proposal.”\n\nKessler said he had 30 co-sponsors. “We'll get there,” he added. “It may take a year, but we'll get there.”",
        [
            ("Voters think we are", "Martin Kessler"),
            ("This is not a left", "Paula Grant"),
            ("It's a trust issue", "Paula Grant"),
            ("reviewing the proposal", "A spokesman for Whitaker"),
            ("We'll get there", "Martin Kessler"),
            ("It may take a year", "Martin Kessler"),
        ],
    ),
    (
        "Tomas Reyes was 14 when he first walked into the boxing gym on Canal Street. His coach, Frank Dolan, remembers a skinny kid who wouldn't stop talking.\n\n“He talked more than he punched,” Dolan says. “Then one day he stopped talking and started punching.”\n\nTen years later, Reyes is fighting for a world title in Las Vegas on Saturday.\n\nHe still trains with Dolan every morning at six.\n\n“Frank is like a father to me,” he says. “Everything I have, I owe to this gym.”\n\nDolan, 71, says he is too old to be nervous.\n\n“I'll be nervous on Saturday night,” he admits. “Not before.”",
        [
            ("He talked more than", "Frank Dolan"),
            ("Then one day he stopped", "Frank Dolan"),
            ("Frank is like a father", "Tomas Reyes"),
            ("Everything I have", "Tomas Reyes"),
            ("I'll be nervous", "Frank Dolan"),
            ("Not before", "Frank Dolan"),
        ],
    ),
    (
        "The school board meeting ran past midnight on Tuesday.\n\nParent Janet Morrow spoke first. She told the board that her son had been bullied for a year and nobody had acted.\n\n“I wrote six emails. I got one reply,” she said.\n\nBoard president Alan Fitch apologised. He said the district would hire two more counsellors in the autumn.\n\n“We have failed some families, and I'm sorry for that,” Fitch said.\n\nMorrow was not satisfied. “Sorry doesn't help my son,” she said after the meeting.\n\nAnother parent, Raj Patel, said the problem went beyond one school.\n\n“Every parent I know has a story like Janet's,” Patel said.",
        [
            ("I wrote six emails", "Janet Morrow"),
            ("We have failed", "Alan Fitch"),
            ("Sorry doesn't help", "Janet Morrow"),
            ("Every parent I know", "Raj Patel"),
        ],
    ),
    (
        "PARIS (AP) — France's president on Monday named a new prime minister, his fourth in two years.\n\nThe president, Étienne Valmont, chose Claire Dubois, a 44-year-old former budget minister, to lead the government.\n\n“France needs stability, and Claire Dubois will provide it,” Valmont said in a televised address.\n\nDubois, speaking outside the prime minister's residence, promised to “listen before acting.”\n\n“I know the task is difficult,” she said. “I did not ask for an easy job.”\n\nOpposition leader Marc Ferrand was scathing. He called the appointment “another reshuffle of the same deck.”\n\n“Nothing changes except the names,” he told France Inter radio.",
        [
            ("France needs stability", "Étienne Valmont"),
            ("listen before acting", "Claire Dubois"),
            ("I know the task", "Claire Dubois"),
            ("I did not ask", "Claire Dubois"),
            ("another reshuffle", "Marc Ferrand"),
            ("Nothing changes except", "Marc Ferrand"),
        ],
    ),
    # batch 9: pages as scraped (single line breaks, straight marks, bylines, 'Advertisement',
    # 'Read more:'), written after the rules above: 12/15 then (a columnist's own “I wrote”, 'a
    # developer named X', 'A former employee … said …. “…,” she said.'), 15/15 now
    (
        'Council approves new cycle lanes despite protests\nBy Maya Holt, Local Democracy Reporter\nPublished 14:02, 3 June 2024\n(Photo by Sam Reed/Getty Images)\nCouncillors voted 31-12 on Monday night to build protected cycle lanes on three main roads.\nCouncil leader Brian Oduya said the lanes would make the city safer. "Every year we lose people on these roads. That has to stop," he said.\nAdvertisement\nShopkeepers on Mill Road were furious. Deborah Clarke, who owns a florist\'s, said the loss of parking would ruin her.\n"My customers drive here. Where are they going to park?" she said. "Nobody asked us."\nRead more: City to ban cars from school streets\nCyclist Omar Hussain welcomed the vote. "It\'s about time," he said.\nMaya Holt is the Local Democracy Reporter for Dunmore.',
        [
            ("Every year we lose", "Brian Oduya"),
            ("My customers drive", "Deborah Clarke"),
            ("Nobody asked us", "Deborah Clarke"),
            ("It's about time", "Omar Hussain"),
        ],
    ),
    (
        'Officials said Tuesday that the wildfire near Paso Verde had burned more than 12,000 acres.\n"We are nowhere near containment," Cal Fire spokesperson Nina Alvarez said during a briefing. "The wind is not helping us."\nMore than 3,000 residents have been told to leave. Among them is retired teacher Don Whitcomb, 77, who left his home with two cats and a box of photographs.\n"You don\'t think about the stuff," Whitcomb said. "You think about the things you can\'t replace."\nAlvarez said crews expected the wind to drop by Thursday. Asked whether homes had been lost, she said: "We believe some structures have been damaged. We don\'t have numbers yet."',
        [
            ("We are nowhere near", "Nina Alvarez"),
            ("The wind is not", "Nina Alvarez"),
            ("You don't think about", "Don Whitcomb"),
            ("You think about the things", "Don Whitcomb"),
            ("We believe some structures", "Nina Alvarez"),
        ],
    ),
    (
        'OPINION | I was wrong about remote work\nBy Helen Stavros\nHelen Stavros is a columnist and former chief executive of a software company.\nThree years ago I told my staff to come back to the office. "Culture happens in person," I wrote in a memo I now regret.\nI was wrong. Our best engineers left. One of them, a brilliant developer named Kofi Asante, told me on his way out: "I can do this job from anywhere. I just can\'t do it from here."\nMy own manager at the time, the company\'s founder Ruth Engel, had warned me. "You will lose the people you most want to keep," she said.\nShe was right.',
        [
            ("Culture happens in person", "Helen Stavros"),
            ("I can do this job", "Kofi Asante"),
            ("You will lose the people", "Ruth Engel"),
        ],
    ),
    (
        'Tech firm Novabyte lays off 1,200 workers\nNovabyte said on Thursday it would cut 1,200 jobs, about 8% of its workforce.\nIn a memo to staff seen by the Financial Courier, chief executive Lars Engstrom wrote: "These are people who helped build this company. This is the hardest decision I have made."\nThe company\'s shares rose 6% on the news.\n"Investors like cost cuts, even when they\'re painful," said Mei Tanaka, an analyst at Ridgefield Partners.\nA former employee, who asked not to be named because she signed a severance agreement, said the cuts came without warning. "We found out from a calendar invite," she said.',
        [
            ("These are people who helped", "Lars Engstrom"),
            ("Investors like cost cuts", "Mei Tanaka"),
            ("We found out from", "A former employee"),
        ],
    ),
    # batch 10 (a live blog, a trial, a feature, a strike), written after the rules above:
    # 15/17 then (a short phrase before an adjunct, “Again.” after an attributed piece), 17/17 now
    (
        "Live updates: Storm Dara hits the coast\n\n9:45 a.m.\n\nThe coastguard says two fishermen have been rescued off Porthcawl.\n\n“Both men are cold but otherwise well,” coastguard spokesman Idris Rowe said.\n\n9:20 a.m.\n\nFirst Minister Catrin Howells has urged people to stay indoors.\n\n“Please do not go to the seafront to look at the waves,” she wrote on X. “It is not worth your life.”\n\n8:55 a.m.\n\nMore than 40,000 homes are without power, according to the grid operator.",
        [
            ("Both men are cold", "Idris Rowe"),
            ("Please do not go", "Catrin Howells"),
            ("It is not worth", "Catrin Howells"),
        ],
    ),
    (
        "Detective Sergeant Paul Irwin arrested Kieran Mace in a car park in Leeds on a Friday night in 2019.\n\nThe trial heard that Irwin had followed Mace for three weeks.\n\n“He was careful, but not careful enough,” Irwin told the jury on Tuesday.\n\nMace, 34, denies all charges. His barrister, Hugh Penrose KC, suggested that the detective had “decided on his man” before the investigation began.\n\nIrwin rejected that. “I follow the evidence. That's the job,” he said.\n\nThe trial continues.",
        [
            ("He was careful", "Paul Irwin"),
            ("decided on his man", "Hugh Penrose"),
            ("I follow the evidence", "Paul Irwin"),
        ],
    ),
    (
        "When Nadia Suleiman opened her bakery in 2015, her father told her she was crazy.\n\n“He said nobody would pay four pounds for a loaf of bread,” she laughs. “Now he queues with everybody else.”\n\nThe bakery now employs 22 people. Suleiman's father, Karim, still comes in every Saturday.\n\n“I was wrong,” he admits. “Don't tell her I said that.”\n\nSuleiman plans to open a second shop next year. “If the bank says yes,” she adds.",
        [
            ("He said nobody would pay", "Nadia Suleiman"),
            ("Now he queues", "Nadia Suleiman"),
            ("I was wrong", "Karim"),
            ("Don't tell her", "Karim"),
            ("If the bank says yes", "Nadia Suleiman"),
        ],
    ),
    (
        "Union leaders have called a 48-hour strike on the Metro line from Monday.\n\nThe RMT's regional organiser, Dave Kinsella, said members had been left with no choice.\n\n“We have been talking for eight months. Management has not moved an inch,” he said.\n\nThe operator, Metrolink North, said the strike was “unnecessary and deeply disappointing.”\n\n“Our offer is fair and affordable,” a spokeswoman for the company said. “We urge the union to put it to its members.”\n\nCommuters were resigned. “I'll work from home,” said Emma Clough, who travels in from Bury every day. “Again.”",
        [
            ("We have been talking", "Dave Kinsella"),
            ("unnecessary and deeply", "Metrolink North"),
            ("Our offer is fair", "a spokeswoman for the company"),
            ("We urge the union", "a spokeswoman for the company"),
            ("I'll work from home", "Emma Clough"),
            ("Again", "Emma Clough"),
        ],
    ),
    # batch 11 (a city-hall row, a column, a sports injury), written after the rules above:
    # 13/14 then (“holding the city hostage” over overtime pay.), 14/14 now
    (
        "The mayor's office and the police union are at war again.\n\nMayor Denise Okafor on Monday accused the union of “holding the city hostage” over overtime pay. Union president Mike Brennan hit back within the hour.\n\n“The mayor has never walked a beat in her life,” Brennan said. “She has no idea what our officers face.”\n\nOkafor's chief of staff, Lucas Yi, told reporters the city had offered a 4% raise.\n\n“That's more than any other city department got,” he said.\n\nBrennan said the offer was “an insult dressed up as a gift.”",
        [
            ("holding the city hostage", "Denise Okafor"),
            ("The mayor has never", "Mike Brennan"),
            ("She has no idea", "Mike Brennan"),
            ("That's more than", "Lucas Yi"),
            ("an insult dressed up", "Mike Brennan"),
        ],
    ),
    (
        "Why I still believe in libraries\n\nBy Anna Kowalczyk\n\nMy grandmother could not read until she was 40. She learned in the library on Elm Street, taught by a volunteer named Ruth Abney.\n\n“Ruth never made me feel stupid,” my grandmother told me years later. “Not once.”\n\nLast month the council voted to close that library. Councillor Greg Townsend defended the decision in the local paper.\n\n“Everything is online now,” he wrote. “We cannot pay for buildings nobody uses.”\n\nI went to the library the week before it closed. It was full.",
        [
            ("Ruth never made me", "my grandmother"),
            ("Not once", "my grandmother"),
            ("Everything is online", "Greg Townsend"),
            ("We cannot pay", "Greg Townsend"),
        ],
    ),
    (
        "Wimbledon champion Elena Sorokina pulled out of the Eastbourne tournament on Tuesday with a shoulder injury.\n\nThe 26-year-old said she had felt pain in her serving arm during practice.\n\n“I don't want to risk it before the big one,” Sorokina told reporters. “My body has to come first.”\n\nHer coach, Piotr Malek, said the injury was not serious.\n\n“It's a precaution. Nothing more,” Malek said. “She will be ready for Wimbledon.”\n\nTournament director Clare Hobbs said she was disappointed but understood. “Players have to look after themselves,” she said.",
        [
            ("I don't want to risk", "Elena Sorokina"),
            ("My body has to", "Elena Sorokina"),
            ("It's a precaution", "Piotr Malek"),
            ("She will be ready", "Piotr Malek"),
            ("Players have to look", "Clare Hobbs"),
        ],
    ),
    (
        "Tennis star Nadia Petrova reached the final in Miami with a 6-3, 6-4 win over Carla Ruiz.\n\n“I felt great out there today,” Petrova, 22, said in her on-court interview. “The crowd was amazing.”\n\nRuiz, who had beaten the top seed in the quarterfinals, said she was tired.\n\n“My legs were gone after the first set,” the Spaniard said.",
        [
            ("I felt great", "Nadia Petrova"),
            ("The crowd was", "Nadia Petrova"),
            ("My legs were gone", "Carla Ruiz"),
        ],
    ),
    (
        "Liverpool manager Arne Slot praised his side's resilience after a 2-1 win at Brighton.\n\n“We had to suffer, but the players kept going,” Slot said. “That's a sign of a good team.”\n\nBrighton boss Fabian Hurzeler said his team had deserved at least a point. “We were the better side for an hour,” the German said.",
        [
            ("We had to suffer", "Arne Slot"),
            ("That's a sign", "Arne Slot"),
            ("We were the better", "Fabian Hurzeler"),
        ],
    ),
    # batch 12 (wire, local, interview, transfer news), written after the rules above and the
    # merge of main: 14/16 then ('WHO Director-General X', 'The head of …, Dr. X, said'), 16/16 now
    (
        "GENEVA (AFP) - The World Health Organization on Thursday declared the cholera outbreak in the region a global emergency.\n\n“The virus is spreading faster than our teams can respond,” WHO Director-General Abena Mensah told a news conference.\n\nShe said 14 countries had reported cases.\n\nThe head of the WHO's emergencies programme, Dr. Felix Grant, said vaccine supplies were “dangerously low.”\n\n“We have one dose for every ten people who need one,” Grant said. “That is not a situation anyone should accept.”\n\nHealth ministers from the affected countries will meet in Nairobi next week.",
        [
            ("The virus is spreading", "Abena Mensah"),
            ("dangerously low", "Felix Grant"),
            ("We have one dose", "Felix Grant"),
            ("That is not a situation", "Felix Grant"),
        ],
    ),
    (
        "Residents of Alder Street say they have been waiting six years for the council to fix a sinkhole outside number 12.\n\n“My granddaughter fell in it last winter,” said Patricia Onwudiwe, 68. “She needed stitches.”\n\nHer neighbour Graham Tull has started a petition. More than 400 people have signed it.\n\n“Every month they say next month,” he said.\n\nA council spokesperson said repairs were scheduled for the spring.\n\n“We apologise for the delay and thank residents for their patience,” the spokesperson said.\n\nTull was not impressed. “I'll believe it when I see the trucks,” he said.",
        [
            ("My granddaughter fell", "Patricia Onwudiwe"),
            ("She needed stitches", "Patricia Onwudiwe"),
            ("Every month they say", "Graham Tull"),
            ("We apologise for the delay", "A council spokesperson"),  # as first written
            ("I'll believe it", "Graham Tull"),
        ],
    ),
    (
        "Interview: the chef who gave up meat\n\nRaffaele Conti ran a steakhouse in Turin for 20 years. Now his new restaurant in Milan serves only vegetables.\n\nWhat changed?\n\n“I had a heart attack at 51. My doctor told me: ‘Raffaele, you eat like a lion and live like a sloth.’”\n\nDo you miss meat?\n\n“Every day. But I miss my life more when I think about losing it.”\n\nHis wife, Giulia, runs the front of house. She says the customers are the same people as before.\n\n“They come for him, not for the steak,” she says.",
        [
            ("I had a heart attack", "Raffaele Conti"),
            ("Every day", "Raffaele Conti"),
            ("They come for him", "Giulia"),
        ],
    ),
    (
        "Striker Leon Mbeki has handed in a transfer request at Harwick City, the club confirmed on Friday.\n\nThe 25-year-old, who scored 19 goals last season, wants to join a club in the Champions League, his agent said.\n\n“Leon loves Harwick, but he is ambitious,” agent Carlos Ribeiro told The Athletic. “He wants to play at the highest level.”\n\nCity manager Tom Hadley was blunt. “He is under contract for three more years. Nobody is leaving for free,” Hadley said.\n\nThe club's chief executive, Sandra Okoye, said in a statement that Mbeki was “not for sale.”",
        [
            ("Leon loves Harwick", "Carlos Ribeiro"),
            ("He wants to play", "Carlos Ribeiro"),
            ("He is under contract", "Tom Hadley"),
            ("not for sale", "Sandra Okoye"),
        ],
    ),
    # batch 13 (health, politics, sports report), written after the rules above: 11/12 then
    # ('Its president, Doug Fennimore, called …'), 12/12 now
    (
        "A hospital in Wexley has apologised after a patient waited 19 hours on a trolley in a corridor.\n\nMaureen Tate, 84, was taken to Wexley General on Saturday after a fall at home. Her daughter, Lisa Tate, said her mother was left without food for most of the night.\n\n“Nobody came. I kept asking and they kept saying soon,” she said.\n\nThe hospital's chief nurse, Amir Rahimi, said the emergency department had been “overwhelmed” that weekend.\n\n“This is not the care we want to give, and I'm sorry,” Rahimi said.\n\nMaureen Tate is now recovering on a ward. “She's tough,” her daughter said. “Tougher than the hospital.”",
        [
            ("Nobody came", "Lisa Tate"),
            ("This is not the care", "Amir Rahimi"),
            # ("her daughter": the daughter the text introduced by name, Lisa Tate)
            ("She's tough", "Lisa Tate"),
            ("Tougher than the hospital", "Lisa Tate"),
        ],
    ),
    (
        "OTTAWA — Canada will ban single-use plastic cutlery from restaurants by 2027, Environment Minister Joelle Tremblay announced Monday.\n\n“Our lakes and our coasts are choking on plastic,” Tremblay said at a press conference in Ottawa. “Canadians have told us they want action.”\n\nThe Restaurants Canada association warned that the ban would raise costs. Its president, Doug Fennimore, called the timeline “unrealistic for small operators.”\n\nEnvironmental groups were pleased, though they want packaging covered too.\n\n“Cutlery is a start. Packaging is the real problem,” said Mira Halvorsen of Clean Seas Canada.",
        [
            ("Our lakes and our coasts", "Joelle Tremblay"),
            ("Canadians have told us", "Joelle Tremblay"),
            ("unrealistic for small", "Doug Fennimore"),
            ("Cutlery is a start", "Mira Halvorsen"),
        ],
    ),
    (
        "The night the lights went out at Brenton Park\n\nBy Sione Fifita\n\nWith eight minutes left and the home side a goal up, every floodlight at Brenton Park went dark.\n\n“I thought it was a joke at first,” said home captain Rhys Pemberton. “Then I couldn't see my own feet.”\n\nReferee Alan Whitby took the players off. After 45 minutes without power, he abandoned the match.\n\n“Safety comes first. There was no other decision to make,” Whitby said.\n\nThe visitors' manager, Ingrid Sollie, wanted the result to stand. She said her team had been “robbed by a fuse box.”",
        [
            ("I thought it was a joke", "Rhys Pemberton"),
            ("Then I couldn't see", "Rhys Pemberton"),
            ("Safety comes first", "Alan Whitby"),
            ("robbed by a fuse box", "Ingrid Sollie"),
        ],
    ),
    (
        "DUNMORE — A dispute over a fence has turned neighbours into enemies on Oak Ridge Road.\n\nMargaret Finnegan, a retired teacher who has lived at number 14 for thirty years, says the fence her new neighbour built last spring blocks the only sunlight her garden gets.\n\nShe has filed complaints with the council twice.\n\n“I grew tomatoes here for three decades. This year, nothing,” she said, pointing at a row of empty pots.\n\nHer neighbour, software engineer Derek Nolan, accused her of “making up problems to get attention.” He said the fence was within the legal height limit.\n\n“I checked the rules before I built it. I have the permit on my fridge,” Nolan said.\n\nThe council's planning officer, Yusuf Hamid, who visited the site in June, said both sides had a point. The fence was legal, he said, but the council had asked Nolan to consider “a gesture of goodwill.”\n\nFinnegan is not holding her breath. “He won't even say good morning to me,” she said.",
        [
            ("I grew tomatoes", "Margaret Finnegan"),
            ("making up problems", "Derek Nolan"),
            ("I checked the rules", "Derek Nolan"),
            ("a gesture of goodwill", "Yusuf Hamid"),
            ("He won't even say", "Margaret Finnegan"),
        ],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        "Manchester United manager Erik Holm insisted his side were unlucky after the 2-1 defeat at Villa Park.\n\n“We created enough chances to win two games,” Holm said. “The goalkeeper had the game of his life.”\n\nVilla captain Jack Mercer saw it differently.\n\n“We defended as a team for ninety minutes,” the midfielder told Sky Sports. “That's what you need in this league.”",
        [
            ("We created enough", "Erik Holm"),
            ("The goalkeeper", "Erik Holm"),
            ("We defended as", "Jack Mercer"),
            ("That's what you need", "Jack Mercer"),
        ],
    ),
    (
        "Tesla shares jumped 8% after the company reported record deliveries.\n\n“Demand remains strong across all regions,” Tesla said in a statement.\n\nWedbush analyst Dan Ives called the numbers “a home run” and raised his price target.",
        [("Demand remains strong", "Tesla"), ("a home run", "Dan Ives")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        'NAIROBI - Kenya\'s tea farmers say falling prices are pushing them out of business.\n\n"I used to earn enough to send three children to school," said Joseph Kiprono, who farms two acres near Kericho. "Now I can barely pay for fertiliser."\n\nThe Kenya Tea Development Agency blamed a global glut. It said in a statement that "prices will recover once stocks clear."\n\nAgriculture minister Mutahi Kagwe promised support: "Government will not abandon our farmers."',
        [
            ("I used to earn", "Joseph Kiprono"),
            ("Now I can barely", "Joseph Kiprono"),
            ("prices will recover", "Kenya Tea Development Agency"),
            ("Government will not", "Mutahi Kagwe"),
        ],
    ),
    (
        'Golfer Jason Day shot a final-round 66 to win the Texas Open by two strokes on Sunday.\n\n"It has been a long road back," Day said after holing the winning putt. "My back was so bad two years ago I thought I was done."\n\nRunner-up Hideki Matsuyama praised his rival. "He played beautifully all week," the Japanese star said through an interpreter.',
        [
            ("It has been a long", "Jason Day"),
            ("My back was", "Jason Day"),
            ("He played", "Hideki Matsuyama"),
        ],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        'TORONTO (CP) - Canada\'s largest grocery chain is facing a boycott over rising food prices.\n\n"People are angry and they have every right to be," said organiser Emily Carter, a teacher from Hamilton. "We just want fair prices."\n\nLoblaw president Per Bank said the company\'s margins had not grown. "We understand the frustration," he said in a statement, "but we are not the cause of inflation."',
        [
            ("People are angry", "Emily Carter"),
            ("We just want", "Emily Carter"),
            ("We understand", "Per Bank"),
        ],
    ),
    (
        'Dr. Amara Osei has spent twenty years studying malaria in northern Ghana.\n\n"The mosquitoes are adapting faster than our drugs," the epidemiologist warned at a conference in Geneva on Wednesday.\n\nHer colleague, Professor Lars Nilsson of the Karolinska Institute, agreed. "We need a vaccine that lasts, not one that fades in a year," Nilsson said.',
        [("The mosquitoes", "Amara Osei"), ("We need a vaccine", "Lars Nilsson")],
    ),
    # batch 5: the age noun kept as written, a headline quotation, an interviewer's statement
    # prompt, a quotation inside reported speech
    (
        "Marlow Town 3 Ashby Rovers 1\n\nMarlow Town moved to the top of the table with a comfortable win over Ashby Rovers on Saturday, and manager Gareth Pryce was in no mood to hide his delight.\n\n“That's the best we've played all season,” Pryce said. “The lads were brilliant from the first whistle.”\n\nStriker Kofi Mensah, who scored twice, dedicated the goals to his late grandfather.\n\n“He took me to my first game when I was six. I wish he could have seen this.”\n\nAshby boss Neil Dorrington was less happy with the referee, who sent off defender Luke Barnes after 30 minutes.\n\n“I've watched it back three times and it's never a red card,” Dorrington said. “It killed the game.”\n\nAsked whether the club would appeal, he said: “We'll look at it on Monday. I'm too angry to talk about it now.”\n\nMensah's double takes him to 14 goals for the season. “I'm not thinking about the golden boot,” the 23-year-old said. “Only about the next match.”",
        [
            ("That's the best", "Gareth Pryce"),
            ("The lads were", "Gareth Pryce"),
            ("He took me to", "Kofi Mensah"),
            ("I've watched it", "Neil Dorrington"),
            ("It killed the game", "Neil Dorrington"),
            ("We'll look at it", "Neil Dorrington"),
            ("I'm not thinking", "Kofi Mensah"),
            ("Only about the next", "Kofi Mensah"),
        ],
    ),
    (
        "INTERVIEW\n\n‘I never wanted to be famous’: novelist Beatrice Alder on her surprise hit\n\nBeatrice Alder's debut novel, The Salt House, has sold a million copies in a year. We spoke to her at her home in Cornwall.\n\nHow did it feel when the book took off?\n\n“Honestly, terrifying. I'm a very private person and suddenly strangers were stopping me in the supermarket.”\n\nDid you expect it to sell?\n\n“Not at all. My publisher printed 3,000 copies. My mother bought about 40 of them.”\n\nYour editor, Simon Reyes, has said the book was rejected eleven times.\n\n“Twelve, actually. He's being kind.”\n\nReyes, reached by phone, laughed at that. “She's right, it was twelve,” he said. “I still have the letters.”\n\nWhat are you writing now?\n\n“Something completely different. That's all I'll say.”",
        [
            ("I never wanted to be famous", "Beatrice Alder"),
            ("Honestly, terrifying", "Beatrice Alder"),
            ("Not at all", "Beatrice Alder"),
            ("Twelve, actually", "Beatrice Alder"),
            ("She's right", "Simon Reyes"),
            ("I still have", "Simon Reyes"),
            ("Something completely", "Beatrice Alder"),
        ],
    ),
    # batch 8: a two-word phrase inside a sentence (“exceptionally rare” for the region) is
    # dropped as a scare quote
    (
        "“I've never seen anything like it.”\n\nFarmer Glenys Pryce has lived on the same hill for 50 years, but she had never seen hailstones the size of golf balls until Sunday.\n\nThe storm flattened her barley in twenty minutes.\n\n“It sounded like gunfire on the roof,” she said. “The dogs hid under the table.”\n\nHer neighbour, Huw Bevan, lost the roof of his cattle shed.\n\n“The insurance will pay for some of it. Not all,” he said.\n\nThe Met Office said the storm was “exceptionally rare” for the region.",
        [
            ("I've never seen anything", "Glenys Pryce"),
            ("It sounded like gunfire", "Glenys Pryce"),
            ("The dogs hid", "Glenys Pryce"),
            ("The insurance will pay", "Huw Bevan"),
            ("exceptionally rare", "The Met Office"),
        ],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)


# round 6: shapes of British, Irish and club news, each with an invented passage
SHAPES_ROUND6: list[Case] = [
    (  # "Cllr" is a title, a senior counsel's "SC" no part of the name
        "Cllr Ada Pennock, who chairs the planning committee, defended the scheme.\n\n"
        "“We listened to every objection,” said Cllr Pennock.\n\n"
        "Under questioning by Rory Dunne SC, the engineer said the survey was sound. "
        "“My client never saw the ledger,” Mr Dunne told the jury.",
        [("We listened", "Ada Pennock"), ("My client never", "Rory Dunne")],
    ),
    (  # "Board chair Ada Lind" is "the board chair" later
        "Board chair Ada Lind opened the meeting at seven.\n\n"
        "“We will publish the accounts in full,” the board chair said.",
        [("We will publish", "Ada Lind")],
    ),
    (  # two coaches: "the coach" before the second is introduced is the first
        "Harbour coach Tom Vale praised his defence after the win.\n\n"
        "“They were superb from the first whistle,” the coach said.\n\n"
        "Riverside coach Sam Kerr was less pleased. “We gave it away,” Kerr said.",
        [("They were superb", "Tom Vale"), ("We gave it away", "Sam Kerr")],
    ),
    (  # "the statement said": whoever said it in a statement earlier in the paragraph
        "In a statement, Fenwick Wanderers said the striker had left by mutual consent. "
        "“We wish him well in the next stage of his career,” the statement read.\n\n"
        "The Orla Gallery Trust, in a press release, said the wing would reopen in May. "
        "“Every loan has been returned safely,” the release said.",
        [
            ("We wish him well", "Fenwick Wanderers"),
            ("Every loan has", "The Orla Gallery Trust"),
        ],
    ),
    (  # a phrase of three words or more a speech verb governs, the sentence going on
        "Mayor Ines Calder said the budget was “tight but workable” and promised a review. "
        "Tom Rusk, the treasurer, said the reserves were “lower than anyone would like” as "
        "costs rose.",
        [("tight but workable", "Ines Calder"), ("lower than anyone", "Tom Rusk")],
    ),
    (  # "the 34-year-old": the one person the text gave that age
        "Dr Lena Ostrova, 34, an ecologist, led the survey.\n\n"
        "Prof Ivo Marsh, who supervised it, said he had doubted the data. "
        "“I assumed there was a bug,” he said.\n\n"
        "“The birds moved before the rain came,” said the 34-year-old.",
        [("I assumed there", "Ivo Marsh"), ("The birds moved", "Lena Ostrova")],
    ),
    (  # a verdict: "X called the study “…”", the subject of the verb before the object
        "Dr Mira Tallis, a botanist at Wexcombe College, called the study “a careful piece "
        "of work” but urged caution.",
        [("a careful piece", "Mira Tallis")],
    ),
    (  # "the midfielder", "the garda": the one person (else subject) the last sentence names
        "Captain Joe Kembla led the tributes. Asked whether the players felt responsible, "
        "the midfielder said: “Of course. We are the ones on the pitch.”\n\n"
        "Questioned by Rita Moen, Garda Sean Tully said the van had been found at dawn. "
        "“It was burnt out,” the garda said.",
        [("Of course", "Joe Kembla"), ("It was burnt", "Sean Tully")],
    ),
    (  # a person no first-name list knows, whom a role introduced, next to a speech verb
        "Detective Sergeant Taig Brannock gave evidence on Monday.\n\n"
        "Under cross-examination by Ruth Hale, Sgt Brannock agreed the lock was old. "
        "“It was never forced,” the detective said.",
        [("It was never forced", "Taig Brannock")],
    ),
    (  # "Asked whether …, she did not hesitate: “…”": the one asked, not the question
        "Head teacher Nora Quill defended the new timetable on Monday. Asked whether she "
        "would ever change it back, she did not hesitate: “If the results fall, yes.”",
        [("If the results fall", "Nora Quill")],
    ),
    (  # Irish, Scottish and Welsh first names give a gender ("did not let him settle")
        "Mary Kell has taken the bus for forty years. “It is my lifeline,” she said.\n\n"
        "Minister Colm Dunleavy was asked about the cut on local radio. The presenter, "
        "Aoife Brannagh, did not let him settle. “Would you take that bus yourself?” she asked.",
        [("It is my lifeline", "Mary Kell"), ("Would you take", "Aoife Brannagh")],
    ),
    (  # a headline opening on words said later in the article; a husband of the same surname
        "‘We were forgotten’: tenants demand answers\n\n"
        "Tenants of Pell Court say the landlord ignored them for months.\n\n"
        "‘We were forgotten for a whole winter,’ said Carol Maddox, 61.\n\n"
        "Her husband, Derek Maddox, said the damp had ruined ‘everything we own’. He added: "
        "‘You cannot insure your health.’",
        [
            ("We were forgotten", "Carol Maddox"),
            ("everything we own", "Derek Maddox"),
            ("You cannot insure", "Derek Maddox"),
        ],
    ),
    (  # "she said" after the paragraph's "the judge said … “…”": the judge, not the lawyer
        "Judge Helen Marr jailed Liam Roe for two years.\n\n"
        "Defending, Anne Obi said her client was “deeply ashamed”.\n\n"
        "The judge said the family had been “terrified in their own home”. "
        "“You must face the consequences,” she said.",
        [("terrified in their", "Helen Marr"), ("You must face", "Helen Marr")],
    ),
    (  # a sentence opening on a role noun since the last name: that role's one holder
        "Veteran striker Gary Penn has signed a new deal. “He's first in, last out,” says "
        "manager Lee Sorrel.\n\nThe striker laughed off talk of retirement. “My knees might "
        "have other ideas,” the veteran admitted.",
        [("He's first in", "Lee Sorrel"), ("My knees might", "Gary Penn")],
    ),
    (  # words a sign or a label carries are quotations no one in the article said
        "Residents of the town gathered outside the council offices on Monday evening to "
        "protest against the plan to sell the park to a developer.\n\n"
        "About 60 protesters held placards reading “Hands off our park” and sang as the "
        "councillors arrived. The scheme, dubbed “the green mile” by locals, was approved.\n\n"
        "“We will fight this in the courts if we have to,” said organiser Ruth Penn.",
        [
            ("Hands off our park", None),
            ("the green mile", None),
            ("We will fight", "Ruth Penn"),
        ],
    ),
    (  # a printed interview whose answers carry their label: "Q: …?" then "A: “…”"
        "Interview: the last ferryman\n\nOwen Tarrant ran the river ferry at Pell Ford for "
        "31 years until the bridge opened.\n\nQ: Were you lonely?\n\n"
        "A: “Never. There was always someone to talk to.”\n\nQ: What do you miss?\n\n"
        "A: “The quiet. And the floods, oddly.”",
        [("Never. There was", "Owen Tarrant"), ("The quiet", "Owen Tarrant")],
    ),
    (  # an epithet in an aside before a phrase in marks: "X, the 16-year-old said, are “…”"
        "Her daughter, Mila Rusk, is a pupil at the same school. The longer days, the "
        "16-year-old said, are “brutal in the last lesson,” and she worries about exams.",
        [("brutal in the last", "Mila Rusk")],
    ),
    (  # but not a spokesman, someone the article does not name
        "Mayor Ruth Ames opened the bridge on Monday. “It is safe,” a spokesman said later. "
        "“Every bolt was checked,” the spokesman added.",
        [("It is safe", "a spokesman"), ("Every bolt", "the spokesman")],
    ),
    (  # one or two words in marks a speech verb just before governs
        "Sacked manager Owen Brack said he was “gutted” but not bitter, and the striker Ivo "
        "Lund told reporters he was “deeply sorry” for the fans.",
        [("gutted", "Owen Brack"), ("deeply sorry", "Ivo Lund")],
    ),
    (  # a speech verb up to six words before; "according to" before a closing phrase
        "Defending, Mark Obi said his client had been “devastated” by the crash.\n\n"
        "According to Vera Holt, the brewer will raise prices “within two quarters”.",
        [("devastated", "Mark Obi"), ("within two quarters", "Vera Holt")],
    ),
    (  # a verdict verb in an object relative ("that X called", "what she called")
        "The Tarnby ferry will stop running in May, ending a service that harbour master "
        "Olwen Price called “the last thread tying the island to the town”.\n\n"
        "Skipper Mabel Quint was left fuming at what she called “a decision taken by people "
        "who have never crossed the sound”.",
        [("the last thread tying", "Olwen Price"), ("a decision taken by", "Mabel Quint")],
    ),
    (  # an age in commas, then a role in commas, between the subject and its verb
        "The recount in Tarnby ended in a tie on Monday, officials said.\n\n"
        "Voss, 63, a retired postman from Hollin Bridge, said he was “still in shock” when "
        "the result was read out.",
        [("still in shock", "Voss")],
    ),
]


@pytest.mark.parametrize("case", SHAPES_ROUND6, ids=lambda c: c[0][:30])
def test_round6_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# Guards found reading what the rules above changed on real news (invented here)
GUARDS = [
    (  # an object pronoun opens no speaker phrase: the quotation goes with the one before
        "Mara Quill's first albums came out on Harbor Records, which a company owned by "
        "manager Dean Rowe bought this year.\n\nIn a blog post she described this as the "
        "“worst possible outcome” and accused him of years of “constant, petty bullying”.",
        [("worst possible outcome", "Mara Quill"), ("constant, petty bullying", "Mara Quill")],
    ),
    (  # a word in marks after a verb that has its own object is no quotation of speech
        "Tourist Ivo Brandt shared a photo from his trip of himself “missing” the old bell tower. "
        "“My friends thought it was hilarious,” Brandt said.",
        [("My friends thought", "Ivo Brandt")],
    ),
    (  # a clause the rules read before a phrase in marks is no speaker ("so that it can")
        "The bank wants the judge to send the dispute to mediation so that it may seek "
        "damages for a “campaign of unlawful and unfair” tax demands.",
        [("campaign of unlawful", None)],
    ),
    (  # "he wrote" after a caption's noun phrase stays with the person named before it
        "Activist Sami Raqe, one of the group's founders, wrote: “Lines for bread again.” "
        "In scenes more familiar in the poorest camps, families queue for hours. “The power "
        "goes off for twenty hours a day,” he wrote in another post.",
        [("Lines for bread", "Sami Raqe"), ("The power goes", "Sami Raqe")],
    ),
    (  # a pull quote after the paragraph introducing its speaker, before a paragraph on him
        "A retired teacher fell ill in the winter. His doctor asked one of the study's "
        "authors, Owen Pell, a chest doctor at the city hospital, for advice.\n\n"
        "“Their bodies overreact to something harmless in the home”\n\n"
        "Pell went through the patient's symptoms with him by telephone.",
        [("Their bodies overreact", "Owen Pell")],
    ),
    (  # a role noun after adjectives is the person the text introduced with that noun
        "Councillor Mirela Dancu, the cabinet member for housing, defended the plan.\n\n"
        "“We cannot build homes out of thin air,” the Green councillor told reporters. "
        "“Every site has been looked at twice.”",
        [("We cannot build", "Mirela Dancu"), ("Every site has", "Mirela Dancu")],
    ),
    (  # … but not someone introduced only after it with other adjectives: "the Green leader"
        # is the one whose plan the sentence before names, not "Labour leader Tom Brisk" later
        "The cabinet answered after the bishops backed Ruth Calder's plan. The Green leader "
        "wants a lower cap and has said the present rules are \u201ca licence to pollute.\u201d\n\n"
        "Mr Hale and Labour leader Tom Brisk also gave their views on radio.",
        [("a licence to pollute", "Ruth Calder")],
    ),
    (  # … but not one no introduction gave, nor a former holder of the role
        "Jonas Pirrie arrived late to the hustings in Dunmore.\n\n"
        "“I am here to listen,” the Dunmore businessman said.\n\n"
        "Mayor Ottilie Brack welcomed him. “It has been a long year,” the former mayor said.",
        [("I am here", "the Dunmore businessman"), ("It has been", "the former mayor")],
    ),
    (  # a role noun after adjectives, in the tag of a quotation after a sentence whose
        # subject is one person of the same paragraph, is that person (not a name read from
        # its capitalized adjective)
        "Senator Wendell Oakes said he would table the bill on Monday. “We have waited long "
        "enough,” the Progressive senator said. “Ten years is enough.”\n\n"
        "Jo Kemp, who chairs the parents' group, backed him.\n\n"
        "“It is a start,” the former senator said.",
        [
            ("We have waited", "Wendell Oakes"),
            ("Ten years", "Wendell Oakes"),
            ("It is a start", "the former senator"),
        ],
    ),
    (  # … or the one person the sentence before names, even as the agent of a passive
        "The council says the new parking charges will raise more than two million pounds "
        "a year for road repairs across the borough.\n\n"
        "The figures were disputed by opposition leader Noor Haddad. “Nobody believes "
        "them,” said the Liberal Democrat.",
        [("Nobody believes", "Noor Haddad")],
    ),
    (  # "he said" after a sentence whose subject is a role noun is that role's holder,
        # not the person the sentence names after its verb
        "Manager Teodor Blažek said the squad was tired.\n\n"
        "The manager praised winger Callum Ferris, who scored twice.\n\n"
        "“Callum ran himself into the ground,” he said.",
        [("Callum ran", "Teodor Blažek")],
    ),
    (  # "the statement read" after "a statement from the club's chair, X, was read": X
        "The court heard from several members of the rowing club on Tuesday.\n\n"
        "A statement from the club's treasurer, Morwenna Tate, was read by counsel. In it, "
        "Ms Tate said trust had been broken. “We counted every penny twice,” the statement "
        "read.",
        [("We counted", "Morwenna Tate")],
    ),
    (  # a quotation after "X said the union had warned …" is X's, not the union's
        "Shop steward Delphine Acheson said staff were exhausted.\n\n"
        "Ms Acheson said the union had warned the board in May that the rota was unsafe. "
        "“We were told it would be reviewed. It never was.”",
        [("We were told", "Delphine Acheson")],
    ),
    (  # the reporter's question inside a sentence about someone: the answer is theirs
        "Marisol Vega has led the Eastfield choir since 2004.\n\n"
        "She smiles when I ask whether she will retire. “Not while they still sing flat.”\n\n"
        "Vega shrugs as I mention the new hall. “We have sung in worse.”",
        [("Not while", "Marisol Vega"), ("We have sung", "Marisol Vega")],
    ),
    (  # "Coun." and "Cllr" introduce a councillor as "Councillor" does
        "Cllr Hester Vane, who represents the harbour ward, voted against.\n\n"
        "The two-term councillor said the scheme was rushed. “Nobody read the appendix.”",
        [("Nobody read", "Hester Vane")],
    ),
    (  # a first name alone is the one full name it opens, also when a headline cut that
        # name short ("Pádraig Ó" above "Pádraig Ó Ceallaigh")
        "Obituary: Pádraig Ó Ceallaigh, boat builder who kept the island currachs afloat\n\n"
        "Pádraig Ó Ceallaigh, who has died aged 90, built currachs on Inis Meáin for "
        "seventy years.\n\n"
        "Born in 1935 near Kilronan, he was the eldest of five children of Tomás and Áine "
        "Ó Ceallaigh. Pádraig was given a plane at the age of nine.\n\n"
        "He rarely spoke about his boats. Asked once why he never retired, he replied: "
        "“Because the sea never did.”",
        [("Because the sea", "Pádraig Ó Ceallaigh")],
    ),
    (  # a first name alone, no list knows whose, is the person whose full name opens on it
        "Her coach, a tall woman named Lise-Anne Carrow, waved me over.\n\n"
        "By April I could skate backwards, slowly. My sister, Greta Holm, filmed it all "
        "from the stands.\n\n"
        "Lise-Anne came over as I was unlacing my skates.\n\n"
        "“Same time next week?” she said.",
        [("Same time", "Lise-Anne Carrow")],
    ),
    (  # "the elder"/"the younger" tells two relatives sharing a surname apart
        "Ciaran Dunphy opened the bakery on Main Street in 1979.\n\n"
        "His son, Rory Dunphy, took over the ovens last year.\n\n"
        "“Dad still comes in at four to check the starter,” Rory said.\n\n"
        "The elder Dunphy laughs at that. “Someone has to.”\n\n"
        "“He never trusted me with it,” the younger Dunphy said.",
        [
            ("Dad still comes", "Rory Dunphy"),
            ("Someone has to", "Ciaran Dunphy"),
            ("He never trusted", "Rory Dunphy"),
        ],
    ),
    (  # a quotation after a sentence on "the <age>" in its paragraph is that person's
        "Beatrix Nolan has run the lido kiosk for two decades.\n\n"
        "The 58-year-old, a former swimming coach, has written to every councillor on "
        "the committee. “If the pool goes, the kiosk goes, and so does half the street.”",
        [("If the pool goes", "Beatrix Nolan")],
    ),
    (  # a spokesperson speaks for the body named with them, which a reader names
        "Residents of Quarry Lane said the bins had not been emptied for a month.\n\n"
        "A spokesperson for Ardmore District Council said crews would be sent “as a matter "
        "of urgency”.\n\n"
        "A Westbrook Water Authority spokesman said the pipes were sound. “There is no "
        "risk to anyone’s health,” he said.",
        [
            ("as a matter", "Ardmore District Council"),
            ("There is no risk", "Westbrook Water Authority"),
        ],
    ),
    (  # "he said" under a paragraph that introduced an unnamed speaker is that person
        "Tamsin Howe, the head teacher, said the building was safe.\n\n"
        "Parents were not convinced. One mother, who asked not to be named, said the roof "
        "had leaked since spring.\n\n"
        "“They keep telling us it will be fixed next week,” she said.",
        [("They keep telling", "One mother")],
    ),
    (  # a first-person paragraph after a plain paragraph about someone is that person's
        "Idris Okonjo has mended clocks on Fenn Street since 1988.\n\n"
        "“People bring me their grandfather's watch and expect a miracle,” he says.\n\n"
        "He was born in Lokoja and learned the trade from an uncle who sold radios.\n\n"
        "“My uncle never wrote anything down. I had to watch his hands.”\n\n"
        "“I still do it his way.”\n\n"
        "Okonjo admits the shop barely pays.\n\n"
        "“Some months I make more from batteries than from repairs.”\n\n"
        "The 61-year-old, who has two daughters, plans to close the shop next spring.\n\n"
        "“I will miss the ticking most.”",
        [
            ("My uncle never", "Idris Okonjo"),
            ("I still do", "Idris Okonjo"),
            ("Some months I", "Idris Okonjo"),
            ("I will miss", "Idris Okonjo"),
        ],
    ),
    (  # a paragraph that is only quotation answers the reporter's question closing the
        # paragraph before it, put to the one person that paragraph names
        "Night shifts on the ward are long and quiet.\n\n"
        "Near dawn, staff nurse Ngozi Adebayo-Hart finally sits down. I ask her why "
        "she stays.\n\n"
        "“Because at four in the morning someone has to hold a hand.”",
        [("Because at four", "Ngozi Adebayo-Hart")],
    ),
    (  # … but not after a paragraph about two people
        "Idris Okonjo has mended clocks on Fenn Street since 1988.\n\n"
        "Okonjo met Delia Marsh, the landlord, at the council office.\n\n"
        "“We need a decision by June.”",
        [("We need a decision", None)],
    ),
]


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][:30])
def test_guards_from_real_news_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
