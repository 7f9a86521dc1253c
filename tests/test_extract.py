from pathlib import Path

from graphkit.extract import extract_article
from graphkit.extract.values import find_money, resolve_year
from graphkit.model import Article


def ids(graph, label):
    return sorted(i for i, n in graph.nodes.items() if n.label == label)


def test_people_are_found_by_title_and_resolved_by_surname(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kazakh President Kassym-Jomart Tokayev met Tajik President Emomali Rahmon in Dushanbe. "
        "Tokayev thanked Rahmon.")))
    assert ids(g, "Person") == ["person:emomali-rahmon", "person:kassym-jomart-tokayev"]
    assert sorted(g.nodes["person:emomali-rahmon"].aliases) == ["Rahmon"]
    offices = {(e.source, e.target) for e in g.edges if e.type == "HOLDS_OFFICE"}
    assert ("person:kassym-jomart-tokayev", "country:KAZ") in offices
    met = [e for e in g.edges if e.type == "MET_WITH"]
    assert met and met[0].evidence.startswith("Kazakh President")


def test_unseen_regions_and_titles(nlp):
    text = ("Qatari Emir Sheikh Tamim bin Hamad Al Thani received German Chancellor Olaf Scholz "
            "in Doha on Monday. Scholz said the two countries signed three memoranda on energy. "
            "Trade between Germany and Qatar reached $2.5 billion in 2022.")
    g = extract_article(nlp, Article("t", text=text, date="2022-09-26"))
    assert "country:QAT" in g.nodes and "country:DEU" in g.nodes
    people = {n.name for n in g.nodes.values() if n.label == "Person"}
    assert "Olaf Scholz" in people
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert trade and trade[0].properties["value_usd"] == 2.5e9 and trade[0].properties["year"] == 2022


def test_acronyms_defined_in_the_text_become_organizations(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Tajik side welcomed the office of the Korea International Cooperation Agency (KOICA) "
        "in Dushanbe. KOICA will fund schools.")))
    assert g.nodes["org:KOICA"].name == "Korea International Cooperation Agency"


def test_money_forms():
    values = [m.value_usd for m in find_money(
        "$800 million, $1.2 bn, USD 227 mln, US$ 3,150 million, $4.5bn, 592 million US dollars")]
    assert values == [8e8, 1.2e9, 2.27e8, 3.15e9, 4.5e9, 5.92e8]


def test_years_resolve_against_the_article_date():
    assert resolve_year("last year's trade reached $800 million", "2021-05-20") == 2020
    assert resolve_year("amounted to $227 million in 2018", None) == 2018


def test_every_evidence_is_a_sentence_exactly_as_in_the_article(seeds_graph):
    from pathlib import Path

    from graphkit.articles import read_articles

    texts = {a.id: a.text for a in read_articles([Path(__file__).parent.parent / "seeds"])}
    for e in seeds_graph.edges:
        assert e.evidence and e.evidence in texts[e.article], e


def edges(graph, type_):
    return {(e.source, e.target): e for e in graph.edges if e.type == type_}


def test_a_list_of_titled_leaders_keeps_each_leader_s_own_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The host met Ghanaian President Nana Akufo-Addo, Egyptian President Abdel Fattah "
        "el-Sisi and Turkish President Recep Tayyip Erdogan.")))
    offices = edges(g, "HOLDS_OFFICE")
    assert ("person:nana-akufo-addo", "country:GHA") in offices
    assert not any(p == "person:nana-akufo-addo" and c != "country:GHA" for p, c in offices)


def test_office_of_a_country_named_after_the_person(nlp):
    g = extract_article(nlp, Article("t", text=(
        "In Praia, the Ghanaian leader was received by President José Maria Neves of Cabo Verde. "
        "Chile was represented by Foreign Minister Alberto van Klaveren.")))
    offices = edges(g, "HOLDS_OFFICE")
    assert ("person:jose-maria-neves", "country:CPV") in offices
    assert ("person:alberto-van-klaveren", "country:CHL") in offices
    assert not any(n.name == "Praia" for n in g.nodes.values() if n.label == "Person")


def test_portuguese_and_spanish_and_in_names(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Cape Verdean Prime Minister Ulisses Correia e Silva met Spanish Minister José Ortega y "
        "Gasset.")))
    assert "person:ulisses-correia-e-silva" in g.nodes


def test_a_country_inside_a_geographic_name_is_not_the_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Indonesia and Malaysia discussed the South China Sea and the Korean Peninsula.")))
    assert ids(g, "Country") == ["country:IDN", "country:MYS"]


def test_capitals_are_found_with_or_without_accents(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ghanaian President Nana Akufo-Addo arrived in Sao Tome on Monday.")))
    assert ("person:nana-akufo-addo", "country:STP") in edges(g, "VISITED")


def test_the_two_sides_are_the_pair_just_named(nlp):
    text = ("Norway and Japan are old partners. Chilean Foreign Minister Alberto van Klaveren "
            "held talks with Thai Foreign Minister Parnpree Bahiddha-Nukara, and the two sides "
            "agreed to expand cooperation in fisheries and tourism. Peru and Ecuador signed a "
            "memorandum on fisheries. Trade between the two countries reached $3 billion in 2022.")
    g = extract_article(nlp, Article("t", text=text, date="2023-05-02"))
    coop = edges(g, "COOPERATES_WITH")
    pairs = {frozenset(k) for k in coop}
    assert frozenset({"country:CHL", "country:THA"}) in pairs
    assert frozenset({"country:NOR", "country:JPN"}) not in pairs
    trade = edges(g, "TRADES_WITH")
    assert {frozenset(k) for k in trade} == {frozenset({"country:PER", "country:ECU"})}


def test_earlier_and_target_figures_are_not_the_trade_figure(nlp):
    text = ("Trade between Chile and Peru fell to $1.6 billion last year from more than "
            "$4 billion a decade ago. Thai and Malaysian ministers agreed to push two-way trade, "
            "worth 7.4 billion US dollars in 2023, to 10 billion dollars by 2026. Ghana and "
            "Togo agreed to raise trade, which stood at $300 million in 2022.")
    g = extract_article(nlp, Article("t", text=text, date="2024-05-02"))
    trade = {frozenset(k): e.properties for k, e in edges(g, "TRADES_WITH").items()}
    assert trade[frozenset({"country:CHL", "country:PER"})]["value_usd"] == 1.6e9
    assert trade[frozenset({"country:CHL", "country:PER"})]["year"] == 2023
    assert trade[frozenset({"country:THA", "country:MYS"})]["value_usd"] == 7.4e9
    ghana = trade[frozenset({"country:GHA", "country:TGO"})]
    assert ghana["value_usd"] == 3e8 and not ghana["projected"]


def test_an_invitation_to_a_city_is_not_a_visit(nlp):
    g = extract_article(nlp, Article("t", text=(
        "During their meeting, Ghanaian President Nana Akufo-Addo invited Chilean President "
        "Gabriel Boric to Accra for the summit.")))
    assert not edges(g, "VISITED")
    assert ("person:nana-akufo-addo", "person:gabriel-boric") in edges(g, "INVITED")


def test_separate_meetings_with_a_list_of_leaders(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ghanaian President Nana Akufo-Addo held separate meetings with Chilean President "
        "Gabriel Boric and Thai Prime Minister Srettha Thavisin. Boric and Srettha discussed "
        "fisheries.")))
    met = {frozenset(k) for k in edges(g, "MET_WITH")}
    assert frozenset({"person:nana-akufo-addo", "person:gabriel-boric"}) in met
    assert frozenset({"person:nana-akufo-addo", "person:srettha-thavisin"}) in met
    assert frozenset({"person:gabriel-boric", "person:srettha-thavisin"}) in met


def test_it_has_an_embassy_and_will_support(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chile was among the first to recognize Peru, and it has maintained an embassy in Lima "
        "since then. Chilean Foreign Minister Alberto van Klaveren said Chile would continue to "
        "support Ecuador's bid for a seat on the council.")))
    assert ("country:CHL", "country:PER") in edges(g, "HAS_EMBASSY_IN")
    assert ("country:CHL", "country:ECU") in edges(g, "SUPPORTS")


def test_a_post_with_no_country_is_held_where_the_meeting_took_place(nlp):
    text = ("Ghanaian President Nana Akufo-Addo toured Chile and Peru. In Lima, the Ghanaian "
            "leader was received by President Dina Boluarte of Peru and by Prime Minister "
            "Gustavo Adrianzén. He had met Chilean President Gabriel Boric in Santiago.")
    offices = edges(extract_article(nlp, Article("t", text=text)), "HOLDS_OFFICE")
    assert ("person:gustavo-adrianzen", "country:PER") in offices


def test_sectors_are_lists_of_common_nouns_after_a_list_intro(nlp):
    text = ("Ghanaian President Nana Akufo-Addo welcomed Chilean President Gabriel Boric for talks "
            "on mining, green hydrogen and fisheries, said the statement. Peru and Ecuador signed "
            "five agreements on health, border security and tourism. Norway and Japan agreed to "
            "boost cooperation in all areas, said the minister.")
    coop = {frozenset(k): e.properties.get("sectors") for k, e in
            edges(extract_article(nlp, Article("t", text=text)), "COOPERATES_WITH").items()}
    assert coop[frozenset({"country:GHA", "country:CHL"})] == ["mining", "green hydrogen",
                                                                 "fisheries"]
    assert coop[frozenset({"country:PER", "country:ECU"})] == ["health", "border security",
                                                                 "tourism"]
    assert coop[frozenset({"country:NOR", "country:JPN"})] is None


def test_the_tokenizer_splits_as_spacy_s_default_one(nlp):
    """graphkit drops the special cases the affix rules make redundant, for speed: the tokens
    and their norms must not change (beside the one split graphkit adds on purpose, after an
    abbreviation's stop: "U.S.-India")."""
    import spacy

    from graphkit.extract.nlp import split_after_abbreviations

    blank = spacy.blank("en")
    split_after_abbreviations(blank)
    default = blank.tokenizer
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/data/articles")
             for p in sorted(Path(folder).glob("*.txt"))]
    texts.append("He's sure it's 8 o'clock, e.g. in Washington D.C. -- C++ and U.S.A.'s “deal”.")
    texts += [t.replace("\n\n", "\n \n\t x\xa0y  \n") for t in texts]
    for text in texts:
        ours, theirs = nlp.tokenizer(text), default(text)
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in ours] == \
            [(t.text, t.idx, t.whitespace_, t.norm_) for t in theirs]


def test_an_acronym_with_its_head_noun_is_learnt_but_not_a_place_in_brackets(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ministers met at the Pacific Centre for Disaster Resilience (PCDR Centre) in Suva. "
        "The PCDR Centre will train staff. Fiji's mission to the United Nations (New York) "
        "welcomed it.")))
    org = g.nodes["org:PCDR-Centre"]
    assert org.name == "Pacific Centre for Disaster Resilience" and "PCDR Centre" in org.aliases
    assert not any("New York" in n.name for n in g.nodes.values())


def test_an_office_in_the_capital_is_in_the_country_just_named(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Japanese minister then flew to Dhaka, where he met officials of Bangladesh. "
        "He said the Japan International Cooperation Agency (JICA) would open a new office "
        "in the capital next year.")))
    offices = {(e.source, e.target) for e in g.edges if e.type == "HAS_OFFICE_IN"}
    assert offices == {("org:JICA", "country:BGD")}


def test_the_n_member_bloc_is_the_organization_named_before(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Leaders of the Southern African Development Community (SADC) met in Gaborone. "
        "Botswana took over the chairmanship of the 16-member community on Saturday.")))
    members = {(e.source, e.target) for e in g.edges if e.type == "MEMBER_OF"}
    assert ("country:BWA", "org:SADC") in members
    assert "16-member community" not in g.nodes["org:SADC"].aliases


def test_his_counterpart_holds_the_speaker_s_post_in_the_other_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ugandan President Yoweri Museveni and Ugandan Trade Minister Francis Mwebesa welcomed "
        "the delegation in Kampala. Kenyan Trade Minister Moses Kuria held talks with his "
        "Ugandan counterpart on Tuesday.")))
    met = {frozenset((e.source, e.target)) for e in g.edges if e.type == "MET_WITH"}
    assert frozenset(("person:moses-kuria", "person:francis-mwebesa")) in met
    assert frozenset(("person:moses-kuria", "person:yoweri-museveni")) not in met


def test_an_arrival_with_no_place_is_where_the_last_visit_went(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chilean President Gabriel Boric arrived in Brasilia on Monday for the Mercosur summit. "
        "Later, Paraguayan President Santiago Pena arrived for the summit, where Paraguay will "
        "take over the rotating presidency. Argentina's president is to visit next week.")))
    visits = {(e.source, e.target) for e in g.edges if e.type == "VISITED"}
    assert visits == {("person:gabriel-boric", "country:BRA"),
                      ("person:santiago-pena", "country:BRA")}


def test_membership_apposition_and_clause_rules(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kenyan President William Ruto arrived in Hanoi on Monday. Kenya, a founding member of "
        "the East African Community, opened its embassy in Hanoi in 2019, while Vietnam has had "
        "an embassy in Nairobi since 2006. Ruto thanked Vietnam for supporting Kenya's bid. "
        "Both countries are members of the World Trade Organization. The African Development "
        "Bank will open a resident mission in the capital, officials said.")))
    edges = {(e.type, e.source, e.target) for e in g.edges}
    assert ("MEMBER_OF", "country:KEN", "org:EAC") in edges
    assert ("MEMBER_OF", "country:VNM", "org:EAC") not in edges
    assert ("MEMBER_OF", "country:VNM", "org:WTO") in edges
    assert ("HAS_EMBASSY_IN", "country:VNM", "country:KEN") in edges
    assert ("SUPPORTS", "country:VNM", "country:KEN") in edges
    assert ("HAS_OFFICE_IN", "org:AfDB", "country:VNM") in edges


def test_a_ranking_of_trading_partners_gives_each_figure_its_partner(nlp):
    g = extract_article(nlp, Article("t", date="2024-03-01", text=(
        "Talks between Kenya and Ghana ended on Friday. China remained Kenya's largest trading "
        "partner last year, with bilateral trade of $8.1 billion, followed by India with "
        "$3.4 billion. Japan is one of Chile's main trading partners, with trade worth "
        "900 billion yen.")))
    trade = {frozenset(k): e.properties for k, e in edges(g, "TRADES_WITH").items()}
    assert trade[frozenset({"country:KEN", "country:CHN"})]["value_usd"] == 8.1e9
    assert trade[frozenset({"country:KEN", "country:IND"})]["value_usd"] == 3.4e9
    assert trade[frozenset({"country:KEN", "country:CHN"})]["year"] == 2023
    assert frozenset({"country:CHL", "country:JPN"}) in trade
    assert frozenset({"country:KEN", "country:GHA"}) not in trade


def test_who_met_whom_follows_the_sentence(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chilean Foreign Minister Alberto van Klaveren hosted his Peruvian counterpart Javier "
        "Gonzalez-Olaechea in Santiago. Van Klaveren said the talks were useful. The minister "
        "also met President Gabriel Boric and Senate President Juan Antonio Coloma. "
        "Gonzalez-Olaechea met Boric in Santiago to prepare a meeting between Peruvian President "
        "Dina Boluarte and Bolivian President Luis Arce.")))
    met = {frozenset(k) for k in edges(g, "MET_WITH")}
    boric, coloma = "person:gabriel-boric", "person:juan-antonio-coloma"
    assert frozenset({"person:alberto-van-klaveren", boric}) in met  # "the minister": the last named
    assert frozenset({"person:alberto-van-klaveren", coloma}) in met
    assert frozenset({boric, coloma}) not in met
    assert frozenset({"person:javier-gonzalez-olaechea", boric}) in met
    assert not any("person:dina-boluarte" in k for k in met)
    titles = g.nodes["person:javier-gonzalez-olaechea"].properties["titles"]
    assert titles == ["Foreign Minister"]  # his counterpart's post


def test_the_leader_of_a_country_is_the_leader_named_without_one(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Ulf Kristersson held phone talks with his Danish counterpart Mette "
        "Frederiksen. The Swedish leader thanked Denmark for its support. Kristersson invited "
        "Frederiksen to pay an official visit to Sweden.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("HOLDS_OFFICE", "person:ulf-kristersson", "country:SWE") in edges_
    assert not any(t == "VISITED" for t, _, _ in edges_)


def test_membership_held_not_sought(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Estonian Prime Minister Kaja Kallas met Moldovan President Maia Sandu in Tallinn. "
        "Kallas said Estonia backs Moldova's bid for membership of the European Union and its "
        "path to NATO. Estonia, a member of the EU and NATO since 2004, is a major donor. "
        "Both nations are members of the Council of Europe.")))
    members = {(e.source, e.target) for e in g.edges if e.type == "MEMBER_OF"}
    assert ("country:MDA", "org:EU") not in members and ("country:MDA", "org:NATO") not in members
    assert {("country:EST", "org:EU"), ("country:EST", "org:NATO")} <= members
    assert {("country:EST", "org:CoE"), ("country:MDA", "org:CoE")} <= members


def test_support_by_its_owner_and_by_the_clause_subject(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Ghanaian minister thanked Norway for its support for Ghana's health reforms. "
        "Minister Espen Eide said Sweden values Finland as a partner and supports Finland's "
        "role in the Arctic Council. The UN thanked Kenya for its support for Haiti.")))
    supports = {(e.source, e.target) for e in g.edges if e.type == "SUPPORTS"}
    assert ("country:NOR", "country:GHA") in supports
    assert ("country:SWE", "country:FIN") in supports
    assert ("country:KEN", "country:HTI") in supports


def test_bodies_named_by_their_head_noun_belong_to_their_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Trade rose 8 percent, Kenya's Ministry of Investments, Trade and Industry said on "
        "Monday. Ghanaian President John Mahama met Kenyan President William Ruto in Nairobi, "
        "where the Kenya-Ghana Business Council and the Ministry of Foreign Affairs of Ghana "
        "held a forum. Former Vietnamese President Nguyen Minh Triet spoke in Ho Chi Minh "
        "City.")))
    orgs = {i: n.name for i, n in g.nodes.items() if n.label == "Organization"}
    assert orgs["org:ken-ministry-of-investments-trade-and-industry"] == \
        "Ministry of Investments, Trade and Industry"
    # named as written, with its country; the body's own name is an alias
    assert orgs["org:gha-ministry-of-foreign-affairs"] == "Ministry of Foreign Affairs of Ghana"
    assert g.nodes["org:gha-ministry-of-foreign-affairs"].aliases == ["Ministry of Foreign Affairs"]
    assert orgs["org:kenya-ghana-business-council"] == "Kenya-Ghana Business Council"
    assert ids(g, "Person") == ["person:john-mahama", "person:nguyen-minh-triet",
                                "person:william-ruto"]
    assert g.nodes["person:nguyen-minh-triet"].aliases == []  # not "Minh" of the city
    assert not [e for e in g.edges if e.type == "MEMBER_OF"]


def test_a_capital_named_as_an_actor_stands_for_its_government(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Bolivian President Luis Arce arrived in Lima on Monday. Lima backed La Paz's bid, and "
        "Arce thanked Lima for its strong support for Bolivia. Flights between Lima and Quito "
        "will resume, and Peru supports direct flights from Quito.")))
    supports = {(e.source, e.target) for e in g.edges if e.type == "SUPPORTS"}
    assert ("country:PER", "country:BOL") in supports
    assert ("country:PER", "country:ECU") not in supports


def test_regnal_names_regions_and_credentials(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The new Ambassador of Spain to Jordan, Miguel de Lucas, presented his credentials to "
        "King Abdullah II in Amman. Abdullah thanked Spain, the first European country to back "
        "the plan, and praised the Latin American states.")))
    assert ids(g, "Person") == ["person:abdullah-ii", "person:miguel-de-lucas"]
    assert g.nodes["person:abdullah-ii"].aliases == ["Abdullah"]
    assert "country:USA" not in g.nodes
    assert ("person:miguel-de-lucas", "person:abdullah-ii") in edges(g, "MET_WITH")
    titles = g.nodes["person:miguel-de-lucas"].properties["titles"]
    assert titles == ["Ambassador of Spain to Jordan"]


def test_the_pair_follows_the_inferred_posts(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-02", text=(
        "President Lee Jae-myung held talks with Vietnamese President Luong Cuong in Hanoi. The "
        "visit marks 30 years of diplomatic ties between the two countries. Lee also met "
        "Philippine President Ferdinand Marcos Jr. and Thai Prime Minister Paetongtarn "
        "Shinawatra on the sidelines. The two leaders witnessed the signing of five "
        "agreements, including one on Vietnam's power grid. Siemens and the Thai government "
        "signed a memorandum on rail. South Korean firms are among the largest investors in the region.")))
    edges_ = {(e.type, frozenset((e.source, e.target))) for e in g.edges}
    vn_kr = frozenset({"country:VNM", "country:KOR"})
    assert ("HAS_DIPLOMATIC_RELATIONS", vn_kr) in edges_
    assert ("SIGNED", vn_kr) in edges_
    assert not any(t == "SIGNED" and "country:THA" in k for t, k in edges_)
    marcos = "person:ferdinand-marcos-jr"
    assert g.nodes[marcos].name == "Ferdinand Marcos Jr."
    assert ("HOLDS_OFFICE", frozenset({marcos, "country:PHL"})) in edges_


