<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AfterPage</name>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen noter endnu.</translation>
    </message>
    <message>
        <source>This meeting beside “%1” (%2): each factor&apos;s mean over the groups that rated it, then and now, and the change.</source>
        <translation>Dette møde sammenlignet med “%1” (%2): hver faktors gennemsnit over de grupper, der vurderede den, dengang og nu, og ændringen.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Jeres svar</translation>
    </message>
    <message>
        <source>Answer to closing question %1</source>
        <translation>Svar på afsluttende spørgsmål %1</translation>
    </message>
    <message>
        <source>Agreements (action plan)</source>
        <translation>Aftaler (handleplan)</translation>
    </message>
    <message>
        <source>Joint summary</source>
        <translation>Fælles opsamling</translation>
    </message>
    <message>
        <source>Answers and agreements</source>
        <translation>Svar og aftaler</translation>
    </message>
    <message>
        <source>Compared with the earlier meeting</source>
        <translation>Sammenlignet med det tidligere møde</translation>
    </message>
    <message>
        <source>The groups&apos; notes, question by question</source>
        <translation>Gruppernes noter, spørgsmål for spørgsmål</translation>
    </message>
    <message>
        <source>Write the answers and agreements →</source>
        <translation>Skriv svar og aftaler →</translation>
    </message>
    <message>
        <source>Export agreements sheet (PDF)…</source>
        <translation>Eksportér aftaleark (PDF)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The purpose of the exercise</source>
        <translation>Formålet med øvelsen</translation>
    </message>
    <message>
        <source>The model and its six factors</source>
        <translation>Modellen og de seks faktorer</translation>
    </message>
    <message>
        <source>The dialogue exercise</source>
        <translation>Dialogøvelsen</translation>
    </message>
    <message>
        <source>Joint summary</source>
        <translation>Fælles opsamling</translation>
    </message>
    <message>
        <source>Closing and agreements</source>
        <translation>Afslutning og aftaler</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <source>The agenda is done</source>
        <translation>Dagsordenen er gennemført</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Meeting of %1 minutes</source>
        <translation>Møde på %1 minutter</translation>
    </message>
    <message>
        <source>✓ %1: %2 min</source>
        <translation>✓ %1: %2 min.</translation>
    </message>
    <message>
        <source>▶ %1: %2 min</source>
        <translation>▶ %1: %2 min.</translation>
    </message>
    <message>
        <source>%1: %2 min</source>
        <translation>%1: %2 min.</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(planlagt %1)</translation>
    </message>
    <message>
        <source>The meeting runs %1 min over</source>
        <translation>Mødet trækker %1 min. over</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <source>Give the current item one minute more (F8)</source>
        <translation>Giv punktet et minut mere (F8)</translation>
    </message>
    <message>
        <source>Start or pause the meeting&apos;s clock (F6)</source>
        <translation>Start eller pause mødets ur (F6)</translation>
    </message>
    <message>
        <source>On to the next item of the agenda (F7)</source>
        <translation>Videre til dagsordenens næste punkt (F7)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Næste punkt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Start the agenda again</source>
        <translation>Start dagsordenen forfra</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Action</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktorer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Evaluation criterion</source>
        <translation>Evalueringskriterium</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hvordan det gik</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Add agreement</source>
        <translation>Tilføj aftale</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Retur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Skift+Op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Skift+Ned</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
</context>
<context>
    <name>BaselineComparisonModel</name>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Earlier (mean)</source>
        <translation>Tidligere (gennemsnit)</translation>
    </message>
    <message>
        <source>Now (mean)</source>
        <translation>Nu (gennemsnit)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
</context>
<context>
    <name>BaselineComparisonTable</name>
    <message>
        <source>Comparison with the earlier meeting</source>
        <translation>Sammenligning med det tidligere møde</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <source>NFA advises at least %1 minutes</source>
        <translation>NFA anbefaler mindst %1 minutter</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>“%1” den %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The agreements from %1 (%2). Go through each: where it stands, and how it went.</source>
        <translation>Aftalerne fra %1 (%2). Gennemgå hver aftale: hvor den står, og hvordan det gik.</translation>
    </message>
    <message>
        <source>%1 (%2) made no agreements.</source>
        <translation>%1 (%2) lavede ingen aftaler.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Mødet</translation>
    </message>
    <message>
        <source>Follow-up of the earlier meeting</source>
        <translation>Opfølgning på det tidligere møde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Arbejdsplads:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>A&amp;fdeling:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>T&amp;ovholder/mødeleder:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagere:</translation>
    </message>
    <message>
        <source>e.g. Dialogue on work-environment competence</source>
        <translation>fx Dialog om arbejdsmiljøkompetence</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation>&amp;Mødets længde:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>Length of the meeting in minutes</source>
        <translation>Mødets længde i minutter</translation>
    </message>
    <message>
        <source>Groups that work on paper need the pages ‘Dialogue exercise’ and ‘Dialogue questions’.</source>
        <translation>Grupper, der arbejder på papir, skal bruge siderne ’Dialogøvelse’ og ’Dialogspørgsmål’.</translation>
    </message>
    <message>
        <source>Print blank dialogue sheets…</source>
        <translation>Udskriv tomme dialogark…</translation>
    </message>
    <message>
        <source>&amp;Groups on paper:</source>
        <translation>&amp;Grupper på papir:</translation>
    </message>
    <message>
        <source>The sheets are printed once for each group</source>
        <translation>Arkene udskrives én gang til hver gruppe</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>the mean on %1</source>
        <translation>gennemsnittet den %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>earlier: %1</source>
        <translation>tidligere: %1</translation>
    </message>
    <message>
        <source>Mean of %1 groups</source>
        <translation>Gennemsnit af %1 grupper</translation>
    </message>
    <message>
        <source>lowest to highest score</source>
        <translation>laveste til højeste vurdering</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 flere</translation>
    </message>
</context>
<context>
    <name>CollectPreview</name>
    <message>
        <source>Collect groups</source>
        <translation>Indsaml grupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad sker der</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Fra fil</translation>
    </message>
    <message>
        <source>What collecting does with each group</source>
        <translation>Hvad indsamlingen gør med hver gruppe</translation>
    </message>
    <message>
        <source>Keep both versions of a group that was changed in both places</source>
        <translation>Behold begge versioner af en gruppe, der er ændret begge steder</translation>
    </message>
    <message>
        <source>Also add the other files&apos; agreements (%1 not here yet)</source>
        <translation>Tilføj også de andre filers aftaler (%1, som ikke er her endnu)</translation>
    </message>
    <message>
        <source>Also take the other files&apos; review of the earlier meeting&apos;s agreements (%1 reviewed otherwise than here)</source>
        <translation>Hent også de andre filers gennemgang af det tidligere mødes aftaler (%1 gennemgået anderledes end her)</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Indsaml</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjes</translation>
    </message>
    <message>
        <source>Added as “%1” (a group here has the same name)</source>
        <translation>Tilføjes som “%1” (en gruppe her har samme navn)</translation>
    </message>
    <message>
        <source>Already here: nothing to do</source>
        <translation>Findes allerede: intet at gøre</translation>
    </message>
    <message>
        <source>Changed in both places: the other version is added as “%1”</source>
        <translation>Ændret begge steder: den anden version tilføjes som “%1”</translation>
    </message>
    <message>
        <source>Changed in both places: the newer version (from this file) is kept</source>
        <translation>Ændret begge steder: den nyeste version (fra denne fil) beholdes</translation>
    </message>
    <message>
        <source>Groups added: %1. Groups updated: %2. Already here: %3. Agreements added: %4. Reviews of earlier agreements taken: %5. Meeting details and closing answers of the other files are not collected. Collecting can be undone with Edit → Undo.</source>
        <translation>Grupper tilføjet: %1. Grupper opdateret: %2. Findes allerede: %3. Aftaler tilføjet: %4. Gennemgange af tidligere aftaler hentet: %5. Mødeoplysninger og svar på de afsluttende spørgsmål fra de andre filer samles ikke ind. Indsamlingen kan fortrydes med Rediger → Fortryd.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 31.01.2027</source>
        <translation>Skriv datoen som dd.mm.åååå, fx 31.01.2027</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Vælg i en kalender (Alt+Ned)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>AMK sessions (*.amk);;All files (*)</source>
        <translation>AMK-sessioner (*.amk);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Åbn session</translation>
    </message>
    <message>
        <source>Collect groups from other session files</source>
        <translation>Indsaml grupper fra andre sessionsfiler</translation>
    </message>
    <message>
        <source>The year&apos;s meetings (session files)</source>
        <translation>Årets møder (sessionsfiler)</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Indlæs besvarelser</translation>
    </message>
    <message>
        <source>Survey answers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Besvarelser (*.csv *.xlsx);;CSV-filer (*.csv);;Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Vil du gemme ændringerne i “%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Hvis du ikke gemmer, går dine ændringer tabt.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Gendan arbejde, der ikke er gemt</translation>
    </message>
    <message>
        <source>AMK Desktop was not closed normally. Recover the work?</source>
        <translation>AMK Desktop blev ikke lukket normalt. Vil du gendanne arbejdet?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
    <message>
        <source>File changed by another program</source>
        <translation>Filen er ændret af et andet program</translation>
    </message>
    <message>
        <source>“%1” has been changed by another program or window since you opened it.</source>
        <translation>“%1” er blevet ændret af et andet program eller vindue, siden du åbnede den.</translation>
    </message>
    <message>
        <source>Keep both: save your version as a new file and leave the other one as it is.
