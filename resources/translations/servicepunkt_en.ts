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
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Extended a year at a time unless terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole kronor, e.g. 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KS 2024/0815</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per task and &amp;year (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payme&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in whole kronor, e.g. 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement can be added once the place is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agree&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ag&amp;reement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Not started</source>
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
    <message>
        <source>it does not begin postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number up to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode is not one libpq knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database given with --db cannot be used: %1. Write it as postgresql://user@server:port/database, for example postgresql://anna@db.kommun.se/servicepunkt.</source>
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
        <source>before an import</source>
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
    <name>ConflictDialog</name>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened it. Nothing of yours has been saved yet: what you wrote is kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version again. Fields only the other person changed keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved version; your changes are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text stays in the form. Copy what you need, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later closes this window: your text stays in the form and is kept as a draft; save again when you have decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape uses the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other fields are the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you both changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the other person changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph (§)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
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
        <source>Cost</source>
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
        <source>Someone else removed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you were editing was removed by someone else after you opened it, so your changes could not be saved. What you wrote is still on the screen: copy what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so nothing was saved. What you did is still on the screen: look at what is saved now and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, the certificate checked but not the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted only if the server demands it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt cannot open the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer version of Servicepunkt than this one.

Install the newest Servicepunkt (ask your IT department) to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt gets no answer from the database server of %1.

Check that the computer is connected to the network (and to the VPN, if you use one) and that the server&apos;s name and port are right, then try again. If it still fails, ask your IT department whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not let %1 in: the user name or the password is wrong.

Type the password again. If you have forgotten it, ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 takes only encrypted connections.

Choose “Always encrypted” under Encryption, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt could not encrypt the connection to %1 as chosen under Encryption: the server offers no encryption, or its certificate could not be checked.

Ask your IT department which encryption to choose for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database with the name in %1.

Check the database&apos;s name, or ask your IT department what it is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in %1 may not use this database.

Ask your IT department to give you access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not set up for this version of Servicepunkt, and only the IT department may set it up or upgrade it.

Ask them to run “servicepunkt server init” for it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example db.kommun.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the password in the computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring Servicepunkt can use: type the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No connection to the shared database %1. What you type is kept on this computer until the connection is back. Trying again…</source>
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
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “To do” mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“To do” marks</source>
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
        <source>Service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
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
    <name>GrantForm</name>
    <message>
        <source>Re&amp;quires a current service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decider&apos;s case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantLabels</name>
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
        <source>Regional project funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county administrative board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillväxtverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jordbruksverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adopted plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is due for revision soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the municipality has no service plan. Make a plan (Service plan tab) and adopt it before the decision, or say in the application when it will be adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the municipality has no adopted plan. Adopt the plan (Service plan tab) before the decision, or say in the application when it will be adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the plan&apos;s “revise by” date has passed. Revise the plan, or move its revision date if the plan has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant needs a current service plan, and the plan is to be revised within 90 days. Plan the revision so that the plan is still current at the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 32000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is not in this municipality&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rule starts on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted support over the last three years: %1 – in total %2 SEK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsPanel</name>
    <message>
        <source>Ne&amp;w case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for home delivery grants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant cases are recorded for this municipality. Add one with “New case”: servicebidrag, hemsändningsbidrag, särskilt driftstöd, investment support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete grant case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsTableModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
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
    <name>HomeDeliveryBox</name>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as amount applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net cost (SEK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s cost of the year&apos;s home deliveries, after income.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDeliveryText</name>
    <message>
        <source>The rule for %1 (in force from %2): price base amount %3 SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 % of the net cost: %2 SEK; at most %3 SEK × %4 deliveries: %5 SEK; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net cost reaches half the price base amount (%2 SEK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net cost reaches %1 % of the price base amount (%2 SEK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net cost does not reach half the price base amount (%2 SEK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net cost does not reach %1 % of the price base amount (%2 SEK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: %1 SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule for home delivery grants is recorded for %1. Add it under “Rules for home delivery grants…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the number of deliveries and the net cost, and the grant is computed.</source>
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
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
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
        <source>Import service &amp;places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the municipality along to a &amp;local file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as an e&amp;xchange file…</source>
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
        <source>Import service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality the places belong to in the list first, then import again.</source>
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
        <source>&amp;To do</source>
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
        <source>Service places shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places:</source>
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
    <message>
        <source>Ser&amp;vice places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read %1&apos;s records but not change them: the shared database gives you no right to. Ask your coordinator if you need to.</source>
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
        <source>A place in the trash</source>
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
        <source>Place: %1</source>
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
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole kronor, e.g. 7500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsSection</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can be registered once the agreement is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates not yet paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the payment of %1 on %2? It is removed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last shop in the locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategically important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 556036-0793</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 63,2911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18,7152</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pipos Serviceanalys 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. groceries, parcels and pharmacy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the place (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest comparable (km):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target service level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceImport</name>
    <message>
        <source>Import places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a backup before the import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceImportCounts</name>
    <message numerus="yes">
        <source>The file has %n more problem(s) like it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) no longer in the file were kept in the register.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceImportMappingDialog</name>
    <message>
        <source>Import places: columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. A field whose column is empty in a row is left as it is in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the names of the places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position needs both its columns: latitude and longitude, or X and Y.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceImportMessages</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or a CSV file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Open it in Excel, remove the password and save it, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds only numbers (%1): it must name the columns, for example Namn, Ort, X, Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the names of the places (for example a column &quot;Namn&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than 20 000 rows; a municipality&apos;s places are far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than 200 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holds more than 10 000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds characters that are not text: it is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than the register keeps (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only half of the position is given: both coordinates are needed, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X and Y seem to be the wrong way round (%1): X is the easting (about 200 000–1 000 000), Y the northing (about 6 100 000–7 700 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position (%1) is not in Sweden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation number (NNNNNN-NNNN with a right check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no (Ja/Nej).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours a week is more than a week has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is on an earlier row too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind or type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X, easting (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y, northing (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groceries, full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groceries, limited range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily takings deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tourist information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every place in the file is in the register already as the file has it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was saved before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be saved before the import (%1), so nothing was imported. Free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceImportPreviewDialog</name>
    <message>
        <source>Import places: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer listed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move those no longer listed to the &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceLegend</name>
    <message>
        <source>Legend of the service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceMessages</name>
    <message>
        <source>Service locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grocery store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groceries (full range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groceries (limited range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily takings deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourist information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groceries (ltd.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourist info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organisation number as 10 digits, e.g. 556036-0793.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last digit does not fit the others: check the organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is not in Sweden. Give it in decimal degrees (WGS84), e.g. latitude 63,29 and longitude 18,72.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number, e.g. 63,2911.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the e-mail address like name@example.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hours per week as a number from 0 to 168.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is no longer in the register (it may be in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceStatusBox</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Show places with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only places with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note ab&amp;out the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import places from a service table (Pipos) or a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service places are registered for this municipality. Add one with “New place”, or import a service table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete service place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Connecting to the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>RegisterBox</name>
    <message>
        <source>Service places, agreements and grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only grants at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a figure for its breakdown by kind or type. Double-click or press Enter on a row to open the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant case(s) at risk: the plan they depend on is missing, not adopted or due for revision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n municipality(ies)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No service places, agreements or grant cases are registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in the register, not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements running today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant cases covering this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted in the grant cases covering this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open grant cases that need a plan, while the plan is missing, not adopted, past its revision date or to be revised within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is to be revised by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s), %2 kr granted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open grant case(s) that need a plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The municipality has no current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current plan is not adopted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was to be revised by %1.</source>
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
    <name>RulesDialog</name>
    <message>
        <source>Rules for home delivery grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A home delivery grant is computed from the rule in force on 1 January of the year it is for. The rules change with the ordinance and the price base amount: add a row when they do, and say where the figures come from. Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule in force from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share at most (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per delivery at most (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net cost at least (% of base amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price base amount (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule applies to the years from this date on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant is at most this share of the net cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant is at most this much per household and delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant unless the net cost reaches this share of the price base amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price base amount (prisbasbelopp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from.</source>
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
        <source>Service places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
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
    <message>
        <source>Search notes, plans, actions, places, agreements and grants, e.g. hemsändning or &quot;byalaget i&quot;</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Service place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
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
    <name>SharedSafety</name>
    <message>
        <source>The shared database is backed up on the server by your IT department; use File → Save a copy as an exchange file… for a copy of your own.</source>
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
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan, action, place or grant of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement</source>
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
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the row again on:</source>
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
    <name>StatusDialog</name>
    <message>
        <source>Add status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “The owner retires in June”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
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
    <name>TakeAlong</name>
    <message>
        <source>Take the municipality along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality in the list first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the local file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the local file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicepunkt could not make %1. Choose another folder (one of your own, with room left) or another file name, then try again. The shared database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in the local file %2, to work on without a connection. To bring your changes back, export them there with File → Export for a colleague or the region…, and import that file here with File → Import…: nothing anyone changed meanwhile is overwritten.

Open the local file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoCounts</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoMessages</name>
    <message>
        <source>Plan to be revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly follow-up of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment under agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark don&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n dates in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You may not write in that folder, or the file is open in another program. Close it, or choose another folder.</source>
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
    <name>TodoScopeBar</name>
    <message>
        <source>M&amp;y municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ne municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not marked any municipality as one of My municipalities (in the list of municipalities). Until you do, choose one municipality here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one municipality</source>
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
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the trash permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Everything that belongs to it goes from the file too: earlier versions and drafts, for a plan its goals and actions, for a place its agreements with their payments and its status history, for an agreement its payments. Grant cases of a place stay, with the municipality as the applicant. Backups made before now still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash now: %1. This cannot be undone. Everything that belongs to them goes from the file too: earlier versions and drafts, for plans their goals and actions, for places their agreements with their payments and their status history. Grant cases of a place stay, with the municipality as the applicant. Backups made before now still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted notes, plans, actions, places, agreements and grant cases. Choose one and restore it. An agreement or grant case whose place is in the trash brings the place back with it.</source>
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
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant case</source>
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
        <source>The shared database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this</source>
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
        <source>Servicepunkt has no connection to the shared database %1 (the network, the VPN or the server is down). Check that you are connected, then save again; Servicepunkt also tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 refused the change: you may read this municipality&apos;s records but not change them. Ask your coordinator for the right to change them.</source>
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