def test_a_list_of_companies_names_organizations(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Japanese firms such as Toyota Tsusho, Marubeni and JERA have invested in Kenya's "
        "geothermal sector.")))
    orgs = sorted(n.name for n in g.nodes.values() if n.label == "Organization")
    assert orgs == ["JERA", "Marubeni", "Toyota Tsusho"]


def test_gulf_names_calls_and_a_fund_named_by_its_kind(nlp):
    g = extract_article(nlp, Article("t", date="2024-03-01", text=(
        "Saudi Crown Prince receives call from Jordanian King\n\n"
        "Crown Prince His Royal Highness Mohammed bin Salman Al Saud received a phone call from "
        "King Abdullah II of Jordan. Riyadh's sovereign fund PIF will invest $5 billion in "
        "Jordan. Saudi Arabia is Jordan's largest Arab investor, and trade between the two "
        "countries reached $4.1 billion in 2023. Later, Crown Prince Mohammed received Kuwaiti "
        "Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah in Riyadh. Both Saudi Arabia and Kuwait "
        "are members of the Gulf Cooperation Council.")))
    mbs = "person:mohammed-bin-salman-al-saud"
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("HOLDS_OFFICE", mbs, "country:SAU") in edges_  # not Jordan, whose King he called
    assert g.nodes[mbs].properties["titles"][0] == "Crown Prince"
    assert ids(g, "Person") == ["person:abdullah-ii", "person:mishal-al-ahmad-al-jaber-al-sabah",
                                mbs]
    assert ("INVESTED_IN", "country:SAU", "country:JOR") in edges_
    assert g.nodes["org:PIF"].label == "Organization"
    trade = edges(g, "TRADES_WITH")
    assert [e.properties["value_usd"] for e in trade.values()] == [4.1e9]
    assert not any(t == "COOPERATES_WITH" and "country:KWT" in (s, d) for t, s, d in edges_)


def test_a_delegation_an_invitation_and_signers_by_their_posts(nlp):
    g = extract_article(nlp, Article("t", date="2024-10-08", text=(
        "Polish President Andrzej Duda welcomed his Lithuanian counterpart Gitanas Nauseda in "
        "Warsaw on Monday. Nauseda, who was accompanied by Foreign Minister Gabrielius "
        "Landsbergis, also met Prime Minister Donald Tusk. Defence Minister Wladyslaw "
        "Kosiniak-Kamysz and his Lithuanian counterpart Laurynas Kasciunas signed a memorandum "
        "on air defence. Duda accepted Nauseda's invitation to visit Vilnius next year. "
        "Lithuania will hold the chairmanship of the Nordic-Baltic Eight, and Poland chairs the "
        "Council of the Baltic Sea States this year.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    landsbergis, nauseda = "person:gabrielius-landsbergis", "person:gitanas-nauseda"
    assert frozenset((nauseda, "person:donald-tusk")) in met
    assert frozenset((nauseda, landsbergis)) not in met  # of his own delegation
    assert ("HOLDS_OFFICE", landsbergis, "country:LTU") in edges_
    assert ("INVITED", nauseda, "person:andrzej-duda") in edges_
    signed = {frozenset((s, t)) for k, s, t in edges_ if k == "SIGNED"}
    assert signed == {frozenset(("country:POL", "country:LTU"))}


def test_a_country_that_chairs_an_organization_is_a_member(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kenyan President William Ruto thanked Prime Minister Abiy Ahmed for Ethiopia's "
        "leadership as chair of IGAD. The Intergovernmental Authority on Development, which "
        "Kenya joined in 1986, meets in Djibouti.")))
    members = {(e.source, e.target) for e in g.edges if e.type == "MEMBER_OF"}
    assert ("country:ETH", "org:IGAD") in members


def test_the_body_of_an_organization_is_named_with_it(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The ECOWAS Commission of Inquiry met in Abuja. The AU Commission on Human Rights "
        "sat in Banjul.")))
    orgs = sorted(n.name for n in g.nodes.values() if n.label == "Organization")
    assert "ECOWAS Commission of Inquiry" in orgs


def test_press_service_readouts(nlp):
    g = extract_article(nlp, Article("t", date="2024-04-10", text=(
        "President of Kazakhstan Kassym-Jomart Tokayev received Minister of Foreign Affairs of "
        "Hungary Peter Szijjarto, who arrived in the country on a working visit. The ministers "
        "signed a Plan of Consultations between the foreign ministries of the two countries. "
        "Szijjarto also held talks at the Ministry of Foreign Affairs of Kazakhstan. Later, the "
        "head of our state met Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek "
        "Kasymaliev, who is on an official visit to the Republic of Kazakhstan, and Deputy "
        "Chairman of the Cabinet of Ministers Daniyar Amangeldiev. Nurlan Amangeldiev, an "
        "adviser, took part.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    tokayev, szijjarto = "person:kassym-jomart-tokayev", "person:peter-szijjarto"
    kasymaliev, amangeldiev = "person:adylbek-kasymaliev", "person:daniyar-amangeldiev"
    assert ("VISITED", szijjarto, "country:KAZ") in edges_  # "the country" of the one receiving
    assert ("SIGNED", "country:KAZ", "country:HUN") in edges_ or \
        ("SIGNED", "country:HUN", "country:KAZ") in edges_
    ministry = g.nodes["org:kaz-ministry-of-foreign-affairs"]
    assert ministry.name == "Ministry of Foreign Affairs of Kazakhstan"
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert frozenset((tokayev, kasymaliev)) in met  # "the head of our state": the first named
    assert ("HOLDS_OFFICE", kasymaliev, "country:KGZ") in edges_
    assert ("VISITED", kasymaliev, "country:KAZ") in edges_  # "a visit to the Republic of ..."
    assert "Nurlan Amangeldiev" not in g.nodes[amangeldiev].aliases  # another given name


def test_japanese_order_names_with_the_surname_in_capitals(nlp):
    g = extract_article(nlp, Article("t", date="2023-09-07", text=(
        "On September 6, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with "
        "H.E. Mr. Anwar Ibrahim, Prime Minister of Malaysia. Prime Minister Kishida welcomed "
        "the visit.")))
    kishida = g.nodes["person:kishida-fumio"]
    assert kishida.name == "Kishida Fumio" and "Kishida" in kishida.aliases
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("HOLDS_OFFICE", kishida.id, "country:JPN") in edges_
    assert ("MET_WITH", kishida.id, "person:anwar-ibrahim") in edges_


def test_a_call_whose_caller_has_no_title_until_the_president_of(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-02", text=(
        "Emmanuel Macron had a telephone conversation with President of Egypt Abdel Fattah "
        "El-Sisi. The leaders discussed a nuclear plant to be built with Rosatom's "
        "participation. The President of France thanked his Egyptian counterpart for the "
        "support of France's presidency of the G7. Li Qiang was present at the talks.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    macron, sisi = "person:emmanuel-macron", "person:abdel-fattah-el-sisi"
    assert ("HOLDS_OFFICE", macron, "country:FRA") in edges_  # "The President of France"
    assert ("SPOKE_WITH", macron, sisi) in edges_
    assert ("SUPPORTS", "country:EGY", "country:FRA") in edges_  # the one thanked
    members = {(s, t) for k, s, t in edges_ if k == "MEMBER_OF"}
    assert members == {("country:FRA", "org:G7")}  # France's presidency, not Egypt's
    assert g.nodes["org:Rosatom"].label == "Organization"
    assert "person:li-qiang" in g.nodes  # "X was present"


def test_a_long_titled_name_with_its_post_after_it(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-14", text=(
        "His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, received "
        "Abdel Fattah El-Sisi, President of the Arab Republic of Egypt, at Lusail Palace in "
        "Doha. The two leaders witnessed the exchange of memoranda of understanding, among "
        "them one on the Comprehensive Economic Partnership Agreement (CEPA). Qatar is among "
        "Egypt's largest investors, with investments of about $5 billion.")))
    tamim, sisi = "person:tamim-bin-hamad-al-thani", "person:abdel-fattah-el-sisi"
    offices = {(e.source, e.target): e.properties["rule"] for e in g.edges
               if e.type == "HOLDS_OFFICE"}
    assert offices[(tamim, "country:QAT")] == "HOLDS_OFFICE/named"
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("VISITED", sisi, "country:QAT") in edges_  # met in the host's capital
    assert {frozenset((s, t)) for k, s, t in edges_ if k == "SIGNED"} == \
        {frozenset(("country:QAT", "country:EGY"))}
    assert not [n for n in g.nodes.values() if n.label == "Organization"]  # an agreement
    invested = [e for e in g.edges if e.type == "INVESTED_IN"]
    assert [(e.source, e.target, e.properties["value_usd"]) for e in invested] == \
        [("country:QAT", "country:EGY", 5e9)]


def test_a_stop_ends_a_name_and_plural_speakers_are_no_one(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Namibian President Naan Videro met Mongolian President Favi Drto. Namibia supports "
        "Mongolia's bid to join the CoE. Videro spoke to reporters. Officials said more talks "
        "would follow.")))
    assert ids(g, "Person") == ["person:favi-drto", "person:naan-videro"]


def test_three_countries_ministers_named_by_their_country(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-20", text=(
        "The foreign ministers of Kazakhstan, Uzbekistan and Kyrgyzstan held a trilateral "
        "meeting in Tashkent. Kazakhstan's Murat Nurtleu, Uzbekistan's Bakhtiyor Saidov and "
        "Kyrgyzstan's Zheenbek Kulubaev discussed water and energy. The ministers signed a joint "
        "statement. Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023, while "
        "Kazakhstan-Kyrgyzstan trade reached $1.9 billion. The three countries are members of "
        "the SCO. On the sidelines, Nurtleu and Saidov also met separately and reviewed "
        "preparations for a visit by Uzbek President Shavkat Mirziyoyev to Kazakhstan.")))
    nurtleu, saidov = "person:murat-nurtleu", "person:bakhtiyor-saidov"
    kulubaev, mirziyoyev = "person:zheenbek-kulubaev", "person:shavkat-mirziyoyev"
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("HOLDS_OFFICE", kulubaev, "country:KGZ") in edges_
    assert g.nodes[kulubaev].properties["titles"] == ["Foreign Minister"]
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert met == {frozenset(p) for p in ((nurtleu, saidov), (nurtleu, kulubaev),
                                          (saidov, kulubaev))}
    kaz, uzb, kgz = "country:KAZ", "country:UZB", "country:KGZ"
    signed = {frozenset((s, t)) for k, s, t in edges_ if k == "SIGNED"}
    assert signed == {frozenset(p) for p in ((kaz, uzb), (kaz, kgz), (uzb, kgz))}
    trade = {frozenset((e.source, e.target)): e.properties["value_usd"] for e in g.edges
             if e.type == "TRADES_WITH"}
    assert trade == {frozenset((kaz, uzb)): 4.4e9, frozenset((kaz, kgz)): 1.9e9}
    assert {s for k, s, t in edges_ if k == "MEMBER_OF"} == {kaz, uzb, kgz}
    assert not any(k == "VISITED" and s == mirziyoyev for k, s, t in edges_)  # in preparation