Overwrite: save your version; the other version is kept as a .bak copy.
Reload: show the other version; your changes in this window are discarded.</source>
        <translation>Behold begge: gem din version som en ny fil, og lad den anden version være, som den er.
Overskriv: gem din version; den anden version gemmes som en .bak-kopi.
Indlæs igen: vis den anden version; dine ændringer i dette vindue kasseres.</translation>
    </message>
    <message>
        <source>Keep both…</source>
        <translation>Behold begge…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Indlæs igen</translation>
    </message>
</context>
<context>
    <name>DuringPage</name>
    <message>
        <source>How to run the exercise</source>
        <translation>Sådan gennemføres øvelsen</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Gruppens navn</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <source>Remove the current group (Ctrl+Z undoes it)</source>
        <translation>Fjern den valgte gruppe (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>G&amp;roups at a glance</source>
        <translation>G&amp;rupperne i overblik</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move the current group up (Alt+Up)</source>
        <translation>Flyt den valgte gruppe op (Alt+Op)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move the current group down (Alt+Down)</source>
        <translation>Flyt den valgte gruppe ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Char&amp;t shows:</source>
        <translation>&amp;Diagrammet viser:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>The current group</source>
        <translation>Den valgte gruppe</translation>
    </message>
    <message>
        <source>The mean of the groups</source>
        <translation>Gennemsnittet af grupperne</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Vis som tabel</translation>
    </message>
    <message>
        <source>Show the scores as a table instead of the chart</source>
        <translation>Vis vurderingerne som en tabel i stedet for diagrammet</translation>
    </message>
</context>
<context>
    <name>EarlierAgreementsTable</name>
    <message>
        <source>Agreements from the earlier meeting</source>
        <translation>Aftaler fra det tidligere møde</translation>
    </message>
</context>
<context>
    <name>Factor</name>
    <message>
        <source>Openness, trust and psychological safety</source>
        <translation>Åbenhed, tillid og psykologisk tryghed</translation>
    </message>
    <message>
        <source>Openness, trust and psychological safety are decisive for the dialogue about the working environment. Psychological safety describes a workplace culture where employees feel safe to put forward ideas, questions and concerns or to point out mistakes without fear of negative sanctions.</source>
        <translation>Åbenhed, tillid og psykologisk tryghed er afgørende for dialogen om arbejdsmiljøet. Psykologisk tryghed betegner en arbejdspladskultur, hvor medarbejderne føler sig trygge ved at kunne fremsætte idéer, spørgsmål, bekymringer eller påpege fejl uden frygt for negative sanktioner.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Innovation, for example developing concrete solutions to problems in the working environment.</source>
        <translation>Innovation fx udvikling af konkrete løsninger på arbejdsmiljøproblemer.</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Motivation among managers and employees is a decisive precondition for a successful effort.</source>
        <translation>Motivation fra ledere og medarbejdere er en afgørende forudsætning for en vellykket indsats.</translation>
    </message>
    <message>
        <source>Time and resources</source>
        <translation>Tid og ressourcer</translation>
    </message>
    <message>
        <source>It is important that time and resources are set aside for the work-environment effort. It sends an important signal.</source>
        <translation>Det er vigtigt, at der sættes tid og ressourcer af til arbejdsmiljøindsatsen. Det sender et vigtigt signal.</translation>
    </message>
    <message>
        <source>Systematic approach</source>
        <translation>Systematik</translation>
    </message>
    <message>
        <source>A systematic approach and fixed agreements make it easier to move the working environment forward.</source>
        <translation>Systematik i indsatsen og faste aftaler understøtter mulighederne for at rykke på arbejdsmiljøet.</translation>
    </message>
    <message>
        <source>Techniques and knowledge</source>
        <translation>Teknikker og viden</translation>
    </message>
    <message>
        <source>Techniques and knowledge about the working environment and work-environment efforts can help the process along.</source>
        <translation>Teknikker og viden om arbejdsmiljø og arbejdsmiljøindsatser kan hjælpe processen på vej.</translation>
    </message>
</context>
<context>
    <name>FactorControl</name>
    <message>
        <source>Not rated yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>%1, not rated, score 1 to 5</source>
        <translation>%1, ikke vurderet, score 1 til 5</translation>
    </message>
    <message>
        <source>%1, score 1 to 5</source>
        <translation>%1, score 1 til 5</translation>
    </message>
    <message>
        <source>%1. Current score: %2</source>
        <translation>%1. Aktuel score: %2</translation>
    </message>
    <message>
        <source>Show what the factor means</source>
        <translation>Vis hvad faktoren betyder</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>Hjælp til %1</translation>
    </message>
    <message>
        <source>1 low</source>
        <translation>1 lav</translation>
    </message>
    <message>
        <source>5 high</source>
        <translation>5 høj</translation>
    </message>
    <message>
        <source>Mark as not rated</source>
        <translation>Markér som ikke vurderet</translation>
    </message>
    <message>
        <source>Mark %1 as not rated</source>
        <translation>Markér %1 som ikke vurderet</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The content of the file is not valid.</source>
        <translation>Filens indhold er ikke gyldigt.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Filen eller mappen findes ikke.</translation>
    </message>
    <message>
        <source>You do not have permission to use the file or folder.</source>
        <translation>Du har ikke adgang til filen eller mappen.</translation>
    </message>
    <message>
        <source>The name belongs to a folder or a device, not a file.</source>
        <translation>Navnet tilhører en mappe eller en enhed, ikke en fil.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>The file is too large to be a session file.</source>
        <translation>Filen er for stor til at være en sessionsfil.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is not an AMK Desktop session: it does not contain text.</source>
        <translation>Filen er ikke en AMK Desktop-session: den indeholder ikke tekst.</translation>
    </message>
    <message>
        <source>The file is incomplete: it has been cut off.</source>
        <translation>Filen er ufuldstændig: den er blevet afkortet.</translation>
    </message>
    <message>
        <source>The file is damaged: it is not valid JSON.</source>
        <translation>Filen er beskadiget: den er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>The file is damaged: it is nested too deeply.</source>
        <translation>Filen er beskadiget: den er indlejret for dybt.</translation>
    </message>
    <message>
        <source>The file contains an invalid number (NaN or Infinity).</source>
        <translation>Filen indeholder et ugyldigt tal (NaN eller Infinity).</translation>
    </message>
    <message>
        <source>The file contains the same field twice.</source>
        <translation>Filen indeholder det samme felt to gange.</translation>
    </message>
    <message>
        <source>The file contains invalid characters.</source>
        <translation>Filen indeholder ugyldige tegn.</translation>
    </message>
    <message>
        <source>The file is not an AMK Desktop session.</source>
        <translation>Filen er ikke en AMK Desktop-session.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid.</source>
        <translation>Filens formatversion er ikke gyldig.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of AMK Desktop. Update the program to open it.</source>
        <translation>Filen er lavet med en nyere version af AMK Desktop. Opdatér programmet for at åbne den.</translation>
    </message>
    <message>
        <source>The file is from an older version and could not be converted.</source>
        <translation>Filen er fra en ældre version og kunne ikke konverteres.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken er fuld.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only. Choose another folder with Save As.</source>
        <translation>Disken eller mappen er skrivebeskyttet. Vælg en anden mappe med Gem som.</translation>
    </message>
    <message>
        <source>The file is read-only: its permissions do not allow changes. Save a copy under another name with Save As.</source>
        <translation>Filen er skrivebeskyttet: dens rettigheder tillader ikke ændringer. Gem en kopi under et andet navn med Gem som.</translation>
    </message>
    <message>
        <source>That name belongs to a session file (directly or through a link). A PDF is never written over a session file; choose another name.</source>
        <translation>Navnet tilhører en sessionsfil (direkte eller gennem et link). En PDF skrives aldrig oven i en sessionsfil; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Filen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>“%1” kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Your work is still open in the window; try Save As.</source>
        <translation>Dit arbejde er stadig åbent i vinduet; prøv Gem som.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1” kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>F2 renames a group, Alt+Up and Alt+Down move it, Delete removes it</source>
        <translation>F2 omdøber en gruppe, Alt+Op og Alt+Ned flytter den, Delete fjerner den</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Vurderet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>%1 of %2 factors rated</source>
        <translation>%1 af %2 faktorer vurderet</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Har noter</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Ingen noter endnu</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Guidance from the dialogue tool</source>
        <translation>Vejledning fra dialogværktøjet</translation>
    </message>
</context>
<context>
    <name>Leaflet</name>
    <message>
        <source>The work-environment competence model</source>
        <translation>Arbejdsmiljøkompetencemodellen</translation>
    </message>
    <message>
        <source>The work-environment package – Paths to a better psychosocial working environment and well-being</source>
        <translation>Arbejdsmiljøpakken – Veje til bedre psykisk arbejdsmiljø og trivsel</translation>
    </message>
    <message>
        <source>The work-environment competence model is a dialogue tool from NFA, the National Research Centre for the Working Environment (Det Nationale Forskningscenter for Arbejdsmiljø).</source>
        <translation>Arbejdsmiljøkompetencemodellen er et dialogværktøj fra NFA, Det Nationale Forskningscenter for Arbejdsmiljø.</translation>
    </message>
    <message>
        <source>What is the work-environment competence model?</source>
        <translation>Hvad er Arbejdsmiljøkompetencemodellen?</translation>
    </message>
    <message>
        <source>The work-environment competence model is a tool that can help you talk about the work-environment competence at your workplace.</source>
        <translation>Arbejdsmiljøkompetencemodellen er et redskab, der kan hjælpe jer med at tale om arbejdsmiljøkompetencen på jeres arbejdsplads.</translation>
    </message>
    <message>
        <source>When is it a good idea to use the model?</source>
        <translation>Hvornår er det oplagt at bruge modellen?</translation>
    </message>
    <message>
        <source>in a smaller group (e.g. a work-environment group or a steering group with manager and employee representatives)</source>
        <translation>i en mindre gruppe (fx en arbejdsmiljøgruppe eller en styregruppe med leder- og medarbejderrepræsentanter)</translation>
    </message>
    <message>
        <source>in a larger group (e.g. all the employees in your department)</source>
        <translation>i en større gruppe (fx alle medarbejderne i jeres afdeling)</translation>
    </message>
    <message>
        <source>with all employees at your workplace.</source>
        <translation>med alle medarbejdere på jeres arbejdsplads.</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Sådan gør I</translation>
    </message>
    <message>
        <source>Before the dialogue exercise</source>
        <translation>Før dialogøvelsen</translation>
    </message>
    <message>
        <source>Find a place where you can talk undisturbed. Set aside plenty of time for the exercise (at least 60 minutes).</source>
        <translation>Find et sted, hvor I kan tale uforstyrret. Sæt god tid af til øvelsen (mindst 60 minutter).</translation>
    </message>
    <message>
        <source>Find a facilitator.</source>
        <translation>Find en tovholder/mødeleder.</translation>
    </message>
    <message>
        <source>If you involve many employees in the dialogue exercise, it is a good idea to divide them into smaller groups of 4-6 people.</source>
        <translation>Hvis I inddrager mange medarbejdere i dialogøvelsen, vil det være en god idé at inddele dem i mindre grupper med 4-6 personer.</translation>
    </message>
    <message>
        <source>You can benefit from reading the mini-report ‘Paths to a better psychosocial working environment. Results and experiences from the project Research-based expert advice on work-environment efforts’.</source>
        <translation>I kan med fordel orientere jer i minirapporten ’Veje til et bedre psykisk arbejdsmiljø. Resultater og erfaringer fra projektet Forskningsbaseret Ekspertrådgivning om Arbejdsmiljøindsatser’.</translation>
    </message>
    <message>
        <source>During the dialogue exercise</source>
        <translation>Under dialogøvelsen</translation>
    </message>
    <message>
        <source>Start by telling the employees about the purpose of the exercise – to start a dialogue about the work-environment competence in your department/at your workplace (2 minutes).</source>
        <translation>Start med at fortælle medarbejderne om formålet med øvelsen – at starte en dialog om arbejdsmiljøkompetencen i jeres afdeling/på jeres arbejdsplads (2 minutter).</translation>
    </message>
    <message>
        <source>‘Work-environment competence’ describes a group’s ability to take action on problems it identifies in the working environment.</source>
        <translation>’Arbejdsmiljøkompetence’ beskriver en gruppes kompetence til aktivt at kunne handle i forhold til problemer, den identificerer i arbejdsmiljøet.</translation>
    </message>
    <message>
        <source>The model works well as a framework for talking about the work-environment competence at your workplace. It can be used for a dialogue:</source>
        <translation>Modellen er god som ramme for en dialog om, hvordan arbejdsmiljøkompetencen er på jeres arbejdsplads. Det kan både være til en dialog:</translation>
    </message>
    <message>
        <source>The dialogue helps you find out whether there are aspects of your work-environment competence that you need to strengthen. In this way the model helps you identify and solve problems in the psychosocial working environment in the department or at the workplace.</source>
        <translation>Dialogen hjælper jer med at finde ud af, om der er nogle aspekter af jeres arbejdsmiljøkompetence, som I har brug for at styrke. På den måde forbedrer modellen jeres muligheder for at identificere og løse problemer i det psykiske arbejdsmiljø i afdelingen eller på arbejdspladsen.</translation>
    </message>
    <message>
        <source>Have one or more printed copies of the pages ‘Dialogue exercise’ and ‘Dialogue questions’ ready (the ‘Print blank dialogue sheets…’ button on the left).</source>
        <translation>Medbring et eller flere print af siderne ’Dialogøvelse’ og ’Dialogspørgsmål’ (knappen ’Udskriv tomme dialogark…’ til venstre).</translation>
    </message>
    <message>
        <source>Present ‘What is work-environment competence’ and ‘The six factors in the work-environment competence model’ (step 1 ‘Before’ in this program) to the employees, so that everyone knows what work-environment competence means. Talk briefly together about the model (8 minutes).</source>
        <translation>Præsentér medarbejderne for ’Hvad er arbejdsmiljøkompetence’ og ’De seks faktorer i arbejdsmiljøkompetencemodellen’ (trin 1 ’Før’ i programmet), så medarbejderne er sporet ind på, hvad arbejdsmiljøkompetence betyder. Snak kort sammen om modellen (8 minutter).</translation>
    </message>
    <message>
        <source>Get the employees started on the dialogue exercise, where they discuss how the six factors of the work-environment competence model look at your workplace. Use step 2 ‘During’ in this program, or the blank dialogue sheets.</source>
        <translation>Sæt medarbejderne i gang med dialogøvelsen, hvor de skal drøfte, hvordan de seks faktorer i arbejdsmiljøkompetencemodellen ser ud på jeres arbejdsplads. Brug trin 2 ’Under’ i programmet eller de tomme dialogark.</translation>
    </message>
    <message>
        <source>After the dialogue exercise</source>
        <translation>Efter dialogøvelsen</translation>
    </message>
    <message>
        <source>If you have several groups, it is a good idea to make a joint summary where you discuss across the groups (10 minutes).</source>
        <translation>Hvis I har flere grupper, er det en god idé at lave en fælles opsamling, hvor I drøfter på tværs af grupperne (10 minutter).</translation>
    </message>
    <message>
        <source>Closing and agreements (10 minutes):</source>
        <translation>Afslutning og aftaler (10 minutter):</translation>
    </message>
    <message>
        <source>Is there a need for you to make a special effort to strengthen the work-environment competence at your workplace?</source>
        <translation>Er der behov for, at I gør en særlig indsats for at styrke arbejdsmiljøkompetencen på jeres arbejdsplads?</translation>
    </message>
    <message>
        <source>Are there particular factors you need to work with?</source>
        <translation>Er der nogle særlige faktorer, som I har behov for at arbejde med?</translation>
    </message>
    <message>
        <source>How will you handle the further process?</source>
        <translation>Hvordan vil I håndtere den videre proces?</translation>
    </message>
    <message>
        <source>Do you need to work further with the psychosocial working environment and well-being at your workplace? Here you can consider using ‘The work-environment interview’ and ‘The problem solver’.</source>
        <translation>Har I behov for at arbejde videre med det psykiske arbejdsmiljø og trivslen på jeres arbejdsplads? Her kan I overveje at bruge ’Arbejdsmiljøinterviewet’ og ’Problemløseren’.</translation>
    </message>
    <message>
        <source>Dialogue exercise</source>
        <translation>Dialogøvelse</translation>
    </message>
    <message>
        <source>Rate each of the six factors in your work-environment competence on a scale from 1-5, where 1 is low and 5 is high.</source>
        <translation>Vurdér hver af de seks faktorer i jeres arbejdsmiljøkompetence på en skala fra 1-5, hvor 1 er lav og 5 er høj.</translation>
    </message>
    <message>
        <source>Place yourselves in the diagram by drawing the line from your scores in the table below.</source>
        <translation>Placer jer i diagrammet ved at tegne linjen ud fra jeres scores i tabellen nedenfor.</translation>
    </message>
    <message>
        <source>It is a good idea to carry out the dialogue exercise in one or more smaller groups.</source>
        <translation>Det vil være en god idé at gennemføre dialogøvelsen i én eller flere mindre grupper.</translation>
    </message>
    <message>
        <source>The chart draws your line from your scores as you rate the factors.</source>
        <translation>Diagrammet tegner jeres linje ud fra jeres scores, mens I vurderer faktorerne.</translation>
    </message>
    <message>
        <source>The six factors in the work-environment competence model</source>
        <translation>De seks faktorer i arbejdsmiljøkompetencemodellen</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktorer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dialogue questions</source>
        <translation>Dialogspørgsmål</translation>
    </message>
    <message>
        <source>Why does our work-environment competence look the way it does?</source>
        <translation>Hvorfor ser vores arbejdsmiljøkompetence ud, som den gør?</translation>
    </message>
    <message>
        <source>Which factors do we particularly need to do something about to strengthen our work-environment competence?</source>
        <translation>Hvilke faktorer har vi især brug for at gøre noget ved for at styrke vores arbejdsmiljøkompetence?</translation>
    </message>
    <message>
        <source>What should we do more of?</source>
        <translation>Hvad skal vi gøre mere af?</translation>
    </message>
    <message>
        <source>What should we do less of?</source>
        <translation>Hvad skal vi gøre mindre af?</translation>
    </message>
    <message>
        <source>How can we together make an effort to strengthen our joint work-environment effort and work-environment competence?</source>
        <translation>Hvordan kan vi i fællesskab gøre en indsats for at styrke vores fælles arbejdsmiljøindsats og arbejdsmiljøkompetence?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A session whose file and time are unknown (its recovery information is damaged).</source>
        <translation>En session, hvis fil og tidspunkt er ukendt (dens gendannelsesoplysninger er beskadigede).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>“%1”, last autosaved %2.</source>
        <translation>“%1”, sidst gemt automatisk %2.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ingen seneste filer</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <source>Nothing to collect: every group of those files is already here.</source>
        <translation>Intet at indsamle: alle grupper fra de filer findes allerede her.</translation>
    </message>
    <message>
        <source>A follow-up of %1: its agreements are listed to review.</source>
        <translation>En opfølgning på %1: dens aftaler står klar til at blive gennemgået.</translation>
    </message>
    <message>
        <source>That is this meeting&apos;s own file: choose an earlier meeting.</source>
        <translation>Det er dette mødes egen fil: vælg et tidligere møde.</translation>
    </message>
    <message>
        <source>A new dialogue for %1. The survey: %2</source>
        <translation>En ny dialog for %1. Undersøgelsen: %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Annullér fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <source>A file is in the place where the folder should be.</source>
        <translation>Der ligger en fil, hvor mappen skulle være.</translation>
    </message>
    <message>
        <source>The folder cannot be used.</source>
        <translation>Mappen kan ikke bruges.</translation>
    </message>
    <message>
        <source>Autosave folder cannot be used</source>
        <translation>Mappen til automatisk gemning kan ikke bruges</translation>
    </message>
    <message>
        <source>The folder for automatic saves cannot be used:
%1

%2

Your work continues, and it is still saved automatically, now in this folder:
%3</source>
        <translation>Mappen til automatisk gemning kan ikke bruges:
%1

%2

Du kan arbejde videre, og dit arbejde gemmes stadig automatisk, nu i denne mappe:
%3</translation>
    </message>
    <message>
        <source>Automatic saves go to %1 because the usual folder cannot be used.</source>
        <translation>Automatisk gemning sker i %1, fordi den sædvanlige mappe ikke kan bruges.</translation>
    </message>
    <message>
        <source>No folder for automatic saves can be used:
%1

%2

Your work continues, but it is not saved automatically. Save it with File → Save As.</source>
        <translation>Ingen mappe til automatisk gemning kan bruges:
%1

%2

Du kan arbejde videre, men dit arbejde gemmes ikke automatisk. Gem det med Filer → Gem som.</translation>
    </message>
    <message>
        <source>Automatic saving is off. Save your work with File → Save As.</source>
        <translation>Automatisk gemning er slået fra. Gem dit arbejde med Filer → Gem som.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatisk gemning mislykkedes</translation>
    </message>
    <message>
        <source>Your work could not be saved automatically.

%1

Your work continues in the window. Save it with File → Save As.</source>
        <translation>Dit arbejde kunne ikke gemmes automatisk.

%1

Dit arbejde er stadig åbent i vinduet. Gem det med Filer → Gem som.</translation>
    </message>
    <message>
        <source>Autosave failed: %1 Save your work with File → Save As.</source>
        <translation>Automatisk gemning mislykkedes: %1 Gem dit arbejde med Filer → Gem som.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>Forbered mødet</translation>
    </message>
    <message>
        <source>The dialogue exercise</source>
        <translation>Dialogøvelsen</translation>
    </message>
    <message>
        <source>Summary and agreements</source>
        <translation>Opsamling og aftaler</translation>
    </message>
    <message>
        <source>Step %1 of 3: %2</source>
        <translation>Trin %1 af 3: %2</translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation>Gå til trin %1: %2</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbage</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Næste →</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Collected. Groups added: %1. Groups updated: %2. Agreements added: %3. Reviews of earlier agreements taken: %4.</source>
        <translation>Samlet ind. Grupper tilføjet: %1. Grupper opdateret: %2. Aftaler tilføjet: %3. Gennemgange af tidligere aftaler hentet: %4.</translation>
    </message>
    <message>
        <source>Follow up an earlier meeting</source>
        <translation>Følg op på et tidligere møde</translation>
    </message>
    <message>
        <source>%1 cannot be followed up: its agreements would not fit in one session file (at most %2 MB). Nothing was changed.</source>
        <translation>%1 kan ikke følges op: dets aftaler kan ikke være i én mødefil (højst %2 MB). Intet er ændret.</translation>
    </message>
    <message>
        <source>The oldest earlier meetings (%1) were left out, so that the file is not too large.</source>
        <translation>De ældste tidligere møder (%1) er udeladt, så filen ikke bliver for stor.</translation>
    </message>
    <message>
        <source>That meeting was held after this one: choose an earlier meeting.</source>
        <translation>Det møde blev holdt efter dette: vælg et tidligere møde.</translation>
    </message>
    <message>
        <source>That meeting follows up this one: choose a meeting held before it.</source>
        <translation>Det møde følger op på dette: vælg et møde, der blev holdt før det.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Runs the dialogue tool ‘The work-environment competence model’ (Arbejdsmiljøkompetencemodellen) from NFA, the National Research Centre for the Working Environment, offline. The model, its questions and the survey are NFA’s; AMK Desktop is not made by NFA.&lt;/p&gt;&lt;p&gt;AMK Desktop is free software under the GNU General Public License, version 3 or later. It is built with Qt and Qt for Python (PySide6, LGPL 3), pyqtgraph (MIT), NumPy (BSD), ReportLab (BSD), Pyphen (LGPL/GPL/MPL), python-calamine (MIT), pypdfium2 and PDFium (Apache 2.0/BSD), Pillow (MIT-CMU) and the DejaVu fonts (free licence). The licence texts are in the folder %3.&lt;/p&gt;&lt;p&gt;Found a problem, or missing something? Tell the person who gave you the program, or write to the AMK Desktop developers with what you did and, if you can, the session file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Gennemfører dialogværktøjet ‘Arbejdsmiljøkompetencemodellen’ fra NFA, Det Nationale Forskningscenter for Arbejdsmiljø, uden netforbindelse. Modellen, dens spørgsmål og spørgeskemaet er NFA’s; AMK Desktop er ikke lavet af NFA.&lt;/p&gt;&lt;p&gt;AMK Desktop er fri software under GNU General Public License, version 3 eller senere. Det er bygget med Qt og Qt for Python (PySide6, LGPL 3), pyqtgraph (MIT), NumPy (BSD), ReportLab (BSD), Pyphen (LGPL/GPL/MPL), python-calamine (MIT), pypdfium2 og PDFium (Apache 2.0/BSD), Pillow (MIT-CMU) og DejaVu-skrifttyperne (fri licens). Licensteksterne ligger i mappen %3.&lt;/p&gt;&lt;p&gt;Har du fundet en fejl eller mangler du noget? Sig det til den, der gav dig programmet, eller skriv til udviklerne af AMK Desktop, hvad du gjorde, og send gerne sessionsfilen med.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Collect groups from other files…</source>
        <translation>&amp;Indsaml grupper fra andre filer…</translation>
    </message>
    <message>
        <source>Bring in the groups that scored on other laptops (their .amk files)</source>
        <translation>Hent de grupper, der har vurderet på andre bærbare (deres .amk-filer)</translation>
    </message>
    <message>
        <source>Survey of the &amp;departments…</source>
        <translation>Spø&amp;rgeskemaundersøgelse i afdelingerne…</translation>
    </message>
    <message>
        <source>NFA&apos;s 8-item survey: which departments to start the dialogue with</source>
        <translation>NFA’s spørgeskema med 8 udsagn: hvilke afdelinger dialogen skal begynde med</translation>
    </message>
    <message>
        <source>New &amp;follow-up of an earlier meeting…</source>
        <translation>Nyt o&amp;pfølgningsmøde fra et tidligere møde…</translation>
    </message>
    <message>
        <source>Carry the details and groups over, and review the earlier agreements</source>
        <translation>Tag mødeoplysninger og grupper med, og gennemgå de tidligere aftaler</translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier meeting…</source>
        <translation>Sa&amp;mmenlign med et tidligere møde…</translation>
    </message>
    <message>
        <source>Stop comparing with the earlier meeting</source>
        <translation>Sammenlign ikke længere med det tidligere møde</translation>
    </message>
    <message>
        <source>Annual wor&amp;k-environment discussion (PDF)…</source>
        <translation>Årets ar&amp;bejdsmiljødrøftelse (PDF)…</translation>
    </message>
    <message>
        <source>The written record of the year: choose the year&apos;s other meetings</source>
        <translation>Den skriftlige dokumentation for året: vælg årets andre møder</translation>
    </message>
    <message>
        <source>Agreements over the &amp;year…</source>
        <translation>&amp;Aftaler over året…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Export agreements sheet (PDF)…</source>
        <translation>&amp;Eksportér aftaleark (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print agreements sheet…</source>
        <translation>&amp;Udskriv aftaleark…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vis udskrift…</translation>
    </message>
    <message>
        <source>Blank &amp;dialogue sheets (PDF)…</source>
        <translation>Tomme &amp;dialogark (PDF)…</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Papirs&amp;tørrelse</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Fuld skærm</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text, high contrast)</source>
        <translation>&amp;Projektortilstand (stor tekst, høj kontrast)</translation>
    </message>
    <message>
        <source>P&amp;resenter screen for the projector</source>
        <translation>P&amp;ræsentationsskærm til projektoren</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Tilføj &amp;gruppe</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Start or pause the clock</source>
        <translation>&amp;Start eller pause uret</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Næste punkt</translation>
    </message>
    <message>
        <source>One &amp;minute more</source>
        <translation>Et &amp;minut mere</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open &amp;example session</source>
        <translation>Åbn &amp;eksempel</translation>
    </message>
    <message>
        <source>Open example of a &amp;follow-up meeting a year later</source>
        <translation>Åbn eksempel på et op&amp;følgningsmøde et år senere</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Om %1</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>AMK Desktop – presenter screen</source>
        <translation>AMK Desktop – præsentationsskærm</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Notes from %1 …</source>
        <translation>Noter fra %1 …</translation>
    </message>
    <message>
        <source>Notes for question %1</source>
        <translation>Noter til spørgsmål %1</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>Spider chart</source>
        <translation>Edderkoppediagram</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 til %3)</translation>
    </message>
    <message>
        <source>Mean of %1 groups: %2</source>
        <translation>Gennemsnit af %1 grupper: %2</translation>
    </message>
    <message>
        <source>Scores of %1: %2</source>
        <translation>Vurderinger for %1: %2</translation>
    </message>
