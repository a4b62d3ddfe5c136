<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>Application</name>
    <message>
        <source>Self-test failed: %1</source>
        <translation>Självtestet misslyckades: %1</translation>
    </message>
    <message>
        <source>reference data has %1 counties and %2 municipalities</source>
        <translation>referensdata har %1 län och %2 kommuner</translation>
    </message>
    <message>
        <source>the main window could not be drawn</source>
        <translation>huvudfönstret kunde inte ritas</translation>
    </message>
    <message>
        <source>Self-test passed: %1 municipalities, %2 counties, database %3</source>
        <translation>Självtestet lyckades: %1 kommuner, %2 län, databas %3</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Servicepunkt ran into an unexpected error. What you had saved is safe. If the window behaves oddly, close Servicepunkt and start it again.</source>
        <translation>Servicepunkt råkade ut för ett oväntat fel. Det du har sparat finns kvar. Om fönstret beter sig konstigt, stäng Servicepunkt och starta programmet igen.</translation>
    </message>
    <message>
        <source>Details were written to the log file in %1.</source>
        <translation>Detaljer har skrivits till loggfilen i %1.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a municipality in the list to see its details and notes.</source>
        <translation>Välj en kommun i listan för att se uppgifter och anteckningar.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>Start a new note (Ctrl+N)</source>
        <translation>Börja på en ny anteckning (Ctrl+N)</translation>
    </message>
    <message>
        <source>Municipality code %1 · %2</source>
        <translation>Kommunkod %1 · %2</translation>
    </message>
    <message>
        <source>Not part of Tillväxtverket&apos;s programme “%1” (%2), in which 15 municipalities tested coordinated service solutions.</source>
        <translation>Deltog inte i Tillväxtverkets program ”%1” (%2), där 15 kommuner prövade samordnade servicelösningar.</translation>
    </message>
    <message>
        <source>%1 in Tillväxtverket&apos;s programme “%2” (%3), in which municipalities tested coordinated service solutions as a basis for local business.</source>
        <translation>%1 i Tillväxtverkets program ”%2” (%3), där kommuner prövade samordnade servicelösningar som grund för ett levande näringsliv.</translation>
    </message>
    <message>
        <source>Took part through %1.</source>
        <translation>Deltog genom %1.</translation>
    </message>
    <message>
        <source>Together with the other municipalities of %1.</source>
        <translation>I samverkan med de andra kommunerna i %1.</translation>
    </message>
    <message>
        <source>★ One of my municipalities</source>
        <translation>★ En av mina kommuner</translation>
    </message>
    <message>
        <source>☆ Mark as mine</source>
        <translation>☆ Markera som min kommun</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Anteckningar (%n)</numerusform>
            <numerusform>Anteckningar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Kunde inte ta bort</translation>
    </message>
    <message>
        <source>The change could not be written to the database file %1. Check that the disk is not full and that the file is not opened by another program, then try again. Your text is still in the editor.</source>
        <translation>Ändringen kunde inte skrivas till databasfilen %1. Kontrollera att disken inte är full och att filen inte är öppen i ett annat program, och försök sedan igen. Din text finns kvar i redigeraren.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved note</source>
        <translation>Osparad anteckning</translation>
    </message>
    <message>
        <source>You have changed a note without saving it.</source>
        <translation>Du har ändrat en anteckning utan att spara den.</translation>
    </message>
    <message>
        <source>Do you want to save the note before you go on?</source>
        <translation>Vill du spara anteckningen innan du går vidare?</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>Spara &amp;inte</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Delete the note “%1”?</source>
        <translation>Ta bort anteckningen ”%1”?</translation>
    </message>
    <message>
        <source>The note is removed from the database.</source>
        <translation>Anteckningen tas bort ur databasen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Pilot municipality</source>
        <translation>Pilotkommun</translation>
    </message>
    <message>
        <source>Ambassador municipality</source>
        <translation>Ambassadörskommun</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation>&amp;Sök kommun</translation>
    </message>
    <message>
        <source>Mark or unmark as &amp;mine</source>
        <translation>Markera eller avmarkera som &amp;min kommun</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Spara anteckning</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ditt &amp;namn…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Servicepunkt</source>
        <translation>&amp;Om Servicepunkt</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n municipalities</source>
        <translation>
            <numerusform>Visar %1 av %n kommun</numerusform>
            <numerusform>Visar %1 av %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Name shown as author of new notes:</source>
        <translation>Namn som anges som författare till nya anteckningar:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Servicepunkt.</source>
        <translation>Det nya språket används nästa gång du startar Servicepunkt.</translation>
    </message>
    <message>
        <source>About Servicepunkt</source>
        <translation>Om Servicepunkt</translation>
    </message>
    <message>
        <source>Servicepunkt %1

For officials who work on commercial and public service in rural and sparsely populated areas.

Municipality and county codes: Statistics Sweden (SCB), via the open dataset “Swedish Geodata” (CC0). Programme facts: Tillväxtverket&apos;s public page on “Pilotkommuner för serviceutveckling”.