def test_a_readout_with_plural_acronyms_and_a_partner_ranking(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-20", text=(
        "Prime Minister Pham Minh Chinh held talks with Thai Prime Minister Srettha Thavisin in "
        "Hanoi. The two PMs noted that two-way trade reached USD 7.1 billion in 2023, making "
        "Thailand one of Vietnam's top trading partners. The documents cover energy, tourism "
        "and digital economy. Pertamina and Thai Oil Corporation (TOC) agreed to study a "
        "refinery. Srettha later travelled to Phnom Penh.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert "person:pms" not in g.nodes
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert [(e.properties["value_usd"], {e.source, e.target}) for e in trade] == \
        [(7.1e9, {"country:VNM", "country:THA"})]
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert ["energy", "tourism", "digital economy"] in sectors
    assert g.nodes["org:TOC"].name == "Thai Oil Corporation"
    assert ("VISITED", "person:srettha-thavisin", "country:KHM") in edges_


def test_a_courtesy_call_greetings_conveyed_and_shillings(nlp):
    g = extract_article(nlp, Article("t", date="2023-08-14", text=(
        "Foreign Minister A.K. Abdul Momen of Bangladesh met Nepalese Foreign Minister N.P. "
        "Saud in Kathmandu. Dr. Momen, who arrived from Dhaka, also called on President Ram "
        "Chandra Poudel and held talks with Prime Minister Pushpa Kamal Dahal, and conveyed the "
        "greetings of Prime Minister Rahman Kabir. The ministers reviewed the progress in "
        "hydropower, trade and connectivity. Trade between the two countries stood at KSh43 "
        "billion.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    momen, kabir = "person:a-k-abdul-momen", "person:rahman-kabir"
    dahal = "person:pushpa-kamal-dahal"
    assert ("HOLDS_OFFICE", momen, "country:BGD") in edges_
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert frozenset((momen, dahal)) in met  # "called on A and held talks with B"
    assert frozenset((momen, "person:ram-chandra-poudel")) in met
    assert frozenset((momen, kabir)) not in met  # his greetings, conveyed by Momen
    assert ("HOLDS_OFFICE", kabir, "country:BGD") in edges_
    assert ("HOLDS_OFFICE", dahal, "country:NPL") in edges_
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert ["hydropower", "trade", "connectivity"] in sectors
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert len(trade) == 1 and "value_usd" not in trade[0].properties  # shillings


def test_an_organization_as_a_party(nlp):
    g = extract_article(nlp, Article("t", date="2024-09-18", text=(
        "President of the European Commission Ursula von der Leyen met Thai Prime Minister "
        "Srettha Thavisin in Brussels. Trade in goods between the EU and Thailand reached $45 "
        "billion. Srettha also met Belgian Prime Minister Alexander De Croo. Thailand is a "
        "member of the Association of Southeast Asian Nations (ASEAN), which has a strategic "
        "partnership with the EU.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    vdl, srettha = "person:ursula-von-der-leyen", "person:srettha-thavisin"
    assert ("HOLDS_OFFICE", vdl, "org:european-commission") in edges_
    assert ("VISITED", srettha, "country:BEL") in edges_  # met an organization's head there
    assert not [e for e in g.edges if e.type == "TRADES_WITH"]  # the EU's trade, no pair
    assert {(s, t) for k, s, t in edges_ if k == "MEMBER_OF"} == {("country:THA", "org:ASEAN")}


def test_portfolios_a_second_with_and_a_meeting_to_come(nlp):
    g = extract_article(nlp, Article("t", date="2024-06-05", text=(
        "President Javier Milei received Minister of Agriculture and Rural Development of Poland "
        "Czeslaw Siekierski in Buenos Aires. Siekierski also met with Foreign Minister Diana "
        "Mondino and with the President of the World Bank Ajay Banga. Siekierski is on a visit "
        "to Argentina through Friday. He is scheduled to meet Economy Minister Luis Caputo.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    siek = "person:czeslaw-siekierski"
    assert g.nodes[siek].properties["titles"] == ["Minister of Agriculture and Rural Development"]
    assert ("HOLDS_OFFICE", siek, "country:POL") in edges_
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert frozenset((siek, "person:ajay-banga")) in met  # "met with A and with B"
    assert frozenset((siek, "person:luis-caputo")) not in met  # scheduled, not held
    assert ("HOLDS_OFFICE", "person:luis-caputo", "country:ARG") in edges_  # the host's side


def test_a_nickname_a_dateline_city_and_support_for_the_thanker(nlp):
    g = extract_article(nlp, Article("t", date="2024-01-16", text=(
        "Manila - President Ferdinand Romualdez Marcos (Bongbong) wrapped up his state visit to "
        "Japan on Saturday after meeting Japanese Prime Minister Fumio Kishida in Tokyo. The two "
        "governments signed 9 agreements in areas such as trade, energy and defence. Bongbong "
        "also met business leaders. The Philippine leader thanked Japan for its support during "
        "the pandemic.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    marcos = "person:ferdinand-romualdez-marcos"
    assert "Bongbong" in g.nodes[marcos].aliases and "person:bongbong" not in g.nodes
    assert ("VISITED", marcos, "country:JPN") in edges_
    assert not any(k == "VISITED" and t == "country:PHL" for k, s, t in edges_)  # the dateline
    assert ("HOLDS_OFFICE", marcos, "country:PHL") in edges_
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert ["trade", "energy", "defence"] in sectors
    assert ("SUPPORTS", "country:JPN", "country:PHL") in edges_  # the thanker's country


def test_party_bodies_long_arabic_names_and_a_kingdom(nlp):
    china = extract_article(nlp, Article("t", date="2023-06-17", text=(
        "Member of the Political Bureau of the CPC Central Committee and Director of the Office "
        "of the Central Foreign Affairs Commission Wang Yi met Jordanian Foreign Minister Ayman "
        "Safadi in Beijing. China and Jordan agreed to expand trade.")))
    orgs = sorted(n.name for n in china.nodes.values() if n.label == "Organization")
    assert orgs == ["Office of the Central Foreign Affairs Commission",
                    "Political Bureau of the CPC Central Committee"]
    edges_ = {(e.type, e.source, e.target) for e in china.edges}
    assert ("HOLDS_OFFICE", "person:wang-yi", "country:CHN") in edges_  # in a body of no country
    assert not [k for k, s, t in edges_ if k == "HAS_OFFICE_IN"]  # "the Office of ..." is a name
    g = extract_article(nlp, Article("t", date="2023-06-17", text=(
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz "
        "Al Saud, Crown Prince and Prime Minister, met with French President Emmanuel Macron in "
        "Paris. His Royal Highness the Crown Prince conveyed the greetings of the Custodian of "
        "the Two Holy Mosques King Salman bin Abdulaziz Al Saud. France supports the Kingdom's "
        "bid to host Expo 2030. The meeting was attended by Prince Faisal bin Farhan and "
        "Saudi Ambassador Fahad Al-Ruwaily.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    mbs, king = "person:mohammed-bin-salman-bin-abdulaziz-al-saud", "person:salman-bin-abdulaziz-al-saud"
    assert g.nodes[king].aliases == []  # his father, not a shorter name of his
    assert ("HOLDS_OFFICE", mbs, "country:SAU") in edges_
    assert ("HOLDS_OFFICE", king, "country:SAU") in edges_  # his greetings, conveyed by his son
    assert ("VISITED", mbs, "country:FRA") in edges_  # his post inferred, then the visit
    assert ("SUPPORTS", "country:FRA", "country:SAU") in edges_  # "the Kingdom"
    assert "Kingdom" not in g.nodes["country:SAU"].aliases  # it points at it, names no one
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert frozenset(("person:faisal-bin-farhan", "person:fahad-al-ruwaily")) not in met


def test_an_event_hosted_by_an_envoy_at_home_and_a_city_s_post(nlp):
    g = extract_article(nlp, Article("t", date="2023-06-23", text=(
        "Pakistani Prime Minister Shehbaz Sharif is in France to attend the Summit for a New "
        "Global Financing Pact hosted by French President Emmanuel Macron. Sharif met Mayor of "
        "Paris Anne Hidalgo in Paris. The Moroccan Ambassador Hassan Naciri met French Foreign "
        "Minister Catherine Colonna in Paris.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    met = {frozenset((s, t)) for k, s, t in edges_ if k == "MET_WITH"}
    assert frozenset(("person:shehbaz-sharif", "person:emmanuel-macron")) not in met
    assert "person:financing-pact" not in g.nodes
    assert ("HOLDS_OFFICE", "person:anne-hidalgo", "country:FRA") in edges_  # "of Paris"
    assert ("VISITED", "person:shehbaz-sharif", "country:FRA") in edges_
    assert not any(k == "VISITED" and s == "person:hassan-naciri" for k, s, t in edges_)


def test_a_region_s_governor_a_plan_to_raise_trade_and_months_of_a_year(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-20", text=(
        "Kassym-Jomart Tokayev met with Governor of Sverdlovsk Oblast of Russia Yevgeny "
        "Kuyvashev. Trade turnover between Kazakhstan and Russia amounted to $26.8 billion in "
        "January-November 2023. The parties agreed to increase trade to $30 billion. Both are "
        "members of the Union State and the Eurasian Economic Union.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    kuyvashev = "person:yevgeny-kuyvashev"
    assert ("HOLDS_OFFICE", kuyvashev, "country:RUS") in edges_
    assert g.nodes[kuyvashev].properties["titles"] == ["Governor of Sverdlovsk Oblast"]
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert [(e.properties["value_usd"], e.properties["year"]) for e in trade] == [(26.8e9, 2023)]
    assert "org:union-state" in g.nodes


def test_guests_welcomed_the_two_leaders_and_members_in_general(nlp):
    g = extract_article(nlp, Article("t", date="2024-08-10", text=(
        "Uzbek President Shavkat Mirziyoyev, who chaired the meeting, welcomed Kazakh President "
        "Kassym-Jomart Tokayev and Tajik President Emomali Rahmon. The Sultan of Oman Haitham "
        "bin Tariq was welcomed by President Mirziyoyev. The two leaders agreed to work together "
        "on energy. More than 100 countries, including Japan and most EU members, back the "
        "plan. The EU's foreign policy chief Kaja Kallas spoke to reporters.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert ("VISITED", "person:kassym-jomart-tokayev", "country:UZB") in edges_
    assert ("VISITED", "person:emomali-rahmon", "country:UZB") in edges_
    assert ("VISITED", "person:haitham-bin-tariq", "country:UZB") in edges_  # passive
    assert not any(k == "VISITED" and s == "person:shavkat-mirziyoyev" for k, s, t in edges_)
    assert {frozenset((s, t)) for k, s, t in edges_ if k == "COOPERATES_WITH"} == \
        {frozenset(("country:UZB", "country:OMN"))}  # "the two leaders" just named
    assert not [k for k, s, t in edges_ if k == "MEMBER_OF"]  # "most EU members"
    assert ("HOLDS_OFFICE", "person:kaja-kallas", "org:EU") in edges_


def test_capitals_restore_ties_al_names_and_a_ranking_s_year_and_home(nlp):
    g = extract_article(nlp, Article("t", date="2024-06-22", text=(
        "Tehran and Cairo restored diplomatic relations last year. Egyptian President Abdel "
        "Fattah al-Sisi received the Iranian envoy. Germany's total trade with China stood at "
        "$280 billion last year. The United States was Germany's second-largest trading partner "
        "with $250 billion, followed by France with $190 billion. Trade with Poland amounted to "
        "$170 billion.")))
    edges_ = {(e.type, frozenset((e.source, e.target))) for e in g.edges}
    assert ("HAS_DIPLOMATIC_RELATIONS", frozenset(("country:IRN", "country:EGY"))) in edges_
    assert "person:abdel-fattah-al-sisi" in g.nodes
    trade = {frozenset((e.source, e.target)): (e.properties["value_usd"], e.properties.get("year"))
             for e in g.edges if e.type == "TRADES_WITH"}
    deu = "country:DEU"
    assert trade == {frozenset((deu, "country:CHN")): (280e9, 2023),
                     frozenset((deu, "country:USA")): (250e9, 2023),
                     frozenset((deu, "country:FRA")): (190e9, 2023),
                     frozenset((deu, "country:POL")): (170e9, 2023)}  # the year just given


def test_an_organization_s_commission_the_bloc_and_sheikh_inside_a_name(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-18", text=(
        "African Union Commission Chairperson Moussa Faki Mahamat opened the summit of the "
        "African Union in Addis Ababa. Ethiopian Prime Minister Abiy Ahmed held talks with "
        "Somali President Hassan Sheikh Mohamud. The bloc's 55 member states include Egypt "
        "and Nigeria.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    faki, hsm = "person:moussa-faki-mahamat", "person:hassan-sheikh-mohamud"
    assert ("HOLDS_OFFICE", faki, "org:african-union-commission") in edges_
    assert not any(k == "HOLDS_OFFICE" and s == faki and t.startswith("country:")
                   for k, s, t in edges_)  # the Commission is the AU's, no country's
    assert ("HOLDS_OFFICE", hsm, "country:SOM") in edges_
    assert ("MET_WITH", "person:abiy-ahmed", hsm) in edges_
    members = {s for k, s, t in edges_ if k == "MEMBER_OF" and t == "org:AU"}
    assert {"country:EGY", "country:NGA"} <= members  # "the bloc's member states"


def test_parliament_speakers_and_their_legislatures(nlp):
    g = extract_article(nlp, Article("t", date="2023-10-05", text=(
        "Chairman of the Mazhilis of the Parliament of Kazakhstan Yerlan Koshanov, who is on an "
        "official visit to Mongolia, held talks with Chairman of the State Great Khural of "
        "Mongolia Dashzegviin Amarbayasgalan. Koshanov also met the Speaker of the National "
        "Assembly of Azerbaijan Sahiba Gafarova. The sides discussed projects in mining and "
        "education.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    kos, dash = "person:yerlan-koshanov", "person:dashzegviin-amarbayasgalan"
    assert ("HOLDS_OFFICE", kos, "country:KAZ") in edges_  # the Mazhilis is Kazakhstan's
    assert ("HOLDS_OFFICE", dash, "country:MNG") in edges_
    assert ("VISITED", kos, "country:MNG") in edges_ and ("MET_WITH", kos, dash) in edges_
    assert g.nodes["org:aze-national-assembly"].name == "National Assembly of Azerbaijan"
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert ["mining", "education"] in sectors


def test_a_given_name_that_is_a_ruler_s_title(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-08", text=(
        "Uzbek Foreign Minister Bakhtiyor Saidov and Afghanistan's acting Foreign Minister Amir "
        "Khan Muttaqi held a videoconference on Wednesday. Qatari Emir Sheikh Tamim bin Hamad "
        "Al Thani sent greetings.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    muttaqi = "person:amir-khan-muttaqi"
    assert ("HOLDS_OFFICE", muttaqi, "country:AFG") in edges_
    assert ("SPOKE_WITH", "person:bakhtiyor-saidov", muttaqi) in edges_
    assert "person:tamim-bin-hamad-al-thani" in g.nodes  # "Emir" before a name stays a title


def test_a_ranking_of_investors(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-02", text=(
        "The Netherlands was Vietnam's largest source of foreign direct investment in 2023, "
        "with $3.2 billion, followed by Japan with $2.1 billion and South Korea with $1.9 "
        "billion.")))
    invested = {(e.source, e.target): e.properties["value_usd"] for e in g.edges
                if e.type == "INVESTED_IN"}
    assert invested == {("country:NLD", "country:VNM"): 3.2e9, ("country:JPN", "country:VNM"): 2.1e9,
                        ("country:KOR", "country:VNM"): 1.9e9}


def test_a_visit_with_no_place_an_initial_without_its_stop_and_a_deal_to_come(nlp):
    def edges_of(text):
        g = extract_article(nlp, Article("t", date="2024-07-25", text=text))
        return {(e.type, e.source, e.target) for e in g.edges}

    roads = edges_of("President Samia Suluhu Hassan and her Kenyan counterpart William Ruto, who "
                     "was on a one-day visit, witnessed the signing of a memorandum on roads. "
                     "Tanzania and Kenya are members of the EAC.")
    assert ("VISITED", "person:william-ruto", "country:TZA") in roads  # the other one's country
    london = edges_of("Foreign Secretary David Lammy met Indian External Affairs Minister Dr S "
                      "Jaishankar in London. The UK and India are negotiating a trade agreement "
                      "that could be concluded soon.")
    assert ("HOLDS_OFFICE", "person:s-jaishankar", "country:IND") in london
    assert ("HOLDS_OFFICE", "person:david-lammy", "country:GBR") in london
    assert not any(k == "SIGNED" for k, s, t in london)  # still to come
    jakarta = edges_of("Malaysian Prime Minister Anwar Ibrahim paid a visit to Jakarta, where he "
                       "was received by President Prabowo Subianto. Indonesia and Malaysia "
                       "agreed to cooperate on energy.")
    assert ("VISITED", "person:anwar-ibrahim", "country:IDN") in jakarta  # "was received by"
    assert not any(k == "VISITED" and s == "person:prabowo-subianto" for k, s, t in jakarta)


def test_no_relations_baht_and_a_state_fund_investing(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-29", text=(
        "Serbia and Kosovo have no diplomatic relations. Trade between Thailand and Laos reached "
        "90 billion baht last year. The Qatar Investment Authority will invest $12 billion in "
        "Uzbekistan.")))
    edges_ = {(e.type, e.source, e.target) for e in g.edges}
    assert not any(k in ("HAS_DIPLOMATIC_RELATIONS", "COOPERATES_WITH") for k, s, t in edges_)
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert len(trade) == 1 and "value_usd" not in trade[0].properties  # baht
    invested = [(e.source, e.target, e.properties["value_usd"]) for e in g.edges
                if e.type == "INVESTED_IN"]
    assert invested == [("country:QAT", "country:UZB", 12e9)]  # a fund named after its country


def test_two_countries_joined_among_three_and_diplomatic_ties_are_no_cooperation(nlp):
    g = extract_article(nlp, Article("t", date="2023-03-11", text=(
        "Bahrain and Qatar agreed on Friday to restore diplomatic relations, in a deal "
        "brokered by Saudi Arabia. The premier said Bahrain was willing to work with Qatar on "
        "aviation and tourism.")))
    edges_ = {(e.type, frozenset((e.source, e.target))) for e in g.edges}
    pair = frozenset(("country:BHR", "country:QAT"))
    assert ("HAS_DIPLOMATIC_RELATIONS", pair) in edges_  # the two joined by "and"
    cooperation = [e for e in g.edges if e.type == "COOPERATES_WITH"]
    assert [e.properties.get("sectors") for e in cooperation] == [["aviation", "tourism"]]
    g = extract_article(nlp, Article("t", text=(
        "Peru and Ecuador held a Binational Cabinet, which approved commitments on border "
        "security and trade.")))
    assert [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"] == \
        [["border security", "trade"]]


def triples(graph, type_=None):
    """(type, source, target) of every edge, or of every edge of ``type_``."""
    return {(e.type, e.source, e.target) for e in graph.edges if type_ in (None, e.type)}


def test_the_visitor_named_by_a_possessive_or_by_from_and_a_sentence_s_subject(nlp):
    g = extract_article(nlp, Article("t", date="2024-03-05", text=(
        "ANKARA, March 5 - President Kaan Demirel held talks with Georgian Prime Minister Irakli "
        "Kobakhidze in Ankara on March 5, as part of the Georgian leader's official visit to "
        "Turkey.\n\nEarlier the same day, Kobakhidze laid a wreath at the Mausoleum of Mustafa "
        "Kemal Ataturk. He later met Speaker Numan Kurtulmus.")))
    visits = triples(g, "VISITED")
    assert ("VISITED", "person:irakli-kobakhidze", "country:TUR") in visits
    assert not any(s == "person:kaan-demirel" for _, s, _ in visits)
    assert ("HOLDS_OFFICE", "person:kaan-demirel", "country:TUR") in triples(g)  # the host's
    met = {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")}
    assert frozenset(("person:irakli-kobakhidze", "person:numan-kurtulmus")) in met  # "He"
    g = extract_article(nlp, Article("t", text=(
        "Foreign Minister Ana Silva held talks with Foreign Minister of Cape Verde Rui Tavares "
        "in Lisbon on Thursday, the first high-level visit from Cape Verde this year.")))
    assert ("VISITED", "person:ana-silva", "country:PRT") not in triples(g)


def test_a_counterpart_is_someone_else_and_a_post_held_now(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Foreign Minister Haddad speaks with Chilean counterpart\n\nMinister for Foreign "
        "Affairs Omar Haddad spoke by phone with Minister of Foreign Affairs of Chile Alberto "
        "van Klaveren on Tuesday. The Ministers welcomed the partnership between Argentina and "
        "Chile.")))
    offices = triples(g, "HOLDS_OFFICE")
    assert ("HOLDS_OFFICE", "person:omar-haddad", "country:CHL") not in offices
    assert ("HOLDS_OFFICE", "person:omar-haddad", "country:ARG") in offices
    g = extract_article(nlp, Article("t", text=(
        "Argentina's newly elected president, Javier Milei, met Uruguay's President Luis "
        "Lacalle Pou in Montevideo, one of Argentina's main partners in South America.")))
    assert ("HOLDS_OFFICE", "person:javier-milei", "country:ARG") in triples(g)
    assert "country:USA" not in g.nodes  # "South America"


def test_the_sides_of_an_organization_s_official_and_the_posts_of_two_governments(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President of the European Council Charles Michel arrived in Baku on Monday, the first "
        "stop of a tour that will also take him to Armenia and Georgia. Michel was received by "
        "President Ilham Aliyev. The sides discussed cooperation in energy and transport.")))
    assert not triples(g, "COOPERATES_WITH")
    assert ("HOLDS_OFFICE", "person:charles-michel", "org:european-council") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Kristersson also met Dutch Prime Minister Dick Schoof in Stockholm, and "
        "the two governments signed an agreement on defence cooperation. Swedish officials "
        "welcomed it.")))
    cooperation = [e for e in g.edges if e.type == "COOPERATES_WITH"]
    assert [frozenset((e.source, e.target)) for e in cooperation] == \
        [frozenset(("country:SWE", "country:NLD"))]


def test_bodies_for_a_purpose_and_of_the_republic(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Kuwait Fund for Arab Economic Development signed a loan for Jordan. The Central "
        "Bank of the Republic of Korea raised rates.")))
    names = {n.name for n in g.nodes.values() if n.label == "Organization"}
    assert "Kuwait Fund for Arab Economic Development" in names
    assert "Central Bank of the Republic of Korea" in names and "Central Bank" not in names


def test_a_top_diplomat_a_capital_by_its_demonym_and_a_deal_with_no_country(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-17", text=(
        "Russia's top diplomat Sergei Lavrov met Kenyan President William Ruto in the Kenyan "
        "capital on Saturday. They discussed tensions between Sudan and Chad over a mining "
        "deal that Sudan signed last year with the rebel region of Darfur.")))
    assert ("HOLDS_OFFICE", "person:sergei-lavrov", "country:RUS") in triples(g)
    visits = [e for e in g.edges if e.type == "VISITED"]
    assert [(e.source, e.target, e.properties.get("city")) for e in visits] == \
        [("person:sergei-lavrov", "country:KEN", "Nairobi")]
    assert not triples(g, "SIGNED")


def test_a_membership_stated_before_another_country_s_candidacy(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Poland is a member of NATO and the European Union, while Ukraine is a candidate for "
        "EU membership.")))
    members = triples(g, "MEMBER_OF")
    assert members == {("MEMBER_OF", "country:POL", "org:NATO"),
                       ("MEMBER_OF", "country:POL", "org:EU")}
    assert all(e.evidence.endswith("candidate for EU membership.") for e in g.edges
               if e.type == "MEMBER_OF")  # the whole sentence is the evidence


def test_an_acronym_s_name_whose_post_and_presence_at_a_summit(nlp):
    g = extract_article(nlp, Article("t", date="2024-05-13", text=(
        "NAIROBI, May 13 - Indian Minister of State Kirti Vardhan Singh arrived in Nairobi on "
        "Monday for the Global Fisheries Forum (GFF) talks, hosted by Kenya. Last year, "
        "Indian Prime Minister Narendra Modi visited Ghana. Rwandan President Paul Kagame and "
        "Ugandan President Yoweri Museveni were also in Nairobi for the meeting. Uganda is a "
        "member of the Southern African Development Community, whose executive secretary, "
        "Elias Magosi, also attended.")))
    assert g.nodes["org:GFF"].name == "Global Fisheries Forum"
    visits = {(s, t) for _, s, t in triples(g, "VISITED")}
    assert ("person:kirti-vardhan-singh", "country:KEN") in visits  # Nairobi stays a city
    assert ("person:narendra-modi", "country:GHA") in visits  # "visited Ghana"
    assert {("person:paul-kagame", "country:KEN"), ("person:yoweri-museveni", "country:KEN")} <= visits
    assert not triples(g, "MET_WITH")  # present for the meeting, not meeting each other
    offices = triples(g, "HOLDS_OFFICE")
    assert ("HOLDS_OFFICE", "person:elias-magosi", "org:SADC") in offices


def test_a_trilateral_meeting_held_in_a_city_and_the_three_ministers(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The trilateral meeting of the foreign ministers of Iran, Iraq and Syria was held in "
        "Damascus on Friday.\n\nIranian Foreign Minister Hossein Amir-Abdollahian, Iraqi "
        "Foreign Minister Fuad Hussein and Syrian Foreign Minister Faisal Mekdad discussed "
        "trade.\n\nThe three ministers signed a declaration calling for cooperation in energy "
        "and transport.")))
    visits = {(s, t) for _, s, t in triples(g, "VISITED")}
    assert visits == {("person:hossein-amir-abdollahian", "country:SYR"),
                      ("person:fuad-hussein", "country:SYR")}
    trio = {frozenset(p) for p in (("country:IRN", "country:IRQ"), ("country:IRN", "country:SYR"),
                                   ("country:IRQ", "country:SYR"))}
    assert {frozenset((s, t)) for _, s, t in triples(g, "SIGNED")} == trio
    assert {frozenset((s, t)) for _, s, t in triples(g, "COOPERATES_WITH")} == trio


def test_a_message_delivered_a_high_commission_and_two_memberships(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received on Sunday a written message from "
        "President of Tunisia Kais Saied. The message was delivered by Tunisian Minister of "
        "Foreign Affairs Nabil Ammar during a meeting in Doha.")))
    assert ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:nabil-ammar") in triples(g)
    assert ("VISITED", "person:nabil-ammar", "country:QAT") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Canada has had a High Commission in Accra since 1957. Canada and Ghana signed a "
        "statement of intent on mining. Both countries are founding members of the "
        "Commonwealth and members of the World Trade Organization.")))
    assert ("HAS_EMBASSY_IN", "country:CAN", "country:GHA") in triples(g)
    assert not any(n.name == "High Commission" for n in g.nodes.values())
    assert {frozenset((s, t)) for _, s, t in triples(g, "SIGNED")} == \
        {frozenset(("country:CAN", "country:GHA"))}
    assert {t for _, s, t in triples(g, "MEMBER_OF") if s == "country:GHA"} == \
        {"org:Commonwealth", "org:WTO"}


def test_the_two_countries_point_back_and_a_state_visit_to_come(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Trade between South Korea and Poland reached $9 billion in 2023. The two countries, "
        "both allies of the United States, have stepped up cooperation in defence industry in "
        "the face of Russia's war.")))
    assert {frozenset((s, t)) for _, s, t in triples(g, "COOPERATES_WITH")} == \
        {frozenset(("country:KOR", "country:POL"))}
    g = extract_article(nlp, Article("t", text=(
        "President Bola Tinubu will on Friday host President Mahamat Idriss Deby of the Republic "
        "of Chad for a State Visit to Nigeria, The Presidency said. Nigeria and Chad share the "
        "Lake Chad basin.")))
    assert not triples(g, "VISITED") and not triples(g, "MET_WITH")
    assert ("HOLDS_OFFICE", "person:bola-tinubu", "country:NGA") in triples(g)
    assert not any(n.name == "Presidency" for n in g.nodes.values())


def test_a_possessive_before_a_thing_s_name_and_a_partner_ranked_above(nlp):
    g = extract_article(nlp, Article("t", date="2024-01-30", text=(
        "Saudi Arabia's PIF to invest in Jordan's Aqaba Valley\n\nThe two leaders discussed the "
        "extension of Saudi Arabia's Green Riyadh tree-planting programme to Jordan. Saudi "
        "Arabia is Jordan's second largest trading partner after the United States; bilateral "
        "trade reached $7 billion in 2023.")))
    assert not [n for n in g.nodes.values() if n.label == "Person"]
    trade = [(frozenset((e.source, e.target)), e.properties.get("value_usd")) for e in g.edges
             if e.type == "TRADES_WITH"]
    assert trade == [(frozenset(("country:SAU", "country:JOR")), 7e9)]


def test_a_portfolio_listed_with_commas_and_a_company_group(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Japan's Minister of Economy, Trade and Industry Ken Saito met Vietnamese President Vo "
        "Van Thuong in Hanoi. Toyota Tsusho Group opened a plant in Vietnam.")))
    assert ("HOLDS_OFFICE", "person:ken-saito", "country:JPN") in triples(g)
    assert any(n.name == "Toyota Tsusho Group" for n in g.nodes.values())


def test_one_present_is_of_the_host_s_side_who_hosted_and_ringgit(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Hun Manet received a courtesy call from Japanese Ambassador to Cambodia "
        "Ueno Atsushi at the Peace Palace. Japan has been one of Cambodia's largest investors "
        "and trading partners. Also present was Foreign Minister Sok Chenda Sophea.")))
    assert ("HOLDS_OFFICE", "person:sok-chenda-sophea", "country:KHM") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Japanese Prime Minister Fumio Kishida met Spanish King Felipe VI, who hosted a dinner "
        "for him in Madrid. Total trade between Malaysia and Thailand reached RM120 billion.")))
    assert ("VISITED", "person:felipe-vi", "country:JPN") not in triples(g)
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert len(trade) == 1 and "value_usd" not in trade[0].properties  # ringgit


def test_joined_an_organization_and_support_in_doing(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Egypt joined the BRICS group of emerging economies in January. Egyptian Prime "
        "Minister Mostafa Madbouly thanked China for its support in building the Cairo-Djibouti "
        "highway.")))
    assert ("MEMBER_OF", "country:EGY", "org:BRICS") in triples(g)
    assert {(s, t) for _, s, t in triples(g, "SUPPORTS")} == {("country:CHN", "country:EGY")}


def test_a_call_s_readout_a_compound_after_an_abbreviation_and_a_top_security_official(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Secretary Rubio's Call with Japanese Foreign Minister Iwaya\n\nSecretary of State Marco "
        "Rubio spoke today with Japanese Foreign Minister Takeshi Iwaya. The Secretary and the "
        "Foreign Minister discussed the U.S.-Japan alliance and cooperation on shipbuilding. "
        "Russia's top security official Sergei Shoigu was also mentioned.")))
    calls = triples(g, "SPOKE_WITH") | triples(g, "MET_WITH")
    assert {t for t, _, _ in calls} == {"SPOKE_WITH"}  # a call, not a meeting as well
    assert "country:USA" in g.nodes  # "U.S.-Japan"
    assert ("HOLDS_OFFICE", "person:marco-rubio", "country:USA") in triples(g)
    assert ("HOLDS_OFFICE", "person:sergei-shoigu", "country:RUS") in triples(g)


