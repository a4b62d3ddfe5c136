<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Application</name>
    <message>
        <source>Self-test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference data has %1 counties and %2 municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed: %1 municipalities, %2 counties, database %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt ran into an unexpected error. What you had saved is safe. If the window behaves oddly, close Servicepunkt and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to the log file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a municipality in the list to see its details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality code %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of Tillväxtverket&apos;s programme “%1” (%2), in which 15 municipalities tested coordinated service solutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Tillväxtverket&apos;s programme “%2” (%3), in which municipalities tested coordinated service solutions as a basis for local business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the other municipalities of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ One of my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Mark as mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to the database file %1. Check that the disk is not full and that the file is not opened by another program, then try again. Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed a note without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the note before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is removed from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Pilot municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark as &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Servicepunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n municipalities</source>
        <translation>
            <numerusform>Showing %1 of %n municipality</numerusform>
            <numerusform>Showing %1 of %n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown as author of new notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start Servicepunkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Servicepunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt %1

For officials who work on commercial and public service in rural and sparsely populated areas.

Municipality and county codes: Statistics Sweden (SCB), via the open dataset “Swedish Geodata” (CC0). Programme facts: Tillväxtverket&apos;s public page on “Pilotkommuner för serviceutveckling”.

Database: %2
Log files: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPanel</name>
    <message>
        <source>Search name or municipality code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots and ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My municipalities &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as one of my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Optional, e.g. “Meeting with the village association”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has no text. Write something in the text field before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long to save (at most 10 million characters). Split it into several notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long. Keep it under 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s name is too long. Keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>Servicepunkt cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt cannot write to the database file %1. The file or its folder is read-only, or you lack permission to change it.

Choose a folder you can write to, or ask your IT department for write access. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was saved by Servicepunkt %2, which is newer than this version.

Install Servicepunkt %2 or later to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is in use by another program.

Close the other program (or another Servicepunkt window) and start Servicepunkt again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database file %1 to this version failed. The original file was put back unchanged.

Contact support and attach the log files from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Servicepunkt database, or it is damaged.

Servicepunkt did not change it. Choose another file, or move this one away so that Servicepunkt creates a new, empty database the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