Database: %2
Log files: %3</source>
        <translation>Servicepunkt %1

För tjänstepersoner som arbetar med kommersiell och offentlig service i landsbygder och glesbygder.

Kommun- och länskoder: Statistiska centralbyrån (SCB), via den öppna datamängden ”Swedish Geodata” (CC0). Uppgifter om programmet: Tillväxtverkets offentliga sida om ”Pilotkommuner för serviceutveckling”.

Databas: %2
Loggfiler: %3</translation>
    </message>
</context>
<context>
    <name>MasterPanel</name>
    <message>
        <source>Search name or municipality code (Ctrl+F)</source>
        <translation>Sök på namn eller kommunkod (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search municipality</source>
        <translation>Sök kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Programme role</source>
        <translation>Roll i programmet</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>Pilot municipalities</source>
        <translation>Pilotkommuner</translation>
    </message>
    <message>
        <source>Ambassador municipalities</source>
        <translation>Ambassadörskommuner</translation>
    </message>
    <message>
        <source>Pilots and ambassadors</source>
        <translation>Pilot- och ambassadörskommuner</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Ej med i programmet</translation>
    </message>
    <message>
        <source>Only &amp;my municipalities</source>
        <translation>Bara &amp;mina kommuner</translation>
    </message>
    <message>
        <source>My municipalities &amp;first</source>
        <translation>Mina kommuner &amp;först</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Programme role</source>
        <translation>Roll i programmet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Marked as one of my municipalities</source>
        <translation>Markerad som en av mina kommuner</translation>
    </message>
    <message>
        <source>One of my municipalities</source>
        <translation>En av mina kommuner</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Optional, e.g. “Meeting with the village association”</source>
        <translation>Frivillig, t.ex. ”Möte med byalaget”</translation>
    </message>
    <message>
        <source>Write the note here.</source>
        <translation>Skriv anteckningen här.</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Spara anteckning</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation>Spara anteckningen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Ån&amp;gra ändringar</translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Förf&amp;attare:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Created %1 · changed %2</source>
        <translation>Skapad %1 · ändrad %2</translation>
    </message>
    <message>
        <source>The note has no text. Write something in the text field before you save.</source>
        <translation>Anteckningen har ingen text. Skriv något i textfältet innan du sparar.</translation>
    </message>
    <message>
        <source>The text is too long to save (at most 10 million characters). Split it into several notes.</source>
        <translation>Texten är för lång för att sparas (högst 10 miljoner tecken). Dela upp den på flera anteckningar.</translation>
    </message>
    <message>
        <source>The title is too long. Keep it under 500 characters.</source>
        <translation>Rubriken är för lång. Håll den under 500 tecken.</translation>
    </message>
    <message>
        <source>The author&apos;s name is too long. Keep it under 200 characters.</source>
        <translation>Författarens namn är för långt. Håll det under 200 tecken.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Anteckningen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>Servicepunkt cannot open the database</source>
        <translation>Servicepunkt kan inte öppna databasen</translation>
    </message>
    <message>
        <source>Servicepunkt cannot write to the database file %1. The file or its folder is read-only, or you lack permission to change it.

Choose a folder you can write to, or ask your IT department for write access. Nothing was changed.</source>
        <translation>Servicepunkt kan inte skriva till databasfilen %1. Filen eller mappen är skrivskyddad, eller så saknar du behörighet att ändra den.

Välj en mapp där du kan spara, eller be IT-avdelningen om skrivbehörighet. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>a newer version</source>
        <translation>en nyare version</translation>
    </message>
    <message>
        <source>The database file %1 was saved by Servicepunkt %2, which is newer than this version.

Install Servicepunkt %2 or later to open it. The file was not changed.</source>
        <translation>Databasfilen %1 har sparats av Servicepunkt %2, som är nyare än den här versionen.

Installera Servicepunkt %2 eller senare för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database file %1 is in use by another program.

Close the other program (or another Servicepunkt window) and start Servicepunkt again. Nothing was changed.</source>
        <translation>Databasfilen %1 används av ett annat program.

Stäng det andra programmet (eller ett annat Servicepunkt-fönster) och starta Servicepunkt igen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Upgrading the database file %1 to this version failed. The original file was put back unchanged.

Contact support and attach the log files from %2.</source>
        <translation>Det gick inte att uppgradera databasfilen %1 till den här versionen. Originalfilen har lagts tillbaka oförändrad.

Kontakta supporten och bifoga loggfilerna från %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Servicepunkt database, or it is damaged.

Servicepunkt did not change it. Choose another file, or move this one away so that Servicepunkt creates a new, empty database the next time it starts.</source>
        <translation>Filen %1 är inte en databas från Servicepunkt, eller så är den skadad.

Servicepunkt har inte ändrat filen. Välj en annan fil, eller flytta undan den här så skapar Servicepunkt en ny, tom databas nästa gång programmet startar.</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened. Nothing was changed.</source>
        <translation>Databasfilen %1 kunde inte öppnas. Ingenting har ändrats.</translation>
    </message>
</context>
</TS>