def test_leaders_listed_travel_together_fields_after_a_document_and_an_amir_s_style(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kenyan President William Ruto, Uganda's President Yoweri Museveni and Rwanda's "
        "President Paul Kagame also travelled to Arusha for the summit. Tanzania and Kenya "
        "signed memoranda of understanding in the fields of tourism and energy.")))
    visits = {s for _, s, t in triples(g, "VISITED") if t == "country:TZA"}
    assert visits == {"person:william-ruto", "person:yoweri-museveni", "person:paul-kagame"}
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert sectors == [["tourism", "energy"]]
    g = extract_article(nlp, Article("t", text=(
        "DOHA - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met Malaysian Prime "
        "Minister Anwar Ibrahim. His Highness the Amir welcomed Prime Minister Anwar.")))
    assert g.nodes["person:tamim-bin-hamad-al-thani"].properties["titles"] == ["Amir"]


def test_a_shouted_dateline_places_the_report_and_its_unlabelled_posts(nlp):
    # "HANOI, May 3 (VNA) -": the city is a place, named as the lexicon writes it; the posts
    # the report names no country for are its own country's, though Laos is named more
    g = extract_article(nlp, Article("t", text=(
        "Laos, Vietnam agree to boost railway links\n\nHANOI, May 3 (VNA) - Lao Prime Minister "
        "Sonexay Siphandone met Vietnamese Prime Minister Pham Minh Chinh on Friday. Laos and "
        "Vietnam signed five agreements. Laos hopes for more Lao exports, Lao officials said. "
        "\"Our railway will serve Laos,\" Deputy Minister Nguyen Van Thang said.")))
    assert ("HOLDS_OFFICE", "person:nguyen-van-thang", "country:VNM") in triples(g)
    visits = [e for e in g.edges if e.type == "VISITED"]
    assert [(e.source, e.target, e.properties.get("city")) for e in visits] == [
        ("person:sonexay-siphandone", "country:VNM", "Hanoi")]


def test_a_meeting_in_the_first_sentence_is_where_the_report_was_filed(nlp):
    g = extract_article(nlp, Article("t", text=(
        "LIMA, Jan 5 (Reuters) - Peruvian President Dina Boluarte and her Chilean counterpart "
        "Gabriel Boric signed a border treaty at the Government Palace on Friday.")))
    assert ("VISITED", "person:gabriel-boric", "country:PER") in triples(g)
    # unless the sentence names another place: the report is filed from home
    g = extract_article(nlp, Article("t", text=(
        "LIMA, Jan 5 (Reuters) - Peruvian President Dina Boluarte began a visit to Santiago, "
        "meeting Chilean President Gabriel Boric.")))
    assert ("VISITED", "person:gabriel-boric", "country:PER") not in triples(g)


def test_attendees_of_a_meeting_did_not_meet_each_other_and_a_delegation_is_the_guest_s(nlp):
    g = extract_article(nlp, Article("t", text=(
        "RABAT, June 2 - King Mohammed VI received Senegalese President Bassirou Diomaye Faye "
        "at the Royal Palace. The two discussed trade. Senegal and Morocco signed three "
        "agreements. Faye invited the King to Dakar. Trade has grown. Prime Minister Aziz "
        "Akhannouch and Foreign Minister Nasser Bourita attended the meeting, as did "
        "Senegalese Foreign Minister Yassine Fall.")))
    assert not triples(g, "MET_WITH") - {("MET_WITH", "person:mohammed-vi",
                                          "person:bassirou-diomaye-faye")}
    assert ("HOLDS_OFFICE", "person:nasser-bourita", "country:MAR") in triples(g)
    assert ("HOLDS_OFFICE", "person:aziz-akhannouch", "country:MAR") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "President Shavkat Mirziyoyev welcomed President Emomali Rahmon of Tajikistan and the "
        "accompanying delegation, which included Foreign Minister Sirojiddin Muhriddin. "
        "Uzbekistan and Tajikistan signed ten agreements.")))
    assert ("HOLDS_OFFICE", "person:sirojiddin-muhriddin", "country:TJK") in triples(g)


def test_a_leader_named_by_the_given_name_is_the_one_named_in_full(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Zambian President Hakainde Hichilema received Kenyan President William Ruto in Lusaka. "
        "President Hakainde said Zambia and Kenya would cooperate in mining.")))
    assert ids(g, "Person") == ["person:hakainde-hichilema", "person:william-ruto"]


def test_membership_denied_exports_as_trade_and_sectors_ending_at_a_new_clause(nlp):
    g = extract_article(nlp, Article("t", text=(
        "\"Serbia is not a member of the European Union, but it is our partner,\" he said. "
        "Chile's exports to Peru rose to 3 trillion pesos last year. Ghana and Togo signed "
        "agreements on energy, transport and customs, after talks between the two presidents.")))
    assert not triples(g, "MEMBER_OF")
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert [(e.source, e.target) for e in trade] == [("country:CHL", "country:PER")]
    assert "value_usd" not in trade[0].properties
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert sectors == [["energy", "transport", "customs"]]


def test_a_congratulated_member_an_observer_and_a_committee_named_after_its_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Putin congratulated Ethiopia on becoming a full member of BRICS. Serbia is an observer "
        "of the Organization of Turkic States, of which Kazakhstan is a founding member.")))
    assert triples(g, "MEMBER_OF") == {("MEMBER_OF", "country:ETH", "org:BRICS"),
                                       ("MEMBER_OF", "country:KAZ", "org:OTS")}
    g = extract_article(nlp, Article("t", text=(
        "Li Xi, a member of the Standing Committee of the Communist Party of Vietnam Central "
        "Committee, met Lao President Thongloun Sisoulith.")))
    bodies = [n.name for n in g.nodes.values() if n.label == "Organization"]
    assert "Standing Committee of the Communist Party of Vietnam" not in bodies


def test_a_ranking_goes_on_a_clause_names_one_partner_and_a_total_is_nobody_s_pair(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-01", text=(
        "Germany remained Poland's largest trading partner in 2023, with trade of $180 billion. "
        "The Netherlands came second with $40 billion, followed by France with $35 billion. "
        "Poland's trade with Lithuania reached $9 billion, while trade with Latvia amounted to "
        "$4 billion. Poland's total foreign trade rose to $700 billion last year.")))
    figures = {tuple(sorted((e.source, e.target))): (e.properties.get("value_usd"),
                                                     e.properties.get("year"))
               for e in g.edges if e.type == "TRADES_WITH"}
    assert figures == {("country:DEU", "country:POL"): (180e9, 2023),
                       ("country:NLD", "country:POL"): (40e9, 2023),
                       ("country:FRA", "country:POL"): (35e9, 2023),
                       ("country:LTU", "country:POL"): (9e9, 2023),
                       ("country:LVA", "country:POL"): (4e9, 2023)}


def test_an_acronym_before_a_post_its_own_clause_s_embassy_and_talks_on_restoring_ties(nlp):
    g = extract_article(nlp, Article("t", text=(
        "World Health Organization (WHO) Director-General Tedros Adhanom Ghebreyesus met "
        "Chilean President Gabriel Boric in Santiago. Peru's embassy in Quito resumed work, and "
        "Ecuador has reopened its embassy in Lima. Peru still has no diplomatic relations with "
        "Bolivia, though the two countries have held talks on restoring ties.")))
    assert ("HOLDS_OFFICE", "person:tedros-adhanom-ghebreyesus", "org:WHO") in triples(g)
    assert triples(g, "HAS_EMBASSY_IN") == {("HAS_EMBASSY_IN", "country:PER", "country:ECU"),
                                            ("HAS_EMBASSY_IN", "country:ECU", "country:PER")}
    assert not triples(g, "COOPERATES_WITH") and not triples(g, "HAS_DIPLOMATIC_RELATIONS")


def test_an_organization_s_official_visits_where_it_is_not_seated(nlp):
    g = extract_article(nlp, Article("t", text=(
        "UN Secretary-General Antonio Guterres met Kenyan President William Ruto in Nairobi. "
        "African Union Commission Chairperson Moussa Faki Mahamat met Ethiopian Prime Minister "
        "Abiy Ahmed in Addis Ababa.")))
    assert ("VISITED", "person:antonio-guterres", "country:KEN") in triples(g)
    assert not any(s == "person:moussa-faki-mahamat" for _, s, _ in triples(g, "VISITED"))


def test_cosigners_met_a_thanker_s_post_known_late_and_a_style_before_the_name(nlp):
    g = extract_article(nlp, Article("t", text=(
        "HANOI - Prime Minister Pham Minh Chinh held talks with Chinese Premier Li Qiang in "
        "Hanoi. Chinh thanked China for its support. Foreign Minister Bui Thanh Son and "
        "Japanese Foreign Minister Yoko Kamikawa also signed a memorandum on cooperation. "
        "Vietnam and India hold talks, said External Affairs Minister Dr. S. Jaishankar of "
        "India.")))
    assert ("MET_WITH", "person:bui-thanh-son", "person:yoko-kamikawa") in triples(g)
    assert ("SUPPORTS", "country:CHN", "country:VNM") in triples(g)
    assert g.nodes["person:s-jaishankar"].properties["titles"] == ["External Affairs Minister"]


def test_recognitions_listed_and_to_come_stops_on_a_tour_and_an_observer_which(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chile, Peru and Bolivia formally recognised a Palestinian state on Tuesday. Estonia said "
        "it would also recognise Palestine. Palestine, which has observer status at the UN, "
        "welcomed it. Italian Foreign Minister Antonio Tajani arrived in Hanoi on Monday after "
        "stops in Tokyo and Seoul.")))
    assert {s for _, s, _ in triples(g, "RECOGNIZED")} == {"country:CHL", "country:PER",
                                                           "country:BOL"}
    assert not triples(g, "MEMBER_OF")
    assert {t for _, _, t in triples(g, "VISITED")} == {"country:VNM", "country:JPN",
                                                        "country:KOR"}


def test_a_pair_named_by_a_post_inferred_later_and_seats_of_government(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Laos asks Thailand to reopen border\n\nVIENTIANE, Jan 22 - Lao Prime Minister Sonexay "
        "Siphandone asked Thailand to reopen the border. During his visit to Hanoi, Sonexay met "
        "Prime Minister Pham Minh Chinh and the two countries signed 12 agreements, including on "
        "energy and transport. White House spokesman John Kirby and Kremlin spokesman Dmitry "
        "Peskov declined to comment.")))
    assert triples(g, "SIGNED") == {("SIGNED", "country:LAO", "country:VNM")}
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert sectors == [["energy", "transport"]]
    assert ("HOLDS_OFFICE", "person:john-kirby", "country:USA") in triples(g)
    assert ("HOLDS_OFFICE", "person:dmitry-peskov", "country:RUS") in triples(g)


def test_the_bank_s_remit_a_list_with_offices_and_a_guest_of_an_organization(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Asian Development Bank opened an office in Dhaka to serve Bangladesh. The Bank's "
        "Vice President for "
        "South Asia and the Pacific Ahmed Saeed said it would help. Saeed was received by "
        "President Mohammed Shahabuddin. The World Bank and the Islamic Development Bank also "
        "have offices in Dhaka.")))
    assert ("HOLDS_OFFICE", "person:ahmed-saeed", "org:ADB") in triples(g)
    assert ("VISITED", "person:ahmed-saeed", "country:BGD") in triples(g)
    assert {s for _, s, _ in triples(g, "HAS_OFFICE_IN")} == {"org:ADB", "org:world-bank",
                                                              "org:IsDB"}


def test_trade_after_while_and_a_deal_between_blocs(nlp):
    g = extract_article(nlp, Article("t", date="2024-10-15", text=(
        "Qatar is among the largest investors in Jordan, with investments exceeding $5 billion, "
        "while trade between the two countries reached about $1.5 billion last year.")))
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert [(e.properties["value_usd"], e.properties["year"]) for e in trade] == [(1.5e9, 2023)]
    g = extract_article(nlp, Article("t", text=(
        "The European Union and Mercosur concluded negotiations on a free trade agreement on "
        "Friday. Uruguayan President Luis Lacalle Pou hosted Brazilian President Lula and "
        "Argentine President Javier Milei; Uruguay and Brazil are neighbours.")))
    assert not triples(g, "SIGNED")


def test_forms_of_address_a_shouted_city_state_and_a_summit_s_sidelines(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Shri Narendra Modi held a bilateral meeting with Prime Minister of "
        "Canada, H.E. Mr. Justin Trudeau, on the sidelines of the G7 Summit in Rome. India and "
        "Canada agreed to talk.")))
    assert ("HOLDS_OFFICE", "person:narendra-modi", "country:IND") in triples(g)
    assert ("HOLDS_OFFICE", "person:justin-trudeau", "country:CAN") in triples(g)
    assert {(s, t) for _, s, t in triples(g, "VISITED")} == {
        ("person:narendra-modi", "country:ITA"), ("person:justin-trudeau", "country:ITA")}
    g = extract_article(nlp, Article("t", text=(
        "SINGAPORE, Feb 18 - Prime Minister Lawrence Wong received Thai Prime Minister Srettha "
        "Thavisin. Thailand, which borders Malaysia, and Singapore signed two agreements.")))
    assert ("HOLDS_OFFICE", "person:lawrence-wong", "country:SGP") in triples(g)


def test_a_place_named_by_its_country_s_adjective(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Armenian Prime Minister Nikol Pashinyan, who arrived in the Georgian capital in the "
        "morning, met Georgian Prime Minister Irakli Kobakhidze. Uzbek President Shavkat "
        "Mirziyoyev arrived in the Kazakh city on Monday.")))
    assert {(s, t) for _, s, t in triples(g, "VISITED")} >= {
        ("person:nikol-pashinyan", "country:GEO"), ("person:shavkat-mirziyoyev", "country:KAZ")}


def test_the_dates_said_with_relations_and_with_a_visit(nlp):
    g = extract_article(nlp, Article("t", date="2024-03-06", text=(
        "Chile and Peru\n\nLIMA, March 6 (EFE) - Chile recognised Peru's borders in 1929, and "
        "the two countries established diplomatic relations on 16 December 1930, the ministry "
        "said on Wednesday. Chilean President Gabriel Boric, on his first visit to Peru since "
        "2021, arrived in Lima on Tuesday.")))
    since = [e.properties.get("since") for e in g.edges if e.type == "HAS_DIPLOMATIC_RELATIONS"]
    assert since == ["1930-12-16"]
    visits = [e.properties.get("date") for e in g.edges if e.type == "VISITED"]
    assert visits == ["2024-03-05"]


def test_a_meeting_to_come_a_bloc_s_support_and_the_host_in_apposition(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Samoan Prime Minister Fiame Naomi Mata'afa welcomed Tongan Prime Minister Siaosi "
        "Sovaleni to Apia. Sovaleni will also meet Samoa's Head of State Tuimalealiifano Va'aletoa "
        "Sualauvi II on Friday. African Union leaders meeting in Addis Ababa reaffirmed their "
        "support for Somalia's sovereignty over the region claimed by Ethiopia. Kenyan President "
        "William Ruto, the host, held talks with Rwandan President Paul Kagame on the sidelines "
        "of the summit.")))
    met = triples(g, "MET_WITH")
    assert not any("sualauvi" in s + t for _, s, t in met)
    assert not triples(g, "SUPPORTS")
    assert ("VISITED", "person:paul-kagame", "country:KEN") in triples(g)


def test_whence_an_aside_a_greeting_host_and_an_organization_of_which(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev. Xi, on his first "
        "visit to Kazakhstan in five years, was greeted by Tokayev at the airport. From Astana, Xi "
        "travelled on to Dushanbe, where he met Tajik President Emomali Rahmon.")))
    assert {t for _, s, t in triples(g, "VISITED") if s == "person:xi-jinping"} == {
        "country:KAZ", "country:TJK"}
    g = extract_article(nlp, Article("t", text=(
        "ACCRA, Oct 30 (Reuters) - Ghana and Togo agreed on Monday to reopen their border, "
        "which has been closed since the unrest in Lomé, after talks between Ghanaian Foreign "
        "Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert Dussey. The deal "
        "would help Togo join the Commonwealth, of which Ghana is a member.")))
    assert ("VISITED", "person:robert-dussey", "country:GHA") in triples(g)
    assert triples(g, "MEMBER_OF") == {("MEMBER_OF", "country:GHA", "org:Commonwealth")}


def test_malaysian_forms_of_address_a_framework_and_four_signers(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Deputy Prime Minister Datuk Seri Fadillah Yusof met Thai Foreign Minister Maris "
        "Sangiampongsa in Putrajaya. Tan Sri Muhyiddin Yassin also attended. Ghana and Canada "
        "signed a framework on cooperation in mining. Kazakhstan, Azerbaijan, Georgia and the "
        "United Kingdom have signed a memorandum on a submarine power cable.")))
    people = {n.name: n for n in g.nodes.values() if n.label == "Person"}
    assert {"Fadillah Yusof", "Muhyiddin Yassin"} <= set(people)
    assert people["Fadillah Yusof"].properties["titles"] == ["Deputy Prime Minister"]
    signed = {frozenset((s, t)) for _, s, t in triples(g, "SIGNED")}
    four = ["country:KAZ", "country:AZE", "country:GEO", "country:GBR"]
    assert signed == {frozenset(("country:GHA", "country:CAN"))} | {
        frozenset((a, b)) for i, a in enumerate(four) for b in four[i + 1:]}
    g = extract_article(nlp, Article("t", text=(
        "Within the framework of the visit, Ghana and Canada discussed mining.")))
    assert not triples(g, "SIGNED")


def test_the_two_leaders_met_a_return_to_office_and_a_body_of_the_republic(nlp):
    g = extract_article(nlp, Article("t", text=(
        "U.S. President Donald Trump and Emir Sheikh Tamim bin Hamad Al Thani of Qatar agreed to "
        "expand defence ties. The two leaders met at the Amiri Diwan in Doha, where Trump made "
        "his first visit to Qatar since returning to office. The two countries signed agreements "
        "on the promotion of investment, aviation and the digital economy, according to the "
        "State Statistics Committee of the Republic of Uzbekistan.")))
    trump, tamim = "person:donald-trump", "person:tamim-bin-hamad-al-thani"
    assert ("MET_WITH", trump, tamim) in triples(g) or ("MET_WITH", tamim, trump) in triples(g)
    assert ("VISITED", trump, "country:QAT") in triples(g)
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert ["promotion of investment", "aviation", "digital economy"] in sectors
    orgs = {n.name for n in g.nodes.values() if n.label == "Organization"}
    assert orgs == {"State Statistics Committee of the Republic of Uzbekistan"}


def test_surnames_that_are_english_words_and_portfolios_before_posts(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Vietnamese Deputy Prime Minister To Minh Son and British Trade Secretary Jonathan "
        "Reynolds met in Hanoi. He thanked UAE Minister of State for Consular Affairs Khalid "
        "Al Amiri. President He said nothing.")))
    people = {n.name: n.properties.get("titles") for n in g.nodes.values() if n.label == "Person"}
    assert people == {"To Minh Son": ["Deputy Prime Minister"],
                      "Jonathan Reynolds": ["Trade Secretary"],
                      "Khalid Al Amiri": ["Minister of State for Consular Affairs"]}
    assert ("HOLDS_OFFICE", "person:jonathan-reynolds", "country:GBR") in triples(g)
    assert ("HOLDS_OFFICE", "person:khalid-al-amiri", "country:ARE") in triples(g)


def test_an_inviter_s_own_clause_a_total_s_year_and_a_reception_after_talks(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-01", text=(
        "Kenyan President William Ruto spoke with Ghanaian President John Mahama. Ruto said he "
        "hoped to see Ghana soon, and Mahama invited Ruto to visit Accra. Kazakhstan's foreign "
        "trade turnover reached $139.8 billion in 2023. China remained Kazakhstan's largest "
        "trading partner with $31.5 billion, followed by Russia ($27 billion). Ghanaian Foreign "
        "Minister Samuel Ablakwa held talks with Togolese Foreign Minister Robert Dussey in Lome, "
        "before being received by President Faure Gnassingbe.")))
    assert ("INVITED", "person:john-mahama", "person:william-ruto") in triples(g)
    years = {e.target: e.properties.get("year") for e in g.edges if e.type == "TRADES_WITH"}
    assert years == {"country:CHN": 2023, "country:RUS": 2023}
    assert ("MET_WITH", "person:samuel-ablakwa", "person:faure-gnassingbe") in triples(g)


def test_who_attended_an_event_abroad_and_a_member_of_the_bank_named_before(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The opening ceremony of the Embassy of Azerbaijan in Albania took place in Tirana on "
        "Monday, attended by Azerbaijani Deputy Foreign Minister Elnur Mammadov. The New "
        "Development Bank approved a loan to Egypt. Egypt is a member of the Shanghai-based "
        "bank.")))
    assert ("VISITED", "person:elnur-mammadov", "country:ALB") in triples(g)
    assert ("MEMBER_OF", "country:EGY", "org:NDB") in triples(g)


