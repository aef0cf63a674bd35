#!/usr/bin/env python3
"""Generates the example map data/voorbeeld/ (UTF-8 CSV, ',') for Netwerkkaart.

Regio Lingemond is fictional: every municipality, organisation and person below is made up.
The map is built so that a first-time user sees at once what the tool finds; data/README.md
lists those findings and why they are there. Run `--check` to recompute them with networkx.

After changing this file: python3 scripts/make_voorbeeld.py --check
                          cargo run --example make_example_data
(the second rewrites data/voorbeeld/ through the Rust writer and derives voorbeeld-excel/ and
voorbeeld.xlsx from it).
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "voorbeeld")

# --- partijen -------------------------------------------------------------------------------
# (id, naam, soort, werkgebied, hoort_bij, belangen, halen, brengen)
A, B, H, Z = "gem-arnhoven", "gem-brederwijk", "gem-hulsveen", "gem-zandermeer"
PARTIJEN = [
    (A, "Gemeente Arnhoven", "gemeente", "", "",
     "Centrumgemeente BW/MO: snelle, spreide uitstroom naar de wijk",
     "Woningen voor uitstromers, begeleiding op maat", "Regie, inkoop BW/MO, transferpunt"),
    (B, "Gemeente Brederwijk", "gemeente", "", "",
     "Leefbare kernen, geen concentratie van kwetsbare huurders",
     "Zicht op wie er in de gemeente komt wonen", "Wijkteams, Wmo-begeleiding"),
    (H, "Gemeente Hulsveen", "gemeente", "", "",
     "Voldoende sociale huur in de kernen", "Afspraken over spreiding", "Wijkteams, subsidie buurtinitiatieven"),
    (Z, "Gemeente Zandermeer", "gemeente", "", "",
     "Eigen inwoners eerst aan een woning", "Zekerheid over begeleiding", "Wmo-consulenten"),
    ("tp-lingemond", "Transferpunt BW/MO Lingemond", "intermediair", "", A,
     "Doorstroom zonder wachtlijst", "Vrijkomende woningen, plekken", "Overzicht in-, door- en uitstroom"),
    ("corp-woonvast", "Woonstichting Woonvast", "woningcorporatie", A, "",
     "Betaalbaar wonen, rust in de portefeuille", "Begeleiding en een vast aanspreekpunt bij overlast",
     "40 woningen per jaar voor uitstroom"),
    ("corp-thuisborg", "Thuisborg Wonen", "woningcorporatie", f"{B}|{H}", "",
     "Leefbaarheid in kleine kernen", "Weten wie de begeleider is", "15 woningen per jaar"),
    ("corp-lingepoort", "Lingepoort Wonen", "woningcorporatie", f"{Z}|{H}", "",
     "Spreiding over de kernen", "Afspraken over nazorg", "Woningen via contingent"),
    ("zorg-kwintara", "Kwintara Beschermd Wonen", "zorgaanbieder", "", "",
     "Uitstroom van cliënten die er klaar voor zijn", "Woningen, omklapconstructie", "Ambulante begeleiding"),
    ("zorg-rivierduin", "GGZ Rivierduin", "zorgaanbieder", "", "",
     "Herstel in de eigen wijk", "Signalen uit de wijk", "FACT-teams, wijk-GGZ"),
    ("zorg-novaris", "Novaris Verslavingszorg", "zorgaanbieder", "", "",
     "Continuïteit van behandeling na uitstroom", "Een plek aan de tafels waar besloten wordt",
     "Casemanagement verslaving"),
    ("zorg-amberhuis", "Amberhuis LVB-zorg", "zorgaanbieder", B, "",
     "Passende woonvorm voor mensen met een LVB", "Woningen dicht bij het netwerk", "Persoonlijke begeleiding"),
    ("zorg-baken", "Het Baken Maatschappelijke Opvang", "zorgaanbieder", A, "",
     "Minder mensen lang in de opvang", "Woningen voor Housing First", "Opvang, Housing First-team"),
    ("zorg-samenverder", "Stichting Samen Verder (wijkteams)", "zorgaanbieder", f"{B}|{H}|{Z}", "",
     "Vroeg erbij zijn", "Informatie bij verhuizing naar de wijk", "Wijkcoaches"),
    ("welz-lingemond", "Welzijn Lingemond", "welzijn", "", "",
     "Sterke buurten", "Ruimte voor bewonersinitiatief", "Opbouwwerk, maatjes, buurthuizen"),
    ("pol-lingenoord", "Politie basisteam Linge-Noord", "veiligheid", "", "",
     "Minder overlast en escalatie", "Vroege signalen", "Wijkagenten"),
    ("ggd-lingemond", "GGD Lingemond", "gezondheid", "", "",
     "Publieke gezondheid, bemoeizorg", "Meldingen", "Sociaal verpleegkundigen"),
    ("client-raad", "Cliëntenraad BW/MO Lingemond", "client", "", "",
     "Stem van cliënten in de keten", "Serieus genomen worden", "Ervaringsdeskundigheid"),
    ("bew-vlinderhof", "Bewonersvereniging De Vlinderhof", "bewoners", A, "",
     "Een prettige buurt", "Informatie over nieuwe buren", "Buurtkennis, welkomstteam"),
    ("huur-woonvast", "Huurdersvereniging Woonvast Samen", "bewoners", A, "",
     "Betaalbare huur", "Invloed op prestatieafspraken", "Huurdersinbreng"),
    ("huur-thuisborg", "Huurdersraad Thuisborg", "bewoners", f"{B}|{H}", "",
     "Betaalbare huur", "Invloed op prestatieafspraken", "Huurdersinbreng"),
    ("wi-kredietbank", "Kredietbank Lingemond", "werk-inkomen", "", "",
     "Schulden vroeg in beeld", "Aanmeldingen voor uitstroom", "Schuldhulp, budgetbeheer"),
    ("wi-werkbedrijf", "Werkbedrijf Lingemond", "werk-inkomen", "", "",
     "Mensen aan het werk", "Kandidaten", "Dagbesteding, werkplekken"),
    ("bew-hulsveenoost", "Bewonerscomité Hulsveen-Oost", "bewoners", H, "",
     "Ontmoeting in de buurt", "Een vaste plek", "Vrijwilligers"),
    ("ov-diaconie", "Diaconie Hulsveen", "overig", H, "",
     "Naastenhulp", "Vrijwilligers", "Ruimte en koffie"),
    ("ov-vriendenschakel", "Stichting Vrienden van De Schakel", "overig", H, "",
     "Een open buurtkamer", "Subsidie", "Kernteam buurtkamer"),
    ("welz-maatjes", "Stichting Maatjesproject Lingemond", "welzijn", "", "",
     "Iedereen een maatje", "Aanmeldingen", "Vrijwillige maatjes"),
]

# --- personen -------------------------------------------------------------------------------
# (id, naam, partij, functie, laag, netwerkrol, uren_per_maand)
S, T, O = "strategisch", "tactisch", "operationeel"
PERSONEN = [
    # Gemeente Arnhoven
    ("p-hvanderlinden", "Hanneke van der Linden", A, "Wethouder Zorg en Wonen", S, "strateeg", 8),
    ("p-rstokman", "Ruud Stokman", A, "Burgemeester", S, "strateeg", 4),
    ("p-sjansen", "Sanne Jansen", A, "Beleidsadviseur wonen en zorg", T, "verkenner|ontwikkelaar", 24),
    ("p-kelidrissi", "Karim El Idrissi", A, "Contractmanager Wmo en beschermd wonen", T, "", 12),
    ("p-lmeijer", "Lotte Meijer", A, "Wmo-consulent", O, "", 10),
    ("p-tvos", "Tom Vos", A, "Teamleider Wmo", T, "", 12),
    ("p-avisser", "Anouk Visser", A, "Wijkregisseur Arnhoven-Zuid", O, "verkenner", 12),
    ("p-jbosman", "Jeroen Bosman", A, "Wijkmanager Arnhoven-Zuid", T, "", 10),
    ("p-ehuisman", "Esther Huisman", A, "Beleidsmedewerker wonen", T, "", 8),
    ("p-yozturk", "Yusuf Öztürk", A, "Beleidsadviseur schulden en armoede", T, "", 8),
    # Transferpunt (hoort bij Gemeente Arnhoven)
    ("p-mbakker", "Marieke Bakker", "tp-lingemond", "Procesregisseur uitstroom", T, "verkenner|procesmanager", 16),
    ("p-felamrani", "Fatima El Amrani", "tp-lingemond", "Consulent in- en uitstroom", O, "", 20),
    # Gemeente Brederwijk
    ("p-wdekker", "Willem Dekker", B, "Wethouder Sociaal Domein", S, "strateeg", 6),
    ("p-ismit", "Ingrid Smit", B, "Burgemeester", S, "", 3),
    ("p-nkoster", "Nadia Koster", B, "Beleidsadviseur sociaal domein", T, "verkenner", 16),
    ("p-rhendriks", "Rob Hendriks", B, "Wmo-consulent", O, "", 8),
    ("p-mprins", "Mirjam Prins", B, "Wijkregisseur Brederwijk", O, "", 8),
    ("p-bmulder", "Bas Mulder", B, "Gebiedsregisseur", T, "", 8),
    # Gemeente Hulsveen
    ("p-awillems", "Arjen Willems", H, "Wethouder Wonen en Zorg", S, "", 4),
    ("p-ckok", "Chantal Kok", H, "Beleidsadviseur Wmo en wonen", T, "", 8),
    ("p-dsahin", "Deniz Sahin", H, "Wmo-consulent", O, "", 8),
    # Gemeente Zandermeer
    ("p-pvandenberg", "Petra van den Berg", Z, "Wethouder Sociaal Domein", S, "", 4),
    ("p-jkramer", "Joost Kramer", Z, "Beleidsmedewerker Wmo", T, "", 8),
    ("p-isteenbergen", "Iris Steenbergen", Z, "Wmo-consulent", O, "", 8),
    # Woonvast
    ("p-gvandam", "Gerard van Dam", "corp-woonvast", "Directeur-bestuurder", S, "strateeg", 6),
    ("p-mlambrecht", "Monique Lambrecht", "corp-woonvast", "Manager Wonen", T, "ontwikkelaar", 12),
    ("p-syilmaz", "Sevda Yilmaz", "corp-woonvast", "Woonconsulent bijzondere doelgroepen", O, "", 16),
    ("p-edewit", "Erik de Wit", "corp-woonvast", "Wijkconsulent", O, "", 8),
    ("p-lgroen", "Linda Groen", "corp-woonvast", "Verhuurmakelaar", O, "", 6),
    ("p-hkuipers", "Hans Kuipers", "corp-woonvast", "Teamleider Wonen", T, "", 8),
    # Thuisborg
    ("p-aschouten", "Annemarie Schouten", "corp-thuisborg", "Directeur-bestuurder", S, "strateeg", 6),
    ("p-rvanleeuwen", "Ronald van Leeuwen", "corp-thuisborg", "Manager Vastgoed en Wonen", T, "", 8),
    ("p-kbrouwer", "Kim Brouwer", "corp-thuisborg", "Woonconsulent", O, "", 12),
    ("p-tvanwijk", "Thijs van Wijk", "corp-thuisborg", "Gebiedsmanager Brederwijk", T, "", 6),
    ("p-jpeters", "Jolanda Peters", "corp-thuisborg", "Verhuurmakelaar", O, "", 4),
    # Lingepoort
    ("p-fdegroot", "Frank de Groot", "corp-lingepoort", "Directeur-bestuurder", S, "", 4),
    ("p-mhermans", "Marloes Hermans", "corp-lingepoort", "Manager Klant en Wijk", T, "ontwikkelaar", 8),
    ("p-nmaas", "Noor Maas", "corp-lingepoort", "Woonconsulent", O, "", 10),
    # Kwintara
    ("p-evanbeek", "Ellen van Beek", "zorg-kwintara", "Bestuurder", S, "strateeg", 6),
    ("p-ojanssens", "Olaf Janssens", "zorg-kwintara", "Regiomanager Beschermd Wonen", T, "ontwikkelaar", 12),
    ("p-ldeboer", "Laura de Boer", "zorg-kwintara", "Teamleider Uitstroom", T, "", 12),
    ("p-mbouzid", "Mohamed Bouzid", "zorg-kwintara", "Ambulant begeleider", O, "", 12),
    ("p-jverbeek", "Joyce Verbeek", "zorg-kwintara", "Ervaringsdeskundige", O, "", 6),
    # GGZ Rivierduin
    ("p-hdejong", "Harm de Jong", "zorg-rivierduin", "Lid raad van bestuur", S, "strateeg", 4),
    ("p-svanrijn", "Saskia van Rijn", "zorg-rivierduin", "Manager FACT en ambulant", T, "", 8),
    ("p-plucassen", "Pieter Lucassen", "zorg-rivierduin", "Teamleider FACT", T, "", 8),
    ("p-rverhoef", "Rik Verhoef", "zorg-rivierduin", "Sociaal psychiatrisch verpleegkundige", O, "", 10),
    ("p-mtimmer", "Mariska Timmer", "zorg-rivierduin", "Wijk-GGZ-verpleegkundige", O, "", 6),
    # Novaris
    ("p-gvermeulen", "Gijs Vermeulen", "zorg-novaris", "Casemanager verslavingszorg", O, "", 12),
    ("p-yhamdi", "Youssef Hamdi", "zorg-novaris", "Ambulant hulpverlener", O, "", 8),
    # Het Baken
    ("p-crutten", "Carla Rutten", "zorg-baken", "Directeur", S, "", 6),
    ("p-mbos", "Mark Bos", "zorg-baken", "Manager Opvang en Housing First", T, "verkenner", 10),
    ("p-sclaassen", "Sophie Claassen", "zorg-baken", "Housing First-coach", O, "", 16),
    ("p-rmartina", "Ricardo Martina", "zorg-baken", "Teamleider Nachtopvang", T, "", 10),
    # Amberhuis
    ("p-iwouters", "Inge Wouters", "zorg-amberhuis", "Regiomanager", T, "", 6),
    ("p-tmolenaar", "Tessa Molenaar", "zorg-amberhuis", "Persoonlijk begeleider LVB", O, "", 8),
    # Samen Verder
    ("p-kveenstra", "Koen Veenstra", "zorg-samenverder", "Coördinator wijkteams", T, "", 8),
    ("p-nvandijk", "Nina van Dijk", "zorg-samenverder", "Wijkcoach Brederwijk", O, "", 8),
    ("p-aderks", "Anton Derks", "zorg-samenverder", "Wijkcoach Hulsveen en Zandermeer", O, "", 8),
    ("p-ykerkhof", "Yvonne Kerkhof", "zorg-samenverder", "Wijkcoach GGZ", O, "", 6),
    # Welzijn, politie, GGD
    ("p-rvanes", "Rianne van Es", "welz-lingemond", "Opbouwwerker", O, "verkenner", 8),
    ("p-jvanhout", "Jan van Hout", "welz-lingemond", "Manager Welzijn", T, "ontwikkelaar", 8),
    ("p-dpost", "Dennis Post", "pol-lingenoord", "Wijkagent Arnhoven-Zuid", O, "", 4),
    ("p-mhoekstra", "Marja Hoekstra", "pol-lingenoord", "Teamchef", T, "", 4),
    ("p-lhoogland", "Lisa Hoogland", "ggd-lingemond", "Sociaal verpleegkundige", O, "", 6),
    # Cliënten en bewoners
    ("p-rkoning", "René Koning", "client-raad", "Voorzitter cliëntenraad", S, "", 8),
    ("p-smol", "Sandra Mol", "client-raad", "Ervaringsdeskundige", O, "", 6),
    ("p-gjonker", "Gerrit Jonker", "client-raad", "Lid cliëntenklankbordgroep", O, "", 4),
    ("p-tvanderveen", "Truus van der Veen", "bew-vlinderhof", "Voorzitter bewonersvereniging", O, "", 6),
    # Werk en inkomen
    ("p-mvanloon", "Marco van Loon", "wi-kredietbank", "Schuldhulpverlener", O, "", 8),
    ("p-asmeets", "Anita Smeets", "wi-kredietbank", "Teamleider Schuldhulp", T, "", 4),
    # Buurtkamer
    ("p-gvandersluis", "Gerda van der Sluis", "bew-hulsveenoost", "Voorzitter bewonerscomité", O, "", 10),
    ("p-bnoordhoek", "Bert Noordhoek", "ov-vriendenschakel", "Coördinator vrijwilligers", O, "", 12),
]

# --- tafels ---------------------------------------------------------------------------------
# (id, naam, soort, domein, laag, frequentie, duur_uren, besluitvorming, werkgebied, rapporteert_aan, opmerking)
I, C, L = "institutioneel", "casus", "leefomgeving"
TAFELS = [
    # Institutioneel
    ("t-rbo", "Regionaal Bestuurlijk Overleg BW/MO", "tafel", I, S, 4, 2, "besluitvormend", "", "",
     "Wethouders van de vier gemeenten; centrumgemeente Arnhoven zit voor"),
    ("t-stuurgroep", "Stuurgroep Weer Thuis in de Wijk", "tafel", I, S, 6, 2, "besluitvormend", "", "t-rbo",
     "Bestuurders van gemeenten, corporaties en zorg; uitstroomconvenant 2026"),
    ("t-regiegroep", "Regiegroep Wonen en Zorg", "tafel", I, T, 10, 2, "afstemmend", "", "t-stuurgroep", ""),
    ("t-corpoverleg", "Corporatieoverleg Lingemond", "tafel", I, S, 4, 1.5, "afstemmend", "", "", ""),
    ("t-prestatie-arnhoven", "Prestatieafsprakenoverleg Arnhoven", "tafel", I, f"{S}|{T}", 4, 2, "besluitvormend", A, "", ""),
    ("t-prestatie-brederwijk", "Prestatieafsprakenoverleg Brederwijk", "tafel", I, f"{S}|{T}", 4, 2, "besluitvormend", B, "", ""),
    ("t-prestatie-hz", "Prestatieafsprakenoverleg Hulsveen en Zandermeer", "tafel", I, f"{S}|{T}", 4, 2, "besluitvormend", f"{H}|{Z}", "", ""),
    ("t-aanbieders", "Aanbiedersoverleg BW/MO", "platform", I, T, 6, 2, "afstemmend", "", "", ""),
    ("t-contract", "Contractoverleg Wmo BW/MO", "tafel", I, T, 4, 1.5, "afstemmend", "", "t-rbo", ""),
    ("t-contract-brederwijk", "Contractgesprek Wmo-begeleiding Brederwijk", "tafel", I, T, 4, 1.5, "afstemmend", B, "",
     "Gemeente en Amberhuis; de enige tafel waar Amberhuis aan zit"),
    ("t-schulden", "Regionaal Overleg Schulden en Uitstroom", "tafel", I, T, 4, 1.5, "afstemmend", "", "t-regiegroep", ""),
    ("t-contingent", "Werkgroep Contingent Uitstroom", "tafel", I, O, 6, 1.5, "afstemmend", "", "t-regiegroep",
     "Verdeling van vrijkomende woningen over uitstromers"),
    ("t-klankbord", "Cliëntenklankbordgroep Weer Thuis", "platform", I, O, 6, 2, "ontmoeting", "", "t-regiegroep", ""),
    # Casus
    ("t-transferpunt", "Transferpuntoverleg In- en Uitstroom", "tafel", C, T, 46, 1.5, "besluitvormend", "", "t-doetafel",
     "Wekelijks; besluit over uitstroomindicaties"),
    ("t-doetafel", "Doe-tafel Lingemond", "tafel", C, f"{T}|{O}", 24, 2.5, "besluitvormend", "", "",
     "Vastgelopen casussen; geen vaste lijn naar een bestuurlijke tafel, agendering loopt via de procesregisseur"),
    ("t-casus-arnhoven", "Casustafel Uitstroom Arnhoven", "tafel", C, O, 24, 2, "afstemmend", A, "t-transferpunt", ""),
    ("t-casus-brederwijk", "Casustafel Uitstroom Brederwijk", "tafel", C, O, 12, 2, "afstemmend", B, "t-transferpunt", ""),
    ("t-casus-hulsveen", "Casustafel Uitstroom Hulsveen", "tafel", C, O, 12, 2, "afstemmend", H, "t-transferpunt", ""),
    ("t-casus-zandermeer", "Casustafel Zandermeer", "tafel", C, O, 10, 2, "afstemmend", Z, "",
     "Eigen initiatief van de Wmo-consulenten; niet aangehaakt bij het transferpunt"),
    ("t-teamthuis", "Team Thuis Brederwijk-Hulsveen", "initiatief", C, O, 20, 1.5, "afstemmend", f"{B}|{H}", "t-doetafel",
     "Vijf verhuisdozen: woning, netwerk, financiën, daginvulling, zorg"),
    ("t-housingfirst", "Housing First-pilot Arnhoven", "initiatief", C, O, 24, 1.5, "afstemmend", A, "t-doetafel",
     "Pilot 2025–2027, tien woningen van Woonvast"),
    # Leefomgeving
    ("t-leefbaarheid", "Bestuurlijk Overleg Leefbaarheid en Veiligheid", "tafel", f"{I}|{L}", S, 4, 1.5, "besluitvormend", "", "", ""),
    ("t-wijkaanpak", "Wijkaanpak Arnhoven-Zuid", "tafel", L, T, 6, 2, "afstemmend", A, "t-leefbaarheid", ""),
    ("t-gebiedsoverleg", "Gebiedsoverleg Brederwijk", "tafel", L, T, 4, 2, "afstemmend", B, "t-leefbaarheid", ""),
    ("t-zachtelanding", "Werkgroep Zachte Landing in de Wijk", "tafel", L, T, 4, 2, "afstemmend", "", "t-regiegroep",
     "Welkom in de buurt voor nieuwe huurders uit BW/MO"),
    ("t-buurtnetwerk", "Buurtnetwerk De Vlinderhof", "platform", L, O, 6, 2, "ontmoeting", A, "t-wijkaanpak", ""),
    ("t-wijkggz", "Netwerk Wijk-GGZ Brederwijk", "platform", L, O, 6, 1.5, "ontmoeting", B, "t-gebiedsoverleg", ""),
    ("t-buurtkamer", "Buurtkamer De Schakel", "initiatief", L, O, 11, 2, "ontmoeting", H, "",
     "Kernteam van vrijwilligers; buurtkamer drie ochtenden per week open"),
]

# --- deelnames ------------------------------------------------------------------------------
# table -> [(persoon or None, partij or None, rol)]; partij is filled from the person when None.
def m(person=None, party=None, rol="lid"):
    return (person, party, rol)

DEELNAMES = {
    "t-rbo": [m("p-hvanderlinden", rol="voorzitter"), m("p-wdekker"), m("p-awillems"), m("p-pvandenberg"),
              m("p-sjansen", rol="secretaris")],
    "t-stuurgroep": [m("p-hvanderlinden", rol="voorzitter"), m("p-wdekker"), m("p-awillems"), m("p-pvandenberg"),
                     m("p-gvandam"), m("p-aschouten"), m("p-fdegroot"),
                     m("p-evanbeek"), m("p-hdejong"), m("p-crutten"),
                     m("p-rkoning", rol="adviseur"), m("p-mbakker", rol="secretaris")],
    "t-regiegroep": [m("p-sjansen", rol="voorzitter"), m("p-nkoster"), m("p-ckok"), m("p-jkramer"),
                     m("p-mlambrecht"), m("p-rvanleeuwen"), m("p-mhermans"),
                     m("p-ojanssens"), m("p-svanrijn"), m("p-mbos"), m("p-mbakker")],
    "t-corpoverleg": [m("p-gvandam", rol="voorzitter"), m("p-aschouten"), m("p-fdegroot")],
    "t-prestatie-arnhoven": [m("p-hvanderlinden", rol="voorzitter"), m("p-sjansen"), m("p-gvandam"),
                             m("p-mlambrecht"), m(party="huur-woonvast")],
    "t-prestatie-brederwijk": [m("p-wdekker", rol="voorzitter"), m("p-nkoster"), m("p-aschouten"),
                               m("p-rvanleeuwen"), m(party="huur-thuisborg")],
    "t-prestatie-hz": [m("p-awillems", rol="voorzitter"), m("p-ckok"), m("p-pvandenberg"), m("p-jkramer"),
                       m("p-fdegroot"), m("p-mhermans"), m("p-rvanleeuwen"), m(party="huur-thuisborg")],
    "t-aanbieders": [m("p-ojanssens", rol="voorzitter"), m("p-svanrijn"), m("p-mbos"), m("p-kveenstra")],
    "t-contract": [m("p-kelidrissi", rol="voorzitter"), m("p-ojanssens"), m("p-svanrijn"), m("p-mbos")],
    "t-contract-brederwijk": [m("p-nkoster", rol="voorzitter"), m("p-iwouters")],
    "t-schulden": [m("p-yozturk", rol="voorzitter"), m("p-asmeets"), m(party="wi-werkbedrijf"), m("p-ojanssens")],
    "t-contingent": [m("p-ehuisman", rol="voorzitter"), m("p-lgroen"), m("p-jpeters"), m(party="corp-lingepoort"),
                     m("p-sjansen", rol="adviseur")],
    "t-klankbord": [m("p-rkoning", rol="voorzitter"), m("p-gjonker"), m(party="client-raad"),
                    m("p-sjansen", rol="adviseur")],
    "t-transferpunt": [m("p-mbakker", rol="voorzitter"), m("p-felamrani", rol="secretaris"), m("p-ldeboer"),
                       m("p-plucassen"), m("p-rmartina"), m("p-syilmaz")],
    "t-doetafel": [m("p-mbakker", rol="voorzitter"), m("p-tvos"), m("p-hkuipers"), m("p-kbrouwer"), m("p-nmaas"),
                   m("p-ldeboer"), m("p-plucassen"), m("p-yhamdi"), m("p-mvanloon"), m("p-smol")],
    "t-casus-arnhoven": [m("p-mbakker", rol="voorzitter"), m("p-felamrani"), m("p-lmeijer"), m("p-syilmaz"),
                         m("p-mbouzid"), m("p-gvermeulen"), m("p-sclaassen")],
    "t-casus-brederwijk": [m("p-mbakker", rol="voorzitter"), m("p-rhendriks"), m("p-kbrouwer"), m("p-nvandijk"),
                           m("p-mbouzid"), m("p-rverhoef"), m("p-gvermeulen")],
    "t-casus-hulsveen": [m("p-mbakker", rol="voorzitter"), m("p-dsahin"), m("p-kbrouwer"), m("p-nmaas"),
                         m("p-aderks"), m("p-gvermeulen"), m("p-jverbeek")],
    "t-casus-zandermeer": [m("p-isteenbergen", rol="voorzitter"), m("p-nmaas"), m("p-aderks"),
                           m("p-rverhoef"), m("p-gvermeulen")],
    "t-teamthuis": [m("p-mbakker"), m("p-rhendriks", rol="voorzitter"), m("p-nvandijk"), m("p-mbouzid"),
                    m("p-kbrouwer"), m("p-smol")],
    "t-housingfirst": [m("p-mbakker"), m("p-sclaassen", rol="voorzitter"), m("p-syilmaz"), m("p-rverhoef"),
                       m("p-mvanloon")],
    "t-leefbaarheid": [m("p-rstokman", rol="voorzitter"), m("p-ismit"), m(party=H), m(party=Z),
                       m(party="pol-lingenoord"), m("p-gvandam"), m("p-aschouten"), m("p-fdegroot")],
    "t-wijkaanpak": [m("p-jbosman", rol="voorzitter"), m("p-mlambrecht"), m("p-mhoekstra"), m("p-jvanhout")],
    "t-gebiedsoverleg": [m("p-bmulder", rol="voorzitter"), m("p-tvanwijk"), m("p-mhoekstra"), m("p-jvanhout")],
    "t-zachtelanding": [m("p-ehuisman", rol="voorzitter"), m("p-mhermans"), m("p-tvanwijk"), m("p-jvanhout"),
                        m("p-rvanes")],
    "t-buurtnetwerk": [m("p-avisser", rol="voorzitter"), m("p-edewit"), m("p-rvanes"), m("p-dpost"),
                       m("p-tvanderveen"), m(party="bew-vlinderhof")],
    "t-wijkggz": [m("p-mprins", rol="voorzitter"), m("p-mtimmer"), m("p-ykerkhof"), m("p-rvanes"),
                  m("p-lhoogland")],
    "t-buurtkamer": [m("p-bnoordhoek", rol="voorzitter"), m("p-gvandersluis"), m(party="ov-diaconie")],
}

# --- relaties -------------------------------------------------------------------------------
# (van, naar, soort, domein, laag, kwaliteit, toelichting)
RELATIES = [
    (A, "corp-woonvast", "prestatieafspraken", I, f"{S}|{T}", "goed",
     "Prestatieafspraken 2026–2029: 40 woningen per jaar voor uitstroom uit BW/MO"),
    (B, "corp-thuisborg", "prestatieafspraken", I, f"{S}|{T}", "neutraal",
     "15 woningen per jaar; afspraken over begeleiding ontbreken nog"),
    (H, "corp-thuisborg", "prestatieafspraken", I, f"{S}|{T}", "neutraal", ""),
    (H, "corp-lingepoort", "prestatieafspraken", I, f"{S}|{T}", "goed", ""),
    (Z, "corp-lingepoort", "prestatieafspraken", I, f"{S}|{T}", "moeizaam",
     "Discussie over spreiding van uitstromers over de kernen"),
    (A, "zorg-kwintara", "contract", I, T, "goed", "Inkoop beschermd wonen door de centrumgemeente"),
    (A, "zorg-baken", "contract", I, T, "goed", "Maatschappelijke opvang en Housing First"),
    (A, "zorg-rivierduin", "subsidie", I, T, "neutraal", "Bemoeizorg en wijk-GGZ"),
    (B, "zorg-amberhuis", "contract", I, T, "neutraal", "Wmo-begeleiding voor inwoners met een LVB"),
    (B, "zorg-samenverder", "subsidie", I, T, "goed", "Wijkteams Brederwijk"),
    (H, "zorg-samenverder", "subsidie", I, T, "goed", "Wijkteams Hulsveen"),
    (Z, "zorg-samenverder", "subsidie", I, T, "neutraal", "Wijkteams Zandermeer"),
    (A, "welz-lingemond", "subsidie", L, T, "goed", "Opbouwwerk en buurthuizen"),
    (H, "ov-vriendenschakel", "subsidie", L, T, "goed", "Huur en inrichting van Buurtkamer De Schakel"),
    ("corp-woonvast", "welz-lingemond", "subsidie", L, O, "goed", "Leefbaarheidsbudget De Vlinderhof"),
    ("corp-woonvast", "zorg-baken", "convenant", C, T, "goed", "Tien woningen voor de Housing First-pilot"),
    ("corp-woonvast", "zorg-kwintara", "contract", C, T, "goed",
     "Omklapconstructie: huurcontract eerst op naam van Kwintara"),
    ("zorg-amberhuis", B, "escalatie", C, T, "moeizaam",
     "Overlast bij een huurder van Thuisborg: Amberhuis en Thuisborg spreken elkaar alleen via de gemeente"),
    ("corp-thuisborg", B, "escalatie", C, T, "moeizaam",
     "Thuisborg weet bij overlast niet wie de begeleider is en belt de gemeente"),
    ("p-kbrouwer", "p-mbouzid", "casuscontact", C, O, "goed", "Korte lijn bij uitstroom in Brederwijk"),
    ("p-syilmaz", "p-sclaassen", "casuscontact", C, O, "goed", "Woningen voor Housing First"),
    ("p-tmolenaar", "p-rhendriks", "casuscontact", C, O, "neutraal",
     "Alle afstemming over cliënten van Amberhuis loopt via de Wmo-consulent"),
    ("p-ldeboer", "p-mbakker", "escalatie", C, T, "goed",
     "Vastgelopen uitstroom gaat naar Marieke; zij agendeert het in de Regiegroep"),
    ("p-gvermeulen", "p-mbakker", "escalatie", C, T, "neutraal",
     "Verslavingszorg heeft geen eigen plek aan de bestuurlijke tafels"),
    ("p-hvanderlinden", "p-gvandam", "informeel", "", S, "goed", "Maandelijks koffie wethouder en directeur"),
    ("p-ojanssens", "p-mlambrecht", "informeel", I, T, "goed", ""),
    ("p-evanbeek", "p-aschouten", "informeel", I, S, "neutraal", ""),
    ("p-rvanes", "p-avisser", "informeel", L, O, "goed", "Samen op huisbezoek bij nieuwe bewoners"),
]


def rows():
    """Every file as (name, header, rows) in the canonical column order."""
    person_party = {p[0]: p[2] for p in PERSONEN}
    deel = []
    for t in TAFELS:
        for person, party, rol in DEELNAMES.get(t[0], []):
            deel.append((t[0], party or person_party[person], person or "", rol))
    fmt = lambda v: "" if v == "" else (str(v) if not isinstance(v, float) else repr(v))
    return [
        ("partijen", ["id", "naam", "soort", "werkgebied", "hoort_bij", "belangen", "halen", "brengen"], PARTIJEN),
        ("tafels", ["id", "naam", "soort", "domein", "laag", "frequentie", "duur_uren", "besluitvorming",
                    "werkgebied", "rapporteert_aan", "opmerking"],
         [tuple(fmt(v) for v in t) for t in TAFELS]),
        ("deelnames", ["tafel", "partij", "persoon", "rol"], deel),
        ("personen", ["id", "naam", "partij", "functie", "laag", "netwerkrol", "uren_per_maand"],
         [tuple(fmt(v) for v in p) for p in PERSONEN]),
        ("relaties", ["van", "naar", "soort", "domein", "laag", "kwaliteit", "toelichting"], RELATIES),
    ]


def write():
    os.makedirs(OUT, exist_ok=True)
    for name, header, data in rows():
        with open(os.path.join(OUT, f"{name}.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(data)


if __name__ == "__main__":
    write()
    if "--check" in sys.argv:
        import check_voorbeeld
        check_voorbeeld.main(rows())