</context>
<context>
    <name>ScoresGrid</name>
    <message>
        <source>Scores of all groups</source>
        <translation>Alle gruppers vurderinger</translation>
    </message>
    <message>
        <source>A row per group. A digit from 1 to 5 rates a factor and moves to the next; typing in the last row adds a group.</source>
        <translation>En række pr. gruppe. Et tal fra 1 til 5 vurderer en faktor og går videre til den næste; skriver I i den sidste række, tilføjes en gruppe.</translation>
    </message>
</context>
<context>
    <name>ScoresGridModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>New group …</source>
        <translation>Ny gruppe …</translation>
    </message>
    <message>
        <source>Type a score to add a group</source>
        <translation>Skriv en vurdering for at tilføje en gruppe</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Kunne ikke åbne</translation>
    </message>
    <message>
        <source>“%1” is read-only: its permissions do not allow changes. Save your work as a copy under another name?</source>
        <translation>“%1” er skrivebeskyttet: filens rettigheder tillader ikke ændringer. Vil du gemme dit arbejde som en kopi under et andet navn?</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Skrivebeskyttet fil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopi %2)</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Could not recover</source>
        <translation>Kunne ikke gendanne</translation>
    </message>
    <message>
        <source>“%1” is already open in another AMK Desktop window. If both windows save, one will overwrite the other&apos;s changes. Open it here anyway?</source>
        <translation>“%1” er allerede åben i et andet AMK Desktop-vindue. Hvis begge vinduer gemmer, overskriver det ene det andets ændringer. Vil du åbne den her alligevel?</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>Filen er allerede åben</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>This text has reached the limit of %1 characters, so the change was not made. Anything you pasted is still on the clipboard.</source>
        <translation>Teksten har nået grænsen på %1 tegn, så ændringen blev ikke foretaget. Det, du indsatte, ligger stadig i udklipsholderen.</translation>
    </message>
    <message>
        <source>A session can hold at most %1 groups.</source>
        <translation>En session kan højst have %1 grupper.</translation>
    </message>
    <message>
        <source>A session can hold at most %1 agreements.</source>
        <translation>En session kan højst have %1 aftaler.</translation>
    </message>
    <message>
        <source>The session has reached the largest size a file can hold (%1 MB), so the change was not made. Shorten or remove some text to make room.</source>
        <translation>Sessionen har nået den største størrelse, en fil kan rumme (%1 MB), så ændringen blev ikke foretaget. Forkort eller fjern noget tekst for at få plads.</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>ændring af score</translation>
    </message>
    <message>
        <source>Type notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>omdøbning af gruppe</translation>
    </message>
    <message>
        <source>Edit meeting details</source>
        <translation>ændring af mødeoplysninger</translation>
    </message>
    <message>
        <source>Type closing answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>ændring af aftale</translation>
    </message>
    <message>
        <source>Choose the earlier meeting</source>
        <translation>Vælg det tidligere møde</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>tilføjelse af gruppe</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>fjernelse af gruppe</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Flyt gruppe</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>tilføjelse af aftale</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>fjernelse af aftale</translation>
    </message>
    <message>
        <source>Move agreement</source>
        <translation>flytning af aftale</translation>
    </message>
    <message>
        <source>Collect groups</source>
        <translation>indsamling af grupper</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Agreements sheet</source>
        <translation>Aftaleark</translation>
    </message>
    <message>
        <source>Dialogue about work-environment competence</source>
        <translation>Dialog om arbejdsmiljøkompetence</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Tovholder/mødeleder</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>The groups’ scores</source>
        <translation>Gruppernes vurderinger</translation>
    </message>
    <message>
        <source>Each factor is rated from 1 (low, inner ring) to 5 (high, outer ring).</source>
        <translation>Hver faktor er vurderet fra 1 (lav, inderste ring) til 5 (høj, yderste ring).</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 af %2 vurderet</translation>
    </message>
    <message>
        <source>– = not rated</source>
        <translation>– = ikke vurderet</translation>
    </message>
    <message>
        <source>Joint summary</source>
        <translation>Fælles opsamling</translation>
    </message>
    <message>
        <source>The line is the groups’ mean; the band on each axis reaches from the lowest to the highest score. Unrated factors are left out, not counted as 0.</source>
        <translation>Linjen er gruppernes gennemsnit; båndet på hver akse går fra den laveste til den højeste vurdering. Faktorer, en gruppe ikke har vurderet, tæller ikke med (ikke som 0).</translation>
    </message>
    <message>
        <source>No group has been added.</source>
        <translation>Der er ikke tilføjet nogen grupper.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>No agreements have been recorded.</source>
        <translation>Der er ikke registreret nogen aftaler.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>Faktorer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Compared with the earlier meeting</source>
        <translation>Sammenlignet med det tidligere møde</translation>
    </message>
    <message>
        <source>The earlier meeting: %1 (%2). Each factor&apos;s mean over the groups that rated it, then and now; the change is the mean now minus the mean then.</source>
        <translation>Det tidligere møde: %1 (%2). Hver faktors gennemsnit over de grupper, der vurderede den, dengang og nu; ændringen er gennemsnittet nu minus gennemsnittet dengang.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Earlier mean</source>
        <translation>Gennemsnit dengang</translation>
    </message>
    <message>
        <source>Mean now</source>
        <translation>Gennemsnit nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>The earlier meeting’s agreements</source>
        <translation>Aftalerne fra det tidligere møde</translation>
    </message>
    <message>
        <source>The annual work-environment discussion</source>
        <translation>Den årlige arbejdsmiljødrøftelse</translation>
    </message>
    <message>
        <source>Written record of the year&apos;s work on work-environment competence: %1. Made %2 with AMK Desktop from %3.</source>
        <translation>Skriftlig dokumentation af årets arbejde med arbejdsmiljøkompetence: %1. Udarbejdet %2 med AMK Desktop på grundlag af %3.</translation>
    </message>
    <message>
        <source>The year&apos;s meetings</source>
        <translation>Årets møder</translation>
    </message>
    <message>
        <source>The scores through the year</source>
        <translation>Udviklingen i scorerne gennem året</translation>
    </message>
    <message>
        <source>Each factor&apos;s mean over the groups that rated it, at each meeting; the change is the last meeting&apos;s mean minus the first&apos;s.</source>
        <translation>Hver faktors gennemsnit over de grupper, der vurderede den, ved hvert møde; ændringen er det sidste mødes gennemsnit minus det første mødes.</translation>
    </message>
    <message>
        <source>What was agreed, and how it went</source>
        <translation>Hvad blev aftalt, og hvordan gik det</translation>
    </message>
    <message>
        <source>The record has one meeting: its agreements are the goals for the coming year, below.</source>
        <translation>Dokumentationen har kun ét møde: dets aftaler er målene for det kommende år nedenfor.</translation>
    </message>
    <message>
        <source>A session file keeps at most %1 earlier meetings: meetings before these may be missing. Give their files too to include them.</source>
        <translation>En mødefil gemmer højst %1 tidligere møder: møder før disse kan mangle. Angiv også deres filer for at få dem med.</translation>
    </message>
    <message>
        <source>Goals for the coming year</source>
        <translation>Mål for det kommende år</translation>
    </message>
    <message>
        <source>The agreements of the latest meeting, %1.</source>
        <translation>Aftalerne fra det seneste møde, %1.</translation>
    </message>
    <message>
        <source>What the annual discussion covers</source>
        <translation>Punkterne i den årlige drøftelse</translation>
    </message>
    <message>
        <source>The Danish rules require the employer to hold the discussion with the employees or the work-environment organisation every year, and to be able to show in writing that it took place. Write what you agreed under each point.</source>
        <translation>Reglerne kræver, at arbejdsgiveren hvert år holder drøftelsen med de ansatte eller arbejdsmiljøorganisationen og skriftligt kan dokumentere, at den har fundet sted. Skriv under hvert punkt, hvad I aftalte.</translation>
    </message>
    <message>
        <source>The content of next year&apos;s cooperation on safety and health</source>
        <translation>Indholdet af det kommende års samarbejde om sikkerhed og sundhed</translation>
    </message>
    <message>
        <source>How the cooperation is organised</source>
        <translation>Hvordan samarbejdet organiseres</translation>
    </message>
    <message>
        <source>Whether last year&apos;s goals were met</source>
        <translation>Om sidste års mål er nået</translation>
    </message>
    <message>
        <source>Under 10 employees without a work-environment organisation: whether the necessary knowledge of the working environment is present. Larger workplaces: the competence plan of the work-environment organisation&apos;s members</source>
        <translation>Under 10 ansatte uden arbejdsmiljøorganisation: om den nødvendige viden om arbejdsmiljøet er til stede. Virksomheder med arbejdsmiljøorganisation: kompetenceudviklingsplanen for arbejdsmiljøorganisationens medlemmer</translation>
    </message>
    <message>
        <source>The discussion was held on</source>
        <translation>Drøftelsen blev holdt den</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation>For arbejdsgiveren</translation>
    </message>
    <message>
        <source>For the employees / the work-environment organisation</source>
        <translation>For de ansatte / arbejdsmiljøorganisationen</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Dato og underskrift</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>uden dato</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Ikke besvaret.</translation>
    </message>
    <message>
        <source>The groups’ notes</source>
        <translation>Gruppernes noter</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen noter.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>1 = low, 5 = high</source>
        <translation>1 = lav, 5 = høj</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Dialogue exercise – sheets for the groups</source>
        <translation>Dialogøvelse – ark til grupperne</translation>
    </message>
    <message>
        <source>This page is empty on purpose: printed on both sides, each group’s sheets then begin on a front page.</source>
        <translation>Denne side er tom med vilje: ved dobbeltsidet udskrift begynder hver gruppes ark så på en forside.</translation>
    </message>
    <message>
        <source>Questionnaire: work-environment competence</source>
        <translation>Spørgeskema: arbejdsmiljøkompetence</translation>
    </message>
    <message>
        <source>How much do you agree with each statement about your workplace? Tick one box for each statement: 1 = strongly disagree, 5 = strongly agree. Leave a statement out if you cannot answer it.</source>
        <translation>Hvor enig er du i hvert udsagn om din arbejdsplads? Sæt ét kryds ved hvert udsagn: 1 = helt uenig, 5 = helt enig. Spring et udsagn over, hvis du ikke kan svare på det.</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Helt uenig</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Helt enig</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Your answers are counted per department only, and a department with fewer than 5 respondents is not shown.</source>
        <translation>Svarene opgøres kun pr. afdeling, og en afdeling, hvor færre end 5 har svaret, vises ikke.</translation>
    </message>
    <message>
        <source>Work-environment competence by department</source>
        <translation>Arbejdsmiljøkompetence pr. afdeling</translation>
    </message>
    <message>
        <source>From %1 (%2 answers, %3 with a score); made %4 with AMK Desktop.</source>
        <translation>Fra %1 (%2 besvarelser, %3 med en score); lavet %4 med AMK Desktop.</translation>
    </message>
    <message>
        <source>How the scores are worked out: each of NFA&apos;s eight items is answered from 1 to 5, which counts as 0, 25, 50, 75 or 100. A person&apos;s score is the mean of the items they answered, when they answered at least 4 of the 8. A department&apos;s score is the mean of its respondents&apos; scores (0 is the lowest, 100 the highest competence). Departments with fewer than %1 respondents are not shown, and where needed others are left out as well, so that no score that is not shown can be worked out.</source>
        <translation>Sådan beregnes scorerne: hvert af NFA&apos;s otte udsagn besvares fra 1 til 5, som tæller 0, 25, 50, 75 eller 100. En persons score er gennemsnittet af de udsagn, personen har besvaret, når mindst 4 af de 8 er besvaret. En afdelings score er gennemsnittet af dens respondenters scorer (0 er den laveste, 100 den højeste kompetence). Afdelinger med færre end %1 respondenter vises ikke, og hvor det er nødvendigt, udelades også andre, så ingen score, der ikke vises, kan regnes ud.</translation>
    </message>
    <message>
        <source>Not shown, to protect small groups: %1.</source>
        <translation>Vises ikke af hensyn til små grupper: %1.</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenter</translation>
    </message>
    <message>
        <source>Score (0-100)</source>
        <translation>Score (0-100)</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>vises ikke</translation>
    </message>
    <message>
        <source>not shown (protects a smaller one)</source>
        <translation>vises ikke (beskytter en mindre afdeling)</translation>
    </message>
    <message>
        <source>The eight items</source>
        <translation>De otte udsagn</translation>
    </message>
    <message>
        <source>No department can be shown.</source>
        <translation>Ingen afdeling kan vises.</translation>
    </message>