def test_one_president_a_country_and_a_host_s_talks_with_each_guest(nlp):
    g = extract_article(nlp, Article("t", text=(
        "ACCRA, May 2 (GNA) - Ghanaian President John Mahama received the credentials of the "
        "Ambassador of Egypt to Ghana Ahmed Farouk. Former Ghanaian President Nana Akufo-Addo "
        "attended. Mahama recalled his meeting with President Abdel Fattah al-Sisi in Cairo.")))
    assert ("HOLDS_OFFICE", "person:abdel-fattah-al-sisi", "country:EGY") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Former Kenyan President Uhuru Kenyatta led the observers. President William Ruto met "
        "Ugandan President Yoweri Museveni in Nairobi.")))
    assert ("HOLDS_OFFICE", "person:william-ruto", "country:KEN") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Uzbek President Shavkat Mirziyoyev hosted a summit in Samarkand. Kazakh President "
        "Kassym-Jomart Tokayev and Turkmen President Serdar Berdimuhamedov arrived in Samarkand "
        "on Sunday. Mirziyoyev earlier held separate talks with each of his guests.")))
    met = {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")}
    assert {frozenset(("person:shavkat-mirziyoyev", "person:kassym-jomart-tokayev")),
            frozenset(("person:shavkat-mirziyoyev", "person:serdar-berdimuhamedov"))} <= met


def test_an_adviser_to_a_post_and_a_region_s_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chief Adviser to the Prime Minister of India Ajit Kumar met Kurdistan Region Prime "
        "Minister Masrour Barzani in Erbil.")))
    titles = {n.name: n.properties.get("titles") for n in g.nodes.values() if n.label == "Person"}
    assert titles == {"Ajit Kumar": ["Chief Adviser to the Prime Minister"],
                      "Masrour Barzani": ["Kurdistan Region Prime Minister"]}
    assert ("HOLDS_OFFICE", "person:ajit-kumar", "country:IND") in triples(g)


def test_two_sides_meeting_and_two_foreigners_meeting_in_a_third_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte met Argentine "
        "President Javier Milei and Bolivian President Luis Arce in Lima. Armenian Prime Minister "
        "Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Monday for "
        "talks, but reached no deal, Emirati officials said.")))
    met = {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")}
    boric, boluarte = "person:gabriel-boric", "person:dina-boluarte"
    milei, arce = "person:javier-milei", "person:luis-arce"
    assert {frozenset((a, b)) for a in (boric, boluarte) for b in (milei, arce)} <= met
    assert frozenset((boric, boluarte)) not in met
    assert frozenset(("person:nikol-pashinyan", "person:ilham-aliyev")) in met
    visits = {(s, t) for _, s, t in triples(g, "VISITED")}
    assert {("person:nikol-pashinyan", "country:ARE"), ("person:ilham-aliyev", "country:ARE")} <= visits


def test_congo_a_visit_named_in_a_headline_and_the_pope(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Angola hosts talks between the Democratic Republic of the Congo and Rwanda. Fighting "
        "in eastern Congo goes on.")))
    assert ids(g, "Country") == ["country:AGO", "country:COD", "country:RWA"]
    g = extract_article(nlp, Article("t", text="Congo and Gabon agreed to build a road."))
    assert ids(g, "Country") == ["country:COG", "country:GAB"]
    g = extract_article(nlp, Article("t", text=(
        "Kazakhstan, Hungary sign agreements during Orban visit\n\nASTANA, May 5 (Kazinform) - "
        "Prime Minister Viktor Orban held talks with President Kassym-Jomart Tokayev, a day after "
        "he was received by Pope Leo XIV at the Vatican.")))
    orban = "person:viktor-orban"
    assert {("VISITED", orban, "country:KAZ"), ("HOLDS_OFFICE", orban, "country:HUN"),
            ("HOLDS_OFFICE", "person:kassym-jomart-tokayev", "country:KAZ"),
            ("HOLDS_OFFICE", "person:leo-xiv", "country:VAT"),
            ("MET_WITH", orban, "person:leo-xiv")} <= triples(g)


def test_dollars_of_other_countries_are_no_us_dollars(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Trade between Canada and Japan reached C$35 billion last year. Trade between New "
        "Zealand and Chile was worth 2 billion NZ dollars.")))
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert len(trade) == 2 and not any("value_usd" in e.properties for e in trade)


def test_a_national_agency_s_officials_and_consultations_in_a_city_state(nlp):
    g = extract_article(nlp, Article("t", text=(
        "MANILA, May 3 (Bernama) -- Prime Minister Anwar Ibrahim arrived in Manila from Brunei "
        "on Thursday. Anwar held a summit with Philippine President Ferdinand Marcos Jr. at the "
        "Malacanang Palace. The Philippines is Malaysia's tenth largest trading partner. Deputy "
        "Foreign Minister of Vietnam Do Hung Viet held political consultations with Second "
        "Permanent Secretary Luke Goh in Singapore.")))
    anwar, viet = "person:anwar-ibrahim", "person:do-hung-viet"
    assert {("HOLDS_OFFICE", anwar, "country:MYS"), ("MET_WITH", anwar, "person:ferdinand-marcos-jr"),
            ("MET_WITH", viet, "person:luke-goh"), ("VISITED", viet, "country:SGP")} <= triples(g)


def test_a_bloc_that_comprises_and_a_member_state_of_no_one_named(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Andean Community comprises Bolivia, Colombia, Ecuador and Peru. Chinese President "
        "Xi Jinping arrived in Budapest, his first visit to a member state of the European Union "
        "this year. Hungary, which is a member of the union, did not sign.")))
    members = {(s, t) for _, s, t in triples(g, "MEMBER_OF")}
    andean = "org:andean-community"
    assert members == {("country:BOL", andean), ("country:COL", andean), ("country:ECU", andean),
                       ("country:PER", andean), ("country:HUN", "org:EU")}


def test_names_after_a_plural_post_a_person_s_government_and_two_leaders_who_signed(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels. Vucic and Kurti endorsed a plan drafted by their chief negotiators, Petar "
        "Petkovic and Besnik Bislimi, and by their foreign ministers, Marko Djuric and Donika "
        "Gervalla. The talks followed the fall of the government of Nikol Pashinyan's rival. "
        "French President Emmanuel Macron hosted Serbian President Aleksandar Vucic and Kosovo "
        "Prime Minister Albin Kurti, where the two leaders signed a declaration. Analysts recalled "
        "the regime of Slobodan Milosevic.")))
    assert ("HOLDS_OFFICE", "person:marko-djuric", "country:SRB") in triples(g)
    assert ("HOLDS_OFFICE", "person:donika-gervalla", "country:XKX") in triples(g)
    assert g.nodes["person:donika-gervalla"].properties["titles"] == ["Foreign Minister"]
    assert "person:slobodan-milosevic" in g.nodes
    g = extract_article(nlp, Article("t", text=(
        "French President Emmanuel Macron hosted Serbian President Aleksandar Vucic and Kosovo "
        "Prime Minister Albin Kurti in Paris, where the two leaders signed a declaration.")))
    met = {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")}
    assert frozenset(("person:aleksandar-vucic", "person:albin-kurti")) in met


def test_margins_of_a_summit_named_before_and_a_meeting_agreed_for_later(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Cambodian Prime Minister Hun Manet opened the bloc's summit in Vientiane on Tuesday. On "
        "the margins of the summit, Singaporean Prime Minister Lawrence Wong held a bilateral "
        "meeting with Vietnamese Prime Minister Pham Minh Chinh. Wong and Chinh agreed to hold "
        "the next meeting in Hanoi.")))
    visits = {(s, t) for _, s, t in triples(g, "VISITED")}
    assert {("person:lawrence-wong", "country:LAO"), ("person:pham-minh-chinh", "country:LAO")} <= visits
    assert ("person:lawrence-wong", "country:VNM") not in visits


def test_a_ranking_after_a_total_a_verb_of_trade_and_talks_with_another_side(nlp):
    g = extract_article(nlp, Article("t", date="2024-02-05", text=(
        "MEXICO CITY, Feb 3 (AP) - Mexican President Claudia Sheinbaum spoke with Guatemalan "
        "President Bernardo Arevalo. Arevalo said that Foreign Minister Carlos Martinez and "
        "Economy Minister Gabriela Garcia would lead talks with Mexican officials. Tajikistan's "
        "foreign trade turnover reached $13.1 billion in 2023. Russia accounted for 24 percent, "
        "or $3.1 billion, followed by Kazakhstan with $1.5 billion. Mexico and Guatemala traded "
        "goods worth $2.7 billion last year.")))
    figures = {(e.target, e.properties.get("value_usd"), e.properties.get("year"))
               for e in g.edges if e.type == "TRADES_WITH" and e.source == "country:TJK"}
    assert figures == {("country:RUS", 3.1e9, 2023), ("country:KAZ", 1.5e9, 2023)}
    assert any(e.type == "TRADES_WITH" and {e.source, e.target} == {"country:MEX", "country:GTM"}
               for e in g.edges)
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:carlos-martinez"] == offices["person:gabriela-garcia"] == "country:GTM"
    assert not triples(g, "MET_WITH") - {("MET_WITH", "person:claudia-sheinbaum",
                                          "person:bernardo-arevalo")}


def test_a_post_taken_up_and_a_visit_to_come_for_talks(nlp):
    g = extract_article(nlp, Article("t", text=(
        "BISHKEK, Nov 2 (Kabar) - President Sadyr Japarov sent a congratulatory message to "
        "Daniel Chapo on his inauguration as President of the Republic of Mozambique.")))
    assert ("HOLDS_OFFICE", "person:daniel-chapo", "country:MOZ") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "TOKYO, May 10 (Reuters) - Trade between Japan and India reached $22 billion last year. "
        "Prime Minister Narendra Modi is due to visit Tokyo later this month for talks with "
        "Prime Minister Shigeru Ishiba.")))
    assert not triples(g, "MET_WITH") and not triples(g, "VISITED")
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:narendra-modi": "country:IND", "person:shigeru-ishiba": "country:JPN"}


def test_the_heads_of_state_and_countries_inside_a_hyphenated_name(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President of Uzbekistan Shavkat Mirziyoyev held talks with President of Pakistan Asif "
        "Ali Zardari. The heads of state discussed trade and transport cooperation, including "
        "the Gwadar Port-Afghanistan-Uzbekistan Railway.")))
    assert ("COOPERATES_WITH", "country:UZB", "country:PAK") in triples(g) or \
        ("COOPERATES_WITH", "country:PAK", "country:UZB") in triples(g)
    assert ids(g, "Country") == ["country:PAK", "country:UZB"]


def test_a_person_named_as_the_object_of_a_meeting_verb_and_his_counterpart_s_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "SANTIAGO, May 3 - Foreign Minister Alberto van Klaveren met with his Czech counterpart "
        "on Friday. During the talks, van Klaveren congratulated Tomas Petricek on the opening "
        "of the Czech Embassy in Santiago. Petricek is visiting Chile for the first time. "
        "Earlier, Petricek met with Chief Adviser to the President of Chile Ana Lya Uriarte.")))
    assert "person:tomas-petricek" in g.nodes and "person:chief-adviser" not in g.nodes
    assert g.nodes["person:tomas-petricek"].properties["titles"] == ["Foreign Minister"]
    assert {("HOLDS_OFFICE", "person:tomas-petricek", "country:CZE"),
            ("VISITED", "person:tomas-petricek", "country:CHL"),
            ("MET_WITH", "person:alberto-van-klaveren", "person:tomas-petricek")} <= triples(g)


def test_one_country_with_each_of_a_list_and_no_pair_of_the_list(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Mongolia has established diplomatic relations with Tuvalu, Nauru and Palau. Earlier, "
        "protocols were signed with Togo, Benin, Ghana and Niger.")))
    assert triples(g) == {("HAS_DIPLOMATIC_RELATIONS", "country:MNG", f"country:{c}")
                          for c in ("TUV", "NRU", "PLW")}


def test_a_name_after_an_aside_and_a_party_named_by_a_long_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg signed a joint "
        "communique on the establishment of diplomatic relations with the Minister of Foreign "
        "Affairs, Trade and Regional Integration of Nauru (a Pacific island state) Lionel "
        "Rouwen Aingimea.")))
    assert {("HOLDS_OFFICE", "person:lionel-rouwen-aingimea", "country:NRU"),
            ("SIGNED", "country:MNG", "country:NRU")} <= triples(g)


def test_training_for_a_country_is_no_visit_and_a_late_president_holds_no_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Adama Barrow arrived in Ankara on Monday for a three-day visit. He "
        "toured Bilkent University, attended the signing of an agreement on training doctors "
        "for Gambia and made a tour of a hospital.")))
    assert triples(g, "VISITED") == {("VISITED", "person:adama-barrow", "country:TUR")}
    g = extract_article(nlp, Article("t", text=(
        "HANOI, June 2 - Prime Minister Pham Minh Chinh held talks with President Julius Maada "
        "Bio of Sierra Leone, who is on an official visit. Bio paid tribute to President Ho Chi "
        "Minh at his mausoleum. He will meet President To Lam on Tuesday.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert "person:ho-chi-minh" not in offices and offices["person:to-lam"] == "country:VNM"


def test_a_peer_a_call_by_name_and_the_talks_of_that_call(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Lula calls Boric to discuss trade\n\n"
        "Brazilian President Luiz Inacio Lula da Silva spoke to his Chilean peer Gabriel Boric "
        "on Tuesday. During the talks, Lula congratulated Boric on the Santiago summit.")))
    assert triples(g, "SPOKE_WITH") == {("SPOKE_WITH", "person:luiz-inacio-lula-da-silva",
                                         "person:gabriel-boric")}
    assert not triples(g, "MET_WITH") and not triples(g, "VISITED")
    assert ("HOLDS_OFFICE", "person:gabriel-boric", "country:CHL") in triples(g)


def test_a_dateline_of_two_cities_and_a_trade_deficit_is_no_trade_figure(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ankara/Berlin, May 8: President Recep Tayyip Erdogan and Chancellor Friedrich Merz held "
        "a telephonic conversation. Trade between Germany and Turkey totalled USD 50 billion in "
        "2024. The German trade surplus with Turkey was USD 9 billion in 2024.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:friedrich-merz": "country:DEU",
                       "person:recep-tayyip-erdogan": "country:TUR"}
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert [e.properties["value_usd"] for e in trade] == [50e9]


def test_a_tour_of_capitals_a_trip_to_come_and_a_signing_with_a_president(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Kamla Persad-Bissessar has arrived in the capital of Ghana for a state "
        "visit. She has also paid a state visit to Senegal on Monday, where she signed a "
        "cooperation agreement with President Bassirou Diomaye Faye. She met business leaders to "
        "discuss investment opportunities in Trinidad and Tobago. She will leave for Kenya on "
        "Friday.")))
    visited = {t for k, s, t in triples(g) if k == "VISITED"}
    assert visited == {"country:GHA", "country:SEN"}
    assert {("MET_WITH", "person:kamla-persad-bissessar", "person:bassirou-diomaye-faye"),
            ("HOLDS_OFFICE", "person:kamla-persad-bissessar", "country:TTO"),
            ("HOLDS_OFFICE", "person:bassirou-diomaye-faye", "country:SEN")} <= triples(g)
    assert not triples(g, "INVESTED_IN")


def test_a_list_of_posts_each_before_its_holder_s_name(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The office was opened in the presence of the Foreign Minister of Norway, Espen Barth "
        "Eide, the Governor of Zabul, Mohammad Yusuf Wafa and the UN resident coordinator, "
        "Indrika Ratwatte, who met President Hassan Sheikh Mohamud on Monday.")))
    titles = {n.id: n.properties.get("titles") for n in g.nodes.values() if n.label == "Person"}
    assert titles["person:espen-barth-eide"] == ["Foreign Minister"]
    assert titles["person:mohammad-yusuf-wafa"][0].startswith("Governor")
    assert ("HOLDS_OFFICE", "person:indrika-ratwatte", "org:UN") in triples(g)


def test_a_recognition_told_by_its_speakers(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The governments of Norway and Slovenia recognize Palestine as a state, according to "
        "Deutsche Welle and Reuters. Norwegian Prime Minister Jonas Gahr Støre said the decision "
        "was final. Slovenia will officially recognize Palestine on June 4, Foreign Minister "
        "Tanja Fajon said. Israeli Foreign Minister Israel Katz condemned the move. With Norway "
        "and Slovenia, the number of countries recognizing Palestine rises to 146, out of 193 "
        "member states.")))
    people = ids(g, "Person")
    assert people == ["person:israel-katz", "person:jonas-gahr-store", "person:tanja-fajon"]
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:tanja-fajon"] == "country:SVN"
    assert offices["person:israel-katz"] == "country:ISR"
    assert not triples(g, "MEMBER_OF")


def test_whose_visit_it_is_and_visits_and_signings_to_come(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Ghana, Togo sign border memoranda\n\nACCRA, Ghana\n\n"
        "The agreements were signed at the Jubilee House in Accra and witnessed by President "
        "John Mahama and his Togolese counterpart, Faure Gnassingbe who was in Ghana for a "
        "two-day state visit. Foreign Minister Robert Dussey is in the country on a working "
        "visit.")))
    visited = {(s, t) for k, s, t in triples(g) if k == "VISITED"}
    assert visited == {("person:faure-gnassingbe", "country:GHA"),
                       ("person:robert-dussey", "country:GHA")}
    g = extract_article(nlp, Article("t", text=(
        "Accra - President John Mahama will be in the United Kingdom between March 6 and 9, on a "
        "state visit at the invitation of King Charles III. Ghana and the United Kingdom will "
        "sign agreements on education.")))
    assert not triples(g, "VISITED") and not triples(g, "SIGNED")
    assert ("HOLDS_OFFICE", "person:charles-iii", "country:GBR") in triples(g)


def test_business_leaders_their_companies_and_a_lead_that_lists_partners(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Kassym-Jomart Tokayev received Chairman of the Board of Gulf Ridge Capital "
        "Omar bin Khalid Al Mansoori and Managing Director of Northwind Energy Company Maria "
        "Lindqvist.")))
    assert {("HOLDS_OFFICE", "person:omar-bin-khalid-al-mansoori", "org:gulf-ridge-capital"),
            ("HOLDS_OFFICE", "person:maria-lindqvist", "org:northwind-energy-company"),
            ("MET_WITH", "person:kassym-jomart-tokayev", "person:maria-lindqvist")} <= triples(g)
    g = extract_article(nlp, Article("t", text=(
        "The President reviewed projects with partners such as Russia, China, Qatar and Turkey. "
        "The Innoprom exhibition in Tashkent showed successful cooperation with Russia. Trade "
        "between our countries reached $10 billion in 2023. Thousands of joint ventures with "
        "Russia operate in Uzbekistan.")))
    assert triples(g, "TRADES_WITH") == {("TRADES_WITH", "country:RUS", "country:UZB")}


def test_members_of_a_leader_s_cabinet_are_of_his_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Prabowo Subianto of Indonesia met Chinese Premier Li Qiang in Beijing. "
        "Several members of Prabowo's Cabinet, including Minister of Foreign Affairs Sugiono and "
        "Minister of Energy and Mineral Resources Bahlil Lahadalia, are accompanying him.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:sugiono"] == offices["person:bahlil-lahadalia"] == "country:IDN"


def test_gulf_styles_fathers_names_and_an_ambassador_to_a_capital(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received Iranian Foreign Minister "
        "Abbas Araghchi and his Omani counterpart, Sayyid Badr bin Hamad Al Busaidi. The Emir "
        "conveyed his greetings to King Salman and Crown Prince Mohammed bin Salman. Qatar's new "
        "ambassador to Tehran, Ali bin Hamad Saad al-Fahid al-Marri, met President Masoud "
        "Pezeshkian.")))
    people = ids(g, "Person")
    assert {"person:salman", "person:mohammed-bin-salman",
            "person:ali-bin-hamad-saad-al-fahid-al-marri"} <= set(people)
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:tamim-bin-hamad-al-thani"] == "country:QAT"
    assert offices["person:ali-bin-hamad-saad-al-fahid-al-marri"] == "country:QAT"
    titles = g.nodes["person:tamim-bin-hamad-al-thani"].properties["titles"]
    assert "Emir" in titles


def test_a_status_recognised_is_no_recognition_and_a_possessive_post_after_a_name(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Vietnam was recognised as a BRICS partner country last October, along with Malaysia. "
        "Mohamad Hasan, Malaysia's Foreign Affairs Minister, welcomed the decision.")))
    assert not triples(g, "RECOGNIZED")
    assert ("HOLDS_OFFICE", "person:mohamad-hasan", "country:MYS") in triples(g)
    assert g.nodes["person:mohamad-hasan"].properties["titles"] == ["Foreign Affairs Minister"]


def test_a_name_with_either_apostrophe(nlp):
    for apostrophe in ("'", "’"):
        g = extract_article(nlp, Article("t", text=(
            f"Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene received Minister of Foreign "
            f"Affairs of the People{apostrophe}s Republic of China Wang Yi.")))
        assert ids(g, "Country") == ["country:CHN", "country:MNG"]


def test_a_body_named_by_its_field_states_no_cooperation(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Trade between Russia and Germany fell to $54.4 billion in 2020, according to the German "
        "Committee on Eastern European Economic Relations.")))
    assert {k for k, _, _ in triples(g)} == {"TRADES_WITH"}


