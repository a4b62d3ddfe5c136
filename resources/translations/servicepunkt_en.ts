<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to see its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes about the action (%n)</source>
        <translation>
            <numerusform>Notes about the action (%n)</numerusform>
            <numerusform>Notes about the action (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has passed and the action is not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (as Windows or the desktop is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>cannot export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed: %1 municipalities, %2 counties, database %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the database holds now is first saved as a backup of its own, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
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
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed %1 without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save %1 before you go on?</source>
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
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can get it back from the trash (File → Trash…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt was closed while you were writing (%1, %2). This text was kept. Restore it to go on writing, or throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Export for a colleague or the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file holds the plans with their stage history, goals and actions, the notes and the marks of Mina kommuner of the municipalities you choose, including what is in the trash and what was deleted for good. A colleague reads it in with File → Import…; nothing either of you wrote is overwritten: when you both changed the same thing, both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMessages</name>
    <message>
        <source>Ask the sender to export a new exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an exchange file from Servicepunkt. Choose the file ending in .servicepunkt that you got from the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip file, but not an exchange file from Servicepunkt. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file lacks its table of contents (manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file lacks its records (records.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file was made by a newer version of Servicepunkt, in a format this version cannot read. Update Servicepunkt and open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file is damaged or incomplete (it may have been copied only half way). Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file is larger than Servicepunkt accepts. Ask the sender to export fewer municipalities at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file unpacks to unreasonably much more than its own size, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file tries to write outside its folder, so it is not read. Do not open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file holds more than an exchange file may (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the exchange file is not encoded as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contents of the exchange file are broken (invalid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has a field of the wrong kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has an invalid id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has an invalid date or time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has a value Servicepunkt does not know (%1). Update Servicepunkt, or ask the sender to export a new exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has a text longer than Servicepunkt can store (%1). Ask the sender to shorten it and export a new exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file has a value that cannot be stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file concerns a municipality with the code %1, which does not exist here. Update Servicepunkt so that its list of municipalities is current, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file refers to something that is neither in the file nor here (%1). Ask the sender to export the whole municipality in a new exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file could not be read from the disk (%1). Check that it is still there and that you may read it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 was deleted for good in the file from %3 (%4), but changed here since (%5), so it is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 was changed both here (%5) and in the file from %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed and %3 deleted records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on both sides and kept in both versions (look for the copies): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the database as it was before is in the backups folder (File → Restore from backup…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly follow-up of one municipality (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly follow-up of one municipality (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report over many municipalities (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report over many municipalities (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet with every kind of record (Excel .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table as CSV (opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities with plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes concerning the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Writing the exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written because of an error in Servicepunkt. Nothing in the database changed. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left on the disk for %1. Free some space, or choose another place, and export again. No half-written file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is read-only, or the file is open in another program (close it in Excel or Word first). Choose another place or close the file and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt exchange file (*.servicepunkt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals and sub-goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a goal to rename it. Actions can be tied to goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide – Servicepunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Ask your IT department to install Servicepunkt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import: what would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file from %1, made %2, concerns %n municipalities. Nothing has been written yet: check what would change, then choose Import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would change, per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed both here and in the file since you last exchanged files (%n). Keeping both loses nothing: the other version is saved as a copy beside it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose for &amp;all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1
In the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice for conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 is here already: nothing is new or changed. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a backup before the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be saved before the import (%1), so nothing was imported. Free some space on the disk and try again.</source>
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
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador</source>
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
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal council (KF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive board (KS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special operating support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a year between 1990 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the case number like “KS 2024/0815”: register, year, number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the cost in whole kronor, e.g. 120000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt and the software that comes with it, with their licences. Qt is used under the GNU LGPL version 3; section 3 says where to get its source code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print yearly follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a &amp;colleague or the region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
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
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
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
        <source>Servicepunkt is free software under the MIT licence. It uses Qt under the GNU LGPL version 3. Licences… shows every licence and where to get Qt&apos;s source code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: the database, its backups, the settings and the log files are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Servicepunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
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
    <name>MapCanvas</name>
    <message>
        <source>Map of Sweden&apos;s municipalities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <source>Programme role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision due within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adopted plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Map of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities coloured by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt could not write %1. Choose another folder (one you may write to, with room left on its disk) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Colour the map by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County to zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the chosen county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of S&amp;weden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an SVG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a municipality to open it. Scroll to zoom, drag to move the map.
Keyboard: arrows move, + and − zoom, 0 shows all of Sweden, Tab goes through the municipalities, Enter opens one, Esc leaves the map.</source>
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
        <source>Plan stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
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
        <source>Plan &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityHeader</name>
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
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Choose a municipality in the list to see its details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;plan</source>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as one of my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done in the current service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan should have been revised by now.</source>
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
        <source>Earlier &amp;versions…</source>
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
        <source>Con&amp;cerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality in general</source>
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
    <name>NotesFilterBar</name>
    <message>
        <source>Find in these notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesListView</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
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
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %1 of %n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has not been changed since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Service plan stages, by county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar for its figures. Click a county, or choose it with ↑ and ↓ and press Enter, to list its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due within %1 days in my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its plan or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a plan recorded; %3 of them are adopted or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due. Mark your municipalities with ☆ to follow them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>e.g. § 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KS 2024/0815</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File path or web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph (§):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is filled in, but the plan is still at the stage “%1”. Change the stage when the plan has been adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>New &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service plan is recorded for this municipality. Add one with “New plan”: its period, stage, decision and action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Actions (%n)</source>
        <translation>
            <numerusform>Actions (%n)</numerusform>
            <numerusform>Actions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Service plan %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print yearly follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be sent to the printer. Check that the printer is on and connected, or export it as PDF (File → Export…) and print that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database file is being upgraded to this version of Servicepunkt. A copy of it is saved first. This can take a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in a damaged log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file beside %1 (%1-wal) was damaged: %2 saved changes in it could not be read in. The file opened with everything before them. A copy of the log was kept as %3; your IT department or support can try to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened as it is. The log file that did not belong to it was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file&apos;s changes were read into %1. The file as it was before was kept as %3, and the log file as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the missing file %1 there was a log file with changes; a new, empty database was made, and the log file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log file was found beside the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreMessages</name>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete, so it was not restored.

Choose another backup. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Servicepunkt than this one.

Install the newer version to restore it, or choose another backup. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Servicepunkt backup, so it was not restored.

Choose another backup. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read or copied. Check that the disk is not full and that the folder can be written to, then try again. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the database held before was damaged; it was kept as it was in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the database held before was saved as %1, so this restore can be undone with File → Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: %1, plans: %2, goals: %3, actions: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the database holds now with the backup from %1?

Now: %2
The backup: %3

What the database holds now is first saved as a backup of its own, so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The search index was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt found that the index used for searching was damaged or incomplete, and has rebuilt it. Search finds everything again, and saving works as usual. Nothing you wrote was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index used for searching is damaged and could not be rebuilt. Search may miss things, and saving may fail. Restore the latest backup with File → Restore from backup…, or contact your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found nothing wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file and its search index are sound. Try saving again; if it fails again, contact support and attach the log files from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. Servicepunkt has not changed the file. Restore the latest backup with File → Restore from backup…, or contact your IT department. Until then, avoid writing more in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for the second folder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second backup folder %1 was not found (is the USB stick plugged in?). Today&apos;s backup is only on this computer; it is copied there next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to %1. Check that there is room on it and that it can be written to. The backup on this computer is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest daily backup was copied there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1

File → Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written to %1. Check that the disk is not full and that the folder can be written to, then try again. Your database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Servicepunkt makes one every day you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restore, %1 could not be opened again. Close Servicepunkt and start it again: it explains what is wrong and offers the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>The chosen municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen municipality (none is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A c&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>M&amp;y municipalities (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All municipalities (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The search could not be run. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match from their beginning; use quotes for an exact phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln hit(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n municipality(ies)</source>
        <translation>
            <numerusform>in %n municipality</numerusform>
            <numerusform>in %n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>Search notes, plans, goals and actions, e.g. hemsändning or &quot;byalaget i&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of record to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling or use fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt saves a backup every day in %1. Choose a second folder, for example on a USB stick or a network share, and it gets a copy of each daily backup too. When the folder is missing (the stick is not plugged in) the status bar says so, and the copy is made the next time it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop copying there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second folder is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a municipality in the list first, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly follow-up %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a county&apos;s bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the county&apos;s municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the notes at once (in the find field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the oldest note (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the list for the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note, action or goal (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows, with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from the search field into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the municipality that best fits what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous or next municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from the search field to the hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the note, plan or action of a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the municipality of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: what falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cell (or just start typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cell and move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the cell without keeping the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that menu, button or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Servicepunkt is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt is already running with %1, but that window does not answer.

Wait a moment and try again. If it does not come back, close it (Task Manager on Windows) and start Servicepunkt again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageBox</name>
    <message>
        <source>Stage and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n delayed</numerusform>
            <numerusform>%n delayed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Plan stages by county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n municipalities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No plan recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to list the county&apos;s municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Change stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Adopted by KF § 45”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
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
        <source>The database file %1 is missing, but there are backups of it. The newest one that is whole is from %2.

Restore it to go on where you were, or choose another file. Starting with an empty database keeps the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the database file %1 there was a log file (%1-wal) with changes that do not belong to this file, probably left from another file that lay there before. Reading it in would mix the two. A copy of the log was saved as %2.

Open the file as it is (recommended), or read in the log&apos;s changes anyway (the file as it is now is saved first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left on the disk to upgrade the database file %1 to this version (a copy is made first, in %2). The file was not changed.

Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the database file %1 to this version, Servicepunkt saves a copy of it in the folder %2, but it cannot write there. The file was not changed.

Make sure the folder can be written to (and that no file has its name), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database file %1 failed, and putting the original back could not be finished (for example because the disk is full). The original is kept in %2.

Free some space and try again: the original is put back first.</source>
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
    <message>
        <source>Open the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in the log&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file, semicolon-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in that folder, or the file is open in another program (such as Excel). Close it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Make room, or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists, then try again or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Everything that belongs to it goes from the file too: earlier versions and drafts, and for a plan its goals and actions. Backups made before now still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the trash permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash now: %1. This cannot be undone. Everything that belongs to them goes from the file too: earlier versions and drafts, and for plans their goals and actions. Backups made before now still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted notes, plans and actions. Choose one and restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text before each change. Taking a version back puts it in the editor; save to keep it (the current text becomes a version too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take this version back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved, and what you wrote is still on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds %1. Free some space (empty the recycle bin, remove large files you do not need), then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt may not write to %1: the file, its folder or the drive is read-only. Ask your IT department for write permission, or copy the file to a folder of your own and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using %1 right now (for example a backup or synchronisation program). Wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in %1. Copy what you wrote somewhere safe, then restore the latest backup with File → Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer could not read or write %1. If the file is on a USB stick or a network drive, check that it is connected, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt could not save because of an unexpected problem with %1. It now checks the file and its search index, and says what it finds and mends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