</context>
<context>
    <name>SheetOutput</name>
    <message>
        <source>agreements</source>
        <translation>aftaler</translation>
    </message>
    <message>
        <source>dialogue-sheets</source>
        <translation>dialogark</translation>
    </message>
    <message>
        <source>survey-report</source>
        <translation>spoergeskema-rapport</translation>
    </message>
    <message>
        <source>annual-discussion</source>
        <translation>arbejdsmiljoedroeftelse</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spoergeskema</translation>
    </message>
    <message>
        <source>survey-answers</source>
        <translation>besvarelser</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-projektmapper (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Print agreements sheet</source>
        <translation>Udskriv aftaleark</translation>
    </message>
    <message>
        <source>Preparing the agreements sheet…</source>
        <translation>Forbereder aftalearket…</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Side %1 af %2…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Udskrivningen mislykkedes</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that a printer is installed, or export the sheet as PDF instead.</source>
        <translation>Printeren kunne ikke åbnes. Kontrollér, at der er installeret en printer, eller eksportér arket som PDF i stedet.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lavest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Højest</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Tal om</translation>
    </message>
    <message>
        <source>Lowest rated</source>
        <translation>Lavest vurderet</translation>
    </message>
    <message>
        <source>Groups disagree (%1 points apart)</source>
        <translation>Grupperne er uenige (%1 point fra hinanden)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>mean %1, lowest %2, highest %3</source>
        <translation>gennemsnit %1, lavest %2, højest %3</translation>
    </message>
    <message>
        <source>Summary chart</source>
        <translation>Opsamlingsdiagram</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Joint summary of the groups&apos; scores</source>
        <translation>Fælles opsamling af gruppernes vurderinger</translation>
    </message>
    <message>
        <source>For each factor: every group&apos;s score, the mean, lowest and highest score and the spread over the groups that rated it. Factors rated lowest and factors on which the groups are %1 or more points apart are named in the last column.</source>
        <translation>For hver faktor: hver gruppes vurdering, gennemsnit, laveste og højeste vurdering og spredningen mellem de grupper, der har vurderet den. Faktorer med den laveste vurdering og faktorer, hvor grupperne er %1 point eller mere fra hinanden, står i sidste kolonne.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>The work-environment efforts started at my workplace noticeably improve the working environment</source>
        <translation>De arbejdsmiljøindsatser, der bliver sat i gang på min arbejdsplads, forbedrer arbejdsmiljøet mærkbart</translation>
    </message>
    <message>
        <source>At my workplace, managers and employees are good at working together to improve the working environment</source>
        <translation>På min arbejdsplads er ledere og medarbejdere gode til at samarbejde om at forbedre arbejdsmiljøet</translation>
    </message>
    <message>
        <source>At my workplace we make a sufficient effort to solve our work-environment problems</source>
        <translation>På min arbejdsplads yder vi en tilstrækkelig indsats for at løse vores arbejdsmiljøproblemer</translation>
    </message>
    <message>
        <source>At my workplace we follow up on whether work-environment measures have the intended effect</source>
        <translation>På min arbejdsplads følger vi op på, om arbejdsmiljøtiltag har den ønskede effekt</translation>
    </message>
    <message>
        <source>At my workplace we continuously deal with new work-environment problems that may arise</source>
        <translation>På min arbejdsplads tager vi løbende hånd om nye arbejdsmiljøproblemer, der måtte opstå</translation>
    </message>
    <message>
        <source>At my workplace the employees can talk freely and openly about problems in the working environment</source>
        <translation>På min arbejdsplads kan medarbejderne tale frit og åbent om problemer i arbejdsmiljøet</translation>
    </message>
    <message>
        <source>The employees at my workplace are very motivated to improve the working environment</source>
        <translation>De ansatte på min arbejdsplads er meget motiverede for at forbedre arbejdsmiljøet</translation>
    </message>
    <message>
        <source>The management at my workplace is very motivated to improve the working environment</source>
        <translation>Ledelsen på min arbejdsplads er meget motiveret for at forbedre arbejdsmiljøet</translation>
    </message>
</context>
<context>
    <name>SurveyChart</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation>deltog ikke</translation>
    </message>
    <message>
        <source>hidden to protect a smaller department (%1)</source>
        <translation>skjult for at beskytte en mindre afdeling (%1)</translation>
    </message>
    <message>
        <source>not shown (%1)</source>
        <translation>vises ikke (%1)</translation>
    </message>
    <message>
        <source>no one with a score</source>
        <translation>ingen med en score</translation>
    </message>
    <message>
        <source>earlier %1</source>
        <translation>tidligere %1</translation>
    </message>
    <message>
        <source>Departments by score</source>
        <translation>Afdelingerne efter score</translation>
    </message>
    <message>
        <source>No survey loaded</source>
        <translation>Ingen undersøgelse indlæst</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>vises ikke</translation>
    </message>
    <message>
        <source>This survey: %1</source>
        <translation>Denne undersøgelse: %1</translation>
    </message>
    <message>
        <source>Earlier survey: %1</source>
        <translation>Tidligere undersøgelse: %1</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>no department; the row is skipped</source>
        <translation>ingen afdeling; rækken springes over</translation>
    </message>
    <message>
        <source>column “%1” (statement %2): “%3” is not an answer from 1 to 5; left out</source>
        <translation>kolonnen “%1” (udsagn %2): “%3” er ikke et svar fra 1 til 5; udeladt</translation>
    </message>
    <message>
        <source>the file cannot be read from this row on; the rest is skipped</source>
        <translation>filen kan ikke læses fra denne række; resten springes over</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Række %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… og %1 problemer til</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB, which is far more than any survey.</source>
        <translation>Filen er større end 50 MB, langt mere end noget spørgeskema.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is not a CSV file that can be read.</source>
        <translation>Filen er ikke en CSV-fil, der kan læses.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen er ikke en Excel-projektmappe (.xlsx), der kan læses.</translation>
    </message>
    <message>
        <source>Choose the column that holds each person&apos;s department.</source>
        <translation>Vælg den kolonne, der har hver persons afdeling.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the answers to the statements.</source>
        <translation>Vælg de kolonner, der har svarene på udsagnene.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is far larger than any survey (over 5,000,000 cells).</source>
        <translation>Projektmappens første ark er langt større end nogen undersøgelse (over 5.000.000 celler).</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey answers: %1</source>
        <translation>Indlæs besvarelser: %1</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Hvilken kolonne har hvad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Filens første rækker</translation>
    </message>
    <message>
        <source>Rows skipped or with values left out</source>
        <translation>Rækker, der springes over eller har udeladte værdier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Indlæs</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Filens første rækker:</translation>
    </message>
    <message>
        <source>an Excel workbook (the first sheet)</source>
        <translation>en Excel-projektmappe (det første ark)</translation>
    </message>
    <message>
        <source>a CSV file in Windows-1252 (as Danish Excel saves it)</source>
        <translation>en CSV-fil i Windows-1252 (som dansk Excel gemmer den)</translation>
    </message>
    <message>
        <source>a CSV file in UTF-8</source>
        <translation>en CSV-fil i UTF-8</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>“%1” is %2 with %3 rows.</source>
        <translation>“%1” er %2 med %3 rækker.</translation>
    </message>
    <message>
        <source>Its columns are separated by %1.</source>
        <translation>Kolonnerne er adskilt med %1.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolonne %1)</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>udsagn %1</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for both %2 and %3. Choose one column each.</source>
        <translation>Kolonnen “%1” er valgt til både %2 og %3. Vælg én kolonne til hver.</translation>
    </message>
    <message>
        <source>Answers to import: %1, from %2 departments. Answers with fewer than %3 of the 8 statements answered (not counted): %4. Rows with a problem: %5.</source>
        <translation>Besvarelser, der indlæses: %1, fra %2 afdelinger. Besvarelser med færre end %3 af de 8 udsagn besvaret (tælles ikke med): %4. Rækker med et problem: %5.</translation>
    </message>