def test_a_call_said_in_a_few_words(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Canadian Prime Minister Mark Carney spoke with Mexican President Claudia Sheinbaum in a "
        "call Tuesday. Carney and Sheinbaum discussed trade. The minister renewed his call for "
        "calm.")))
    assert triples(g, "SPOKE_WITH") == {("SPOKE_WITH", "person:mark-carney",
                                         "person:claudia-sheinbaum")}
    assert not triples(g, "MET_WITH")


def test_a_list_of_people_each_of_a_country_and_a_return_home(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Tinubu hosts Benin, Niger, Guinea-Bissau presidents\n\n"
        "President Bola Ahmed Tinubu is meeting presidents of three West African countries in "
        "Abuja. They are Patrice Talon of Benin, Umaro Sissoco Embalo of Guinea-Bissau; and "
        "Mohammed Bazoum of Niger. President Tinubu had returned to Abuja on Monday from "
        "Nairobi, Kenya.")))
    assert {"person:patrice-talon", "person:umaro-sissoco-embalo",
            "person:mohammed-bazoum"} <= set(ids(g, "Person"))
    assert ("HOLDS_OFFICE", "person:bola-ahmed-tinubu", "country:NGA") in triples(g)


def test_a_dateline_with_a_colon_and_where_the_meeting_took_place(nlp):
    g = extract_article(nlp, Article("t", text=(
        "NEW DELHI: Prime Minister Narendra Modi held his first bilateral meeting with Japan's "
        "newly appointed Prime Minister, Shigeru Ishiba, on Thursday. The meeting took place on "
        "the sidelines of the ASEAN-India Summit in Laos. Modi said India valued its ties with "
        "Japan and with Laos.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:narendra-modi"] == "country:IND"
    assert not triples(g, "VISITED") - {(k, s, "country:LAO") for k, s, _ in triples(g)}
    g = extract_article(nlp, Article("t", text=(
        "ASTANA: President of Kazakhstan Kassym-Jomart Tokayev held talks with President Sadyr "
        "Japarov of Kyrgyzstan. The talks took place in Bishkek.")))
    assert ("VISITED", "person:kassym-jomart-tokayev", "country:KGZ") in triples(g)


def test_thanks_for_an_invitation_name_the_inviter(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kazakhstan's President Kassym-Jomart Tokayev thanked Kyrgyzstan's President Sadyr "
        "Japarov for his invitation to Kyrgyzstan.")))
    assert triples(g, "INVITED") == {("INVITED", "person:sadyr-japarov",
                                      "person:kassym-jomart-tokayev")}


def test_a_list_of_people_met_with_an_apposition_inside(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Indonesian President Prabowo Subianto held talks in Beijing on Saturday, beginning with "
        "a bilateral meeting with Zhao Leji, the chairman of China's National People's Congress "
        "(NPC), and Chinese Premier Li Qiang later that day.")))
    assert triples(g, "MET_WITH") == {
        ("MET_WITH", "person:prabowo-subianto", "person:zhao-leji"),
        ("MET_WITH", "person:prabowo-subianto", "person:li-qiang")}


def test_visits_to_a_list_of_countries_and_a_possessive_after_the_list(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Brazilian President Luiz Inacio Lula da Silva paid state visits to Angola, Sao Tome and "
        "Principe and Mozambique last week. Chilean President Gabriel Boric visited Peru and "
        "Bolivia's President Luis Arce welcomed the trip.")))
    visited = {(s, t) for k, s, t in triples(g, "VISITED")}
    assert {t for s, t in visited if s == "person:luiz-inacio-lula-da-silva"} == {
        "country:AGO", "country:STP", "country:MOZ"}
    assert {t for s, t in visited if s == "person:gabriel-boric"} == {"country:PER"}


def test_a_field_in_a_post_s_name_states_no_cooperation(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Minister of International Relations and Cooperation, Ms Jane Doe-Smith, visited "
        "the Republic of Ghana and the Republic of Togo.")))
    assert not triples(g, "COOPERATES_WITH")
    assert {t for _, _, t in triples(g, "VISITED")} == {"country:GHA", "country:TGO"}


def test_the_deputy_minister_is_not_the_minister_and_a_hyphen_s_stray_space(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Deputy Minister Anna Kowal-Brzeska is visiting Lusaka. The Deputy Minister met the "
        "Minister of Agriculture, Mr Peter Mwansa Banda. Upon the conclusion of her visit to "
        "Zambia, Deputy Minister Kowal- Brzeska proceeded to Lilongwe, Malawi.")))
    assert ids(g, "Person") == ["person:anna-kowal-brzeska", "person:peter-mwansa-banda"]
    assert ("MET_WITH", "person:anna-kowal-brzeska", "person:peter-mwansa-banda") in triples(g)
    assert ("VISITED", "person:anna-kowal-brzeska", "country:ZMB") in triples(g)
    assert ("VISITED", "person:peter-mwansa-banda", "country:ZMB") not in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Foreign Minister Anna Kowal of Poland proceeded to Lilongwe, Malawi.")))
    assert ("VISITED", "person:anna-kowal", "country:MWI") in triples(g)


def test_a_possessive_in_a_fronted_clause_is_the_subject_s(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Ana Silva thanked President Joao Mendes. During her visit to Cabo Verde, "
        "Foreign Minister Rita Costa met business leaders.")))
    assert ("VISITED", "person:rita-costa", "country:CPV") in triples(g)
    assert ("VISITED", "person:ana-silva", "country:CPV") not in triples(g)


def test_a_building_named_after_a_city_is_not_the_city(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Narendra Modi held talks with Portuguese President Marcelo Rebelo de "
        "Sousa at Hyderabad House in New Delhi on Friday.")))
    met = [e for e in g.edges if e.type == "MET_WITH"]
    assert met and met[0].properties["place"] == "New Delhi"


def test_the_visit_is_of_the_possessor_just_before_it(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Indian Prime Minister Narendra Modi's remarks came during Egyptian President Abdel "
        "Fattah al-Sisi's state visit to India.")))
    assert triples(g, "VISITED") == {("VISITED", "person:abdel-fattah-al-sisi", "country:IND")}


def test_a_professor_s_name_and_a_counterpart_in_another_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "State House, Accra, Ghana, Monday - Minister of Foreign Affairs, Professor Amara "
        "Kollie Sesay, has signed five memoranda with his counterpart, the Minister of Foreign "
        "Affairs in Ghana, in the presence of President Kwame Asante of Ghana and President "
        "Foday Kamara of Liberia.")))
    assert "person:amara-kollie-sesay" in g.nodes
    assert ("HOLDS_OFFICE", "person:amara-kollie-sesay", "country:GHA") not in triples(g)


def test_a_headline_s_passive_and_an_agency_s_code_before_the_dateline(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Ram Kovind of India welcomed by Bangladesh President Abdul Hamid for their "
        "meeting at Bangabhaban.")))
    assert ("VISITED", "person:abdul-hamid", "country:IND") not in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "XNA-Nairobi (Kenya) Kenya and Uganda have signed two agreements. The communique came "
        "at the end of a one-day state visit by Ugandan President Yoweri Museveni on Thursday.")))
    assert ("VISITED", "person:yoweri-museveni", "country:KEN") in triples(g)


def test_a_post_spelt_out_before_its_acronym_is_no_organization(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Addressing a seminar here today, Counsellor and Deputy Chief of Mission (DCM) Embassy "
        "of Japan, Taro Yamada said the trade between Japan and Kenya grew.")))
    assert not ids(g, "Organization")


def test_credentials_presented_to_no_one_named_are_no_meeting(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The new ambassador of Peru, Ana Quispe Rojas, presented her credentials, taking over a "
        "post vacant since the previous ambassador, Jorge Luna Paredes, passed away.")))
    assert not triples(g, "MET_WITH")


def test_one_given_name_spelt_two_ways_is_one_person(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Shehbaz Sharif was received by Crown Prince Mohammad bin Rashid. Sharif "
        "and Crown Prince Mohammed Bin Rashid witnessed the signing.")))
    assert [p for p in ids(g, "Person") if "rashid" in p] == ["person:mohammad-bin-rashid"]


def test_a_city_before_a_post_is_no_destination_and_an_envoy_does_not_visit_his_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Dubai Crown Prince Sheikh Hamdan bin Mohammed left Islamabad on Thursday following a "
        "daylong visit. Kuwait's Ambassador to Pakistan, Nasser Al-Mutairi, while announcing the "
        "visit, said the crown prince would hold talks with Prime Minister Shehbaz Sharif.")))
    visits = triples(g, "VISITED")
    assert visits == {("VISITED", "person:hamdan-bin-mohammed", "country:PAK")}


def test_a_post_in_lower_case_then_a_comma_is_another_person_s(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Dubai crown prince, PM Sharif discuss ways to enhance ties\n\nPrime Minister Shehbaz "
        "Sharif met Dubai Crown Prince Sheikh Hamdan bin Mohammed.")))
    titles = g.nodes["person:shehbaz-sharif"].properties["titles"]
    assert not any("Crown" in t for t in titles)


def test_a_country_s_role_far_from_an_unplaced_holder_is_not_his(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Libya and Syria were the focus of Chancellor Olaf Scholz's talks with President Erdogan. "
        "The Chancellor also spoke about energy. He thanked the hosts. Ministers attended. "
        "Journalists asked questions.\n\nOn Saturday, Chancellor Olaf Scholz flew to Moscow for "
        "a working visit. The situation in Ukraine was on the agenda of his meeting with the "
        "Russian President.")))
    assert ("HOLDS_OFFICE", "person:erdogan", "country:RUS") not in triples(g)


def test_an_indefinite_role_is_no_one_in_particular(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Portuguese President Marcelo Rebelo de Sousa arrived in New Delhi on a four-day visit. "
        "The last visit by a Portuguese President to India was in 2007.")))
    visit = next(e for e in g.edges if e.type == "VISITED")
    assert "date" not in visit.properties


def test_the_place_of_a_situation_is_a_topic_not_a_party(nlp):
    g = extract_article(nlp, Article("t", text=(
        "German Chancellor Olaf Scholz held talks with Turkish President Recep Tayyip Erdogan. "
        "The situations in the crisis-affected regions of Libya and Syria were the focus of the "
        "talks, along with bilateral relations.")))
    assert {(s, t) for _, s, t in triples(g, "COOPERATES_WITH")} <= {
        ("country:DEU", "country:TUR"), ("country:TUR", "country:DEU")}


def test_a_middle_name_given_once_is_the_same_person(nlp):
    for first, second in (("Rodrigo Duterte", "Rodrigo Roa Duterte"),
                          ("Rodrigo Roa Duterte", "Rodrigo Duterte")):
        g = extract_article(nlp, Article("t", text=(
            f"Philippine President {first} landed in Hanoi. This is the first trip abroad by "
            f"President {second} since he took office.")))
        assert ids(g, "Person") == ["person:rodrigo-roa-duterte"]


def test_arriving_back_home_and_an_arrival_speech_after_a_return(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Hanoi (VNA) - President Vo Van Thuong and a Vietnamese delegation arrived back in Hanoi "
        "on Friday, wrapping up a state visit to Laos at the invitation of President Thongloun "
        "Sisoulith.")))
    assert triples(g, "VISITED") == {("VISITED", "person:vo-van-thuong", "country:LAO")}
    assert ("HOLDS_OFFICE", "person:thongloun-sisoulith", "country:LAO") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "MANILA - President Ferdinand Marcos returned early Friday from a two-day visit to "
        "Vietnam. \u201cIn my meeting with President Vo Van Thuong, we agreed to boost trade,\u201d "
        "President Marcos said in his arrival speech at the Davao International Airport.")))
    assert triples(g, "VISITED") == set()
    assert ("HOLDS_OFFICE", "person:ferdinand-marcos", "country:PHL") in triples(g)


def test_initials_written_together_after_a_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Foreign Minister Dr AK Abdul Momen met Indian External Affairs Minister S Jaishankar in "
        "Dhaka. PM Sheikh Hasina received him.")))
    assert "person:ak-abdul-momen" in g.nodes
    assert not [n for n in ids(g, "Person") if n.startswith("person:pm")]


def test_amir_inside_a_name_is_the_name_s(nlp):
    g = extract_article(nlp, Article("t", text=(
        "A call was held between the Minister of Foreign Affairs of Oman Badr Albusaidi and the "
        "head of the Ministry of Foreign Affairs of Iran Hossein Amir Abdollahian.")))
    assert "person:hossein-amir-abdollahian" in g.nodes


def test_a_role_in_a_heading_is_of_the_paragraph_under_it(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Berdimuhamedov met his Central Asian counterparts\n\n"
        "On the eve of the summit in Avaza, President Berdimuhamedov had separate meetings with "
        "the leaders of Kazakhstan and Kyrgyzstan.\n\n"
        "Meeting with the President of Kazakhstan\n\n"
        "\u201cTurkmenistan is a strategic partner for Kazakhstan,\u201d President Kassym-Jomart "
        "Tokayev said.\n\n"
        "Meeting with the President of Kyrgyzstan\n\n"
        "During the meeting, the leaders discussed the import of gas.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices.get("person:kassym-jomart-tokayev") == "country:KAZ"


def test_one_of_two_people_named_twice_before_signed(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev met in "
        "Tashkent; Tokayev later signed the agreement.")))
    assert ("MET_WITH", "person:kassym-jomart-tokayev", "person:shavkat-mirziyoyev") in triples(g)


def test_portfolios_of_business_and_expatriates_and_an_envoy_to_an_unknown_place(nlp):
    g = extract_article(nlp, Article("t", text=(
        "UK Minister of State for Business and Trade Timothy Minto attended the ceremony. "
        "Minister of Foreign Affairs and Expatriates of Jordan Ayman Safadi spoke. Russian "
        "Ambassador to Transnistria Oleg Vasnetsov said the embassy would open.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:timothy-minto": "country:GBR", "person:ayman-safadi": "country:JOR",
                       "person:oleg-vasnetsov": "country:RUS"}
    assert g.nodes["person:ayman-safadi"].properties["titles"] == [
        "Minister of Foreign Affairs and Expatriates"]


def test_supporters_named_after_the_verb_and_an_envoy_to_a_body(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Brazil's candidature for a non-permanent seat has been endorsed by the regional group, "
        "including Chile and Peru. The countries which have supported Brazil's candidature also "
        "include Bolivia, Ecuador and Uruguay. Brazil's Permanent Representative to the UN "
        "Sergio Danese thanked them.")))
    assert {s for _, s, t in triples(g, "SUPPORTS") if t == "country:BRA"} == {
        "country:CHL", "country:PER", "country:BOL", "country:ECU", "country:URY"}
    assert not {t for _, _, t in triples(g, "SUPPORTS")} - {"country:BRA"}
    assert ("HOLDS_OFFICE", "person:sergio-danese", "country:BRA") in triples(g)
    assert g.nodes["person:sergio-danese"].properties["titles"] == [
        "Permanent Representative to the UN"]


def test_an_undersecretary_is_a_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Mondino traveled with Undersecretary for Trade Mariano Vergara and Under-Secretary Ana "
        "Ruiz.")))
    assert {"person:mariano-vergara", "person:ana-ruiz"} <= set(ids(g, "Person"))


def test_a_name_given_in_japan_s_order_and_in_english_order(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister KISHIDA Fumio met President Joe Biden. Fumio Kishida said the talks "
        "went well.")))
    assert [p for p in ids(g, "Person") if "kishida" in p] == ["person:kishida-fumio"]


def test_royal_audiences_messages_and_a_chain_of_posts_with_its_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "AMMAN - King Abdullah received Saudi Minister of State for African Affairs Ahmed Kattan, "
        "who delivered a letter from King Salman. Also on Wednesday, the King received Deputy "
        "Prime Minister of Qatar and Minister of State for Defence Affairs Khalid Al Attiyah. "
        "Attiyah conveyed the greetings of Qatar's Emir Sheikh Tamim, and King Abdullah asked "
        "him to convey his greetings to Sheikh Tamim.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:ahmed-kattan"] == "country:SAU"
    assert offices["person:khalid-al-attiyah"] == "country:QAT"
    assert offices.get("person:abdullah") != "country:SAU"
    assert offices.get("person:salman") != "country:JOR"


def test_a_country_s_role_is_the_one_named_for_that_country(nlp):
    g = extract_article(nlp, Article("t", text=(
        "King Abdullah on Thursday held a summit meeting with Morocco's King Mohammed VI. The "
        "Moroccan King arrived in Amman for a three-day official visit.")))
    assert ("VISITED", "person:mohammed-vi", "country:JOR") in triples(g)


def test_who_meets_in_fronted_phrases_lists_with_no_host_and_quotes(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Referring to his meeting with Chilean President Ana Soto, Prime Minister Ivo Marsh said "
        "the talks went well. The side meetings included an exchange with Gambian President Lamin "
        "Jatta, Fijian Prime Minister Ratu Kalo and Samoan Prime Minister Tui Vaa. \"President "
        "Soto and Prime Minister Marsh met and discussed trade,\" spokesperson Dev Nair tweeted. "
        "\"A meeting with President Jatta has not happened,\" Nair said.")))
    met = {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")}
    assert met == {frozenset(("person:ivo-marsh", "person:ana-soto"))}


def test_who_holds_talks_with_a_list_of_countries_is_of_none_of_them(nlp):
    g = extract_article(nlp, Article("t", text=(
        "On the sidelines of the summit in Lima, Prime Minister Ivo Marsh held bilaterals with "
        "Chile, Peru and Ghana. Marsh later discussed trade with Peruvian President Ana Soto. "
        "Ghana and Chile spoke of Peru. Chile wants trade with Ghana.")))
    assert ("HOLDS_OFFICE", "person:ivo-marsh", "country:CHL") not in triples(g)
    assert not [t for k, s, t in triples(g, "HOLDS_OFFICE") if s == "person:ivo-marsh"]


def test_a_country_named_once_past_the_lead_is_no_party_of_the_article(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chinese President Xi Jinping received the credentials of new ambassadors on Tuesday.\n\n"
        "The ambassadors are Ana Rossi from Albania, Jose Paz from Mexico and Kofi Mensah from "
        "Ghana.\n\nXi said China will promote pragmatic cooperation and deepen exchanges to "
        "boost bilateral ties.\n\nThe ambassadors said their countries support the initiative.")))
    assert not triples(g, "COOPERATES_WITH") and not triples(g, "SUPPORTS")


def test_at_the_invitation_of_opening_the_sentence_names_the_host_not_the_visitor(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Lima/ANDINA/. At the invitation of Minister of Foreign Affairs of Peru Ana Soto, State "
        "Councilor of Chile, Minister of Foreign Affairs Ivo Marsh has begun his official visit "
        "to Peru. At the invitation of Ghanaian President Kofi Mensah, Samoan President Tui Vaa "
        "paid a state visit to Ghana on Tuesday.")))
    assert {("INVITED", "person:ana-soto", "person:ivo-marsh"),
            ("VISITED", "person:ivo-marsh", "country:PER"),
            ("INVITED", "person:kofi-mensah", "person:tui-vaa"),
            ("VISITED", "person:tui-vaa", "country:GHA")} <= triples(g)


def test_the_conclusion_of_agreements_is_their_signing(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Minister Ana Soto and Minister Ivo Marsh witnessed the conclusion of 5 key agreements "
        "between the Maldives and Turkey.")))
    assert ("SIGNED", "country:MDV", "country:TUR") in triples(g)
    assert [e.properties.get("count") for e in g.edges if e.type == "SIGNED"] == [5]
    g = extract_article(nlp, Article("t", text=(
        "The conclusion of the talks between the Maldives and Turkey came late.")))
    assert not triples(g, "SIGNED")


def test_countries_abbreviated_and_leaders_one_interacted_with(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Prime Minister Ivo Marsh also interacted with President of Kiribati, Ana Soto, and Prime "
        "Minister of Antigua & Barbuda, Kofi Mensah. St. Lucia and St Kitts & Nevis sent envoys, "
        "and so did Luxemburg. Later, the minister interacted with Samoan President Tui Vaa and "
        "Fijian President Ratu Kalo.")))
    assert {"country:ATG", "country:LCA", "country:KNA", "country:LUX"} <= set(ids(g, "Country"))
    assert ("HOLDS_OFFICE", "person:kofi-mensah", "country:ATG") in triples(g)
    assert {frozenset((s, t)) for _, s, t in triples(g, "MET_WITH")} == {
        frozenset(("person:ivo-marsh", "person:ana-soto")),
        frozenset(("person:ivo-marsh", "person:kofi-mensah"))}


def test_capitalised_particles_are_part_of_a_long_name(nlp):
    g = extract_article(nlp, Article("t", text=(
        "– Her Excellency Mrs. Maria Da Conceicao De Souse Pilar, Ambassador of the Republic of "
        "Portugal.")))
    assert ids(g, "Person") == ["person:maria-da-conceicao-de-souse-pilar"]
    assert ("HOLDS_OFFICE", "person:maria-da-conceicao-de-souse-pilar", "country:PRT") in triples(g)


