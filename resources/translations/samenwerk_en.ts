<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AgendaExport</name>
        <message>
            <location filename="samenwerk_desktop/gui/agenda_export.py" line="37" />
            <source>Agenda geschreven: %1</source>
            <translation>Agenda written: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agenda_export.py" line="25" />
            <source>Agenda opslaan als</source>
            <translation>Save the agenda as</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agenda_export.py" line="25" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="362" />
            <source> · wacht op: {0}</source>
            <translation> · awaiting: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="360" />
            <source>, {0} afgewezen</source>
            <translation>, {0} rejected</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="451" />
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="475" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="481" />
            <source>Afgehandeld</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="258" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="285" />
            <source>Afspraak toevoegen</source>
            <translation>Add agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="287" />
            <source>Afspraak verwijderen</source>
            <translation>Delete agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="522" />
            <source>Afspraak: {0}</source>
            <translation>Agreement: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="471" />
            <source>Agendapunt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="331" />
            <source>Bekrachtigd</source>
            <translation>Ratified</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/ratification_table.py" line="123" />
            <source>Bekrachtiging</source>
            <translation>Ratification</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/ratification_table.py" line="98" />
            <source>Bekrachtiging door {0}</source>
            <translation>Ratification by {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="377" />
            <source>Bekrachtiging wijzigen</source>
            <translation>Change ratification</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="327" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="349" />
            <source>Besluit toevoegen</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="350" />
            <source>Besluit verwijderen</source>
            <translation>Delete decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="523" />
            <source>Besluit: {0} ({1})</source>
            <translation>Decision: {0} ({1})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="328" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="384" />
            <source>Dilemma</source>
            <translation>Dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="411" />
            <source>Dilemma toevoegen</source>
            <translation>Add dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="399" />
            <source>Dilemma verwijderen</source>
            <translation>Delete dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="259" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="261" />
            <source>Evaluatie</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="478" />
            <source>Gereed</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/ratification_table.py" line="96" />
            <source>Hoe ver het bestuur van {0} dit besluit heeft bekrachtigd</source>
            <translation>How far the board of {0} has ratified this decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="473" />
            <source>Inbreng door</source>
            <translation>Introduced by</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="531" />
            <source>Kies eerst een overleg.</source>
            <translation>Choose a meeting first.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="450" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="472" />
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="417" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="534" />
            <source>Nieuw actiepunt</source>
            <translation>New action item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="533" />
            <source>Nieuw agendapunt</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="347" />
            <source>Nieuw besluit</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="410" />
            <source>Nieuw dilemma</source>
            <translation>New dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="536" />
            <source>Nieuw onderwerp</source>
            <translation>New topic</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="497" />
            <source>Nieuw overleg</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="284" />
            <source>Nieuwe afspraak</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="437" />
            <source>Nieuwe werkgroep</source>
            <translation>New working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="525" />
            <source>Nog geen afspraken of besluiten aan dit overleg gekoppeld.</source>
            <translation>No agreements or decisions linked to this meeting yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="422" />
            <source>Onderdelen</source>
            <translation>Work items</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="480" />
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="452" />
            <source>Open acties</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="499" />
            <source>Overleg toevoegen</source>
            <translation>Add meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="500" />
            <source>Overleg verwijderen</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="385" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="262" />
            <source>Partijen</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="329" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="420" />
            <source>Ritme</source>
            <translation>Cadence</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="260" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="312" />
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="386" />
            <source>Strategie</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="449" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="537" />
            <source>Toevoegen aan overleg</source>
            <translation>Add to meeting</translation>
        </message>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="516" />
            <source>Totaal: %n minu(u)t(en)</source>
            <translation>
                <numerusform>Total: %n minute</numerusform>
                <numerusform>Total: %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Totaal: {0} minuten</source>
            <translation>Total: {0} minutes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="419" />
            <source>Trekker</source>
            <translation>Lead party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="477" />
            <source>Uiterlijk</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="330" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="548" />
            <source>Verwijderen uit overleg</source>
            <translation>Remove from meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="408" />
            <source>Voeg eerst een partij toe: een dilemma hoort bij een partij.</source>
            <translation>Add a party first: a dilemma belongs to a party.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="418" />
            <source>Vorm</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="439" />
            <source>Werkgroep toevoegen</source>
            <translation>Add working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="440" />
            <source>Werkgroep verwijderen</source>
            <translation>Delete working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="359" />
            <source>{0} van {1}</source>
            <translation>{0} of {1}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="295" />
            <source>{0} — evaluatie te laat</source>
            <translation>{0} — review overdue</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="229" />
            <source>— geen —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/ratification_table.py" line="38" />
            <source>— niet betrokken —</source>
            <translation>— not involved —</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="300" />
            <source>⚠ De evaluatiedatum ({0}) is voorbij: bespreek deze afspraak opnieuw.</source>
            <translation>⚠ The review date ({0}) has passed: discuss this agreement again.</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanelForm</name>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1184" />
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1186" />
            <source>Aanwezige partijen</source>
            <translation>Parties present</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1218" />
            <source>Actiepunt toevoegen</source>
            <translation>Add action item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1222" />
            <source>Actiepunt verwijderen</source>
            <translation>Remove action item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1211" />
            <source>Actiepunten</source>
            <translation>Action items</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="968" />
            <source>Afgesproken</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1001" />
            <source>Afgesproken in overleg</source>
            <translation>Agreed in meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="980" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="962" />
            <source>Afspraak verwijderen</source>
            <translation>Delete agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1194" />
            <source>Afspraken en besluiten uit dit overleg</source>
            <translation>Agreements and decisions from this meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="946" />
            <source>Afspraken, besluiten, dilemma's, werkstructuur en overleggen</source>
            <translation>Agreements, decisions, dilemmas, work structure and meetings</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1196" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1203" />
            <source>Agendapunt toevoegen</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1207" />
            <source>Agendapunt verwijderen</source>
            <translation>Remove agenda item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1058" />
            <source>Bekrachtiging per partij</source>
            <translation>Ratification per party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1033" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1028" />
            <source>Besluit verwijderen</source>
            <translation>Delete decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1031" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1041" />
            <source>Besluitvormingsregel</source>
            <translation>Decision rule</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1009" />
            <source>Betrokken partijen</source>
            <translation>Parties involved</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="984" />
            <source>Categorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1094" />
            <source>Collectief belang</source>
            <translation>Collective interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1045" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1086" />
            <source>Dilemma</source>
            <translation>Dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1077" />
            <source>Dilemma verwijderen</source>
            <translation>Delete dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1080" />
            <source>Dilemma's</source>
            <translation>Dilemmas</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1090" />
            <source>Eigen belang</source>
            <translation>Own interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="988" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="996" />
            <source>Evaluatiedatum</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="954" />
            <source>Filter op partij</source>
            <translation>Filter by party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="950" />
            <source>Filter op status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1016" />
            <source>Filter op uitkomst</source>
            <translation>Filter by outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1117" />
            <source>Filter op vorm</source>
            <translation>Filter by form</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1180" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1134" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1136" />
            <source>Naam van de werkgroep</source>
            <translation>Name of the working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1022" />
            <source>Nieuw besluit</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1071" />
            <source>Nieuw dilemma</source>
            <translation>New dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1160" />
            <source>Nieuw overleg</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="956" />
            <source>Nieuwe afspraak</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1123" />
            <source>Nieuwe werkgroep</source>
            <translation>New working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1005" />
            <source>Onderdeel</source>
            <translation>Work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1233" />
            <source>Onderwerp parkeren</source>
            <translation>Park a topic</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1237" />
            <source>Onderwerp verwijderen</source>
            <translation>Remove topic</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1050" />
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1166" />
            <source>Overleg verwijderen</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1169" />
            <source>Overleggen</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1226" />
            <source>Parkeerplaats</source>
            <translation>Parking lot</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1082" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="952" />
            <source>Partij:</source>
            <translation>Party:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1146" />
            <source>Ritme</source>
            <translation>Cadence</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1113" />
            <source>Standaard besluitvormingsregel</source>
            <translation>Default decision rule</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1111" />
            <source>Standaard besluitvormingsregel:</source>
            <translation>Default decision rule:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="992" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="967" />
            <source>Status in één klik:</source>
            <translation>Status in one click:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="948" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="970" />
            <source>Status: afgesproken</source>
            <translation>Status: agreed</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="974" />
            <source>Status: uitgevoerd</source>
            <translation>Status: done</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="978" />
            <source>Status: vervallen</source>
            <translation>Status: dropped</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1098" />
            <source>Strategie</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1176" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1037" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1142" />
            <source>Trekker</source>
            <translation>Lead party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="972" />
            <source>Uitgevoerd</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1054" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1014" />
            <source>Uitkomst:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1192" />
            <source>Uitkomsten</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1188" />
            <source>Verslag</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="976" />
            <source>Vervallen</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="960" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1138" />
            <source>Vorm</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1115" />
            <source>Vorm:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="965" />
            <source>Werkafspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1129" />
            <source>Werkgroep verwijderen</source>
            <translation>Delete working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1132" />
            <source>Werkgroepen</source>
            <translation>Working groups</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1155" />
            <source>Werkstructuur</source>
            <translation>Work structure</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="1147" />
            <source>bijv. elke twee weken</source>
            <translation>e.g. every two weeks</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_agreements_panel.py" line="997" />
            <source>jjjj-mm-dd</source>
            <translation>yyyy-mm-dd</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="samenwerk_desktop/gui/app.py" line="220" />
            <source>De schermafbeelding kan niet worden geschreven naar %1</source>
            <translation>The screenshot cannot be written to %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/app.py" line="40" />
            <source>Er ging iets mis dat niet had mogen gebeuren. Uw werk is opgeslagen tot aan de laatste wijziging. De technische details staan in het logboek (stderr).</source>
            <translation>Something went wrong that should not have happened. Your work is saved up to the last change. The technical details are in the log (stderr).</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/app.py" line="128" />
            <source>Het bestand kan niet worden geopend: %1</source>
            <translation>The file cannot be opened: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceEditor</name>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="314" />
            <source>Aanwezig, afwezig of vertegenwoordigd: {0}</source>
            <translation>Present, absent or represented: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="262" />
            <source>Aanwezigheid</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="261" />
            <source>Aanwezigheid per partij</source>
            <translation>Attendance per party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="314" />
            <source>Aanwezigheid van {0}</source>
            <translation>Attendance of {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="258" />
            <source>Aanwezigheid: {0}</source>
            <translation>Attendance: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="316" />
            <source>De partij die {0} vertegenwoordigt</source>
            <translation>The party that represents {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="318" />
            <source>Of de naam van wie {0} vertegenwoordigt, als dat geen partij is</source>
            <translation>Or the name of whoever represents {0}, if that is not a party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="262" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="268" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="263" />
            <source>Vertegenwoordigd door</source>
            <translation>Represented by</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="317" />
            <source>Vertegenwoordigd door (naam), voor {0}</source>
            <translation>Represented by (name), for {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="316" />
            <source>Vertegenwoordiger van {0}</source>
            <translation>Representative of {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="315" />
            <source>Wie namens {0} het woord voert</source>
            <translation>Who speaks for {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="262" />
            <source>Woordvoerder</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="315" />
            <source>Woordvoerder van {0}</source>
            <translation>Speaker for {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="263" />
            <source>of door (naam)</source>
            <translation>or by (name)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="293" />
            <source>— geen —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="303" />
            <source>— niemand —</source>
            <translation>— nobody —</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="101" />
            <source>2026-03-31</source>
            <translation>2026-03-31</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="80" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="79" />
            <source>Actiepunt vastleggen</source>
            <translation>Capture an action item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="80" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="119" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="80" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="78" />
            <source>Besluit vastleggen</source>
            <translation>Capture a decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="104" />
            <source>Besluitvormingsregel</source>
            <translation>Decision rule</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="102" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="81" />
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="79" />
            <source>Op de parkeerplaats zetten</source>
            <translation>Put on the parking lot</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="118" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="103" />
            <source>Uiterlijk</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="78" />
            <source>Werkafspraak vastleggen</source>
            <translation>Capture an agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="91" />
            <source>— geen —</source>
            <translation>— none —</translation>
        </message>
    </context>
    <context>
        <name>CollaborationForm</name>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="112" />
            <source>De opgave en ‘Waar doen wij het voor?’ staan boven de kaart; alles komt ook in het verslag.</source>
            <translation>The challenge and ‘What are we doing it for?’ appear above the map; everything also goes into the report.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="110" />
            <source>Een partij met meer dan dit deel van alle A- en R-rollen krijgt een bevinding in de matrix.</source>
            <translation>A party holding more than this share of all A and R roles gets a finding in the matrix.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="34" />
            <source>Eigenschappen van de samenwerking</source>
            <translation>Properties of the collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="104" />
            <source>RACI</source>
            <translation>RACI</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="104" />
            <source>RASCI (met S = ondersteunend)</source>
            <translation>RASCI (with S = support)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/collaboration_form.py" line="33" />
            <source>Samenwerking</source>
            <translation>Collaboration</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="62" />
            <source>Geen datum</source>
            <translation>No date</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="55" />
            <source>Kalender</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="38" />
            <source>Kalender…</source>
            <translation>Calendar…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="41" />
            <source>Kies de datum in een kalender, of maak het veld leeg (typen mag ook: 31-3-2026)</source>
            <translation>Choose the date in a calendar, or empty the field (typing works too: 31-3-2026)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="40" />
            <source>Kies een datum voor %1</source>
            <translation>Choose a date for %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="64" />
            <source>Maak het datumveld leeg</source>
            <translation>Empty the date field</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="111" />
            <source>dd-mm-jjjj of leeg</source>
            <translation>dd-mm-yyyy or empty</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/date_field.py" line="39" />
            <source>de datum</source>
            <translation>the date</translation>
        </message>
    </context>
    <context>
        <name>DisputeEntry</name>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_entry.py" line="27" />
            <source>Een geschil over dit dilemma, tussen de partij en wie zij via een spanningsrelatie tegenover zich heeft (Ctrl+Alt+G voor de gekozen partijen)</source>
            <translation>A dispute about this dilemma, between the party and those it faces in a tension relation (Ctrl+Alt+G for the parties chosen)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_entry.py" line="25" />
            <source>Geschil vastleggen</source>
            <translation>Record a dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_entry.py" line="65" />
            <source>Geschil vastleggen…</source>
            <translation>Record a dispute…</translation>
        </message>
    </context>
    <context>
        <name>DisputeForm</name>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="102" />
            <source>%1 (stap %2 van %3)</source>
            <translation>%1 (step %2 of %3)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="52" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="96" />
            <source>Dit geschil bestaat niet meer.</source>
            <translation>This dispute no longer exists.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="51" />
            <source>Genomen stappen</source>
            <translation>Steps taken</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="142" />
            <source>Geschil opgelost</source>
            <translation>Dispute resolved</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="65" />
            <source>Huidige stap:</source>
            <translation>Current step:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="47" />
            <source>Naar de volgende stap</source>
            <translation>To the next step</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="61" />
            <source>Opgelost</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="72" />
            <source>Oplossing:</source>
            <translation>Resolution:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="52" />
            <source>Stap</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="133" />
            <source>Stap in het geschil vastgelegd</source>
            <translation>Step in the dispute recorded</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="58" />
            <source>Stap vastleggen</source>
            <translation>Record step</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="53" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="70" />
            <source>Uitkomst:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="125" />
            <source>Volgende stap in het geschil</source>
            <translation>Next step in the dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="52" />
            <source>Wat is geprobeerd</source>
            <translation>What was tried</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="69" />
            <source>Wat is geprobeerd:</source>
            <translation>What was tried:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="52" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="68" />
            <source>Wie:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="64" />
            <source>Zichtbaar voor:</source>
            <translation>Visible to:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/dispute_form.py" line="117" />
            <source>Zichtbaarheid van het geschil</source>
            <translation>Visibility of the dispute</translation>
        </message>
    </context>
    <context>
        <name>EntitySection</name>
        <message>
            <location filename="samenwerk_desktop/gui/entity_section.py" line="132" />
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/entity_section.py" line="123" />
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/entity_section.py" line="123" />
            <source>Gekozen partij(en)</source>
            <translation>Selected part(y/ies)</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="117" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="224" />
            <source>De herstelde kopie ‘%1’ is gemaakt; ‘%2’ zelf is niet veranderd. Dit is er veranderd:</source>
            <translation>The repaired copy ‘%1’ has been made; ‘%2’ itself has not been changed. This is what changed:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="298" />
            <source>Exporteren als JSON</source>
            <translation>Export as JSON</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="312" />
            <source>Geëxporteerd naar %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="116" />
            <source>Herstelde kopie maken…</source>
            <translation>Make a repaired copy…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="209" />
            <source>Herstelde kopie opslaan als</source>
            <translation>Save repaired copy as</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="76" />
            <source>Het bestand ‘%1’ bestaat al. Wilt u het vervangen?</source>
            <translation>The file ‘%1’ already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="298" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="79" />
            <source>Niet vervangen</source>
            <translation>Do not replace</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="68" />
            <source>Nieuwe samenwerking</source>
            <translation>New collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="277" />
            <source>Opslaan als</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="114" />
            <source>Samenwerk kan een herstelde kopie maken; het bestand zelf blijft zoals het is.</source>
            <translation>Samenwerk can make a repaired copy; the file itself stays as it is.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="61" />
            <source>Samenwerking openen</source>
            <translation>Open collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="209" />
            <source>Samenwerkingen (*.samenwerk)</source>
            <translation>Collaborations (*.samenwerk)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="62" />
            <source>Samenwerkingen (*.samenwerk);;Alle bestanden (*)</source>
            <translation>Collaborations (*.samenwerk);;All files (*)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="69" />
            <source>Titel van de samenwerking (bijvoorbeeld de opgave in een paar woorden):</source>
            <translation>Title of the collaboration (for example the challenge in a few words):</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="78" />
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="158" />
            <source>hersteld</source>
            <translation>repaired</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="234" />
            <source>‘%1’ is bijgewerkt naar bestandsversie %2; de oude versie staat ernaast als ‘%3’.</source>
            <translation>‘%1’ has been updated to file version %2; the old version is beside it as ‘%3’.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/file_actions.py" line="144" />
            <source>… en nog %1</source>
            <translation>… and %1 more</translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="133" />
            <source>%1 gevonden; Enter gaat naar het gekozen onderdeel.</source>
            <translation>%1 found; Enter goes to the chosen item.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="33" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="33" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="34" />
            <source>Dilemma</source>
            <translation>Dilemma</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="107" />
            <source>Enter of dubbelklik: naar dit onderdeel gaan</source>
            <translation>Enter or double-click: go to this item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="106" />
            <source>Gevonden</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="132" />
            <source>Niets gevonden.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="34" />
            <source>Onderdeel</source>
            <translation>Work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="34" />
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="33" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="101" />
            <source>Partij, afspraak, besluit, dilemma, onderdeel of overleg…</source>
            <translation>Party, agreement, decision, dilemma, work item or meeting…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="102" />
            <source>Zoeken in de hele samenwerking</source>
            <translation>Find in the whole collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/find.py" line="97" />
            <source>Zoeken in de samenwerking</source>
            <translation>Find in the collaboration</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsList</name>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="182" />
            <source>Geen vervolgpunten</source>
            <translation>No follow-ups</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="184" />
            <source>Vervolgpunten ({0})</source>
            <translation>Follow-ups ({0})</translation>
        </message>
        <message>
            <source>Vervolgpunten tonen of verbergen</source>
            <translation>Show or hide the follow-ups</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="127" />
            <source>Vervolgpunten tonen of verbergen: terug aan tafel, afspraken om scherp te maken en behoeften die nog niet zijn toegezegd</source>
            <translation>Show or hide the follow-ups: back to the table, agreements to sharpen and needs not yet promised</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="133" />
            <source>Vervolgpunten: terug aan tafel</source>
            <translation>Follow-ups: back to the table</translation>
        </message>
        <message>
            <source>Vervolgpunten: terug aan tafel ({0})</source>
            <translation>Follow-ups: back to the table ({0})</translation>
        </message>
        <message>
            <source>Vervolgpunten: terug aan tafel ({0}) · scherp te maken ({1})</source>
            <translation>Follow-ups: back to the table ({0}) · to sharpen ({1})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="188" />
            <source>niet toegezegd ({0})</source>
            <translation>not promised ({0})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="186" />
            <source>scherp maken ({0})</source>
            <translation>to sharpen ({0})</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="93" />
            <source>Enter of klik: naar dit onderdeel gaan</source>
            <translation>Enter or click: go to this item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/followups_panel.py" line="91" />
            <source>Scherp maken: {0}</source>
            <translation>To sharpen: {0}</translation>
        </message>
    </context>
    <context>
        <name>GiveTakeDocks</name>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="35" />
            <source>&amp;Geschil vastleggen…</source>
            <translation>Record a &amp;dispute…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="139" />
            <source>Geschil</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="122" />
            <source>Geschil vastgelegd</source>
            <translation>Dispute recorded</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="29" />
            <source>Geven en nemen</source>
            <translation>Give and take</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="111" />
            <source>Het dilemma '%1' heeft nog geen tegenpartij: leg een spanningsrelatie met die partij op de kaart, of kies haar erbij, en probeer het opnieuw.</source>
            <translation>The dilemma '%1' has no other party yet: draw a tension relation with that party on the map, or choose it as well, and try again.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="118" />
            <source>Kies eerst twee of meer partijen (of een spanningsrelatie op de kaart) om een geschil vast te leggen.</source>
            <translation>Choose two or more parties first (or a tension relation on the map) to record a dispute.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_docks.py" line="121" />
            <source>Nieuw geschil</source>
            <translation>New dispute</translation>
        </message>
    </context>
    <context>
        <name>GiveTakeEditor</name>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="178" />
            <source>+ Aanbod</source>
            <translation>+ Offer</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="176" />
            <source>+ Nodig</source>
            <translation>+ Need</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="222" />
            <source>Aanbod toegevoegd</source>
            <translation>Offer added</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="179" />
            <source>Aanbod toevoegen</source>
            <translation>Add offer</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="220" />
            <source>Nieuw aanbod</source>
            <translation>New offer</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="220" />
            <source>Nieuwe behoefte</source>
            <translation>New need</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="108" />
            <source>Nodig of aanbod bewerkt</source>
            <translation>Need or offer edited</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="242" />
            <source>Nodig of aanbod verwijderd</source>
            <translation>Need or offer removed</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="222" />
            <source>Nodig toegevoegd</source>
            <translation>Need added</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="177" />
            <source>Nodig toevoegen</source>
            <translation>Add need</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="66" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="66" />
            <source>Onderdeel</source>
            <translation>Work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="66" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="66" />
            <source>Van of voor partij</source>
            <translation>From or for party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="182" />
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_editor.py" line="164" />
            <source>Wat wij nodig hebben en bieden</source>
            <translation>What we need and offer</translation>
        </message>
    </context>
    <context>
        <name>GiveTakeView</name>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="70" />
            <source>%1 heeft van %2 nodig:</source>
            <translation>%1 needs from %2:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="120" />
            <source>Kies eerst een cel met een open behoefte.</source>
            <translation>First choose a cell with an open need.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="98" />
            <source>Open behoefte → werkafspraak</source>
            <translation>Open need → working agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="95" />
            <source>Per rij wat die partij nodig heeft van de partij in de kolom: ✓ toegezegd in een werkafspraak, ○ aangeboden, ! nog open.</source>
            <translation>Per row what that party needs from the party in the column: ✓ promised in a working agreement, ○ offered, ! still open.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="90" />
            <source>Wat elke partij nodig heeft van de andere</source>
            <translation>What each party needs from the others</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="123" />
            <source>Werkafspraak uit een behoefte</source>
            <translation>Working agreement from a need</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="66" />
            <source>aangeboden</source>
            <translation>offered</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="66" />
            <source>nog open</source>
            <translation>still open</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/give_take_view.py" line="67" />
            <source>toegezegd in een werkafspraak</source>
            <translation>promised in a working agreement</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="57" />
            <source>%1 van %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="195" />
            <source>&lt;begin: zoals geopend&gt;</source>
            <translation>&lt;start: as opened&gt;</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="191" />
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="196" />
            <source>Geschiedenis van wijzigingen</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="197" />
            <source>Klik op een stap om terug (of vooruit) te gaan tot en met die stap.</source>
            <translation>Click a step to go back (or forward) up to and including that step.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="87" />
            <source>Ongedaan gemaakt: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="87" />
            <source>Opnieuw gedaan: %1</source>
            <translation>Redone: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="200" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="55" />
            <source>de samenwerking</source>
            <translation>the collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/history.py" line="37" />
            <source>rollen in de matrix</source>
            <translation>roles in the matrix</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="93" />
            <source>&amp;Actortypen (standpunt × vertrouwen)</source>
            <translation>&amp;Actor types (stance × trust)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="75" />
            <source>&amp;Alles selecteren</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="206" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="63" />
            <source>&amp;Eigenschappen van de samenwerking…</source>
            <translation>Collaboration &amp;properties…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="208" />
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="69" />
            <source>&amp;Geschiedenis…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="214" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="80" />
            <source>&amp;Inzoomen</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="211" />
            <source>&amp;Kaartindeling</source>
            <translation>Map &amp;layout</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="83" />
            <source>&amp;Legenda tonen</source>
            <translation>Show &amp;legend</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="91" />
            <source>&amp;Macht-belangenraster</source>
            <translation>&amp;Power/interest grid</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="90" />
            <source>&amp;Netwerk</source>
            <translation>&amp;Network</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="56" />
            <source>&amp;Nieuw…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/main_window.py" line="304" />
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="57" />
            <source>&amp;Openen…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="117" />
            <source>&amp;Over Samenwerk</source>
            <translation>&amp;About Samenwerk</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="199" />
            <source>&amp;Overleg</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="82" />
            <source>&amp;Passend maken</source>
            <translation>&amp;Fit to window</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="207" />
            <source>&amp;Recente bestanden</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="65" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="118" />
            <source>&amp;Sneltoetsen</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="213" />
            <source>&amp;Taal / Language</source>
            <translation>&amp;Language / Taal</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="92" />
            <source>&amp;Ui (ringen rond de opgave)</source>
            <translation>&amp;Onion (rings around the challenge)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="81" />
            <source>&amp;Uitzoomen</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="78" />
            <source>&amp;Verbinden (sleep van partij naar partij)</source>
            <translation>&amp;Connect (drag from party to party)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="74" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="105" />
            <source>&amp;Volgend paneel</source>
            <translation>&amp;Next panel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="72" />
            <source>&amp;Zoeken…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>(dit paneel is nog niet beschikbaar)</source>
            <translation>(this panel is not available yet)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/recent_files.py" line="39" />
            <source>(geen recente bestanden)</source>
            <translation>(no recent files)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="245" />
            <source>&lt;h3&gt;Samenwerk %1&lt;/h3&gt;&lt;p&gt;Voor procesbegeleiders van opgavegericht samenwerken: krachtenveld, verantwoordelijkheden (RACI), werkafspraken, besluiten en verslagen.&lt;/p&gt;&lt;p&gt;Alles wordt direct opgeslagen in het bestand van de samenwerking.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Samenwerk %1&lt;/h3&gt;&lt;p&gt;For facilitators of challenge-driven collaboration: stakeholder map, responsibilities (RACI), working agreements, decisions and minutes.&lt;/p&gt;&lt;p&gt;Everything is saved at once in the collaboration's file.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/shortcuts_help.py" line="69" />
            <source>&lt;p&gt;Op de kaart: Shift+slepen van partij naar partij verbindt; dubbelklik op een lege plek voegt een partij toe; spatie+slepen of de middelste muisknop verschuift; het muiswiel zoomt.&lt;/p&gt;</source>
            <translation>&lt;p&gt;On the map: Shift+drag from party to party connects them; double-click on an empty spot adds a party; space+drag or the middle mouse button pans; the mouse wheel zooms.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/shortcuts_help.py" line="71" />
            <source>&lt;p&gt;Zonder muis: Tab kiest op de kaart de volgende partij, Enter bewerkt haar, de pijltjes verschuiven haar (met Shift in kleine stapjes) en de menutoets of Shift+F10 opent haar menu, met Verbinden met….&lt;/p&gt;</source>
            <translation>&lt;p&gt;Without a mouse: on the map, Tab chooses the next party, Enter edits it, the arrow keys move it (with Shift in small steps) and the menu key or Shift+F10 opens its menu, with Connect to….&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="66" />
            <source>A&amp;fsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/keyboard.py" line="114" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="70" />
            <source>Alle stappen die ongedaan gemaakt kunnen worden; klik op een stap om ernaar terug te gaan</source>
            <translation>Every step that can be undone; click a step to go back to it</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/main_window.py" line="315" />
            <source>Alle wijzigingen opgeslagen in %1</source>
            <translation>All changes saved in %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/main_window.py" line="312" />
            <source>Alleen-lezen geopend: %1 — wijzigingen worden niet opgeslagen</source>
            <translation>Opened read-only: %1 — changes are not saved</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="209" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="210" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="61" />
            <source>Een rapport met wat één partij mag zien: haar rollen, afspraken, acties, behoeften en aanbod, besluiten en geschillen</source>
            <translation>A report of what one party may see: its roles, agreements, actions, needs and offers, decisions and disputes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="59" />
            <source>Exporteren als &amp;JSON…</source>
            <translation>Export as &amp;JSON…</translation>
        </message>
        <message>
            <source>Exporteren als JSON</source>
            <translation>Export as JSON</translation>
        </message>
        <message>
            <source>Exporteren als JSON is in deze versie niet beschikbaar.</source>
            <translation>Export as JSON is not available in this version.</translation>
        </message>
        <message>
            <source>Exporteren mislukt: %1</source>
            <translation>Export failed: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/main_window.py" line="310" />
            <source>Geen samenwerking geopend</source>
            <translation>No collaboration open</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="216" />
            <source>Geen samenwerking geopend.

Kies Bestand › Nieuw (Ctrl+N) of Bestand › Openen (Ctrl+O).</source>
            <translation>No collaboration open.

Choose File › New (Ctrl+N) or File › Open (Ctrl+O).</translation>
        </message>
        <message>
            <source>Geëxporteerd naar %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Het bestand kan niet worden gemaakt: %1</source>
            <translation>The file cannot be created: %1</translation>
        </message>
        <message>
            <source>Het bestand kan niet worden geopend: %1</source>
            <translation>The file cannot be opened: %1</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/keyboard.py" line="112" />
            <source>Kaart</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="85" />
            <source>Kaart &amp;schikken</source>
            <translation>&amp;Arrange map</translation>
        </message>
        <message>
            <source>Kaartindeling: %1</source>
            <translation>Map layout: %1</translation>
        </message>
        <message>
            <source>Nieuwe samenwerking</source>
            <translation>New collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/main_window.py" line="305" />
            <source>O&amp;pnieuw</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="58" />
            <source>Opslaan &amp;als…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>Opslaan als</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Opslaan mislukt: %1</source>
            <translation>Saving failed: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="245" />
            <source>Over Samenwerk</source>
            <translation>About Samenwerk</translation>
        </message>
        <message>
            <source>P&amp;resentatiemodus</source>
            <translation>P&amp;resentation mode</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="212" />
            <source>Paneel &amp;maximaliseren</source>
            <translation>&amp;Maximise panel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/keyboard.py" line="111" />
            <source>Paneel: %1</source>
            <translation>Panel: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/keyboard.py" line="115" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="76" />
            <source>Partij &amp;toevoegen…</source>
            <translation>Add &amp;party…</translation>
        </message>
        <message>
            <source>Presentatiemodus verlaten</source>
            <translation>Leave presentation mode</translation>
        </message>
        <message>
            <source>Presentatiemodus — Esc om te verlaten, Ctrl+plus / Ctrl+min voor grotere of kleinere tekst</source>
            <translation>Presentation mode — Esc to leave, Ctrl+plus / Ctrl+minus for larger or smaller text</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="60" />
            <source>Rapport voor een &amp;partij…</source>
            <translation>Report for one par&amp;ty…</translation>
        </message>
        <message>
            <source>Samenwerking openen</source>
            <translation>Open collaboration</translation>
        </message>
        <message>
            <source>Samenwerkingen (*.samenwerk)</source>
            <translation>Collaborations (*.samenwerk)</translation>
        </message>
        <message>
            <source>Samenwerkingen (*.samenwerk);;Alle bestanden (*)</source>
            <translation>Collaborations (*.samenwerk);;All files (*)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="86" />
            <source>Schik de netwerkkaart automatisch: coalities dichtbij, spanningen uit elkaar; één stap ongedaan te maken</source>
            <translation>Arrange the network map automatically: coalitions close, tensions apart; one step to undo</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/shortcuts_help.py" line="76" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/shortcuts_help.py" line="60" />
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Titel van de samenwerking (bijvoorbeeld de opgave in een paar woorden):</source>
            <translation>Title of the collaboration (for example the challenge in a few words):</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/keyboard.py" line="113" />
            <source>Verantwoordelijkheden (RACI)</source>
            <translation>Responsibilities (RACI)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="107" />
            <source>Vo&amp;rig paneel</source>
            <translation>P&amp;revious panel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="215" />
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/shortcuts_help.py" line="45" />
            <source>Zaalscherm</source>
            <translation>Audience window</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/window_menus.py" line="73" />
            <source>Zoek een partij, afspraak, besluit, dilemma, onderdeel of overleg en ga erheen</source>
            <translation>Find a party, agreement, decision, dilemma, work item or meeting and go there</translation>
        </message>
        <message>
            <source>macht-belangenraster</source>
            <translation>power/interest grid</translation>
        </message>
        <message>
            <source>netwerk</source>
            <translation>network</translation>
        </message>
        <message>
            <source>ui</source>
            <translation>onion</translation>
        </message>
    </context>
    <context>
        <name>MapArrange</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/map/arrange.py" line="88" />
            <source>%n partij(en) hebben nog geen plek op de kaart.</source>
            <translation>
                <numerusform>%n party has no place on the map yet.</numerusform>
                <numerusform>%n parties have no place on the map yet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/arrange.py" line="32" />
            <source>Kaart schikken</source>
            <translation>Arrange map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/arrange.py" line="31" />
            <source>Kaart schikken…</source>
            <translation>Arranging the map…</translation>
        </message>
    </context>
    <context>
        <name>MapDialogs</name>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="35" />
            <source>Naam van de partij</source>
            <translation>Name of the party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="39" />
            <source>Naam van de partij:</source>
            <translation>Name of the party:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="72" />
            <source>Naar partij</source>
            <translation>To party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="79" />
            <source>Naar:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="30" />
            <source>Partij toevoegen</source>
            <translation>Add party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="86" />
            <source>Richting</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="89" />
            <source>Richting:</source>
            <translation>Direction:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="81" />
            <source>Soort relatie</source>
            <translation>Relation type</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="84" />
            <source>Soort relatie:</source>
            <translation>Relation type:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="70" />
            <source>Van:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dialogs.py" line="67" />
            <source>Verbinden</source>
            <translation>Connect</translation>
        </message>
    </context>
    <context>
        <name>MapReading</name>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="142" />
            <source>Actortype (krachtenveld)</source>
            <translation>Actor type (stakeholder analysis)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="149" />
            <source>Alles tonen</source>
            <translation>Show all</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="125" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="131" />
            <source>Focus opheffen</source>
            <translation>Clear focus</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="144" />
            <source>Participatieladder (nu)</source>
            <translation>Participation ladder (now)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="140" />
            <source>Soort partij</source>
            <translation>Kind of party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="146" />
            <source>Soort relatie</source>
            <translation>Relation type</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="141" />
            <source>Standpunt</source>
            <translation>Stance</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="118" />
            <source>Zoek een partij (Ctrl+Alt+F)</source>
            <translation>Find a party (Ctrl+Alt+F)</translation>
        </message>
        <message>
            <source>Zoek een partij (Ctrl+F)</source>
            <translation>Find a party (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="120" />
            <source>Zoek een partij op de kaart</source>
            <translation>Find a party on the map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="150" />
            <source>Zoeken op de kaart</source>
            <translation>Find on the map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/reading.py" line="145" />
            <source>nog niet gekozen</source>
            <translation>not chosen yet</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/map/operations.py" line="46" />
            <source>%n partij(en) verplaatsen</source>
            <translation>
                <numerusform>Move party</numerusform>
                <numerusform>Move %n parties</numerusform>
            </translation>
        </message>
        <message>
            <source>%n partijen verplaatsen</source>
            <translation>Move %n parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dispute_marks.py" line="58" />
            <source>Alleen voor de procesbegeleider (niet op het zaalscherm).</source>
            <translation>For the facilitator only (not on the room's screen).</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/decor.py" line="51" />
            <source>Betrokkenheid →</source>
            <translation>Involvement →</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="131" />
            <source>Bewerken</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="132" />
            <source>Focus op deze partij</source>
            <translation>Focus on this party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="122" />
            <source>Geschil vastleggen…</source>
            <translation>Record a dispute…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/decor.py" line="53" />
            <source>Invloed →</source>
            <translation>Influence →</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/dispute_marks.py" line="55" />
            <source>Open geschil</source>
            <translation>Open dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/scene.py" line="312" />
            <source>Opgave</source>
            <translation>Challenge</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="71" />
            <source>Partij toevoegen</source>
            <translation>Add party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/scene.py" line="447" />
            <source>Partij toevoegen…</source>
            <translation>Add party…</translation>
        </message>
        <message>
            <source>Partij verplaatsen</source>
            <translation>Move party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="115" />
            <source>Partij verwijderen</source>
            <translation>Delete party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="90" />
            <source>Partijen verbinden</source>
            <translation>Connect parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="113" />
            <source>Relatie verwijderen</source>
            <translation>Delete relation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="130" />
            <source>Verbinden met…</source>
            <translation>Connect to…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/operations.py" line="111" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="184" />
            <source>(nog geen opgave beschreven)</source>
            <translation>(no challenge described yet)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/view.py" line="54" />
            <source>Krachtenveldkaart</source>
            <translation>Stakeholder map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/view.py" line="69" />
            <source>Nog geen partijen op de kaart. Dubbelklik op een lege plek, of druk op Ctrl+Shift+N, om een partij toe te voegen.</source>
            <translation>No parties on the map yet. Double-click an empty spot, or press Ctrl+Shift+N, to add a party.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="138" />
            <source>Relatie</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="142" />
            <source>Soort partij (grootte = invloed)</source>
            <translation>Kind of party (size = influence)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="134" />
            <source>Standpunt (kleur en teken)</source>
            <translation>Stance (colour and sign)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="170" />
            <source>Waar doen wij het voor?</source>
            <translation>What are we doing it for?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="136" />
            <source>neutraal</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="140" />
            <source>open geschil</source>
            <translation>open dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="140" />
            <source>richting (pijl)</source>
            <translation>direction (arrow)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="136" />
            <source>sterk tegen</source>
            <translation>strongly against</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="137" />
            <source>sterk voor</source>
            <translation>strongly for</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="136" />
            <source>tegen</source>
            <translation>against</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/map/overlays.py" line="136" />
            <source>voor</source>
            <translation>for</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>&amp;Overleg</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="291" />
            <source>Aanwezigheid…</source>
            <translation>Attendance…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="297" />
            <source>Actiepunt vastleggen</source>
            <translation>Capture an action item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="446" />
            <source>Afsluiten en doorschuiven</source>
            <translation>Close and carry over</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="447" />
            <source>Afsluiten zonder doorschuiven</source>
            <translation>Close without carrying over</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="293" />
            <source>Agenda als PDF…</source>
            <translation>Agenda as PDF…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="59" />
            <source>Beginnen met vervolgpunten</source>
            <translation>Begin with the follow-ups</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="296" />
            <source>Besluit vastleggen</source>
            <translation>Capture a decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="388" />
            <source>De tijd voor ‘{0}’ is om.</source>
            <translation>The time for ‘{0}’ is up.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="366" />
            <source>Er loopt geen overleg.</source>
            <translation>No meeting is running.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="500" />
            <source>Er loopt geen overleg; start eerst een overleg (Ctrl+Alt+M).</source>
            <translation>No meeting is running; start a meeting first (Ctrl+Alt+M).</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="55" />
            <source>Er zijn {0} vervolgpunten om terug te brengen aan tafel. Het overleg beginnen met het agendapunt ‘Vervolgpunten’?</source>
            <translation>There are {0} follow-ups to bring back to the table. Begin the meeting with the agenda item ‘Follow-ups’?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="441" />
            <source>Het overleg afsluiten?</source>
            <translation>Close the meeting?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="369" />
            <source>In: {0}</source>
            <translation>In: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="368" />
            <source>In: {0} — {1}</source>
            <translation>In: {0} — {1}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="535" />
            <source>Leg eerst een besluit vast (Ctrl+Alt+B); daarover gaat de ronde.</source>
            <translation>Capture a decision first (Ctrl+Alt+B); the round is about it.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="277" />
            <source>Lopend overleg</source>
            <translation>Current meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="286" />
            <source>Lopend overleg: venster</source>
            <translation>Current meeting: window</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="299" />
            <source>Op de parkeerplaats zetten</source>
            <translation>Put on the parking lot</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="440" />
            <source>Overleg afsluiten</source>
            <translation>Close the meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="382" />
            <source>Overleg afsluiten…</source>
            <translation>Close the meeting…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="54" />
            <source>Overleg starten</source>
            <translation>Start the meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="289" />
            <source>Overleg starten of afsluiten</source>
            <translation>Start or close the meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="292" />
            <source>Ronde over een besluit…</source>
            <translation>Round on a decision…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="290" />
            <source>Volgend agendapunt</source>
            <translation>Next agenda item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="294" />
            <source>Werkafspraak vastleggen</source>
            <translation>Capture an agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="60" />
            <source>Zonder vervolgpunten</source>
            <translation>Without the follow-ups</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="444" />
            <source>{0} open actiepunten en {1} onderwerpen op de parkeerplaats doorschuiven naar ‘{2}’?</source>
            <translation>Carry {0} open action items and {1} parking-lot topics over to ‘{2}’?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="53" />
            <source>… en nog {0}</source>
            <translation>… and {0} more</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="185" />
            <source>Aanwezigheid…</source>
            <translation>Attendance…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="194" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="193" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="178" />
            <source>Agenda met kloktijden</source>
            <translation>Agenda with clock times</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="193" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="256" />
            <source>De tijd voor ‘{0}’ is om. Afronden of door naar het volgende punt (F8)?</source>
            <translation>The time for ‘{0}’ is up. Wrap up, or on to the next item (F8)?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="228" />
            <source>Geen overleg gekozen: kies er een op het tabblad Overleggen.</source>
            <translation>No meeting chosen: choose one on the Meetings tab.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="260" />
            <source>Nog {0} voor ‘{1}’.</source>
            <translation>{0} left for ‘{1}’.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="222" />
            <source>Overleg afsluiten…</source>
            <translation>Close the meeting…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="222" />
            <source>Overleg starten</source>
            <translation>Start the meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="194" />
            <source>Parkeren</source>
            <translation>Park</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="188" />
            <source>Ronde over een besluit…</source>
            <translation>Round on a decision…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="182" />
            <source>Volgend agendapunt (F8)</source>
            <translation>Next agenda item (F8)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="233" />
            <source>loopt</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/meeting_mode.py" line="233" />
            <source>nog niet gestart</source>
            <translation>not started yet</translation>
        </message>
    </context>
    <context>
        <name>MovementDocks</name>
        <message>
            <location filename="samenwerk_desktop/gui/movement_docks.py" line="24" />
            <source>Ontwikkeling van het krachtenveld</source>
            <translation>Development of the field of forces</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_docks.py" line="26" />
            <source>Samenwerkingsscan</source>
            <translation>Collaboration check</translation>
        </message>
    </context>
    <context>
        <name>MovementPanel</name>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="147" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="103" />
            <source>Door besluit</source>
            <translation>Because of decision</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="102" />
            <source>Door werkafspraak</source>
            <translation>Because of agreement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="257" />
            <source>Naam van de stand:</source>
            <translation>Name of the state:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="95" />
            <source>Naar</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="131" />
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="81" />
            <source>Partij of relatie</source>
            <translation>Party or relation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="101" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="250" />
            <source>Reden noteren</source>
            <translation>Note reason</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="91" />
            <source>Reden opslaan</source>
            <translation>Save reason</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="180" />
            <source>Relatie</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="262" />
            <source>Stand van %1</source>
            <translation>State of %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="257" />
            <source>Stand vastleggen</source>
            <translation>Take state</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="75" />
            <source>Stand vastleggen…</source>
            <translation>Take state…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="77" />
            <source>Toon op de kaart</source>
            <translation>Show on the map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="94" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="81" />
            <source>Waarom</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="89" />
            <source>Waarom bewoog deze partij?</source>
            <translation>Why did this party move?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="81" />
            <source>Wat veranderde</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="87" />
            <source>Wat veranderde tussen de twee standen</source>
            <translation>What changed between the two states</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="200" />
            <source>besluit: %1</source>
            <translation>decision: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/movement_panel.py" line="198" />
            <source>werkafspraak: %1</source>
            <translation>agreement: %1</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <location filename="samenwerk_desktop/gui/entity_table.py" line="263" />
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/panel_common.py" line="141" />
            <source>Niet opgeslagen: “{0}”.</source>
            <translation>Not saved: “{0}”.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/panel_common.py" line="136" />
            <source>moet een datum zijn als 31-3-2026</source>
            <translation>must be a date such as 31/3/2026</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/entity_table.py" line="207" />
            <source>{0} wijzigen</source>
            <translation>Change {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/field_binder.py" line="214" />
            <source>{0}: ten hoogste {1} tekens; wat daarna kwam is weggelaten.</source>
            <translation>{0}: at most {1} characters; what came after was left out.</translation>
        </message>
    </context>
    <context>
        <name>PartyColumns</name>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="88" />
            <source>%1 van %2 partijen</source>
            <translation>%1 of %2 parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="37" />
            <source>Alleen partijen met een rol</source>
            <translation>Only parties with a role</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="43" />
            <source>Partij zoeken in de matrix</source>
            <translation>Find a party in the matrix</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="42" />
            <source>Partij zoeken…</source>
            <translation>Find party…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="44" />
            <source>Toont alleen de partijen waarvan de naam dit bevat</source>
            <translation>Shows only the parties whose name contains this</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="39" />
            <source>Verberg de kolommen van partijen die nog geen enkele rol hebben</source>
            <translation>Hide the columns of parties that have no role yet</translation>
        </message>
    </context>
    <context>
        <name>PartyDisputes</name>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="58" />
            <source>Geen geschillen.</source>
            <translation>No disputes.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="60" />
            <source>Geschil openen</source>
            <translation>Open dispute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="41" />
            <source>Geschillen van deze partij</source>
            <translation>This party's disputes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="93" />
            <source>Met: %1
Zichtbaar voor: %2</source>
            <translation>With: %1
Visible to: %2</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="42" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="42" />
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_disputes.py" line="42" />
            <source>Stap</source>
            <translation>Step</translation>
        </message>
    </context>
    <context>
        <name>PartyInspector</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/inspector.py" line="195" />
            <source>%n partij(en) gekozen. Kies er één om haar profiel te zien.</source>
            <translation>
                <numerusform>%n party selected. Choose one to see its profile.</numerusform>
                <numerusform>%n parties selected. Choose one to see its profile.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="354" />
            <source>(niet gekozen)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="343" />
            <source>Actortype (krachtenveld)</source>
            <translation>Actor type (stakeholder analysis)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="332" />
            <source>Belang verwijderd: “%1”. Ongedaan maken (Ctrl+Z) zet het terug.</source>
            <translation>Interest removed: “%1”. Undo (Ctrl+Z) puts it back.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="331" />
            <source>Belang verwijderen</source>
            <translation>Remove interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="300" />
            <source>Belangen wijzigen</source>
            <translation>Change interests</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="258" />
            <source>Geschillen</source>
            <translation>Disputes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="198" />
            <source>Kies een partij op de kaart, in de matrix of in een lijst om haar profiel te zien en te bewerken. Hieronder staat de samenwerking zelf.</source>
            <translation>Choose a party on the map, in the matrix or in a list to see and edit its profile. Below: the collaboration itself.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="370" />
            <source>Kleur wijzigen</source>
            <translation>Change colour</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="131" />
            <source>Mandaat</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="129" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="377" />
            <source>Nieuwe vertegenwoordiger</source>
            <translation>New representative</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="345" />
            <source>Participatieladder: beoogd</source>
            <translation>Participation ladder: intended</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="344" />
            <source>Participatieladder: nu</source>
            <translation>Participation ladder: now</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="130" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="376" />
            <source>Vertegenwoordiger toevoegen</source>
            <translation>Add representative</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="388" />
            <source>Vertegenwoordiger verwijderen</source>
            <translation>Remove representative</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="342" />
            <source>Vertrouwen in de relatie</source>
            <translation>Trust in the relationship</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="362" />
            <source>Volgens de tabel: %1</source>
            <translation>By the table: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/inspector.py" line="250" />
            <source>Wat wij nodig hebben en bieden</source>
            <translation>What we need and offer</translation>
        </message>
        <message>
            <source>{0} partijen gekozen. Kies er één om haar profiel te zien.</source>
            <translation>{0} parties selected. Choose one to see its profile.</translation>
        </message>
    </context>
    <context>
        <name>PartyInspectorForm</name>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="480" />
            <source>Achtergrond</source>
            <translation>Background</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="432" />
            <source>Afkorting</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="532" />
            <source>Alleen voor de procesbegeleider</source>
            <translation>Facilitator only</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="474" />
            <source>Belang toevoegen</source>
            <translation>Add interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="478" />
            <source>Belang verwijderen</source>
            <translation>Remove interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="468" />
            <source>Belangen</source>
            <translation>Interests</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="462" />
            <source>Betrokkenheid</source>
            <translation>Involvement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="460" />
            <source>Betrokkenheid (0–10)</source>
            <translation>Involvement (0–10)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="484" />
            <source>Cultuur</source>
            <translation>Culture</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="488" />
            <source>Ervaring</source>
            <translation>Experience</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="452" />
            <source>Houding</source>
            <translation>Stance</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="458" />
            <source>Invloed</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="456" />
            <source>Invloed (0–10)</source>
            <translation>Influence (0–10)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="420" />
            <source>Kies een partij op de kaart, in de matrix of in een lijst om haar profiel te zien en te bewerken.</source>
            <translation>Choose a party on the map, in the matrix or in a list to see and edit its profile.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="444" />
            <source>Kies…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="440" />
            <source>Kleur</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="442" />
            <source>Kleur (hexadecimaal)</source>
            <translation>Colour (hexadecimal)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="446" />
            <source>Kleur kiezen</source>
            <translation>Choose colour</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="500" />
            <source>Mandaat</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="496" />
            <source>Mandaat en bijdrage</source>
            <translation>Mandate and contribution</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="428" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="538" />
            <source>Notitie van de procesbegeleider (alleen voor de procesbegeleider)</source>
            <translation>Facilitator's note (facilitator only)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="536" />
            <source>Notitie van de procesbegeleider: niet zichtbaar in presentatiemodus en niet in rapporten.</source>
            <translation>Facilitator's note: not shown in presentation mode and not in reports.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="424" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="492" />
            <source>Overtuigingen</source>
            <translation>Beliefs</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="448" />
            <source>Positie ten opzichte van de opgave</source>
            <translation>Position on the challenge</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="422" />
            <source>Profiel van de partij</source>
            <translation>Profile of the party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="418" />
            <source>Samenwerking</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="436" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="438" />
            <source>Soort organisatie</source>
            <translation>Kind of organisation</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="464" />
            <source>Standpunt</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="454" />
            <source>Standpunt ten opzichte van de opgave</source>
            <translation>Stance on the challenge</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="505" />
            <source>Terugkoppeling naar bestuur nodig</source>
            <translation>Must consult board</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="472" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="526" />
            <source>Vertegenwoordiger toevoegen</source>
            <translation>Add representative</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="530" />
            <source>Vertegenwoordiger verwijderen</source>
            <translation>Remove representative</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="517" />
            <source>Vertegenwoordigers</source>
            <translation>Representatives</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="476" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="509" />
            <source>Wat wij bijdragen</source>
            <translation>What we contribute</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_party_inspector.py" line="513" />
            <source>Wat wij nodig hebben</source>
            <translation>What we need</translation>
        </message>
    </context>
    <context>
        <name>PartyReportDialog</name>
        <message>
            <location filename="samenwerk_desktop/gui/party_report_dialog.py" line="38" />
            <source>Alleen wat deze partij mag zien: geen notities van de procesbegeleider en geen geschillen die niet voor haar zichtbaar zijn.</source>
            <translation>Only what this party may see: no facilitator's notes and no disputes that are not visible to it.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_report_dialog.py" line="44" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_report_dialog.py" line="33" />
            <source>Partij van het rapport</source>
            <translation>Party of the report</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_report_dialog.py" line="28" />
            <source>Rapport voor een partij</source>
            <translation>Report for a party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/party_report_dialog.py" line="75" />
            <source>Voeg eerst een partij toe: een rapport voor een partij hoort bij een partij.</source>
            <translation>Add a party first: a report for a party belongs to a party.</translation>
        </message>
    </context>
    <context>
        <name>RaciEditor</name>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="296" />
            <source>Bevindingen ({0})</source>
            <translation>Findings ({0})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="46" />
            <source>De gekozen onderdelen verwijderen (Ctrl+Del)</source>
            <translation>Delete the chosen work items (Ctrl+Del)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="93" />
            <source>De knoppen die niet op de werkbalk passen</source>
            <translation>The buttons that do not fit on the toolbar</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="296" />
            <source>Geen bevindingen</source>
            <translation>No findings</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="36" />
            <source>Hernoemen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="37" />
            <source>Het gekozen onderdeel een andere naam geven</source>
            <translation>Give the chosen work item another name</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="40" />
            <source>Het gekozen onderdeel een plaats omhoog (Ctrl+Omhoog)</source>
            <translation>Move the chosen work item up one place (Ctrl+Up)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="43" />
            <source>Het gekozen onderdeel een plaats omlaag (Ctrl+Omlaag)</source>
            <translation>Move the chosen work item down one place (Ctrl+Down)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="61" />
            <source>In werkgroep:</source>
            <translation>In working group:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="92" />
            <source>Meer knoppen van de werkbalk</source>
            <translation>More toolbar buttons</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="448" />
            <source>Naam van de nieuwe werkgroep:</source>
            <translation>Name of the new working group:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="393" />
            <source>Naam van het nieuwe onderdeel:</source>
            <translation>Name of the new work item:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="443" />
            <source>Naar andere werkgroep</source>
            <translation>Move to another working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="34" />
            <source>Nieuw onderdeel in de werkgroep van de gekozen rij (Ins)</source>
            <translation>New work item in the working group of the chosen row (Ins)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="460" />
            <source>Nieuwe naam van de werkgroep:</source>
            <translation>New name of the working group:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="412" />
            <source>Nieuwe naam van het onderdeel:</source>
            <translation>New name of the work item:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="39" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="42" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="412" />
            <source>Onderdeel hernoemen</source>
            <translation>Rename work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="428" />
            <source>Onderdeel omhoog</source>
            <translation>Work item up</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="428" />
            <source>Onderdeel omlaag</source>
            <translation>Work item down</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="393" />
            <source>Onderdeel toevoegen</source>
            <translation>Add work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="435" />
            <source>Onderdeel verwijderen</source>
            <translation>Delete work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="435" />
            <source>Onderdelen verwijderen</source>
            <translation>Delete work items</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="368" />
            <source>Rol {0} ({1}) geven</source>
            <translation>Give role {0} ({1})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="368" />
            <source>Rol {0} ({1}) weghalen</source>
            <translation>Remove role {0} ({1})</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="377" />
            <source>Rollen wissen</source>
            <translation>Clear roles</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="286" />
            <source>Typ een letter in een gekozen cel om die rol aan of uit te zetten (A/R kan samen); Backspace of Delete wist; F2 of dubbelklik om de rollen te typen.</source>
            <translation>Type a letter in a chosen cell to switch that role on or off (A/R can go together); Backspace or Delete clears; F2 or double-click to type the roles.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_toolbar.py" line="45" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="460" />
            <source>Werkgroep hernoemen</source>
            <translation>Rename working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="448" />
            <source>Werkgroep toevoegen</source>
            <translation>Add working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="141" />
            <source>Werkgroep van het gekozen onderdeel</source>
            <translation>Working group of the chosen work item</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="470" />
            <source>Werkgroep verwijderen</source>
            <translation>Delete working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_editor.py" line="297" />
            <source>— geen werkgroep —</source>
            <translation>— no working group —</translation>
        </message>
    </context>
    <context>
        <name>RaciEditorForm</name>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_raci_editor.py" line="95" />
            <source>Belasting per partij</source>
            <translation>Load per party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_raci_editor.py" line="99" />
            <source>Bevindingen</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_raci_editor.py" line="101" />
            <source>Bevindingen in de matrix</source>
            <translation>Findings in the matrix</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_raci_editor.py" line="93" />
            <source>Verantwoordelijkhedenmatrix (RACI)</source>
            <translation>Responsibility matrix (RACI)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/forms/ui_raci_editor.py" line="90" />
            <source>Werkbalk van de verantwoordelijkhedenmatrix</source>
            <translation>Toolbar of the responsibility matrix</translation>
        </message>
    </context>
    <context>
        <name>RaciModel</name>
        <message>
            <location filename="samenwerk_desktop/gui/raci_models.py" line="363" />
            <source>Rol wijzigen</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_models.py" line="94" />
            <source>Zonder werkgroep</source>
            <translation>No working group</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_models.py" line="305" />
            <source>geen rol</source>
            <translation>no role</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>%1 partijen toegevoegd.</source>
            <translation>%1 parties added.</translation>
        </message>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="563" />
            <source>%n partij(en) toegevoegd.</source>
            <translation>
                <numerusform>%n party added.</numerusform>
                <numerusform>%n parties added.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="237" />
            <source>(nog geen overleggen)</source>
            <translation>(no meetings yet)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="225" />
            <source>Afspraken- en besluitenlijst van een overleg</source>
            <translation>Agreements and decisions list of a meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="271" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="521" />
            <source>Besluiten als CSV…</source>
            <translation>Decisions as CSV…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="251" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="439" />
            <source>Bezig met afbreken…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="430" />
            <source>Bezig met exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="255" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="529" />
            <source>CSV opslaan als</source>
            <translation>Save CSV as</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="582" />
            <source>CSV voor spreadsheets</source>
            <translation>CSV for spreadsheets</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="529" />
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="545" />
            <source>CSV-bestanden (*.csv);;Alle bestanden (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="469" />
            <source>De map ‘%1’ kon niet worden geopend.</source>
            <translation>The folder ‘%1’ could not be opened.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="268" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="539" />
            <source>Geëxporteerd naar %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="558" />
            <source>Het bestand bevat geen partijen.</source>
            <translation>The file contains no parties.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="84" />
            <source>Het bestand ‘%1’ bestaat al. Wilt u het vervangen door dit rapport?</source>
            <translation>The file ‘%1’ already exists. Do you want to replace it with this report?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="480" />
            <source>Het exporteren is afgebroken; er is geen bestand geschreven.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="253" />
            <source>Het overleg waarvan de besluitenlijst wordt gemaakt</source>
            <translation>The meeting whose decision list is made</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="195" />
            <source>Het rapport kon niet worden gemaakt: %1</source>
            <translation>The report could not be made: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="461" />
            <source>Het rapport kon niet worden geopend; het staat in de map ‘%1’.</source>
            <translation>The report could not be opened; it is in the folder ‘%1’.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="394" />
            <source>Kies eerst een bestand om het rapport in op te slaan.</source>
            <translation>First choose a file to save the report in.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="397" />
            <source>Kies eerst een overleg.</source>
            <translation>First choose a meeting.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="266" />
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="87" />
            <source>Niet vervangen</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="246" />
            <source>Notities van de procesbegeleider opnemen (vertrouwelijk)</source>
            <translation>Include the facilitator's notes (confidential)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="250" />
            <source>Overleg van de besluitenlijst</source>
            <translation>Meeting of the decision list</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="380" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="522" />
            <source>Partijen als CSV…</source>
            <translation>Parties as CSV…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="545" />
            <source>Partijen importeren</source>
            <translation>Import parties</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="591" />
            <source>Partijen importeren uit CSV…</source>
            <translation>Import parties from CSV…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="519" />
            <source>RACI-matrix als CSV…</source>
            <translation>RACI matrix as CSV…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="281" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="217" />
            <source>Rapport exporteren</source>
            <translation>Export report</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="576" />
            <source>Rapport exporteren…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="264" />
            <source>Rapport openen</source>
            <translation>Open report</translation>
        </message>
        <message>
            <source>Rapport opgeslagen: %1 (%2 pagina's).</source>
            <translation>Report saved: %1 (%2 pages).</translation>
        </message>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="448" />
            <source>Rapport opgeslagen: %1 (%n pagina('s)).</source>
            <translation>
                <numerusform>Report saved: %1 (%n page).</numerusform>
                <numerusform>Report saved: %1 (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="380" />
            <source>Rapport opslaan als</source>
            <translation>Save report as</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="224" />
            <source>Samenwerkingsrapport (alles)</source>
            <translation>Collaboration report (everything)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="273" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="250" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="86" />
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="520" />
            <source>Werkafspraken als CSV…</source>
            <translation>Working agreements as CSV…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_process.py" line="200" />
            <source>het hulpproces stopte onverwacht</source>
            <translation>the helper process stopped unexpectedly</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="375" />
            <source>‘%1’ is niet vervangen. Kies Exporteren om het rapport als ‘%2’ op te slaan, of kies een andere naam.</source>
            <translation>‘%1’ was not replaced. Choose Export to save the report as ‘%2’, or choose another name.</translation>
        </message>
    </context>
    <context>
        <name>RoleDelegate</name>
        <message>
            <location filename="samenwerk_desktop/gui/raci_view.py" line="27" />
            <source>Rollen in deze cel</source>
            <translation>Roles in this cell</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <location filename="samenwerk_desktop/gui/room/give_take_views.py" line="33" />
            <source>%1 heeft nodig van:</source>
            <translation>%1 needs from:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="55" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="96" />
            <source>&amp;Bevriezen</source>
            <translation>&amp;Freeze</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="98" />
            <source>&amp;Volg selectie</source>
            <translation>&amp;Follow selection</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="102" />
            <source>&amp;Voorbeeld van het zaalscherm</source>
            <translation>Audience window &amp;preview</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="79" />
            <source>&amp;Zaalscherm</source>
            <translation>&amp;Audience window</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="94" />
            <source>&amp;Zwart scherm</source>
            <translation>&amp;Black out</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="183" />
            <source>(vertegenwoordigd door %1)</source>
            <translation>(represented by %1)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="230" />
            <source>Aandachtspunten in de matrix</source>
            <translation>Points of attention in the matrix</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="324" />
            <source>Afbakening</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="228" />
            <source>Afkortingen</source>
            <translation>Abbreviations</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="31" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="85" />
            <source>Alle agendapunten zijn behandeld.</source>
            <translation>Every agenda item has been dealt with.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="155" />
            <source>Amendement:</source>
            <translation>Amendment:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="99" />
            <source>Ander &amp;scherm</source>
            <translation>Other &amp;screen</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="158" />
            <source>Antwoorden (%1 van %2)</source>
            <translation>Answers (%1 of %2)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="288" />
            <source>Bekrachtiging: %1</source>
            <translation>Ratification: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="28" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="303" />
            <source>Collectief belang</source>
            <translation>Collective interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="322" />
            <source>Collectieve opgave</source>
            <translation>Collective challenge</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="174" />
            <source>De antwoorden zijn advies; %1 besluit.</source>
            <translation>The answers are advice; %1 decides.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="175" />
            <source>De antwoorden zijn advies; de trekker besluit.</source>
            <translation>The answers are advice; the lead decides.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="325" />
            <source>De collectieve opgave is nog niet beschreven.</source>
            <translation>The collective challenge has not been described yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="100" />
            <source>De tijd is om: %1</source>
            <translation>Time is up: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="29" />
            <source>Dilemma's</source>
            <translation>Dilemmas</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="303" />
            <source>Eigen belang</source>
            <translation>Own interest</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="68" />
            <source>Er is niets veranderd.</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="84" />
            <source>Er is nog geen samenwerkingsscan gedaan.</source>
            <translation>No collaboration check has been taken yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="59" />
            <source>Er is nog geen stand van het krachtenveld vastgelegd.</source>
            <translation>No state of the field of forces has been taken yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="98" />
            <source>Er zijn nog geen scores gegeven.</source>
            <translation>No scores have been given yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/give_take_views.py" line="57" />
            <source>Geen geschillen om te tonen.</source>
            <translation>No disputes to show.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="37" />
            <source>Geschillen</source>
            <translation>Disputes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="86" />
            <source>Het overleg is begonnen.</source>
            <translation>The meeting has begun.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="287" />
            <source>Het zaalscherm is gesloten: het scherm van de zaal is losgekoppeld. Druk op F5 om het hier te tonen.</source>
            <translation>The audience window was closed: the room's screen was disconnected. Press F5 to show it here.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="106" />
            <source>Hierna</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="25" />
            <source>Krachtenveld</source>
            <translation>Stakeholder map</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="32" />
            <source>Lopend overleg</source>
            <translation>Current meeting</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/give_take_views.py" line="39" />
            <source>Nog geen behoeften van partijen aan elkaar.</source>
            <translation>No needs of parties from each other yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="291" />
            <source>Nog geen besluiten.</source>
            <translation>No decisions yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="308" />
            <source>Nog geen dilemma's.</source>
            <translation>No dilemmas yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="209" />
            <source>Nog geen onderdelen of partijen in de matrix.</source>
            <translation>No work items or parties in the matrix yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="338" />
            <source>Nog geen overleggen.</source>
            <translation>No meetings yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="144" />
            <source>Nog geen ronden over een besluit.</source>
            <translation>No rounds on a decision yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="177" />
            <source>Nog geen voorstel voor de uitkomst.</source>
            <translation>No proposed outcome yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="268" />
            <source>Nog geen werkafspraken.</source>
            <translation>No working agreements yet.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="34" />
            <source>Ontwikkeling van het krachtenveld</source>
            <translation>Development of the field of forces</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="196" />
            <source>Opgelost door het amendement: %1</source>
            <translation>Resolved by the amendment: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="193" />
            <source>Reden: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="33" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="150" />
            <source>Ronde %1 · %2</source>
            <translation>Round %1 · %2</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="35" />
            <source>Samenwerkingsscan</source>
            <translation>Collaboration check</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="86" />
            <source>Scan van %1</source>
            <translation>Check of %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="305" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="304" />
            <source>Strategie</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="350" />
            <source>Totaal: %1 minuten</source>
            <translation>Total: %1 minutes</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="305" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="167" />
            <source>Uitkomst: %1</source>
            <translation>Outcome: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="91" />
            <source>Volgende pagina</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="170" />
            <source>Voorgestelde uitkomst: %1</source>
            <translation>Proposed outcome: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="92" />
            <source>Vorige pagina</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="30" />
            <source>Waar doen wij het voor?</source>
            <translation>What are we doing it for?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="111" />
            <source>Wat de &amp;zaal ziet</source>
            <translation>What the &amp;room sees</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="80" />
            <source>Wat de zaal ziet op het tweede scherm (de beamer); dit venster blijft voor het bewerken</source>
            <translation>What the room sees on the second screen (the projector); this window stays for editing</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="36" />
            <source>Wat kunnen we voor elkaar betekenen?</source>
            <translation>What can we mean for each other?</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="27" />
            <source>Werkafspraken</source>
            <translation>Working agreements</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/catalog.py" line="26" />
            <source>Wie doet wat (RACI)</source>
            <translation>Who does what (RACI)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/window.py" line="142" />
            <source>Zaalscherm</source>
            <translation>Audience window</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/controller.py" line="32" />
            <source>Zaalscherm (voorbeeld)</source>
            <translation>Audience window (preview)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="263" />
            <source>eigenaar: %1</source>
            <translation>owner: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="110" />
            <source>en nog %1 agendapunten</source>
            <translation>and %1 more agenda items</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/views.py" line="265" />
            <source>evaluatie: %1</source>
            <translation>review: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="95" />
            <source>inbreng: %1</source>
            <translation>introduced by: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="103" />
            <source>nog %1</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="187" />
            <source>nog geen antwoord</source>
            <translation>no answer yet</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/window.py" line="289" />
            <source>pagina %1 van %2</source>
            <translation>page %1 of %2</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/meeting_views.py" line="185" />
            <source>stemgewicht %1</source>
            <translation>vote weight %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/movement_views.py" line="94" />
            <source>zo vaak gegeven, 1 tot 5: %1</source>
            <translation>how often given, 1 to 5: %1</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/room/give_take_views.py" line="38" />
            <source>✓ toegezegd in een werkafspraak · ○ aangeboden · ! nog open</source>
            <translation>✓ promised in a working agreement · ○ offered · ! still open</translation>
        </message>
    </context>
    <context>
        <name>RoundEditor</name>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="205" />
            <source>Amendement</source>
            <translation>Amendment</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="81" />
            <source>Amendement…</source>
            <translation>Amendment…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="58" />
            <source>Antwoord</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="142" />
            <source>Antwoord van {0}</source>
            <translation>Answer of {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="199" />
            <source>Antwoord vastleggen</source>
            <translation>Record an answer</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="57" />
            <source>Antwoorden per partij</source>
            <translation>Answers per party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="74" />
            <source>De uitkomst die wordt vastgelegd bij Uitkomst bevestigen; de regel stelt er een voor</source>
            <translation>The outcome recorded by Confirm outcome; the rule proposes one</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="165" />
            <source>Geen voorstel van de regel: kies de uitkomst.</source>
            <translation>The rule proposes nothing: choose the outcome.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="58" />
            <source>Gegeven door</source>
            <translation>Given by</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="152" />
            <source>Gegeven door, voor {0}</source>
            <translation>Given by, for {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="206" />
            <source>Het aangepaste voorstel:</source>
            <translation>The amended proposal:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="143" />
            <source>Het antwoord van {0} in deze ronde</source>
            <translation>The answer of {0} in this round</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="84" />
            <source>Nieuwe ronde</source>
            <translation>New round</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="58" />
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="59" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="153" />
            <source>Reden van {0}</source>
            <translation>Reason of {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="116" />
            <source>Ronde beginnen</source>
            <translation>Begin a round</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="125" />
            <source>Ronde {0} · {1}</source>
            <translation>Round {0} · {1}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="51" />
            <source>Ronde: {0}</source>
            <translation>Round: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="87" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="78" />
            <source>Uitkomst bevestigen</source>
            <translation>Confirm the outcome</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="73" />
            <source>Uitkomst van de ronde</source>
            <translation>Outcome of the round</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="164" />
            <source>Voorgestelde uitkomst: {0}</source>
            <translation>Proposed outcome: {0}</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="190" />
            <source>Waarom? (een bezwaar of veto heeft een reden nodig)</source>
            <translation>Why? (an objection or block needs a reason)</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/round_editor.py" line="136" />
            <source>— nog niet —</source>
            <translation>— not yet —</translation>
        </message>
    </context>
    <context>
        <name>ScanPanel</name>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="87" />
            <source>De scan waarvan de scores hieronder staan</source>
            <translation>The collaboration check whose scores are shown below</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="91" />
            <source>Dubbelklik op een kolomkop om de stelling te wijzigen.</source>
            <translation>Double-click a column header to change its statement.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="149" />
            <source>Gemiddeld</source>
            <translation>Mean</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="200" />
            <source>Kies eerst een stelling in de tabel.</source>
            <translation>Choose a statement in the table first.</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="219" />
            <source>Lens:</source>
            <translation>Lens:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="89" />
            <source>Maak werkafspraak van deze stelling</source>
            <translation>Make a working agreement of this statement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="192" />
            <source>Nieuwe samenwerkingsscan</source>
            <translation>New collaboration check</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="88" />
            <source>Nieuwe scan</source>
            <translation>New check</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="86" />
            <source>Scan</source>
            <translation>Collaboration check</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="187" />
            <source>Score geven</source>
            <translation>Give score</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="93" />
            <source>Scores per partij en stelling</source>
            <translation>Scores per party and statement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="149" />
            <source>Spreiding</source>
            <translation>Spread</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="219" />
            <source>Stelling toevoegen</source>
            <translation>Add statement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="90" />
            <source>Stelling toevoegen…</source>
            <translation>Add statement…</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="226" />
            <source>Stelling wijzigen</source>
            <translation>Change statement</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="212" />
            <source>Stelling:</source>
            <translation>Statement:</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/scan_panel.py" line="204" />
            <source>Werkafspraak uit de scan</source>
            <translation>Agreement from the check</translation>
        </message>
    </context>
    <context>
        <name>TitleColumn</name>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="109" />
            <source>Kolom met onderdelen breder</source>
            <translation>Work items column wider</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="111" />
            <source>Kolom met onderdelen smaller</source>
            <translation>Work items column narrower</translation>
        </message>
        <message>
            <location filename="samenwerk_desktop/gui/raci_tools.py" line="107" />
            <source>Sleep de rechterrand om de kolom met onderdelen breder of smaller te maken (Ctrl+Alt+Rechts / Ctrl+Alt+Links)</source>
            <translation>Drag the right edge to make the work items column wider or narrower (Ctrl+Alt+Right / Ctrl+Alt+Left)</translation>
        </message>
    </context>
</TS>