</context>
<context>
    <name>SurveyTable</name>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <source>The department&apos;s name, as in the file</source>
        <translation>Afdelingens navn, som i filen</translation>
    </message>
    <message>
        <source>Respondents: persons with a score</source>
        <translation>Respondenter: personer med en score</translation>
    </message>
    <message>
        <source>The score from 0 (lowest) to 100 (highest competence)</source>
        <translation>Scoren fra 0 (lavest) til 100 (højeste kompetence)</translation>
    </message>
    <message>
        <source>Respondents in the earlier survey</source>
        <translation>Respondenter i den tidligere undersøgelse</translation>
    </message>
    <message>
        <source>The score in the earlier survey</source>
        <translation>Scoren i den tidligere undersøgelse</translation>
    </message>
    <message>
        <source>This survey&apos;s score less the earlier one</source>
        <translation>Denne undersøgelses score minus den tidligere</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Earlier n</source>
        <translation>Tidligere n</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation>deltog ikke</translation>
    </message>
    <message>
        <source>hidden (protects a smaller one)</source>
        <translation>skjult (beskytter en mindre)</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>vises ikke</translation>
    </message>
    <message>
        <source>no one with a score</source>
        <translation>ingen med en score</translation>
    </message>
</context>
<context>
    <name>SurveyWindow</name>
    <message>
        <source>The answers cannot be imported</source>
        <translation>Besvarelserne kan ikke indlæses</translation>
    </message>
    <message>
        <source>%1: %2 answers, %3 with a score, %4 departments (%5 shown).</source>
        <translation>%1: %2 besvarelser, %3 med en score, %4 afdelinger (%5 vises).</translation>
    </message>
    <message>
        <source>Rows with a problem: %1.</source>
        <translation>Rækker med et problem: %1.</translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation>Tidligere: %1</translation>
    </message>
    <message>
        <source>Show the rows with a problem</source>
        <translation>Vis rækkerne med et problem</translation>
    </message>
    <message>
        <source>Choose a department in the chart or the table to start a dialogue.</source>
        <translation>Vælg en afdeling i diagrammet eller tabellen for at starte en dialog.</translation>
    </message>
    <message>
        <source>%1: not shown, so that a smaller department&apos;s score cannot be worked out (n = %2).</source>
        <translation>%1: vises ikke, så en mindre afdelings score ikke kan regnes ud (n = %2).</translation>
    </message>
    <message>
        <source>%1: not shown, to protect small groups (n = %2).</source>
        <translation>%1: vises ikke, for at beskytte små grupper (n = %2).</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (n = %3).</source>
        <translation>%1: %2 af 100 (n = %3).</translation>
    </message>
    <message>
        <source>Survey of work-environment competence – AMK Desktop</source>
        <translation>Spørgeskemaundersøgelse om arbejdsmiljøkompetence – AMK Desktop</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Indlæs besvarelser…</translation>
    </message>
    <message>
        <source>The answers from a CSV file or an Excel workbook (.xlsx), one row a person</source>
        <translation>Svarene fra en CSV-fil eller en Excel-projektmappe (.xlsx), en række pr. person</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier survey…</source>
        <translation>&amp;Sammenlign med en tidligere undersøgelse…</translation>
    </message>
    <message>
        <source>Show the answers of an earlier survey (a year ago) beside these</source>
        <translation>Vis svarene fra en tidligere undersøgelse (for et år siden) ved siden af disse</translation>
    </message>
    <message>
        <source>Remove the earlier survey</source>
        <translation>Fjern den tidligere undersøgelse</translation>
    </message>
    <message>
        <source>&amp;Show departments with at least</source>
        <translation>&amp;Vis afdelinger med mindst</translation>
    </message>
    <message>
        <source> respondents</source>
        <translation> respondenter</translation>
    </message>
    <message>
        <source>A department with fewer respondents is not shown, so that no one&apos;s answers can be recognised (never fewer than %1)</source>
        <translation>En afdeling med færre respondenter vises ikke, så ingens svar kan genkendes (aldrig færre end %1)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>S&amp;pørgeskema</translation>
    </message>
    <message>
        <source>Save the questionnaire as PDF…</source>
        <translation>Gem spørgeskemaet som PDF…</translation>
    </message>
    <message>
        <source>Save a blank answers file (Excel or CSV)…</source>
        <translation>Gem en tom svarfil (Excel eller CSV)…</translation>
    </message>
    <message>
        <source>Save the &amp;report as PDF…</source>
        <translation>Gem &amp;rapporten som PDF…</translation>
    </message>
    <message>
        <source>&amp;Start a dialogue for this department</source>
        <translation>&amp;Start en dialog for denne afdeling</translation>
    </message>
    <message>
        <source>NFA&apos;s survey measures work-environment competence with eight statements, on a scale from 0 to 100 for each department. Run it first to see which departments to start the dialogue with, and again a year later.