def test_a_list_of_new_ambassadors_and_relations_with_their_countries(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Chinese President Xi Jinping received the credentials of new ambassadors on Tuesday.\n\n"
        "The ambassadors are Ana Rossi from Albania, Jose Paz from Mexico, Kofi Mensah from "
        "Ghana and Ivo Marsh from the United States.\n\nXi said he hoped they would contribute "
        "to bilateral relations between China and their countries, and that China will support "
        "their work.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:xi-jinping": "country:CHN", "person:ana-rossi": "country:ALB",
                       "person:jose-paz": "country:MEX", "person:kofi-mensah": "country:GHA",
                       "person:ivo-marsh": "country:USA"}
    assert {t for _, s, t in triples(g, "COOPERATES_WITH")} == {
        "country:ALB", "country:MEX", "country:GHA", "country:USA"}
    assert not triples(g, "SUPPORTS")


def test_countries_named_only_as_places_and_an_acronym_in_brackets(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Foreign Minister Ivo Marsh visited Guinea-Bissau on 10 September.\n\nMarsh held a "
        "meeting with Prime Minister Kofi Mensah of Guinea-Bissau.\n\nMarsh said that we were "
        "opening our Embassy in Togo.\n\nRegional developments in Mali and Libya were "
        "discussed.")))
    assert not [s for _, s, t in triples(g, "HOLDS_OFFICE") if s == "person:ivo-marsh"]
    g = extract_article(nlp, Article("t", text=(
        "President Ana Soto received 12 new ambassadors.\n\nThe ambassadors are from the United "
        "States of America (USA), Canada, Finland and Ghana.\n\nThey will strengthen their "
        "cooperation with Ethiopia.\n\nEthiopia is ready, Soto said.")))
    assert not triples(g, "COOPERATES_WITH")


def test_an_event_s_date_is_its_day_not_a_period_and_mutual_support_is_no_support(nlp):
    def dates(text):
        g = extract_article(nlp, Article("t", date="2024-03-05", text=text))
        return {e.type: e.properties.get("date") for e in g.edges if e.type in ("MET_WITH", "SIGNED")}

    assert dates("Chile and Peru signed a plan of consultations for 2024-2025.") == {"SIGNED": None}
    assert dates("Chilean Minister Ana Soto, whose trade with Peru stood at $9 million in 2017, met "
                 "Peruvian Minister Ivo Marsh in Lima on March 4.") == {"MET_WITH": "2024-03-04"}
    g = extract_article(nlp, Article("t", text=(
        "Chile and Peru agreed on cooperation and mutual support in customs affairs, and an MoU "
        "on health and one on energy was signed, with the deal in place.")))
    assert not triples(g, "SUPPORTS")
    sectors = [e.properties.get("sectors") for e in g.edges if e.type == "COOPERATES_WITH"]
    assert all("one" not in s and "place" not in s for s in sectors if s)


def test_a_dateline_that_opens_with_the_building(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Bio meets President Phuc\n\nPresidential Palace, Hanoi, Vietnam, Tuesday 15 "
        "March 2022 – President Julius Maada Bio of Sierra Leone has held a fruitful meeting with "
        "President of Vietnam, Nguyen Xuan Phuc.")))
    assert ("VISITED", "person:julius-maada-bio", "country:VNM") in triples(g)


def test_the_current_figure_beside_a_target_is_stated(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Bilateral trade between Bangladesh and Mexico is expected to reach $1 billion, "
        "increasing from the current $400 million.")))
    [trade] = [e.properties for e in g.edges if e.type == "TRADES_WITH"]
    assert (trade["value_usd"], trade["projected"]) == (400_000_000, False)


def test_two_unplaced_presidents_follow_the_order_of_the_two_countries(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Peru and Chile sign five agreements\n\nFour memoranda and one agreement were signed "
        "between Chile and Peru, in the presence of President Ana Soto and President Ivo "
        "Marsh.\n\nThe signing followed bilateral talks held at the palace in Lima.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:ana-soto": "country:CHL", "person:ivo-marsh": "country:PER"}


def test_relations_severed_are_not_held_and_typeset_apostrophes(nlp):
    g = extract_article(nlp, Article("t", text=(
        "China and Nauru established diplomatic relations on 21 July 2002. The Government of "
        "Nauru has decided to sever its \"diplomatic relations\" with Taiwan. El Salvador severs "
        "diplomatic relations with Taiwan. Peru signed a joint communiqué to establish "
        "diplomatic relations with the Republic of Côte d’Ivoire and with Cote D'Ivoire.")))
    assert {frozenset((s, t)) for _, s, t in triples(g, "HAS_DIPLOMATIC_RELATIONS")} == {
        frozenset(("country:CHN", "country:NRU")), frozenset(("country:PER", "country:CIV"))}


def test_a_royal_style_after_a_name_is_its_surname(nlp):
    g = extract_article(nlp, Article("t", text=(
        "H.E. Ms Inga Rhonda King, Permanent Representative of Saint Vincent and the Grenadines "
        "to the United Nations, signed the communiqué. Charles King spoke. Martin Luther King "
        "was quoted.")))
    assert ("HOLDS_OFFICE", "person:inga-rhonda-king", "country:VCT") in triples(g)
    assert len(triples(g, "HOLDS_OFFICE")) == 1
    assert all(n.properties.get("titles") != ["King"] for n in g.nodes.values())


def test_the_posts_of_two_countries_then_their_two_holders_in_turn(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The heads of the foreign affairs agencies of Chile and the United States, Ana Soto and "
        "Ivo Marsh, during a telephone conversation, discussed the preparations. Chile and Peru "
        "carry out cooperation in various areas restored and pushed forward.")))
    assert {("HOLDS_OFFICE", "person:ana-soto", "country:CHL"),
            ("HOLDS_OFFICE", "person:ivo-marsh", "country:USA"),
            ("SPOKE_WITH", "person:ana-soto", "person:ivo-marsh")} <= triples(g)
    assert not [e for e in g.edges if e.properties.get("sectors")]


def test_an_embassy_in_the_maldives_and_a_name_found_short_first(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The first Embassy of the People's Republic of China, in the Maldives, has been opened. "
        "The building was opened in the presence of Ivo bin Marsh bin Kalo, Minister Responsible "
        "for Foreign Affairs.\n\nOn his turn, Al Soto thanked the hosts.\n\nThe ceremony was "
        "held under the patronage of Ana al Soto, Deputy Prime Minister.")))
    assert ("HAS_EMBASSY_IN", "country:CHN", "country:MDV") in triples(g)
    assert "person:responsible" not in g.nodes
    assert [p for p in ids(g, "Person") if "soto" in p] == ["person:ana-al-soto"]


def test_investment_a_country_received_and_the_ranking_of_its_investors(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Peru received over $28 billion in investment from 45 countries over the last 5 years, "
        "with Chile investing the highest amount of $8.1 billion.\n\nMinister Ana Soto revealed "
        "this in parliament.\n\nAccording to the agency, the top three countries in terms of "
        "investment size are: Chile ($8107 million), the UAE ($7836 million) and Japan ($384 "
        "million).")))
    invested = {(e.source, e.properties.get("value_usd")) for e in g.edges
                if e.type == "INVESTED_IN" and e.target == "country:PER"}
    assert invested == {("country:CHL", 8_100_000_000), ("country:ARE", 7_836_000_000),
                        ("country:JPN", 384_000_000)}


def test_a_visit_to_malabo_its_invitation_and_the_delegation_s_posts(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Ivo Marsh has arrived in Malabo, Equatorial Guinea, for a three-day official "
        "visit to honour the invitation of President Teodoro Mbasogo.\n\nAccompanying Marsh on "
        "this trip are the Minister of Foreign Affairs, Ana Soto, and other members of his "
        "cabinet.")))
    assert {("VISITED", "person:ivo-marsh", "country:GNQ"),
            ("INVITED", "person:teodoro-mbasogo", "person:ivo-marsh")} <= triples(g)
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:teodoro-mbasogo": "country:GNQ"}


def test_a_dateline_sentence_of_its_own_and_the_congo_without_its_article(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Dar es Salaam. The President of Democratic Republic of Congo Joseph Kabila arrived "
        "Monday evening for a three-day official visit.\n\nHe was welcomed at the airport by "
        "President John Magufuli who was flanked by the Vice President Samia Hassan.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:joseph-kabila": "country:COD", "person:john-magufuli": "country:TZA",
                       "person:samia-hassan": "country:TZA"}
    assert ("VISITED", "person:joseph-kabila", "country:TZA") in triples(g)


def test_the_visit_that_another_visit_followed(nlp):
    g = extract_article(nlp, Article("t", text=(
        "President Ivo Marsh arrived in Abidjan, Côte d'Ivoire, on Wednesday for a two-day State "
        "Visit.\n\nThe visit to Côte d'Ivoire follows a successful State Visit to the Federal "
        "Republic of Nigeria on 30 November 2021, which was marked by a session of the "
        "commission between Nigeria and South Africa.")))
    visits = {(e.target, e.properties.get("date")) for e in g.edges if e.type == "VISITED"}
    assert visits == {("country:CIV", None), ("country:NGA", "2021-11-30")}
    assert ("HOLDS_OFFICE", "person:ivo-marsh", "country:ZAF") in triples(g)


def test_a_role_met_with_is_not_the_subject_and_a_predecessor_holds_no_post(nlp):
    g = extract_article(nlp, Article("t", text=(
        "RIO DE JANEIRO, BRAZIL – President Ivo Marsh landed in Buenos Aires on Thursday for his "
        "first official visit to Argentina and met with Ana Soto at Casa Rosada.\n\nMarsh had "
        "already met with the Argentinian president in Brasília on January 16th.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:ana-soto": "country:ARG", "person:ivo-marsh": "country:BRA"}
    assert ("VISITED", "person:ivo-marsh", "country:ARG") in triples(g)
    g = extract_article(nlp, Article("t", text=(
        "Brazil's President Ivo Marsh met France's President Ana Soto. Marsh, who took over from "
        "impeached Minister Kofi Mensah, wants France to trade more with Brazil.")))
    assert not [s for _, s, _ in triples(g, "HOLDS_OFFICE") if s == "person:kofi-mensah"]


def test_talks_of_no_place_between_two_who_spoke_by_phone_were_the_call(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Emir of Qatar holds phone talks with King Mohammed VI\n\n"
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, held talks today with His Majesty "
        "King Mohammed VI, discussing relations. The talks took place during a phone call "
        "received by the Emir from the King of Morocco. Turkey's Communications Directorate said "
        "the two discussed regional issues.")))
    assert {t for t, _, _ in triples(g) if t in ("MET_WITH", "SPOKE_WITH")} == {"SPOKE_WITH"}
    assert "person:directorate" not in g.nodes


def test_the_two_countries_presidents_are_their_named_holders(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Chilean and Peruvian presidents met for face-to-face talks in Lima on Tuesday.\n\n"
        "Chilean President Ana Soto told a joint press conference with Peruvian President Ivo "
        "Marsh that the talks went well.")))
    assert ("VISITED", "person:ana-soto", "country:PER") in triples(g)
    assert [e.properties.get("place") for e in g.edges if e.type == "MET_WITH"] == ["Lima"]


