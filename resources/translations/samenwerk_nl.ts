<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AgreementsPanel</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/agreements_panel.py" line="516" />
            <source>Totaal: %n minu(u)t(en)</source>
            <translation>
                <numerusform>Totaal: %n minuut</numerusform>
                <numerusform>Totaal: %n minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapArrange</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/map/arrange.py" line="88" />
            <source>%n partij(en) hebben nog geen plek op de kaart.</source>
            <translation>
                <numerusform>%n partij heeft nog geen plek op de kaart.</numerusform>
                <numerusform>%n partijen hebben nog geen plek op de kaart.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/map/operations.py" line="46" />
            <source>%n partij(en) verplaatsen</source>
            <translation>
                <numerusform>Partij verplaatsen</numerusform>
                <numerusform>%n partijen verplaatsen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartyInspector</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/inspector.py" line="195" />
            <source>%n partij(en) gekozen. Kies er één om haar profiel te zien.</source>
            <translation>
                <numerusform>%n partij gekozen. Kies er één om haar profiel te zien.</numerusform>
                <numerusform>%n partijen gekozen. Kies er één om haar profiel te zien.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="563" />
            <source>%n partij(en) toegevoegd.</source>
            <translation>
                <numerusform>%n partij toegevoegd.</numerusform>
                <numerusform>%n partijen toegevoegd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="samenwerk_desktop/gui/report_dialog.py" line="448" />
            <source>Rapport opgeslagen: %1 (%n pagina('s)).</source>
            <translation>
                <numerusform>Rapport opgeslagen: %1 (%n pagina).</numerusform>
                <numerusform>Rapport opgeslagen: %1 (%n pagina's).</numerusform>
            </translation>
        </message>
    </context>
</TS>