Import the answers from a CSV file or an Excel workbook. No survey yet? Print the questionnaire; under Questionnaire there is also a blank answers file with the columns the import reads.

The answers stay in their file: AMK Desktop does not keep them.</source>
        <translation>NFA’s spørgeskema måler arbejdsmiljøkompetence med otte udsagn, på en skala fra 0 til 100 for hver afdeling. Lav undersøgelsen først for at se, hvilke afdelinger dialogen skal begynde med, og igen et år senere.

Indlæs svarene fra en CSV-fil eller en Excel-projektmappe. Ingen svar endnu? Udskriv spørgeskemaet; under Spørgeskema er der også en tom svarfil med de kolonner, indlæsningen læser.

Svarene bliver i deres fil: AMK Desktop gemmer dem ikke.</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Indlæs besvarelser…</translation>
    </message>
</context>
<context>
    <name>YearAgreementsWindow</name>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>Deadlines and follow-up dates of this meeting&apos;s agreements and of the earlier meetings it follows up, that have passed or come within %1 days (today: %2). Overdue: %3. Coming: %4. An agreement that is done or dropped is not listed for its deadline; one that is dropped, or whose outcome is noted, not for its follow-up date.</source>
        <translation>Frister og opfølgningsdatoer for dette mødes aftaler og for de tidligere møder, det følger op på, som er passeret eller kommer inden for %1 dage (i dag: %2). Overskredet: %3. Kommende: %4. En aftale, der er gennemført eller opgivet, vises ikke for sin frist; en, der er opgivet, eller hvor det er noteret, hvordan det gik, vises ikke for sin opfølgningsdato.</translation>
    </message>
    <message>
        <source>Agreements over the year – AMK Desktop</source>
        <translation>Aftaler over året – AMK Desktop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Agreements due or overdue</source>
        <translation>Aftaler, der forfalder eller er overskredet</translation>
    </message>
</context>
</TS>