def test_a_counterpart_from_a_country_and_a_principal_s_press_secretary(nlp):
    g = extract_article(nlp, Article("t", text=(
        "LABUAN BAJO – Prime Minister Ivo Marsh of Chile met three regional leaders on "
        "Wednesday.\n\nPM Marsh met his counterpart from Timor-Leste, Mr Taur Matan Ruak, on the "
        "sidelines.\n\nThe two last met when Mr Taur visited Chile in February, said PM Marsh's "
        "press secretary Ana Soto.\n\nPM Marsh also met Vietnam Prime Minister Pham Minh Chinh "
        "before the 18th Shangri-La Dialogue.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:taur-matan-ruak"] == "country:TLS"
    assert offices.get("person:ana-soto") == "country:CHL"
    assert "person:shangri-la-dialogue" not in g.nodes


def test_an_arrival_somewhere_unknown_a_figure_reached_and_a_visit_ahead(nlp):
    g = extract_article(nlp, Article("t", text=(
        "LIMA – President of Chile Ana Soto welcomed the pace of relations with Peru during an "
        "Aug. 1 meeting with Peruvian Foreign Minister Ivo Marsh, who arrived on an official "
        "visit in Cholpon-Ata.\n\nPeru ranks among Chile's top three trading partners, with "
        "trade turnover reaching $1.7 billion by the end of 2024.\n\nThis year, ahead of "
        "President Kofi Mensah's official visit to Chile, it is planned to hold the Days of "
        "Peruvian Cinema.")))
    assert not [e for e in g.edges if e.type == "MET_WITH" and e.properties.get("place")]
    assert ("VISITED", "person:ana-soto", "country:PER") not in triples(g)
    assert not [s for _, s, _ in triples(g, "VISITED") if s == "person:kofi-mensah"]
    [trade] = [e.properties for e in g.edges if e.type == "TRADES_WITH"]
    assert trade["projected"] is False


def test_the_honourable_member_of_parliament_of_the_commonwealth_of_australia(nlp):
    g = extract_article(nlp, Article("t", text=(
        "On Tuesday, November 17, Prime Minister SUGA Yoshihide and the Hon. Scott Morrison MP, "
        "Prime Minister of the Commonwealth of Australia, held summit meetings in Japan.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:scott-morrison": "country:AUS", "person:suga-yoshihide": "country:JPN"}
    assert ("MET_WITH", "person:suga-yoshihide", "person:scott-morrison") in triples(g)
    assert "org:Commonwealth" not in g.nodes


def test_a_meeting_placed_then_a_clause_and_names_that_name_airports(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Cairo: Egyptian President Ana Soto and Saudi Crown Prince Tuesday met in Cairo, the "
        "first leg of a regional tour by the Saudi royal less than a month before a trip by US "
        "President Ivo Marsh to Saudi Arabia.\n\nSoto was welcomed at the King Khalid Airport "
        "in Riyadh later.")))
    assert not triples(g, "MET_WITH")
    assert {t for _, s, t in triples(g, "VISITED") if s == "person:ivo-marsh"} <= {"country:SAU"}
    assert "person:khalid" not in g.nodes


def test_a_secretary_general_is_an_organization_s_not_a_country_s(nlp):
    g = extract_article(nlp, Article("t", text=(
        "As the United Nations General Assembly wrapped up its debate at UN Headquarters, "
        "Secretary-General Ana "
        "Soto met foreign ministers.\n\nIn the meeting with Chile's Minister for Foreign "
        "Affairs, Ivo Marsh, she raised the killings in Chile and Chile's elections.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices["person:ana-soto"] == "org:UN"


def test_viet_nam_as_written_there_and_the_party_s_general_secretary(nlp):
    g = extract_article(nlp, Article("t", text=(
        "HÀ NỘI — Party General Secretary and State President Tô Lâm on September 17 received "
        "Chinese Ambassador to Việt Nam He Wei, who came to present his credentials.\n\nHe hailed "
        "partnership in the fields of defence, energy, and oil and gas continues to act as a "
        "pillar of ties between Việt Nam and China.")))
    offices = {s: t for k, s, t in triples(g) if k == "HOLDS_OFFICE"}
    assert offices == {"person:to-lam": "country:VNM", "person:he-wei": "country:CHN"}
    assert all("gas continues" not in (e.properties.get("sectors") or []) for e in g.edges)


def test_the_right_honourable_leader_of_a_delegation_and_where_it_went(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Deputy Prime Minister and Foreign Minister Rt Hon Ivo Marsh, flanked by Minister for "
        "Pacific Peoples Hon Dr Ana Soto, recently led a bipartisan delegation to the Pacific, to "
        "strengthen New Zealand's engagement with the region.\n\nThe delegation visited Solomon "
        "Islands, Papua New Guinea and Tuvalu during the five-day tour.")))
    assert {"person:ivo-marsh", "person:ana-soto"} == set(ids(g, "Person"))
    assert {t for _, s, t in triples(g, "VISITED") if s == "person:ivo-marsh"} == {
        "country:SLB", "country:PNG", "country:TUV"}


def test_docs_of_the_pipeline_can_be_written_out_and_read_back(nlp):
    # spaCy writes doc.user_data with a Doc (to_bytes, DocBin, nlp.pipe with n_process):
    # graphkit keeps its per-document tables elsewhere, and a Doc read back makes them again
    import importlib

    from spacy.tokens import Doc, DocBin

    from graphkit.graphfile import dumps

    extract_doc = importlib.import_module("graphkit.extract").extract_doc
    text = ("Kazakh President Kassym-Jomart Tokayev met Tajik President Emomali Rahmon in "
            "Dushanbe. The two presidents signed a treaty.")
    article = Article("a1", text=text)
    doc = nlp(text)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    (from_bin,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    expected = dumps(extract_doc(nlp(text), article))
    assert dumps(extract_doc(again, article)) == expected
    assert dumps(extract_doc(from_bin, article)) == expected
    assert "person:emomali-rahmon" in extract_doc(doc, article).nodes


def test_an_initial_written_against_the_name_is_a_word_of_it(nlp):
    # Mongolian media write a patronymic's initial against the given name ("D.Tsogtbaatar"),
    # and later give the given name alone
    text = ("Mongolian Prime Minister L.Oyun-Erdene received the Ambassador of Japan on Monday. "
            "Prime Minister Oyun-Erdene said the two countries would expand cooperation.")
    people = [n for n in extract_article(nlp, Article("m1", text=text)).nodes.values()
              if n.label == "Person"]
    assert [(p.id, p.aliases) for p in people] == [("person:l-oyun-erdene", ["Oyun-Erdene"])]


def test_an_airline_named_after_a_country_is_not_the_country(nlp):
    text = ("Kenyan President William Ruto welcomed the order of ten aircraft by Air Tanzania "
            "and thanked Qatar Airways for its new route to Nairobi.")
    graph = extract_article(nlp, Article("a1", text=text))
    assert "country:TZA" not in graph.nodes and "country:QAT" not in graph.nodes
    assert "country:KEN" in graph.nodes


def test_the_visit_of_a_titled_visitor_is_the_visitors(nlp):
    # "He" is the speaker; the visit is the one "of" the Prime Minister named after it
    text = ("President Samia Suluhu Hassan praised the ties between Tanzania and Japan. "
            "She added that the official visit of Prime Minister Fumio Kishida to Tanzania "
            "would bring new investment.")
    visits = [(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
              if e.type == "VISITED"]
    assert visits == [("person:fumio-kishida", "country:TZA")]


def test_no_deal_was_signed_is_no_signing(nlp):
    text = ("Indian Prime Minister Narendra Modi met Brazilian President Lula da Silva in "
            "New Delhi. While no trade deal was signed, the two leaders agreed to start talks.")
    types = {e.type for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert "SIGNED" not in types and "MET_WITH" in types


def test_a_list_of_titled_envoys_gives_each_the_post_before_the_name(nlp):
    # "A, Ambassador of France B": the post after the comma is the next envoy's, no apposition
    text = ("The new envoys were Ambassador of Peru Rosa Maria Ortiz, Ambassador of Chile "
            "Felipe Andres Rojas and High Commissioner of Ghana Kwame Mensah Boateng.")
    offices = sorted((e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
                     if e.type == "HOLDS_OFFICE")
    assert offices == [("person:felipe-andres-rojas", "country:CHL"),
                       ("person:kwame-mensah-boateng", "country:GHA"),
                       ("person:rosa-maria-ortiz", "country:PER")]


def test_partners_after_a_member_list_are_no_members(nlp):
    text = ("The summit of the Pacific Islands Forum brought together the leaders of Fiji, "
            "Samoa and Tonga together with their partners from Japan and Canada.")
    members = sorted(e.source for e in extract_article(nlp, Article("a1", text=text)).edges
                     if e.type == "MEMBER_OF")
    assert members == ["country:FJI", "country:TON", "country:WSM"]


def test_a_roadmap_to_membership_is_no_membership(nlp):
    text = ("The ministers agreed on a roadmap for Ukraine's full membership of the "
            "European Union.")
    assert not [e for e in extract_article(nlp, Article("a1", text=text)).edges
                if e.type == "MEMBER_OF"]


def test_an_opposition_leader_holds_no_post_of_the_state(nlp):
    text = ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. "
            "Opposition leader Raila Odinga did not attend.")
    graph = extract_article(nlp, Article("a1", text=text))
    assert "person:raila-odinga" in graph.nodes
    assert not [e for e in graph.edges if e.type == "HOLDS_OFFICE" and e.source == "person:raila-odinga"]


def test_a_target_set_before_its_figure_is_projected(nlp):
    text = ("Ghana and Morocco decided to lift the level of their annual bilateral commercial "
            "exchange to as much as $3 billion after trade between the two countries reached "
            "$800 million last year. The ministers of Ghana and Morocco opened a new chapter of "
            "trade development to reach the trade horizon of $3 billion.")
    trades = [e for e in extract_article(nlp, Article("a1", text=text, date="2024-05-10")).edges
              if e.type == "TRADES_WITH"]
    assert [(t.properties["value_usd"], t.properties["projected"]) for t in trades] == \
        [(800_000_000.0, False)]


def test_taking_office_is_no_organizations_office(nlp):
    text = ("Prime Minister Fumio Kishida spoke by phone with Prime Minister Anthony Albanese "
            "of Australia, who took office as the new Prime Minister of Australia last week, "
            "the Ministry of Foreign Affairs said.")
    assert not [e for e in extract_article(nlp, Article("a1", text=text)).edges
                if e.type == "HAS_OFFICE_IN"]


def test_a_counterpart_congratulated_on_a_call_is_no_meeting(nlp):
    text = ("Ghanaian President Nana Akufo-Addo held a phone call with Kenyan President William "
            "Ruto on Monday. The Ghanaian president congratulated his Kenyan counterpart on "
            "his election victory and praised President Ruto's vision for Kenya's economy.")
    types = [e.type for e in extract_article(nlp, Article("a1", text=text)).edges
             if e.source.startswith("person:") and e.target.startswith("person:")]
    assert types == ["SPOKE_WITH"]


def test_relations_established_are_no_cooperation(nlp):
    text = ("Armenia has established diplomatic relations with Benin. The protocol on the "
            "establishment of diplomatic and consular relations with Benin was signed in "
            "New York. The communique on establishment of relations between Armenia and "
            "Togo was issued on Monday.")
    types = {e.type for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert "COOPERATES_WITH" not in types and "HAS_DIPLOMATIC_RELATIONS" in types


def test_elbasy_is_a_style_not_a_name(nlp):
    text = "Elbasy Nursultan Nazarbayev received Turkish President Recep Tayyip Erdogan in Astana."
    people = sorted(n for n in extract_article(nlp, Article("a1", text=text)).nodes
                    if n.startswith("person:"))
    assert people == ["person:nursultan-nazarbayev", "person:recep-tayyip-erdogan"]


def test_minister_delegate_is_a_post_not_a_name(nlp):
    text = ("Foreign Minister Ahmed Attaf received the Minister Delegate for Foreign Trade of "
            "France in Algiers on Monday.")
    assert "person:delegate" not in extract_article(nlp, Article("a1", text=text)).nodes


def test_the_visit_of_the_main_clause_after_a_fronted_trip(nlp):
    text = ("French Foreign Minister Catherine Colonna visited Kenya on Monday. Before her trip "
            "to Nairobi, Colonna visited Ethiopia where she met with Prime Minister Abiy Ahmed.")
    graph = extract_article(nlp, Article("a1", text=text))
    visits = sorted(e.target for e in graph.edges if e.type == "VISITED")
    offices = {e.source: e.target for e in graph.edges if e.type == "HOLDS_OFFICE"}
    assert visits == ["country:ETH", "country:KEN"]
    assert offices["person:abiy-ahmed"] == "country:ETH"


def test_a_king_of_no_named_country_is_a_kingdoms(nlp):
    # Qatar has an emir, not a king: the king greeted is another country's
    text = ("Qatari Emir Sheikh Tamim bin Hamad Al Thani received the new Jordanian Ambassador "
            "in Doha. The Emir conveyed his greetings to King Abdullah II.")
    offices = {e.source: e.target for e in extract_article(nlp, Article("a1", text=text)).edges
               if e.type == "HOLDS_OFFICE"}
    assert offices.get("person:abdullah-ii") != "country:QAT"


def test_the_president_of_a_country_acted_on_is_not_the_one_who_acts(nlp):
    # "President Kowal invited the President of Chile": two people, and the untitled "Mr."
    # congratulated before is no head of state either
    text = ("WARSAW, May 4 - President Anna Kowal said that Poland valued its ties with Chile. The "
            "President congratulated Mr. Tomas Reyes on his new post. President Kowal thanked "
            "Chile for its support and invited the President of Chile to visit Poland.")
    graph = extract_article(nlp, Article("a1", text=text))
    posts = {(e.source, e.target) for e in graph.edges if e.type == "HOLDS_OFFICE"}
    assert ("person:anna-kowal", "country:POL") in posts
    assert not {p for p in posts if p[1] == "country:CHL"}


def test_a_letter_of_credence_received_is_a_meeting_not_a_message(nlp):
    # "Letter of Credence of Ambassador X" is the envoy's accreditation, not a letter X sends
    # through the one who carries it (which would make him the receiver's companion)
    text = ("President Maria Silva receives Letter of Credence of Ambassador Jan Novak of "
            "Slovakia\n\nPresident Maria Silva received the Letter of Credence of Ambassador Jan "
            "Novak in Praia on Monday. Ambassador Novak then paid a courtesy call on Prime "
            "Minister Rui Duarte.")
    graph = extract_article(nlp, Article("a1", text=text))
    edges = {(e.type, e.source, e.target) for e in graph.edges}
    assert ("MET_WITH", "person:maria-silva", "person:jan-novak") in edges
    assert ("MET_WITH", "person:jan-novak", "person:rui-duarte") in edges
    assert ("HOLDS_OFFICE", "person:maria-silva", "country:SVK") not in edges


def test_jan_and_may_are_names_beside_a_name_and_months_beside_a_day(nlp):
    text = ("Czech Foreign Minister Jan Lipavsky met Prime Minister Theresa May in London on "
            "5 May. On Jan 5, May said that trade had grown.")
    people = {n.id for n in extract_article(nlp, Article("a1", text=text)).nodes.values()
              if n.label == "Person"}
    assert people == {"person:jan-lipavsky", "person:theresa-may"}


def test_who_receives_ambassadors_of_countries_is_of_none_of_them(nlp):
    text = ("President Lina Berg on Tuesday received Ambassadors of Chile, Kenya and Fiji, who "
            "came to present their credentials to begin their missions in Iceland.\n\n"
            "Receiving Ambassador of Chile Pablo Rojas, President Berg said trade between the "
            "two countries reached $50 million last year. Chile and Kenya value the ties.")
    edges = {(e.type, e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert ("HOLDS_OFFICE", "person:lina-berg", "country:ISL") in edges
    assert ("TRADES_WITH", "country:CHL", "country:ISL") in edges


def test_military_ranks_chief_executive_officer_and_a_senator_after_a_post(nlp):
    text = ("Foreign Minister Anton Berg met Chief of Army Staff General Omar Nadeem, Chief "
            "Executive Officer Rafiq Hamdi and Deputy Prime Minister and Foreign Minister Senator "
            "Karim Lodhi in Islamabad. General Motors opened a plant.")
    people = {n.id: n.properties["titles"][0] for n in
              extract_article(nlp, Article("a1", text=text)).nodes.values() if n.label == "Person"}
    assert people == {"person:anton-berg": "Foreign Minister",
                      "person:omar-nadeem": "Chief of Army Staff",
                      "person:rafiq-hamdi": "Chief Executive Officer",
                      "person:karim-lodhi": "Deputy Prime Minister and Foreign Minister"}


def test_an_agency_s_bracket_against_a_post_and_the_visitor_as_he(nlp):
    # "(APP):Minister" is the agency, then the post; "He also held talks" continues the
    # subject "he" of the sentence before, not the first person that sentence names
    text = ("ISLAMABAD, Apr 17 (APP):Minister of Foreign Affairs and Trade of Hungary Peter Kovacs "
            "on Thursday departed after a visit to Pakistan.\n\nDuring the visit, he met Prime "
            "Minister Tariq Aziz and Commerce Minister Jamal Khan.\n\nHe also held talks with "
            "DPM Omar Lodhi. The Hungarian Foreign Minister also led a business delegation.")
    graph = extract_article(nlp, Article("a1", text=text))
    edges = {(e.type, e.source, e.target) for e in graph.edges}
    kovacs = "person:peter-kovacs"
    assert ("HOLDS_OFFICE", kovacs, "country:HUN") in edges
    assert {("MET_WITH", kovacs, p) for p in ("person:tariq-aziz", "person:jamal-khan",
                                               "person:omar-lodhi")} <= edges
    assert ("MET_WITH", "person:tariq-aziz", "person:omar-lodhi") not in edges


def test_a_counterpart_of_one_named_by_his_surname_has_his_post(nlp):
    text = ("Pakistan Foreign Minister Shah Qadri visited Kabul on Saturday. After the talks, "
            "Qadri handed over a letter from Prime Minister Imran Baig.\n\nWhen Qadri was "
            "received by his Afghan counterpart Salim Rahimi at the palace, he said peace was "
            "a shared goal.")
    graph = extract_article(nlp, Article("a1", text=text))
    assert graph.nodes["person:salim-rahimi"].properties["titles"] == ["Foreign Minister"]


def test_a_post_in_apposition_is_the_named_one_s(nlp):
    # as Japan's ministry writes: "Ms. SATO Hana, Minister for Foreign Affairs of Japan"
    text = ("On May 8, Ms. SATO Hana, Minister for Foreign Affairs of Japan, held a meeting with "
            "H.E. Mr. Omar Haddad, Minister of Foreign Affairs and Expatriates of Jordan, who is "
            "visiting Japan. Minister Sato welcomed Minister Haddad's visit to Japan.")
    posts = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
             if e.type == "HOLDS_OFFICE"}
    assert posts == {("person:sato-hana", "country:JPN"), ("person:omar-haddad", "country:JOR")}


def test_a_two_letter_initial_written_against_the_name(nlp):
    text = ("President Ts.Elbegdorj received the Ambassador of Japan on Monday. "
            "President Elbegdorj said the two countries would expand cooperation.")
    people = [n for n in extract_article(nlp, Article("m1", text=text)).nodes.values()
              if n.label == "Person"]
    assert [(p.id, p.aliases) for p in people] == [("person:ts-elbegdorj", ["Elbegdorj"])]


def test_trade_figures_as_adjectives_targets_of_increasing_and_a_fronted_year(nlp):
    texts = ["In 2022, trade between Chile and Peru was a $4-billion business.",
             "President Ana Rojas said the target of increasing bilateral trade between Chile "
             "and Peru to $6 billion annually over the next three years was achievable."]
    trade = sorted((e.properties["value_usd"], e.properties.get("year"), e.properties["projected"])
                   for i, text in enumerate(texts)
                   for e in extract_article(nlp, Article(f"a{i}", text=text)).edges
                   if e.type == "TRADES_WITH")
    assert trade == [(4e9, 2022, False), (6e9, None, True)]


def test_one_inaugurated_where_a_visitor_went_for_it_is_of_that_country(nlp):
    text = ("MANILA, Jun 4 - Prime Minister Rosa Lim said that trade between the Philippines and "
            "Brazil would grow. The prime minister referred to her recent visit to Brazil where "
            "she attended the inauguration of President Marco Teles.")
    posts = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
             if e.type == "HOLDS_OFFICE"}
    assert posts == {("person:rosa-lim", "country:PHL"), ("person:marco-teles", "country:BRA")}


def test_two_people_attending_meetings_did_not_meet(nlp):
    text = ("China's Premier Li Wei is also attending the summit, while Japanese Prime Minister "
            "Taro Sato postponed his trips, which included attending ASEAN meetings.")
    edges = [e for e in extract_article(nlp, Article("a1", text=text)).edges if e.type == "MET_WITH"]
    assert edges == []


def test_a_bloc_to_admit_a_country_has_no_member_yet(nlp):
    text = ("ASEAN to admit Timor-Leste as its 11th member\n\nThe Association of Southeast Asian "
            "Nations has agreed to accept Timor-Leste into the bloc.")
    members = [e for e in extract_article(nlp, Article("a1", text=text)).edges
               if e.type == "MEMBER_OF"]
    assert members == []


def test_a_document_signed_by_a_bloc_s_leaders_is_no_pair_s(nlp):
    text = ("The document on Armenia's accession was signed by the leaders of the SCO countries "
            "at the beginning of their summit, held in the Kazakh capital.")
    signed = [e for e in extract_article(nlp, Article("a1", text=text)).edges if e.type == "SIGNED"]
    assert signed == []


def test_a_counterpart_congratulated_is_no_meeting_and_a_call_no_sector(nlp):
    text = ("Chile, Peru discuss bilateral relations in first phone call\n\nPresident Ana Rojas "
            "spoke over the phone with Peru's President Luis Vega on Monday. Meanwhile, Rojas "
            "congratulated her newly elected Bolivian counterpart Marta Quispe.")
    edges = {(e.type, e.source, e.target): e.properties
             for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert ("SPOKE_WITH", "person:ana-rojas", "person:luis-vega") in edges
    assert not [k for k in edges if k[0] == "MET_WITH"]
    assert all("sectors" not in p for k, p in edges.items() if k[0] == "COOPERATES_WITH")


def test_an_apostrophe_for_an_ayn_inside_a_name(nlp):
    text = ("Iraqi Prime Minister Mohammed Shia' al-Sudani received President Ana Costa, who "
            "called the port project 'Lion' on Monday.")
    people = {n.id for n in extract_article(nlp, Article("a1", text=text)).nodes.values()
              if n.label == "Person"}
    assert people == {"person:mohammed-shia-al-sudani", "person:ana-costa"}


def test_agreements_signed_with_two_countries_are_the_subject_s_with_each(nlp):
    text = ("Prime Minister Ravi Menon of India met Chancellor Olaf Brandt in Berlin on Monday.\n\n"
            "Menon said that recently we have signed agreements with UAE and Australia.")
    signed = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
              if e.type == "SIGNED"}
    assert signed == {("country:IND", "country:ARE"), ("country:IND", "country:AUS")}


def test_the_leader_of_the_delegation_a_visitor_went_with_visited_too(nlp):
    text = ("Trade between Bangladesh and India grew last year. Business leader Karim Haque "
            "visited India along with the delegation led by Prime Minister Nasreen Alam.")
    edges = {(e.type, e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert ("VISITED", "person:nasreen-alam", "country:IND") in edges
    assert ("HOLDS_OFFICE", "person:nasreen-alam", "country:BGD") in edges


def test_a_meeting_after_a_fronted_country_is_the_traveller_s_visit_there(nlp):
    text = ("Vice President Ana Reyes began her trip to Africa on Monday. In Tanzania, Reyes met "
            "with President Samia Hassan to discuss trade. In Zambia, President Hakainde "
            "Hichilema received Reyes.")
    edges = {(e.type, e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges}
    reyes = "person:ana-reyes"
    assert {("VISITED", reyes, "country:TZA"), ("VISITED", reyes, "country:ZMB"),
            ("HOLDS_OFFICE", "person:samia-hassan", "country:TZA"),
            ("HOLDS_OFFICE", "person:hakainde-hichilema", "country:ZMB")} <= edges
    assert not {e for e in edges if e[0] == "HOLDS_OFFICE" and e[1] == reyes}


def test_the_exports_and_imports_of_a_turnover_are_parts_of_it(nlp):
    text = ("At the end of 2017, the trade turnover between Chile and India amounted to $323.6 "
            "million, in particular the exports amounted to $32.5 million, and imports - to "
            "$291.1 million.")
    trade = [e.properties["value_usd"] for e in extract_article(nlp, Article("a1", text=text)).edges
             if e.type == "TRADES_WITH"]
    assert trade == [323.6e6]


def test_a_presidential_aide_is_a_post(nlp):
    text = ("Uzbek President Ali Karimov has held a meeting with Russian presidential aide Igor "
            "Sechin, who led the Russian delegation at the forum.")
    edges = {(e.type, e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges}
    assert ("MET_WITH", "person:ali-karimov", "person:igor-sechin") in edges
    assert ("HOLDS_OFFICE", "person:igor-sechin", "country:RUS") in edges


def test_a_counterpart_mirrors_one_of_another_country_and_a_meeting_slated(nlp):
    # "his Argentine counterpart" is the Brazilian visitor's, not the Argentine President's;
    # "is slated to meet" tells a meeting to come
    text = ("Brazilian Foreign Minister Pedro Alves is slated to meet Argentine President Luis "
            "Ortiz and his Argentine counterpart Jorge Pena on Wednesday in Buenos Aires.")
    graph = extract_article(nlp, Article("a1", text=text))
    assert graph.nodes["person:jorge-pena"].properties["titles"] == ["Foreign Minister"]
    assert not [e for e in graph.edges if e.type == "MET_WITH"]


def test_one_elect_is_titled_and_who_appointed_the_one_met_is_not_met(nlp):
    text = ("Foreign Minister Mauro Vieira described the meeting with Argentine "
            "Congresswoman-elect Diana Mondino, the foreign minister appointed by "
            "President-elect Javier Milei, as productive.")
    graph = extract_article(nlp, Article("a1", text=text))
    titles = {n.id: n.properties.get("titles") for n in graph.nodes.values() if n.label == "Person"}
    assert titles["person:javier-milei"] == ["President-elect"]
    assert "person:diana-mondino" in titles
    met = {(e.source, e.target) for e in graph.edges if e.type == "MET_WITH"}
    assert met == {("person:mauro-vieira", "person:diana-mondino")}


def test_a_summit_of_two_is_their_meeting_and_travel_for_a_meeting_is_to_come(nlp):
    text = ("Japanese Prime Minister Taro Sato and South Korean President Kim Min-jun pledged "
            "cooperation during the summit that took place this week.\n\nThe two leaders "
            "pledged during their summit in Tokyo to set up a framework. Kim is scheduled to "
            "travel to Washington later today for his first meeting with U.S. President John "
            "Carter.")
    met = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
           if e.type == "MET_WITH"}
    assert met == {("person:taro-sato", "person:kim-min-jun")}


def test_a_king_named_by_one_name_is_not_a_prime_minister_with_that_given_name(nlp):
    for text in ("King Abdullah will visit Morocco this week. Prime Minister Abdullah Ensour met "
                 "his Moroccan counterpart Abdelilah Benkirane on Saturday.",
                 "Prime Minister Abdullah Ensour met Moroccan Prime Minister Abdelilah Benkirane on "
                 "Saturday. Later, King Abdullah received Benkirane at the palace."):
        people = {n.id: n.properties["titles"] for n in
                  extract_article(nlp, Article("a1", text=text)).nodes.values()
                  if n.label == "Person"}
        assert people["person:abdullah"] == ["King"]
        assert people["person:abdullah-ensour"] == ["Prime Minister"]
        assert people["person:abdelilah-benkirane"][0] == "Prime Minister"


def test_a_post_of_an_organization_with_its_acronym_before_the_name(nlp):
    text = ("The Chairperson of the African Union (AU) Commission, Ana Moyo, ended her two-day "
            "visit to Benin on Monday. During the visit, the Chairperson met with President "
            "Patrice Talon. The Chairperson proceeded yesterday to the Republic of Guinea, for "
            "consultations with President Alpha Conde.\n\nPresident Musa Bello met with the "
            "President of the African Development Bank (AfDB), Dr. Kofi Mensah, in Abuja.")
    graph = extract_article(nlp, Article("a1", text=text))
    edges = {(e.type, e.source, e.target) for e in graph.edges}
    moyo = "person:ana-moyo"
    assert {("HOLDS_OFFICE", moyo, "org:AU"), ("MET_WITH", moyo, "person:patrice-talon"),
            ("VISITED", moyo, "country:BEN"), ("VISITED", moyo, "country:GIN"),
            ("HOLDS_OFFICE", "person:alpha-conde", "country:GIN"),
            ("HOLDS_OFFICE", "person:kofi-mensah", "org:AfDB")} <= edges
    assert ("HOLDS_OFFICE", "person:musa-bello", "org:AfDB") not in edges
    assert graph.nodes["org:AfDB"].name == "African Development Bank"


def test_the_group_of_20_written_with_its_number(nlp):
    text = "Indonesia and China are members of the Group of 20 major economies."
    members = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
               if e.type == "MEMBER_OF"}
    assert members == {("country:IDN", "org:G20"), ("country:CHN", "org:G20")}


def test_a_body_s_name_ends_before_its_head_s_name(nlp):
    text = ("Head of the Commission for External Relations Le Hoai Trung visited Singapore. The "
            "Chairman of the Commission for Foreign Affairs John Brown met him.")
    graph = extract_article(nlp, Article("a1", text=text))
    people = {n.id for n in graph.nodes.values() if n.label == "Person"}
    assert people == {"person:le-hoai-trung", "person:john-brown"}
    assert graph.nodes["org:commission-for-external-relations"].name == \
        "Commission for External Relations"


def test_the_chairmanship_of_a_country_in_a_bloc_is_that_country_s_alone(nlp):
    text = ("Talking about the chairmanship of Armenia in the Economic Cooperation Organization, "
            "Minister Ali Demir expressed the readiness of the Turkish side to expand corridors.")
    members = {(e.source, e.target) for e in extract_article(nlp, Article("a1", text=text)).edges
               if e.type == "MEMBER_OF"}
    assert members == {("country:ARM", "org:ECO")}


def test_talks_followed_by_plans_and_negotiations_between_two_others(nlp):
    texts = ["Chilean Foreign Minister Ana Soto announced her plans to visit Lima following talks "
             "with Peruvian Foreign Minister Luis Vega.",
             "Chilean Foreign Minister Ana Soto announced the results of negotiations between "
             "Peruvian President Luis Vega and U.S. Secretary of State John Kerry.",
             "Minister Ana Soto will visit Lima on 19 June. Chile and Peru plan to sign an "
             "agreement on mutual recognition of visas, he added."]
    met, sectors = set(), []
    for i, text in enumerate(texts):
        for e in extract_article(nlp, Article(f"a{i}", text=text)).edges:
            if e.type == "MET_WITH":
                met.add((e.source, e.target))
            sectors += e.properties.get("sectors", [])
    assert met == {("person:ana-soto", "person:luis-vega"), ("person:luis-vega", "person:john-kerry")}
    assert sectors == ["mutual recognition of visas"]
