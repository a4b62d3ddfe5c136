<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>New &amp;action</source>
        <translation>Ny å&amp;tgärd</translation>
    </message>
    <message>
        <source>Delete action…</source>
        <translation>Ta bort åtgärd…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Write a note about the action</source>
        <translation>Skriv en anteckning om åtgärden</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Choose an action to see its notes.</source>
        <translation>Välj en åtgärd för att se dess anteckningar.</translation>
    </message>
    <message numerus="yes">
        <source>Notes about the action (%n)</source>
        <translation>
            <numerusform>Anteckningar om åtgärden (%n)</numerusform>
            <numerusform>Anteckningar om åtgärden (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The deadline has passed and the action is not done.</source>
        <translation>Datumet för klart senast har passerat och åtgärden är inte genomförd.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>e.g. Extended a year at a time unless terminated</source>
        <translation>t.ex. Förlängs ett år i taget om det inte sägs upp</translation>
    </message>
    <message>
        <source>Whole kronor, e.g. 10000</source>
        <translation>Hela kronor, t.ex. 10000</translation>
    </message>
    <message>
        <source>e.g. KS 2024/0815</source>
        <translation>t.ex. KS 2024/0815</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;till:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;från:</translation>
    </message>
    <message>
        <source>E&amp;xtension terms:</source>
        <translation>V&amp;illkor för förlängning:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Uppdrag:</translation>
    </message>
    <message>
        <source>Ot&amp;her task:</source>
        <translation>&amp;Annat uppdrag:</translation>
    </message>
    <message>
        <source>Fee per task and &amp;year (kr):</source>
        <translation>Ersättning per uppdrag och &amp;år (kr):</translation>
    </message>
    <message>
        <source>Payme&amp;nt:</source>
        <translation>&amp;Utbetalning:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Avtalet</translation>
    </message>
    <message>
        <source>Yearly fee: %1</source>
        <translation>Årsersättning: %1</translation>
    </message>
    <message>
        <source>Per payment: %1</source>
        <translation>Per utbetalning: %1</translation>
    </message>
    <message>
        <source>The agreement was not saved</source>
        <translation>Avtalet sparades inte</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>avtalet</translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Uppkoppling</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Hemsändning</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Varje halvår</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>En gång om året</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The amount is unreasonably large.</source>
        <translation>Beloppet är orimligt stort.</translation>
    </message>
    <message>
        <source>Write the amount in whole kronor, e.g. 10000.</source>
        <translation>Skriv beloppet i hela kronor, t.ex. 10000.</translation>
    </message>
    <message>
        <source>Give a date.</source>
        <translation>Ange ett datum.</translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>An agreement can be added once the place is saved.</source>
        <translation>Avtal kan läggas till när serviceställets uppgifter har sparats.</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Nytt a&amp;vtal…</translation>
    </message>
    <message>
        <source>Open agree&amp;ment…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Delete ag&amp;reement</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Avtalet %1</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Ta bort avtal</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Yearly fee</source>
        <translation>Årsersättning</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Nästa utbetalning</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>%1 · Ends %2</source>
        <translation>%1 · Löper ut %2</translation>
    </message>
    <message>
        <source>%1 · Ended</source>
        <translation>%1 · Avslutat</translation>
    </message>
    <message>
        <source>%1 · Not started</source>
        <translation>%1 · Ej påbörjat</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Colours of the window:</source>
        <translation>Fönstrets färger:</translation>
    </message>
    <message>
        <source>&amp;System (as Windows or the desktop is set)</source>
        <translation>&amp;System (som Windows eller skrivbordet är inställt)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
</context>
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
        <source>cannot export (%1)</source>
        <translation>kan inte exportera (%1)</translation>
    </message>
    <message>
        <source>Self-test passed: %1 municipalities, %2 counties, database %3</source>
        <translation>Självtestet lyckades: %1 kommuner, %2 län, databas %3</translation>
    </message>
    <message>
        <source>it does not begin postgresql://</source>
        <translation>den börjar inte med postgresql://</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing</source>
        <translation>databasens namn saknas</translation>
    </message>
    <message>
        <source>the port is not a number up to 65535</source>
        <translation>porten är inte ett tal upp till 65535</translation>
    </message>
    <message>
        <source>sslmode is not one libpq knows</source>
        <translation>sslmode har ett värde som inte finns</translation>
    </message>
    <message>
        <source>The shared database given with --db cannot be used: %1. Write it as postgresql://user@server:port/database, for example postgresql://anna@db.kommun.se/servicepunkt.</source>
        <translation>Den delade databasen som angavs med --db går inte att använda: %1. Skriv den som postgresql://användare@server:port/databas, till exempel postgresql://anna@db.kommun.se/servicepunkt.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the database holds now is first saved as a backup of its own, so nothing is lost.</source>
        <translation>Välj den säkerhetskopia du vill gå tillbaka till. Det som finns i databasen nu sparas först som en egen säkerhetskopia, så ingenting går förlorat.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>före en import</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Någon annan har ändrat det här</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened it. Nothing of yours has been saved yet: what you wrote is kept until you choose.</source>
        <translation>%1 sparade en nyare version den %2, efter att du öppnade den. Inget av ditt har sparats ännu: det du skrev finns kvar tills du väljer.</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Behåll mina ändringar</translation>
    </message>
    <message>
        <source>Save your version again. Fields only the other person changed keep their values.</source>
        <translation>Spara din version igen. Fält som bara den andra personen har ändrat behåller sina värden.</translation>
    </message>
    <message>
        <source>&amp;Use the saved version</source>
        <translation>&amp;Använd den sparade versionen</translation>
    </message>
    <message>
        <source>Show the saved version; your changes are dropped.</source>
        <translation>Visa den sparade versionen; dina ändringar tas bort.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Bestäm &amp;senare</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Your text stays in the form. Copy what you need, then reload.</source>
        <translation>Din text finns kvar i formuläret. Kopiera det du behöver och läs sedan in igen.</translation>
    </message>
    <message>
        <source>Decide later closes this window: your text stays in the form and is kept as a draft; save again when you have decided.</source>
        <translation>Bestäm senare stänger fönstret: din text finns kvar i formuläret och sparas som utkast. Spara igen när du har bestämt dig.</translation>
    </message>
    <message>
        <source>Escape uses the saved version.</source>
        <translation>Esc använder den sparade versionen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Sparad av %1, %2</translation>
    </message>
    <message>
        <source>The other fields are the same in both versions.</source>
        <translation>Övriga fält är lika i båda versionerna.</translation>
    </message>
    <message>
        <source>(you both changed it)</source>
        <translation>(ni har båda ändrat det)</translation>
    </message>
    <message>
        <source>(you changed it)</source>
        <translation>(du har ändrat det)</translation>
    </message>
    <message>
        <source>(the other person changed it)</source>
        <translation>(den andra personen har ändrat det)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(vald)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Antagen av</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Antagen den</translation>
    </message>
    <message>
        <source>Paragraph (§)</source>
        <translation>Paragraf (§)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Revise by</source>
        <translation>Revideras senast</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Someone else removed this</source>
        <translation>Någon annan har tagit bort det här</translation>
    </message>
    <message>
        <source>The record you were editing was removed by someone else after you opened it, so your changes could not be saved. What you wrote is still on the screen: copy what you need.</source>
        <translation>Någon annan tog bort det du redigerade efter att du öppnade det, så dina ändringar kunde inte sparas. Det du skrev finns kvar på skärmen: kopiera det du behöver.</translation>
    </message>
    <message>
        <source>Someone else saved at the same moment</source>
        <translation>Någon annan sparade i samma ögonblick</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so nothing was saved. What you did is still on the screen: look at what is saved now and try again.</source>
        <translation>Någon annan sparade samma sak i samma ögonblick, så inget sparades. Det du gjorde finns kvar på skärmen: titta på det som är sparat nu och försök igen.</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Krypterad om servern erbjuder det</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Alltid krypterad</translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate checked</source>
        <translation>Alltid krypterad, och serverns certifikat kontrolleras</translation>
    </message>
    <message>
        <source>Always encrypted, the certificate checked but not the server&apos;s name</source>
        <translation>Alltid krypterad, certifikatet kontrolleras men inte serverns namn</translation>
    </message>
    <message>
        <source>Encrypted only if the server demands it</source>
        <translation>Krypterad bara om servern kräver det</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Aldrig krypterad</translation>
    </message>
    <message>
        <source>Servicepunkt cannot open the shared database</source>
        <translation>Servicepunkt kan inte öppna den delade databasen</translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer version of Servicepunkt than this one.

Install the newest Servicepunkt (ask your IT department) to open it. Nothing was changed.</source>
        <translation>Den delade databasen %1 har uppgraderats av en nyare version av Servicepunkt än den här.

Installera den senaste versionen av Servicepunkt (fråga IT-avdelningen) för att öppna den. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Servicepunkt gets no answer from the database server of %1.

Check that the computer is connected to the network (and to the VPN, if you use one) and that the server&apos;s name and port are right, then try again. If it still fails, ask your IT department whether the server is running.</source>
        <translation>Servicepunkt får inget svar från databasservern för %1.

Kontrollera att datorn är ansluten till nätverket (och till VPN, om ni använder det) och att serverns namn och port stämmer, och försök sedan igen. Går det fortfarande inte, fråga IT-avdelningen om servern är igång.</translation>
    </message>
    <message>
        <source>The server did not let %1 in: the user name or the password is wrong.

Type the password again. If you have forgotten it, ask your IT department.</source>
        <translation>Servern släppte inte in %1: användarnamnet eller lösenordet stämmer inte.

Skriv lösenordet igen. Har du glömt det, fråga IT-avdelningen.</translation>
    </message>
    <message>
        <source>The server of %1 takes only encrypted connections.

Choose “Always encrypted” under Encryption, then try again.</source>
        <translation>Servern för %1 tar bara emot krypterade anslutningar.

Välj ”Alltid krypterad” under Kryptering och försök igen.</translation>
    </message>
    <message>
        <source>Servicepunkt could not encrypt the connection to %1 as chosen under Encryption: the server offers no encryption, or its certificate could not be checked.

Ask your IT department which encryption to choose for this server.</source>
        <translation>Servicepunkt kunde inte kryptera anslutningen till %1 så som du valt under Kryptering: servern erbjuder ingen kryptering, eller så gick dess certifikat inte att kontrollera.

Fråga IT-avdelningen vilken kryptering du ska välja för den här servern.</translation>
    </message>
    <message>
        <source>The server has no database with the name in %1.

Check the database&apos;s name, or ask your IT department what it is called.</source>
        <translation>Servern har ingen databas med namnet i %1.

Kontrollera databasens namn, eller fråga IT-avdelningen vad den heter.</translation>
    </message>
    <message>
        <source>The user in %1 may not use this database.

Ask your IT department to give you access to it.</source>
        <translation>Användaren i %1 får inte använda den här databasen.

Be IT-avdelningen att ge dig behörighet till den.</translation>
    </message>
    <message>
        <source>The database %1 is not set up for this version of Servicepunkt, and only the IT department may set it up or upgrade it.

Ask them to run “servicepunkt server init” for it. Nothing was changed.</source>
        <translation>Databasen %1 är inte förberedd för den här versionen av Servicepunkt, och bara IT-avdelningen får förbereda eller uppgradera den.

Be dem köra ”servicepunkt server init” för den. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation>Ändra anslutningen…</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Öppna den lokala databasen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Anslut till delad databas</translation>
    </message>
    <message>
        <source>for example db.kommun.se</source>
        <translation>till exempel db.kommun.se</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>sparat i nyckelringen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>Save the password in the computer&apos;s keyring</source>
        <translation>Spara lösenordet i datorns nyckelring</translation>
    </message>
    <message>
        <source>This computer has no keyring Servicepunkt can use: type the password each time.</source>
        <translation>Datorn har ingen nyckelring som Servicepunkt kan använda: skriv lösenordet varje gång.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No connection to the shared database %1. What you type is kept on this computer until the connection is back. Trying again…</source>
        <translation>Ingen anslutning till den delade databasen %1. Det du skriver sparas på den här datorn tills anslutningen är tillbaka. Försöker igen…</translation>
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
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>You have changed %1 without saving.</source>
        <translation>Du har ändrat %1 utan att spara.</translation>
    </message>
    <message>
        <source>Do you want to save %1 before you go on?</source>
        <translation>Vill du spara %1 innan du går vidare?</translation>
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
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>You can get it back from the trash (File → Trash…).</source>
        <translation>Du kan få tillbaka det från papperskorgen (Arkiv → Papperskorg…).</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved text found</source>
        <translation>Osparad text hittades</translation>
    </message>
    <message>
        <source>Servicepunkt was closed while you were writing (%1, %2). This text was kept. Restore it to go on writing, or throw it away.</source>
        <translation>Servicepunkt stängdes medan du skrev (%1, %2). Texten sparades undan. Återställ den för att skriva vidare, eller släng den.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;enare</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Export for a colleague or the region</source>
        <translation>Exportera för kollega / region</translation>
    </message>
    <message>
        <source>The exchange file holds the plans with their stage history, goals and actions, the notes and the marks of Mina kommuner of the municipalities you choose, including what is in the trash and what was deleted for good. A colleague reads it in with File → Import…; nothing either of you wrote is overwritten: when you both changed the same thing, both versions are kept.</source>
        <translation>Utbytesfilen innehåller planerna med sin skedeshistorik, mål och åtgärder, anteckningarna och markeringarna i Mina kommuner för de kommuner du väljer, också det som ligger i papperskorgen och det som tagits bort för gott. En kollega läser in den med Arkiv → Importera…. Inget som någon av er skrivit skrivs över: har ni båda ändrat samma sak behålls båda versionerna.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
</context>
<context>
    <name>ExchangeMessages</name>
    <message>
        <source>Ask the sender to export a new exchange file.</source>
        <translation>Be avsändaren exportera en ny utbytesfil.</translation>
    </message>
    <message>
        <source>The file is not an exchange file from Servicepunkt. Choose the file ending in .servicepunkt that you got from the sender.</source>
        <translation>Filen är ingen utbytesfil från Servicepunkt. Välj den fil som slutar på .servicepunkt som du fick från avsändaren.</translation>
    </message>
    <message>
        <source>The file is a zip file, but not an exchange file from Servicepunkt. Check that you chose the right file.</source>
        <translation>Filen är en zip-fil men ingen utbytesfil från Servicepunkt. Kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>The exchange file lacks its table of contents (manifest.json).</source>
        <translation>Utbytesfilen saknar sin innehållsförteckning (manifest.json).</translation>
    </message>
    <message>
        <source>The exchange file lacks its records (records.json).</source>
        <translation>Utbytesfilen saknar sina uppgifter (records.json).</translation>
    </message>
    <message>
        <source>The exchange file was made by a newer version of Servicepunkt, in a format this version cannot read. Update Servicepunkt and open the file again.</source>
        <translation>Utbytesfilen är gjord av en nyare version av Servicepunkt, i ett format som den här versionen inte kan läsa. Uppdatera Servicepunkt och öppna filen igen.</translation>
    </message>
    <message>
        <source>The exchange file is damaged or incomplete (it may have been copied only half way). Ask the sender to send it again.</source>
        <translation>Utbytesfilen är skadad eller ofullständig (den kan ha kopierats bara till hälften). Be avsändaren skicka den igen.</translation>
    </message>
    <message>
        <source>The exchange file is larger than Servicepunkt accepts. Ask the sender to export fewer municipalities at a time.</source>
        <translation>Utbytesfilen är större än Servicepunkt tar emot. Be avsändaren exportera färre kommuner åt gången.</translation>
    </message>
    <message>
        <source>The exchange file unpacks to unreasonably much more than its own size, so it is not read.</source>
        <translation>Utbytesfilen packas upp till orimligt mycket mer än den själv är, så den läses inte.</translation>
    </message>
    <message>
        <source>The exchange file tries to write outside its folder, so it is not read. Do not open it again.</source>
        <translation>Utbytesfilen försöker skriva utanför sin mapp, så den läses inte. Öppna den inte igen.</translation>
    </message>
    <message>
        <source>The exchange file holds more than an exchange file may (%1).</source>
        <translation>Utbytesfilen innehåller mer än en utbytesfil får (%1).</translation>
    </message>
    <message>
        <source>The text of the exchange file is not encoded as UTF-8.</source>
        <translation>Utbytesfilens text är inte kodad som UTF-8.</translation>
    </message>
    <message>
        <source>The contents of the exchange file are broken (invalid JSON).</source>
        <translation>Utbytesfilens innehåll är trasigt (ogiltig JSON).</translation>
    </message>
    <message>
        <source>The exchange file has a field of the wrong kind (%1).</source>
        <translation>Utbytesfilen har ett fält av fel slag (%1).</translation>
    </message>
    <message>
        <source>The exchange file has an invalid id (%1).</source>
        <translation>Utbytesfilen har ett ogiltigt id (%1).</translation>
    </message>
    <message>
        <source>The exchange file has an invalid date or time (%1).</source>
        <translation>Utbytesfilen har ett ogiltigt datum eller klockslag (%1).</translation>
    </message>
    <message>
        <source>The exchange file has a value Servicepunkt does not know (%1). Update Servicepunkt, or ask the sender to export a new exchange file.</source>
        <translation>Utbytesfilen har ett värde som Servicepunkt inte känner till (%1). Uppdatera Servicepunkt eller be avsändaren exportera en ny utbytesfil.</translation>
    </message>
    <message>
        <source>The exchange file has a text longer than Servicepunkt can store (%1). Ask the sender to shorten it and export a new exchange file.</source>
        <translation>Utbytesfilen har en text som är längre än Servicepunkt kan spara (%1). Be avsändaren korta den och exportera en ny utbytesfil.</translation>
    </message>
    <message>
        <source>The exchange file has a value that cannot be stored (%1).</source>
        <translation>Utbytesfilen har ett värde som inte kan sparas (%1).</translation>
    </message>
    <message>
        <source>The exchange file concerns a municipality with the code %1, which does not exist here. Update Servicepunkt so that its list of municipalities is current, and try again.</source>
        <translation>Utbytesfilen gäller en kommun med koden %1, som inte finns här. Uppdatera Servicepunkt så att kommunlistan är aktuell och försök igen.</translation>
    </message>
    <message>
        <source>The exchange file refers to something that is neither in the file nor here (%1). Ask the sender to export the whole municipality in a new exchange file.</source>
        <translation>Utbytesfilen hänvisar till något som varken finns i filen eller här (%1). Be avsändaren exportera hela kommunen i en ny utbytesfil.</translation>
    </message>
    <message>
        <source>The exchange file could not be read from the disk (%1). Check that it is still there and that you may read it, and try again.</source>
        <translation>Utbytesfilen kunde inte läsas från disken (%1). Kontrollera att den finns kvar och att du får läsa den, och försök igen.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Nothing was imported.</source>
        <translation>Filen %1 kan inte läsas (%2). Inget importerades.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>The stage change</source>
        <translation>Skedesbytet</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Åtgärden</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Servicestället</translation>
    </message>
    <message>
        <source>The status change</source>
        <translation>Statusändringen</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Avtalet</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Utbetalningen</translation>
    </message>
    <message>
        <source>The grant case</source>
        <translation>Stödärendet</translation>
    </message>
    <message>
        <source>The “To do” mark</source>
        <translation>Markeringen i Att göra</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>planer</translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation>stegändringar</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>åtgärder</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>places</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>statusändringar</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>utbetalningar</translation>
    </message>
    <message>
        <source>grant cases</source>
        <translation>stödärenden</translation>
    </message>
    <message>
        <source>“To do” marks</source>
        <translation>markeringar i Att göra</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>av %1, %2</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>avsändaren</translation>
    </message>
    <message>
        <source>%1 for %2 was deleted for good in the file from %3 (%4), but changed here since (%5), so it is kept here.</source>
        <translation>%1 för %2 togs bort för gott i filen från %3 (%4) men har ändrats här sedan dess (%5), så den finns kvar här.</translation>
    </message>
    <message>
        <source>%1 for %2 was changed both here (%5) and in the file from %3 (%4).</source>
        <translation>%1 för %2 ändrades både här (%5) och i filen från %3 (%4).</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed and %3 deleted records.</source>
        <translation>Importerat: %1 nya, %2 ändrade och %3 borttagna poster.</translation>
    </message>
    <message>
        <source>Records changed on both sides and kept in both versions (look for the copies): %1.</source>
        <translation>Poster som ändrats på båda håll och finns kvar i båda versionerna (titta efter kopiorna): %1.</translation>
    </message>
    <message>
        <source>A backup of the database as it was before is in the backups folder (File → Restore from backup…).</source>
        <translation>En säkerhetskopia av databasen som den var innan finns bland säkerhetskopiorna (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad som ska exporteras</translation>
    </message>
    <message>
        <source>Yearly follow-up of one municipality (PDF)</source>
        <translation>Årlig uppföljning av en kommun (PDF)</translation>
    </message>
    <message>
        <source>Yearly follow-up of one municipality (Word)</source>
        <translation>Årlig uppföljning av en kommun (Word)</translation>
    </message>
    <message>
        <source>Status report over many municipalities (PDF)</source>
        <translation>Lägesrapport över flera kommuner (PDF)</translation>
    </message>
    <message>
        <source>Status report over many municipalities (Word)</source>
        <translation>Lägesrapport över flera kommuner (Word)</translation>
    </message>
    <message>
        <source>Spreadsheet with every kind of record (Excel .xlsx)</source>
        <translation>Kalkylblad med alla slags uppgifter (Excel .xlsx)</translation>
    </message>
    <message>
        <source>One table as CSV (opens in Excel)</source>
        <translation>En tabell som CSV (öppnas i Excel)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Municipalities with plan status</source>
        <translation>Kommuner med planernas läge</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Service places</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Agreement payments</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportera:</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Anteckningar från</translation>
    </message>
    <message>
        <source>Notes to</source>
        <translation>Anteckningar till</translation>
    </message>
    <message>
        <source>Notes concerning the period</source>
        <translation>Anteckningar som gäller perioden</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Utbytesfilen skrivs…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>The file %1 could not be written because of an error in Servicepunkt. Nothing in the database changed. The details are in the log file.</source>
        <translation>Filen %1 kunde inte skrivas på grund av ett fel i Servicepunkt. Inget i databasen ändrades. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>There is no room left on the disk for %1. Free some space, or choose another place, and export again. No half-written file was left behind.</source>
        <translation>Det finns inte plats på disken för %1. Frigör utrymme eller välj en annan plats och exportera igen. Ingen halvfärdig fil blev kvar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is read-only, or the file is open in another program (close it in Excel or Word first). Choose another place or close the file and export again.</source>
        <translation>%1 kan inte skrivas: mappen är skrivskyddad eller så är filen öppen i ett annat program (stäng den i Excel eller Word först). Välj en annan plats eller stäng filen och exportera igen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place and export again.</source>
        <translation>%1 kunde inte skrivas (%2). Välj en annan plats och exportera igen.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation>CSV-fil för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Servicepunkt exchange file (*.servicepunkt)</source>
        <translation>Utbytesfil från Servicepunkt (*.servicepunkt)</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals and sub-goals</source>
        <translation>Mål och delmål</translation>
    </message>
    <message>
        <source>New &amp;goal</source>
        <translation>Nytt &amp;mål</translation>
    </message>
    <message>
        <source>New &amp;sub-goal</source>
        <translation>Nytt &amp;delmål</translation>
    </message>
    <message>
        <source>Delete goal…</source>
        <translation>Ta bort mål…</translation>
    </message>
    <message>
        <source>Double-click a goal to rename it. Actions can be tied to goals.</source>
        <translation>Dubbelklicka på ett mål för att byta namn på det. Åtgärder kan kopplas till mål.</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Nytt delmål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <source>Re&amp;quires a current service plan</source>
        <translation>Kr&amp;äver aktuell serviceplan</translation>
    </message>
    <message>
        <source>Sav&amp;e case</source>
        <translation>Spara ärendet</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Benä&amp;mning:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutas av:</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>Sö&amp;kande:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Application &amp;deadline:</source>
        <translation>Sista ansöknings&amp;dag:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Skickad:</translation>
    </message>
    <message>
        <source>Decider&apos;s case number:</source>
        <translation>Beslutsfattarens diarienummer:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Beslutsdatum:</translation>
    </message>
    <message>
        <source>Applied for (SEK):</source>
        <translation>Sökt belopp (kr):</translation>
    </message>
    <message>
        <source>Granted (SEK):</source>
        <translation>Beviljat belopp (kr):</translation>
    </message>
    <message>
        <source>Paid (SEK):</source>
        <translation>Utbetalt belopp (kr):</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Villko&amp;r:</translation>
    </message>
</context>
<context>
    <name>GrantLabels</name>
    <message>
        <source>Service grant</source>
        <translation>Servicebidrag</translation>
    </message>
    <message>
        <source>Home delivery grant</source>
        <translation>Hemsändningsbidrag</translation>
    </message>
    <message>
        <source>Special operating support</source>
        <translation>Särskilt driftstöd</translation>
    </message>
    <message>
        <source>Investment support</source>
        <translation>Investeringsstöd</translation>
    </message>
    <message>
        <source>Regional project funds</source>
        <translation>Regionala projektmedel</translation>
    </message>
    <message>
        <source>Municipal support</source>
        <translation>Kommunalt stöd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>The county administrative board</source>
        <translation>Länsstyrelsen</translation>
    </message>
    <message>
        <source>Tillväxtverket</source>
        <translation>Tillväxtverket</translation>
    </message>
    <message>
        <source>Jordbruksverket</source>
        <translation>Jordbruksverket</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Delvis beviljad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Utbetald</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
    <message>
        <source>No service plan</source>
        <translation>Ingen serviceplan</translation>
    </message>
    <message>
        <source>No adopted plan</source>
        <translation>Ingen antagen plan</translation>
    </message>
    <message>
        <source>The plan must be revised</source>
        <translation>Planen ska revideras</translation>
    </message>
    <message>
        <source>The plan is due for revision soon</source>
        <translation>Planen ska revideras snart</translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the municipality has no service plan. Make a plan (Service plan tab) and adopt it before the decision, or say in the application when it will be adopted.</source>
        <translation>Stödet får bara ges där kommunen har en aktuell serviceplan, och kommunen har ingen serviceplan. Gör en plan (fliken Serviceplan) och anta den före beslutet, eller skriv i ansökan när den ska antas.</translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the municipality has no adopted plan. Adopt the plan (Service plan tab) before the decision, or say in the application when it will be adopted.</source>
        <translation>Stödet får bara ges där kommunen har en aktuell serviceplan, och kommunen har ingen antagen plan. Anta planen (fliken Serviceplan) före beslutet, eller skriv i ansökan när den ska antas.</translation>
    </message>
    <message>
        <source>This grant may only be given where the municipality has a current service plan, and the plan&apos;s “revise by” date has passed. Revise the plan, or move its revision date if the plan has been reviewed.</source>
        <translation>Stödet får bara ges där kommunen har en aktuell serviceplan, och planens datum ”revideras senast” har passerats. Revidera planen, eller flytta revideringsdatumet om planen har setts över.</translation>
    </message>
    <message>
        <source>This grant needs a current service plan, and the plan is to be revised within 90 days. Plan the revision so that the plan is still current at the decision.</source>
        <translation>Stödet kräver en aktuell serviceplan, och planen ska revideras inom 90 dagar. Planera revideringen så att planen fortfarande är aktuell vid beslutet.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The number is unreasonably large.</source>
        <translation>Talet är orimligt stort.</translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 32000.</source>
        <translation>Skriv ett heltal, t.ex. 32000.</translation>
    </message>
    <message>
        <source>Choose one of the alternatives.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>The applicant is not in this municipality&apos;s register.</source>
        <translation>Sökanden finns inte i kommunens register.</translation>
    </message>
    <message>
        <source>Another rule starts on that date.</source>
        <translation>En annan regel börjar gälla det datumet.</translation>
    </message>
    <message>
        <source>The share is too large.</source>
        <translation>Andelen är för stor.</translation>
    </message>
    <message>
        <source>%1 SEK</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>%1: %2 SEK</source>
        <translation>%1: %2 kr</translation>
    </message>
    <message>
        <source>Granted support over the last three years: %1 – in total %2 SEK</source>
        <translation>Beviljat stöd de senaste tre åren: %1 – totalt %2 kr</translation>
    </message>
</context>
<context>
    <name>GrantsPanel</name>
    <message>
        <source>Ne&amp;w case</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Ta bort ärende…</translation>
    </message>
    <message>
        <source>Rules for home delivery grants…</source>
        <translation>Regler för hemsändningsbidrag…</translation>
    </message>
    <message>
        <source>No grant cases are recorded for this municipality. Add one with “New case”: servicebidrag, hemsändningsbidrag, särskilt driftstöd, investment support…</source>
        <translation>Inga stödärenden finns för kommunen. Lägg till ett med ”Nytt ärende”: servicebidrag, hemsändningsbidrag, särskilt driftstöd, investeringsstöd…</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>the grant case</source>
        <translation>stödärendet</translation>
    </message>
    <message>
        <source>Delete grant case</source>
        <translation>Ta bort stödärende</translation>
    </message>
</context>
<context>
    <name>GrantsTableModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Sista ansökningsdag</translation>
    </message>
    <message>
        <source>Applied for (SEK)</source>
        <translation>Sökt (kr)</translation>
    </message>
    <message>
        <source>Granted (SEK)</source>
        <translation>Beviljat (kr)</translation>
    </message>
    <message>
        <source>Paid (SEK)</source>
        <translation>Utbetalt (kr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide – Servicepunkt</source>
        <translation>Användarhandbok – Servicepunkt</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Sök i handboken (%1)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Ask your IT department to install Servicepunkt again.</source>
        <translation>Användarhandboken saknas i den här installationen. Be din IT-avdelning att installera Servicepunkt igen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>HomeDeliveryBox</name>
    <message>
        <source>Home delivery</source>
        <translation>Hemsändning</translation>
    </message>
    <message>
        <source>Use as amount applied for</source>
        <translation>Använd som sökt belopp</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>Antal hushåll:</translation>
    </message>
    <message>
        <source>Deliveries:</source>
        <translation>Antal leveranser:</translation>
    </message>
    <message>
        <source>Net cost (SEK):</source>
        <translation>Kommunens nettokostnad (kr):</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost of the year&apos;s home deliveries, after income.</source>
        <translation>Vad årets hemsändning kostade kommunen, efter intäkter.</translation>
    </message>
</context>
<context>
    <name>HomeDeliveryText</name>
    <message>
        <source>The rule for %1 (in force from %2): price base amount %3 SEK.</source>
        <translation>Regeln för %1 (gäller från %2): prisbasbelopp %3 kr.</translation>
    </message>
    <message>
        <source>At most %1 % of the net cost: %2 SEK; at most %3 SEK × %4 deliveries: %5 SEK; </source>
        <translation>Högst %1 % av nettokostnaden: %2 kr; högst %3 kr × %4 leveranser: %5 kr; </translation>
    </message>
    <message>
        <source>the net cost reaches half the price base amount (%2 SEK).</source>
        <translation>nettokostnaden når halva prisbasbeloppet (%2 kr).</translation>
    </message>
    <message>
        <source>the net cost reaches %1 % of the price base amount (%2 SEK).</source>
        <translation>nettokostnaden når %1 % av prisbasbeloppet (%2 kr).</translation>
    </message>
    <message>
        <source>the net cost does not reach half the price base amount (%2 SEK).</source>
        <translation>nettokostnaden når inte halva prisbasbeloppet (%2 kr).</translation>
    </message>
    <message>
        <source>the net cost does not reach %1 % of the price base amount (%2 SEK).</source>
        <translation>nettokostnaden når inte %1 % av prisbasbeloppet (%2 kr).</translation>
    </message>
    <message>
        <source>Grant: %1 SEK.</source>
        <translation>Bidrag: %1 kr.</translation>
    </message>
    <message>
        <source>No rule for home delivery grants is recorded for %1. Add it under “Rules for home delivery grants…”.</source>
        <translation>Ingen regel för hemsändningsbidrag finns för %1. Lägg till den under ”Regler för hemsändningsbidrag…”.</translation>
    </message>
    <message>
        <source>Fill in the number of deliveries and the net cost, and the grant is computed.</source>
        <translation>Fyll i antal leveranser och nettokostnaden, så räknas bidraget ut.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import: what would change</source>
        <translation>Importera: det här skulle ändras</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>avsändaren</translation>
    </message>
    <message numerus="yes">
        <source>The file from %1, made %2, concerns %n municipalities. Nothing has been written yet: check what would change, then choose Import.</source>
        <translation>
            <numerusform>Filen från %1, gjord %2, gäller %n kommun. Inget har skrivits ännu: se vad som skulle ändras och välj sedan Importera.</numerusform>
            <numerusform>Filen från %1, gjord %2, gäller %n kommuner. Inget har skrivits ännu: se vad som skulle ändras och välj sedan Importera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>I konflikt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>What the import would change, per municipality</source>
        <translation>Vad importen skulle ändra, per kommun</translation>
    </message>
    <message numerus="yes">
        <source>Changed both here and in the file since you last exchanged files (%n). Keeping both loses nothing: the other version is saved as a copy beside it.</source>
        <translation>
            <numerusform>Ändrad både här och i filen sedan ni senast bytte filer (%n). Att behålla båda gör att inget går förlorat: den andra versionen sparas som en kopia bredvid.</numerusform>
            <numerusform>Ändrade både här och i filen sedan ni senast bytte filer (%n). Att behålla båda gör att inget går förlorat: den andra versionen sparas som en kopia bredvid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose for &amp;all:</source>
        <translation>Välj för &amp;alla:</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Ta filens</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hänt</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Here: %1
In the file: %2</source>
        <translation>Här: %1
I filen: %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>Choice for conflict %1</source>
        <translation>Val för konflikt %1</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>The file cannot be imported</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
    <message>
        <source>Everything in %1 is here already: nothing is new or changed. Nothing was written.</source>
        <translation>Allt i %1 finns redan här: inget är nytt eller ändrat. Inget skrevs.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Saving a backup before the import…</source>
        <translation>Sparar en säkerhetskopia före importen…</translation>
    </message>
    <message>
        <source>No backup could be saved before the import (%1), so nothing was imported. Free some space on the disk and try again.</source>
        <translation>Ingen säkerhetskopia kunde sparas före importen (%1), så inget importerades. Frigör utrymme på disken och försök igen.</translation>
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
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadör</translation>
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
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revidering</translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation>Ingen plan registrerad</translation>
    </message>
    <message>
        <source>Municipal council (KF)</source>
        <translation>Kommunfullmäktige (KF)</translation>
    </message>
    <message>
        <source>Executive board (KS)</source>
        <translation>Kommunstyrelsen (KS)</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Inte antagen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Service grant</source>
        <translation>Servicebidrag</translation>
    </message>
    <message>
        <source>Home delivery grant</source>
        <translation>Hemsändningsbidrag</translation>
    </message>
    <message>
        <source>Special operating support</source>
        <translation>Särskilt driftstöd</translation>
    </message>
    <message>
        <source>Investment support</source>
        <translation>Investeringsstöd</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Kommunal budget</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Fältet får inte vara tomt.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>Give a year between 1990 and 2100.</source>
        <translation>Ange ett år mellan 1990 och 2100.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>Write the case number like “KS 2024/0815”: register, year, number.</source>
        <translation>Skriv diarienumret som ”KS 2024/0815”: diarium, år, nummer.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Kostnaden kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The cost is unreasonably large.</source>
        <translation>Kostnaden är orimligt stor.</translation>
    </message>
    <message>
        <source>Write the cost in whole kronor, e.g. 120000.</source>
        <translation>Skriv kostnaden i hela kronor, t.ex. 120000.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>Det datumet finns inte.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Servicepunkt and the software that comes with it, with their licences. Qt is used under the GNU LGPL version 3; section 3 says where to get its source code.</source>
        <translation>Servicepunkt och programvaran som följer med, med sina licenser. Qt används under GNU LGPL version 3; avsnitt 3 berättar var källkoden finns.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Delad databas: %1</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Lokal fil: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Anslut till &amp;delad databas…</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>Öppna &amp;lokal databas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Print yearly follow-up…</source>
        <translation>Skriv &amp;ut årlig uppföljning…</translation>
    </message>
    <message>
        <source>Export for a &amp;colleague or the region…</source>
        <translation>Exportera för &amp;kollega / region…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import service &amp;places…</source>
        <translation>Importera ser&amp;viceställen…</translation>
    </message>
    <message>
        <source>Take the municipality along to a &amp;local file…</source>
        <translation>Ta med kommunen till en lokal &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Save a copy as an e&amp;xchange file…</source>
        <translation>Spara en k&amp;opia som utbytesfil…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papperskorg…</translation>
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
        <translation>Sök &amp;kommun</translation>
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
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ditt &amp;namn…</translation>
    </message>
    <message>
        <source>Import service places</source>
        <translation>Importera serviceställen</translation>
    </message>
    <message>
        <source>Choose the municipality the places belong to in the list first, then import again.</source>
        <translation>Välj först i listan den kommun som ställena hör till och importera sedan igen.</translation>
    </message>
    <message>
        <source>Search &amp;everything</source>
        <translation>Sök i &amp;allt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>Ka&amp;rta</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>A&amp;tt göra</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Second &amp;backup folder…</source>
        <translation>Andra mapp för &amp;säkerhetskopior…</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Utseende…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
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
        <source>Servicepunkt is free software under the MIT licence. It uses Qt under the GNU LGPL version 3. Licences… shows every licence and where to get Qt&apos;s source code.</source>
        <translation>Servicepunkt är fri programvara under MIT-licensen. Programmet använder Qt under GNU LGPL version 3. Licenser… visar alla licenser och var Qts källkod finns.</translation>
    </message>
    <message>
        <source>Portable mode: the database, its backups, the settings and the log files are kept in %1.</source>
        <translation>Portabelt läge: databasen, dess säkerhetskopior, inställningarna och loggfilerna sparas i %1.</translation>
    </message>
    <message>
        <source>About Servicepunkt</source>
        <translation>Om Servicepunkt</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenser…</translation>
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
    <name>MapCanvas</name>
    <message>
        <source>Map of Sweden&apos;s municipalities</source>
        <translation>Karta över Sveriges kommuner</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <source>Programme role</source>
        <translation>Roll i programmet</translation>
    </message>
    <message>
        <source>Current plan stage</source>
        <translation>Planens nuvarande skede</translation>
    </message>
    <message>
        <source>Plan validity</source>
        <translation>Planens giltighet</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Uppföljning försenad</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Ej med i programmet</translation>
    </message>
    <message>
        <source>Plan current</source>
        <translation>Planen gäller</translation>
    </message>
    <message>
        <source>Revision due within a year</source>
        <translation>Ska revideras inom ett år</translation>
    </message>
    <message>
        <source>Revision overdue</source>
        <translation>Revidering försenad</translation>
    </message>
    <message>
        <source>No adopted plan</source>
        <translation>Ingen antagen plan</translation>
    </message>
    <message>
        <source>Follow-up not overdue</source>
        <translation>Uppföljning inte försenad</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Map of Sweden</source>
        <translation>Karta över Sverige</translation>
    </message>
    <message>
        <source>Municipalities coloured by %1</source>
        <translation>Kommunerna färgade efter %1</translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>Save the map as</source>
        <translation>Spara kartan som</translation>
    </message>
    <message>
        <source>The map could not be saved</source>
        <translation>Kartan kunde inte sparas</translation>
    </message>
    <message>
        <source>Servicepunkt could not write %1. Choose another folder (one you may write to, with room left on its disk) and save again.</source>
        <translation>Servicepunkt kunde inte skriva %1. Välj en annan mapp (en som du får skriva i och som har plats kvar på disken) och spara igen.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Kartans teckenförklaring</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Colour the map by</source>
        <translation>Färga kartan efter</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färga efter:</translation>
    </message>
    <message>
        <source>County to zoom to</source>
        <translation>Län att zooma till</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>&amp;Zoom to county</source>
        <translation>&amp;Zooma till län</translation>
    </message>
    <message>
        <source>Zoom to the chosen county</source>
        <translation>Zooma till det valda länet</translation>
    </message>
    <message>
        <source>Show all of S&amp;weden</source>
        <translation>Visa hela &amp;Sverige</translation>
    </message>
    <message>
        <source>Show all of Sweden</source>
        <translation>Visa hela Sverige</translation>
    </message>
    <message>
        <source>Service places shown on the map</source>
        <translation>Serviceställen som visas på kartan</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alla ställen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Med %1</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Ställen:</translation>
    </message>
    <message>
        <source>E&amp;xport map</source>
        <translation>E&amp;xportera karta</translation>
    </message>
    <message>
        <source>Export the map as an image</source>
        <translation>Exportera kartan som bild</translation>
    </message>
    <message>
        <source>As a PNG image…</source>
        <translation>Som PNG-bild…</translation>
    </message>
    <message>
        <source>As an SVG image…</source>
        <translation>Som SVG-bild…</translation>
    </message>
    <message>
        <source>Click a municipality to open it. Scroll to zoom, drag to move the map.
Keyboard: arrows move, + and − zoom, 0 shows all of Sweden, Tab goes through the municipalities, Enter opens one, Esc leaves the map.</source>
        <translation>Klicka på en kommun för att öppna den. Rulla för att zooma, dra för att flytta kartan.
Tangentbord: piltangenterna flyttar, + och − zoomar, 0 visar hela Sverige, Tab går igenom kommunerna, Enter öppnar en, Esc lämnar kartan.</translation>
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
        <source>Plan stage</source>
        <translation>Planens skede</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Uppföl&amp;jning försenad</translation>
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
        <source>Plan &amp;stage:</source>
        <translation>Ske&amp;de:</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
</context>
<context>
    <name>MunicipalityHeader</name>
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
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Choose a municipality in the list to see its details and notes.</source>
        <translation>Välj en kommun i listan för att se uppgifter och anteckningar.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <source>Service &amp;plan</source>
        <translation>Service&amp;plan</translation>
    </message>
    <message>
        <source>Ser&amp;vice places</source>
        <translation>&amp;Serviceställen</translation>
    </message>
    <message>
        <source>Gra&amp;nts</source>
        <translation>Stöd och &amp;bidrag</translation>
    </message>
    <message>
        <source>You may read %1&apos;s records but not change them: the shared database gives you no right to. Ask your coordinator if you need to.</source>
        <translation>Du kan läsa %1s uppgifter men inte ändra dem: du har inte rätt till det i den delade databasen. Be samordnaren om du behöver ändra dem.</translation>
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
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Plan stage</source>
        <translation>Planens skede</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Marked as one of my municipalities</source>
        <translation>Markerad som en av mina kommuner</translation>
    </message>
    <message>
        <source>Actions done in the current service plan</source>
        <translation>Genomförda åtgärder i den aktuella serviceplanen</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Antal anteckningar</translation>
    </message>
    <message>
        <source>One of my municipalities</source>
        <translation>En av mina kommuner</translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation>%1 av %2 åtgärder genomförda</translation>
    </message>
    <message>
        <source>The follow-up is overdue.</source>
        <translation>Uppföljningen är försenad.</translation>
    </message>
    <message>
        <source>The plan should have been revised by now.</source>
        <translation>Planen skulle ha reviderats vid det här laget.</translation>
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
        <source>Earlier &amp;versions…</source>
        <translation>Tidi&amp;gare versioner…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>F&amp;örfattare:</translation>
    </message>
    <message>
        <source>Con&amp;cerns:</source>
        <translation>G&amp;äller:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>The municipality in general</source>
        <translation>Kommunen i stort</translation>
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
        <source>A place in the trash</source>
        <translation>Ett serviceställe i papperskorgen</translation>
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
    <name>NotesFilterBar</name>
    <message>
        <source>Find in these notes…</source>
        <translation>Sök i anteckningarna…</translation>
    </message>
    <message>
        <source>Find in these notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Från: alla datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från och med datum</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>Till: alla datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till och med datum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alla författare</translation>
    </message>
</context>
<context>
    <name>NotesListView</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Beginning of the text</source>
        <translation>Textens början</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Serviceställe: %1</translation>
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
        <source>the note</source>
        <translation>anteckningen</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Anteckningar (%n)</numerusform>
            <numerusform>Anteckningar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %1 of %n shown</source>
        <translation>
            <numerusform>Anteckningar: %1 av %n visas</numerusform>
            <numerusform>Anteckningar: %1 av %n visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>The note has not been changed since it was written.</source>
        <translation>Anteckningen har inte ändrats sedan den skrevs.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Service plan stages, by county</source>
        <translation>Serviceplanernas skeden, per län</translation>
    </message>
    <message>
        <source>Point at a bar for its figures. Click a county, or choose it with ↑ and ↓ and press Enter, to list its municipalities.</source>
        <translation>Peka på en stapel för att se dess siffror. Klicka på ett län, eller välj det med ↑ och ↓ och tryck på Enter, för att visa dess kommuner.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Plan or action</source>
        <translation>Plan eller åtgärd</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Overdue and due within %1 days in my municipalities</source>
        <translation>Försenat och det som förfaller inom %1 dagar i mina kommuner</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its plan or action.</source>
        <translation>Dubbelklicka eller tryck på Enter på en rad för att öppna dess plan eller åtgärd.</translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have a plan recorded; %3 of them are adopted or later.</source>
        <translation>%1 av %2 kommuner har en plan registrerad; %3 av dem är antagna eller längre komna.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Revise by</source>
        <translation>Revideras senast</translation>
    </message>
    <message>
        <source>Action deadline</source>
        <translation>Åtgärd klar senast</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(försenad)</translation>
    </message>
    <message>
        <source>Nothing falls due. Mark your municipalities with ☆ to follow them here.</source>
        <translation>Inget förfaller. Markera dina kommuner med ☆ för att följa dem här.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation>Registrera utbetalning</translation>
    </message>
    <message>
        <source>Whole kronor, e.g. 7500</source>
        <translation>Hela kronor, t.ex. 7500</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount (kr):</source>
        <translation>&amp;Belopp (kr):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>PaymentsSection</name>
    <message>
        <source>Payments</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Payments can be registered once the agreement is saved.</source>
        <translation>Utbetalningar kan registreras när avtalet har sparats.</translation>
    </message>
    <message>
        <source>&amp;Register payment…</source>
        <translation>&amp;Registrera utbetalning…</translation>
    </message>
    <message>
        <source>Remo&amp;ve payment</source>
        <translation>Ta &amp;bort utbetalning</translation>
    </message>
    <message>
        <source>Due dates not yet paid:</source>
        <translation>Förfallodagar som inte är betalda:</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>The payment was not saved</source>
        <translation>Utbetalningen sparades inte</translation>
    </message>
    <message>
        <source>Remove the payment of %1 on %2? It is removed for good.</source>
        <translation>Ta bort utbetalningen på %1 den %2? Den tas bort för gott.</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Ta bort utbetalning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Staffed</source>
        <translation>Bemannad</translation>
    </message>
    <message>
        <source>Last shop in the locality</source>
        <translation>Sista butiken på orten</translation>
    </message>
    <message>
        <source>Strategically important</source>
        <translation>Strategiskt viktig</translation>
    </message>
    <message>
        <source>e.g. 556036-0793</source>
        <translation>t.ex. 556036-0793</translation>
    </message>
    <message>
        <source>e.g. 63,2911</source>
        <translation>t.ex. 63,2911</translation>
    </message>
    <message>
        <source>e.g. 18,7152</source>
        <translation>t.ex. 18,7152</translation>
    </message>
    <message>
        <source>e.g. Pipos Serviceanalys 2025</source>
        <translation>t.ex. Pipos Serviceanalys 2025</translation>
    </message>
    <message>
        <source>e.g. groceries, parcels and pharmacy agent</source>
        <translation>t.ex. dagligvaror, paket och apoteksombud</translation>
    </message>
    <message>
        <source>Sa&amp;ve place</source>
        <translation>Spara s&amp;erviceställe</translation>
    </message>
    <message>
        <source>Save the place (Ctrl+S)</source>
        <translation>Spara servicestället (Ctrl+S)</translation>
    </message>
    <message>
        <source>U&amp;ndo changes</source>
        <translation>Ån&amp;gra ändringar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitud:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Utförare (driftansvarig)</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <source>Org. number:</source>
        <translation>Org.nummer:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Other service:</source>
        <translation>Annan tjänst:</translation>
    </message>
    <message>
        <source>Hours per week:</source>
        <translation>Öppet timmar/vecka:</translation>
    </message>
    <message>
        <source>Nearest comparable (km):</source>
        <translation>Närmaste jämförbara (km):</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Target service level:</source>
        <translation>Servicenivå (mål):</translation>
    </message>
</context>
<context>
    <name>PlaceImport</name>
    <message>
        <source>Import places</source>
        <translation>Importera serviceställen</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Tabeller (*.xlsx *.csv *.txt);;Excel-arbetsböcker (*.xlsx);;CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
    <message>
        <source>Places imported</source>
        <translation>Serviceställen importerade</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Comparing with the register…</source>
        <translation>Jämför med registret…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <source>Saving a backup before the import…</source>
        <translation>Sparar en säkerhetskopia före importen…</translation>
    </message>
</context>
<context>
    <name>PlaceImportCounts</name>
    <message numerus="yes">
        <source>The file has %n more problem(s) like it.</source>
        <translation>
            <numerusform>Filen har %n problem till av det slaget.</numerusform>
            <numerusform>Filen har %n problem till av det slaget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n nytt serviceställe</numerusform>
            <numerusform>%n nya serviceställen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrat</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrat</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer listed</source>
        <translation>
            <numerusform>%n finns inte längre med</numerusform>
            <numerusform>%n finns inte längre med</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n rad hoppades över</numerusform>
            <numerusform>%n rader hoppades över</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) added</source>
        <translation>
            <numerusform>%n serviceställe lades till</numerusform>
            <numerusform>%n serviceställen lades till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterades</numerusform>
            <numerusform>%n uppdaterades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved to the trash</source>
        <translation>
            <numerusform>%n flyttades till papperskorgen</numerusform>
            <numerusform>%n flyttades till papperskorgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) no longer in the file were kept in the register.</source>
        <translation>
            <numerusform>%n serviceställe som inte längre finns i filen behölls i registret.</numerusform>
            <numerusform>%n serviceställen som inte längre finns i filen behölls i registret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceImportMappingDialog</name>
    <message>
        <source>Import places: columns</source>
        <translation>Importera serviceställen: kolumner</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. A field whose column is empty in a row is left as it is in the register.</source>
        <translation>Välj vilken kolumn i filen som innehåller varje uppgift. En uppgift vars kolumn är tom på en rad lämnas som den är i registret.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Filens första rader:</translation>
    </message>
    <message>
        <source>Choose the column that holds the names of the places.</source>
        <translation>Välj den kolumn som innehåller serviceställenas namn.</translation>
    </message>
    <message>
        <source>A position needs both its columns: latitude and longitude, or X and Y.</source>
        <translation>En position behöver båda sina kolumner: latitud och longitud, eller X och Y.</translation>
    </message>
</context>
<context>
    <name>PlaceImportMessages</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Filen gick inte att läsa (%1).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or a CSV file, or it is damaged.</source>
        <translation>Filen är inte en Excel-arbetsbok (.xlsx) eller en CSV-fil, eller så är den skadad.</translation>
    </message>
    <message>
        <source>The file is in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Filen är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx), och importera sedan den filen.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Open it in Excel, remove the password and save it, then import it again.</source>
        <translation>Arbetsboken är skyddad med lösenord. Öppna den i Excel, ta bort lösenordet och spara den, och importera den sedan igen.</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Arbetsboken har inget blad.</translation>
    </message>
    <message>
        <source>The file has no rows of places.</source>
        <translation>Filen har inga rader med serviceställen.</translation>
    </message>
    <message>
        <source>The first row holds only numbers (%1): it must name the columns, for example Namn, Ort, X, Y.</source>
        <translation>Första raden innehåller bara tal (%1): den ska ange kolumnernas namn, till exempel Namn, Ort, X, Y.</translation>
    </message>
    <message>
        <source>No column holds the names of the places (for example a column &quot;Namn&quot;).</source>
        <translation>Ingen kolumn innehåller serviceställenas namn (till exempel en kolumn ”Namn”).</translation>
    </message>
    <message>
        <source>The file has more than 20 000 rows; a municipality&apos;s places are far fewer.</source>
        <translation>Filen har fler än 20 000 rader; en kommuns serviceställen är långt färre.</translation>
    </message>
    <message>
        <source>The file has more than 200 columns.</source>
        <translation>Filen har fler än 200 kolumner.</translation>
    </message>
    <message>
        <source>The file is larger than 100 MB.</source>
        <translation>Filen är större än 100 MB.</translation>
    </message>
    <message>
        <source>A cell holds more than 10 000 characters.</source>
        <translation>En cell innehåller mer än 10 000 tecken.</translation>
    </message>
    <message>
        <source>The file holds characters that are not text: it is not a table.</source>
        <translation>Filen innehåller tecken som inte är text: den är ingen tabell.</translation>
    </message>
    <message>
        <source>The place has no name.</source>
        <translation>Servicestället saknar namn.</translation>
    </message>
    <message>
        <source>The text is longer than the register keeps (%1).</source>
        <translation>Texten är längre än registret kan spara (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>”%1” är inget tal.</translation>
    </message>
    <message>
        <source>Only half of the position is given: both coordinates are needed, or neither.</source>
        <translation>Bara halva positionen är angiven: båda koordinaterna behövs, eller ingen av dem.</translation>
    </message>
    <message>
        <source>X and Y seem to be the wrong way round (%1): X is the easting (about 200 000–1 000 000), Y the northing (about 6 100 000–7 700 000).</source>
        <translation>X och Y verkar ha bytt plats (%1): X är den östliga koordinaten (ungefär 200 000–1 000 000), Y den nordliga (ungefär 6 100 000–7 700 000).</translation>
    </message>
    <message>
        <source>The position (%1) is not in Sweden.</source>
        <translation>Positionen (%1) ligger inte i Sverige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation number (NNNNNN-NNNN with a right check digit).</source>
        <translation>”%1” är inget organisationsnummer (NNNNNN-NNNN med rätt kontrollsiffra).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.se).</source>
        <translation>”%1” är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no (Ja/Nej).</source>
        <translation>”%1” är varken ja eller nej (Ja/Nej).</translation>
    </message>
    <message>
        <source>%1 hours a week is more than a week has.</source>
        <translation>%1 timmar i veckan är fler än en vecka har.</translation>
    </message>
    <message>
        <source>The id %1 is on an earlier row too.</source>
        <translation>Id %1 finns också på en tidigare rad.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: </source>
        <translation>Rad %1, kolumn ”%2”: </translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Rad %1: </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind or type of service</source>
        <translation>Sort eller servicetyp</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Latitude (WGS84)</source>
        <translation>Latitud (WGS84)</translation>
    </message>
    <message>
        <source>Longitude (WGS84)</source>
        <translation>Longitud (WGS84)</translation>
    </message>
    <message>
        <source>X, easting (SWEREF 99 TM)</source>
        <translation>X, östlig koordinat (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>Y, northing (SWEREF 99 TM)</source>
        <translation>Y, nordlig koordinat (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>The file&apos;s id</source>
        <translation>Filens id</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Bemannad</translation>
    </message>
    <message>
        <source>Opening hours per week</source>
        <translation>Öppettimmar per vecka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Own service</source>
        <translation>Egen service</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>groceries, full range</source>
        <translation>dagligvaror (fullsortiment)</translation>
    </message>
    <message>
        <source>groceries, limited range</source>
        <translation>dagligvaror (begränsat sortiment)</translation>
    </message>
    <message>
        <source>fuel</source>
        <translation>drivmedel</translation>
    </message>
    <message>
        <source>parcel agent</source>
        <translation>paketombud</translation>
    </message>
    <message>
        <source>parcel pick-up</source>
        <translation>utlämning av paket</translation>
    </message>
    <message>
        <source>parcel locker</source>
        <translation>paketautomat</translation>
    </message>
    <message>
        <source>pharmacy agent</source>
        <translation>apoteksombud</translation>
    </message>
    <message>
        <source>cash withdrawal</source>
        <translation>kontantuttag</translation>
    </message>
    <message>
        <source>payment service</source>
        <translation>betalningsförmedling</translation>
    </message>
    <message>
        <source>daily takings deposit</source>
        <translation>dagskasseinsättning</translation>
    </message>
    <message>
        <source>charging point</source>
        <translation>laddpunkt</translation>
    </message>
    <message>
        <source>home delivery</source>
        <translation>hemsändning</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>meeting place</source>
        <translation>mötesplats</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliotek</translation>
    </message>
    <message>
        <source>tourist information</source>
        <translation>turistinformation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Another municipality</source>
        <translation>En annan kommun</translation>
    </message>
    <message>
        <source>The place is in the trash</source>
        <translation>Servicestället ligger i papperskorgen</translation>
    </message>
    <message>
        <source>Every place in the file is in the register already as the file has it. Nothing was written.</source>
        <translation>Alla serviceställen i filen finns redan i registret så som filen anger dem. Ingenting sparades.</translation>
    </message>
    <message>
        <source>A backup was saved before the import.</source>
        <translation>En säkerhetskopia sparades före importen.</translation>
    </message>
    <message>
        <source>No backup could be saved before the import (%1), so nothing was imported. Free some space on the disk and try again.</source>
        <translation>Ingen säkerhetskopia kunde sparas före importen (%1), så inget importerades. Frigör utrymme på disken och försök igen.</translation>
    </message>
</context>
<context>
    <name>PlaceImportPreviewDialog</name>
    <message>
        <source>Import places: preview</source>
        <translation>Importera serviceställen: förhandsvisning</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nya (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Ändrade (%1)</translation>
    </message>
    <message>
        <source>No longer listed (%1)</source>
        <translation>Finns inte längre med (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Överhoppade (%1)</translation>
    </message>
    <message>
        <source>Move those no longer listed to the &amp;trash</source>
        <translation>Flytta dem som inte längre finns med till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Förhandsvisning av import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Id in the earlier file</source>
        <translation>Id i den tidigare filen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>PlaceLegend</name>
    <message>
        <source>Legend of the service places</source>
        <translation>Teckenförklaring för serviceställena</translation>
    </message>
    <message>
        <source>Service places</source>
        <translation>Serviceställen</translation>
    </message>
</context>
<context>
    <name>PlaceMessages</name>
    <message>
        <source>Service locality</source>
        <translation>Serviceort</translation>
    </message>
    <message>
        <source>Service node</source>
        <translation>Servicenod</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <source>Grocery store</source>
        <translation>Dagligvarubutik</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Drivmedelsstation</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Groceries (full range)</source>
        <translation>Dagligvaror (fullsortiment)</translation>
    </message>
    <message>
        <source>Groceries (limited range)</source>
        <translation>Dagligvaror (begränsat sortiment)</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Drivmedel</translation>
    </message>
    <message>
        <source>Parcel agent</source>
        <translation>Paketombud</translation>
    </message>
    <message>
        <source>Parcel pickup</source>
        <translation>Utlämning av paket</translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation>Paketautomat</translation>
    </message>
    <message>
        <source>Pharmacy agent</source>
        <translation>Apoteksombud</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Kontantuttag</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Betalningsförmedling</translation>
    </message>
    <message>
        <source>Daily takings deposit</source>
        <translation>Dagskasseinsättning</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Laddpunkt</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Hemsändning</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Dagligvaror</translation>
    </message>
    <message>
        <source>Groceries (ltd.)</source>
        <translation>Dagligv. (begr.)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paketombud</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Utlämning</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>Paketautomat</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apoteksombud</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontanter</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Dagskassa</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Laddning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Tourist info</source>
        <translation>Turistinfo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Threatened</source>
        <translation>Hotad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Write the organisation number as 10 digits, e.g. 556036-0793.</source>
        <translation>Skriv organisationsnumret med 10 siffror, t.ex. 556036-0793.</translation>
    </message>
    <message>
        <source>The last digit does not fit the others: check the organisation number.</source>
        <translation>Sista siffran stämmer inte med de andra: kontrollera organisationsnumret.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Ange både latitud och longitud, eller ingen av dem.</translation>
    </message>
    <message>
        <source>The position is not in Sweden. Give it in decimal degrees (WGS84), e.g. latitude 63,29 and longitude 18,72.</source>
        <translation>Positionen ligger inte i Sverige. Ange den i decimalgrader (WGS84), t.ex. latitud 63,29 och longitud 18,72.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 63,2911.</source>
        <translation>Skriv ett tal, t.ex. 63,2911.</translation>
    </message>
    <message>
        <source>Write the e-mail address like name@example.se.</source>
        <translation>Skriv e-postadressen som namn@exempel.se.</translation>
    </message>
    <message>
        <source>Give the hours per week as a number from 0 to 168.</source>
        <translation>Ange timmar per vecka som ett tal från 0 till 168.</translation>
    </message>
    <message>
        <source>The distance cannot be negative.</source>
        <translation>Avståndet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The place is no longer in the register (it may be in the trash).</source>
        <translation>Servicestället finns inte längre i registret (det kan ligga i papperskorgen).</translation>
    </message>
</context>
<context>
    <name>PlaceStatusBox</name>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Add s&amp;tatus…</source>
        <translation>Lägg till stat&amp;us…</translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation>Ta bort status</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Show places with the service</source>
        <translation>Visa serviceställen med tjänsten</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>Only places with: %1</source>
        <translation>Bara ställen med: %1</translation>
    </message>
    <message>
        <source>N&amp;ew place</source>
        <translation>N&amp;ytt serviceställe</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>New note ab&amp;out the place</source>
        <translation>Ny anteckning om s&amp;tället</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import places from a service table (Pipos) or a CSV or Excel file</source>
        <translation>Importera serviceställen från en servicetabell (Pipos) eller en CSV- eller Excelfil</translation>
    </message>
    <message>
        <source>Service places</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>No service places are registered for this municipality. Add one with “New place”, or import a service table.</source>
        <translation>Inga serviceställen är registrerade för kommunen. Lägg till ett med ”Nytt serviceställe”, eller importera en servicetabell.</translation>
    </message>
    <message>
        <source>the service place</source>
        <translation>servicestället</translation>
    </message>
    <message>
        <source>New service place</source>
        <translation>Nytt serviceställe</translation>
    </message>
    <message>
        <source>Delete service place</source>
        <translation>Ta bort serviceställe</translation>
    </message>
</context>
<context>
    <name>PlacesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Bemannad</translation>
    </message>
    <message>
        <source>Last shop</source>
        <translation>Sista butiken</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategisk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>e.g. § 45</source>
        <translation>t.ex. § 45</translation>
    </message>
    <message>
        <source>e.g. KS 2024/0815</source>
        <translation>t.ex. KS 2024/0815</translation>
    </message>
    <message>
        <source>File path or web address</source>
        <translation>Sökväg till fil eller webbadress</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>Save &amp;plan</source>
        <translation>&amp;Spara planen</translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation>Ån&amp;gra ändringar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>Antagen &amp;av:</translation>
    </message>
    <message>
        <source>Adopted &amp;on:</source>
        <translation>Antagen &amp;den:</translation>
    </message>
    <message>
        <source>Paragraph (§):</source>
        <translation>Paragraf (§):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <source>&amp;Revise by:</source>
        <translation>Re&amp;videras senast:</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>Nästa &amp;uppföljning:</translation>
    </message>
    <message>
        <source>Plan &amp;document:</source>
        <translation>Plando&amp;kument:</translation>
    </message>
    <message>
        <source>The decision is filled in, but the plan is still at the stage “%1”. Change the stage when the plan has been adopted.</source>
        <translation>Beslutet är ifyllt, men planen är fortfarande i skedet ”%1”. Byt skede när planen har antagits.</translation>
    </message>
    <message>
        <source>Open the plan document</source>
        <translation>Öppna plandokumentet</translation>
    </message>
    <message>
        <source>Choose the plan document</source>
        <translation>Välj plandokumentet</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>New &amp;plan</source>
        <translation>N&amp;y plan</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Gör till aktuell</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Ta bort plan…</translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation>Pla&amp;n:</translation>
    </message>
    <message>
        <source>No service plan is recorded for this municipality. Add one with “New plan”: its period, stage, decision and action plan.</source>
        <translation>Ingen serviceplan är registrerad för kommunen. Lägg till en med ”Ny plan”: period, skede, beslut och handlingsplan.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>planen</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Actions (%n)</source>
        <translation>
            <numerusform>Åtgärder (%n)</numerusform>
            <numerusform>Åtgärder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Service plan %1–%2</source>
        <translation>Serviceplan %1–%2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Ta bort plan</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print yearly follow-up</source>
        <translation>Skriv ut årlig uppföljning</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften misslyckades</translation>
    </message>
    <message>
        <source>The follow-up could not be sent to the printer. Check that the printer is on and connected, or export it as PDF (File → Export…) and print that.</source>
        <translation>Uppföljningen kunde inte skickas till skrivaren. Kontrollera att skrivaren är på och ansluten, eller exportera den som PDF (Arkiv → Exportera…) och skriv ut den.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Connecting to the shared database…</source>
        <translation>Ansluter till den delade databasen…</translation>
    </message>
    <message>
        <source>The database file is being upgraded to this version of Servicepunkt. A copy of it is saved first. This can take a little while.</source>
        <translation>Databasfilen uppgraderas till den här versionen av Servicepunkt. Först sparas en kopia av den. Det kan ta en liten stund.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
    <message>
        <source>Changes in a damaged log file</source>
        <translation>Ändringar i en skadad loggfil</translation>
    </message>
    <message>
        <source>The log file beside %1 (%1-wal) was damaged: %2 saved changes in it could not be read in. The file opened with everything before them. A copy of the log was kept as %3; your IT department or support can try to recover it.</source>
        <translation>Loggfilen bredvid %1 (%1-wal) var skadad: %2 sparade ändringar i den kunde inte läsas in. Filen öppnades med allt som sparades före dem. En kopia av loggen sparades som %3; din IT-avdelning eller supporten kan försöka rädda den.</translation>
    </message>
    <message>
        <source>%1 was opened as it is. The log file that did not belong to it was kept as %2.</source>
        <translation>%1 öppnades som den är. Loggfilen som inte hörde till den sparades som %2.</translation>
    </message>
    <message>
        <source>The log file&apos;s changes were read into %1. The file as it was before was kept as %3, and the log file as %2.</source>
        <translation>Loggfilens ändringar lästes in i %1. Filen som den var innan sparades som %3, och loggfilen som %2.</translation>
    </message>
    <message>
        <source>Beside the missing file %1 there was a log file with changes; a new, empty database was made, and the log file was kept as %2.</source>
        <translation>Bredvid den saknade filen %1 låg en loggfil med ändringar. En ny, tom databas skapades, och loggfilen sparades som %2.</translation>
    </message>
    <message>
        <source>A log file was found beside the database</source>
        <translation>En loggfil låg bredvid databasen</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <source>Service places, agreements and grants</source>
        <translation>Serviceställen, avtal och stöd</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>Visa dem</translation>
    </message>
    <message>
        <source>Only my municipalities</source>
        <translation>Bara mina kommuner</translation>
    </message>
    <message>
        <source>Only grants at risk</source>
        <translation>Bara stöd i fara</translation>
    </message>
    <message>
        <source>Point at a figure for its breakdown by kind or type. Double-click or press Enter on a row to open the municipality.</source>
        <translation>Peka på en siffra för att se den fördelad per slag eller typ. Dubbelklicka eller tryck på Enter på en rad för att öppna kommunen.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant case(s) at risk: the plan they depend on is missing, not adopted or due for revision</source>
        <translation>
            <numerusform>%n stödärende i fara: planen det hänger på saknas, är inte antagen eller ska revideras</numerusform>
            <numerusform>%n stödärenden i fara: planen de hänger på saknas, är inte antagen eller ska revideras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n municipality(ies)).</source>
        <translation>
            <numerusform>(i %n kommun).</numerusform>
            <numerusform>(i %n kommuner).</numerusform>
        </translation>
    </message>
    <message>
        <source>No service places, agreements or grant cases are registered yet.</source>
        <translation>Inga serviceställen, avtal eller stödärenden är registrerade än.</translation>
    </message>
    <message>
        <source>No municipality matches the filter.</source>
        <translation>Ingen kommun matchar filtret.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Service places</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Grants this year</source>
        <translation>Stöd i år</translation>
    </message>
    <message>
        <source>Granted (kr)</source>
        <translation>Beviljat (kr)</translation>
    </message>
    <message>
        <source>Grants at risk</source>
        <translation>Stöd i fara</translation>
    </message>
    <message>
        <source>Places in the register, not in the trash</source>
        <translation>Serviceställen i registret, utom dem i papperskorgen</translation>
    </message>
    <message>
        <source>Agreements running today</source>
        <translation>Avtal som löper i dag</translation>
    </message>
    <message>
        <source>Grant cases covering this year</source>
        <translation>Stödärenden som gäller i år</translation>
    </message>
    <message>
        <source>Granted in the grant cases covering this year</source>
        <translation>Beviljat i stödärendena som gäller i år</translation>
    </message>
    <message>
        <source>Open grant cases that need a plan, while the plan is missing, not adopted, past its revision date or to be revised within 90 days</source>
        <translation>Pågående stödärenden som kräver en plan, när planen saknas, inte är antagen, har passerat sitt revideras senast-datum eller ska revideras inom 90 dagar</translation>
    </message>
    <message>
        <source>The plan is to be revised by %1.</source>
        <translation>Planen ska revideras senast %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s), %2 kr granted</source>
        <translation>
            <numerusform>%1: %n ärende, %2 kr beviljat</numerusform>
            <numerusform>%1: %n ärenden, %2 kr beviljat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open grant case(s) that need a plan.</source>
        <translation>
            <numerusform>%n pågående stödärende som kräver en plan.</numerusform>
            <numerusform>%n pågående stödärenden som kräver en plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The municipality has no current plan.</source>
        <translation>Kommunen har ingen aktuell plan.</translation>
    </message>
    <message>
        <source>The current plan is not adopted yet.</source>
        <translation>Den aktuella planen är inte antagen än.</translation>
    </message>
    <message>
        <source>The plan was to be revised by %1.</source>
        <translation>Planen skulle ha reviderats senast %1.</translation>
    </message>
</context>
<context>
    <name>RestoreMessages</name>
    <message>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete, so it was not restored.

Choose another backup. Your database was not changed.</source>
        <translation>Säkerhetskopian %1 är skadad eller ofullständig och återställdes därför inte.

Välj en annan säkerhetskopia. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Servicepunkt than this one.

Install the newer version to restore it, or choose another backup. Your database was not changed.</source>
        <translation>Säkerhetskopian %1 gjordes av en nyare version av Servicepunkt än den här.

Installera den nyare versionen för att återställa den, eller välj en annan säkerhetskopia. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The file %1 is not a Servicepunkt backup, so it was not restored.

Choose another backup. Your database was not changed.</source>
        <translation>Filen %1 är ingen säkerhetskopia från Servicepunkt och återställdes därför inte.

Välj en annan säkerhetskopia. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read or copied. Check that the disk is not full and that the folder can be written to, then try again. Your database was not changed.</source>
        <translation>Säkerhetskopian %1 kunde inte läsas eller kopieras. Kontrollera att disken inte är full och att det går att skriva i mappen, och försök sedan igen. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The backup from %1 was restored.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <source>What the database held before was damaged; it was kept as it was in %1.</source>
        <translation>Det som fanns i databasen innan var skadat; det sparades som det var i %1.</translation>
    </message>
    <message>
        <source>What the database held before was saved as %1, so this restore can be undone with File → Restore from backup…</source>
        <translation>Det som fanns i databasen innan sparades som %1, så återställningen kan göras ogjord med Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>(could not be counted)</source>
        <translation>(kunde inte räknas)</translation>
    </message>
    <message>
        <source>notes: %1, plans: %2, goals: %3, actions: %4</source>
        <translation>anteckningar: %1, planer: %2, mål: %3, åtgärder: %4</translation>
    </message>
    <message>
        <source>Replace what the database holds now with the backup from %1?

Now: %2
The backup: %3

What the database holds now is first saved as a backup of its own, so the restore can be undone.</source>
        <translation>Ersätta det som finns i databasen nu med säkerhetskopian från %1?

Nu: %2
Säkerhetskopian: %3

Det som finns i databasen nu sparas först som en egen säkerhetskopia, så återställningen kan göras ogjord.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules for home delivery grants</source>
        <translation>Regler för hemsändningsbidrag</translation>
    </message>
    <message>
        <source>A home delivery grant is computed from the rule in force on 1 January of the year it is for. The rules change with the ordinance and the price base amount: add a row when they do, and say where the figures come from. Double-click a cell to change it.</source>
        <translation>Hemsändningsbidraget räknas ut efter den regel som gäller den 1 januari det år bidraget avser. Reglerna ändras med förordningen och prisbasbeloppet: lägg till en rad när de gör det, och ange var siffrorna kommer ifrån. Dubbelklicka på en cell för att ändra den.</translation>
    </message>
    <message>
        <source>Home delivery rules</source>
        <translation>Regler för hemsändning</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Lägg till regel</translation>
    </message>
    <message>
        <source>&amp;Remove rule…</source>
        <translation>&amp;Ta bort regel…</translation>
    </message>
    <message>
        <source>Remove the rule in force from %1?</source>
        <translation>Ta bort regeln som gäller från %1?</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Ta bort regel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>In force from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Share at most (%)</source>
        <translation>Högst andel (%)</translation>
    </message>
    <message>
        <source>Per delivery at most (SEK)</source>
        <translation>Högst per leverans (kr)</translation>
    </message>
    <message>
        <source>Net cost at least (% of base amount)</source>
        <translation>Nettokostnad minst (% av prisbasbeloppet)</translation>
    </message>
    <message>
        <source>Price base amount (SEK)</source>
        <translation>Prisbasbelopp (kr)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>The rule applies to the years from this date on.</source>
        <translation>Regeln gäller åren från och med detta datum.</translation>
    </message>
    <message>
        <source>The grant is at most this share of the net cost.</source>
        <translation>Bidraget är högst denna andel av nettokostnaden.</translation>
    </message>
    <message>
        <source>The grant is at most this much per household and delivery.</source>
        <translation>Bidraget är högst så här mycket per hushåll och leverans.</translation>
    </message>
    <message>
        <source>No grant unless the net cost reaches this share of the price base amount.</source>
        <translation>Inget bidrag om inte nettokostnaden når denna andel av prisbasbeloppet.</translation>
    </message>
    <message>
        <source>The price base amount (prisbasbelopp).</source>
        <translation>Prisbasbeloppet för året.</translation>
    </message>
    <message>
        <source>Where the figures come from.</source>
        <translation>Var siffrorna kommer ifrån.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The search index was rebuilt</source>
        <translation>Sökindexet byggdes om</translation>
    </message>
    <message>
        <source>Servicepunkt found that the index used for searching was damaged or incomplete, and has rebuilt it. Search finds everything again, and saving works as usual. Nothing you wrote was changed.</source>
        <translation>Servicepunkt upptäckte att indexet som används för sökningen var skadat eller ofullständigt och har byggt om det. Sökningen hittar allt igen och det går att spara som vanligt. Inget av det du skrivit ändrades.</translation>
    </message>
    <message>
        <source>The search index is damaged</source>
        <translation>Sökindexet är skadat</translation>
    </message>
    <message>
        <source>The index used for searching is damaged and could not be rebuilt. Search may miss things, and saving may fail. Restore the latest backup with File → Restore from backup…, or contact your IT department.</source>
        <translation>Indexet som används för sökningen är skadat och kunde inte byggas om. Sökningen kan missa saker och det kan misslyckas att spara. Återställ den senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…, eller kontakta din IT-avdelning.</translation>
    </message>
    <message>
        <source>The check found nothing wrong</source>
        <translation>Kontrollen hittade inget fel</translation>
    </message>
    <message>
        <source>The database file and its search index are sound. Try saving again; if it fails again, contact support and attach the log files from %1.</source>
        <translation>Databasfilen och dess sökindex är hela. Försök spara igen; om det misslyckas igen, kontakta supporten och bifoga loggfilerna från %1.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Databasfilen är skadad</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. Servicepunkt has not changed the file. Restore the latest backup with File → Restore from backup…, or contact your IT department. Until then, avoid writing more in this file.</source>
        <translation>SQLites kontroll hittade skador i %1. Servicepunkt har inte ändrat filen. Återställ den senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…, eller kontakta IT-avdelningen. Undvik att skriva mer i filen tills dess.</translation>
    </message>
    <message>
        <source>The copy for the second folder failed</source>
        <translation>Kopian till den andra mappen misslyckades</translation>
    </message>
    <message>
        <source>The second backup folder %1 was not found (is the USB stick plugged in?). Today&apos;s backup is only on this computer; it is copied there next time.</source>
        <translation>Den andra mappen för säkerhetskopior, %1, hittades inte (är USB-minnet anslutet?). Dagens säkerhetskopia finns bara på den här datorn; den kopieras dit nästa gång.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to %1. Check that there is room on it and that it can be written to. The backup on this computer is fine.</source>
        <translation>Dagens säkerhetskopia kunde inte kopieras till %1. Kontrollera att det finns plats där och att det går att skriva dit. Säkerhetskopian på den här datorn är hel.</translation>
    </message>
    <message>
        <source>The latest daily backup was copied there.</source>
        <translation>Den senaste dagliga säkerhetskopian kopierades dit.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Gör en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopia sparad: %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1

File → Restore from backup… brings it back.</source>
        <translation>Säkerhetskopian sparades och kontrollerades:
%1

Arkiv → Återställ från säkerhetskopia… tar tillbaka den.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Säkerhetskopian kunde inte göras</translation>
    </message>
    <message>
        <source>No backup was written to %1. Check that the disk is not full and that the folder can be written to, then try again. Your database is unchanged.</source>
        <translation>Ingen säkerhetskopia skrevs till %1. Kontrollera att disken inte är full och att mappen går att skriva till, och försök sedan igen. Din databas är oförändrad.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>There are no backups yet. Servicepunkt makes one every day you use it.</source>
        <translation>Det finns inga säkerhetskopior ännu. Servicepunkt gör en varje dag du använder programmet.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>After the restore, %1 could not be opened again. Close Servicepunkt and start it again: it explains what is wrong and offers the backups.</source>
        <translation>Efter återställningen gick det inte att öppna %1 igen. Stäng Servicepunkt och starta programmet igen: då förklaras vad som är fel och säkerhetskopiorna erbjuds.</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Service places</source>
        <translation>Serviceställen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommun:</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>The chosen municipality: %1</source>
        <translation>Den valda kommunen: %1</translation>
    </message>
    <message>
        <source>The chosen municipality (none is chosen)</source>
        <translation>Den valda kommunen (ingen är vald)</translation>
    </message>
    <message>
        <source>A c&amp;ounty:</source>
        <translation>Ett &amp;län:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message numerus="yes">
        <source>M&amp;y municipalities (%n)</source>
        <translation>
            <numerusform>&amp;Mina kommuner (%n)</numerusform>
            <numerusform>&amp;Mina kommuner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All municipalities (%n)</source>
        <translation>
            <numerusform>&amp;Alla kommuner (%n)</numerusform>
            <numerusform>&amp;Alla kommuner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>My municipalities</source>
        <translation>Mina kommuner</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The search could not be run. Try again.</source>
        <translation>Sökningen kunde inte genomföras. Försök igen.</translation>
    </message>
    <message>
        <source>Words match from their beginning; use quotes for an exact phrase.</source>
        <translation>Ord matchas från början; använd citattecken för en exakt fras.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Search notes, plans, actions, places, agreements and grants, e.g. hemsändning or &quot;byalaget i&quot;</source>
        <translation>Sök i anteckningar, planer, åtgärder, serviceställen, avtal och stöd, t.ex. hemsändning eller &quot;byalaget i&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln hit(s) shown</source>
        <translation>
            <numerusform>%1 av %Ln träff visas</numerusform>
            <numerusform>%1 av %Ln träffar visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search to see the rest.</source>
        <translation>Begränsa sökningen för att se resten.</translation>
    </message>
    <message numerus="yes">
        <source>in %n municipality(ies)</source>
        <translation>
            <numerusform>i %n kommun</numerusform>
            <numerusform>i %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Funnen text</translation>
    </message>
    <message>
        <source>Tick at least one kind of record to search.</source>
        <translation>Kryssa i vad du vill söka bland: anteckningar, planer, mål eller åtgärder.</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling or use fewer words.</source>
        <translation>Inget hittades. Kontrollera stavningen eller använd färre ord.</translation>
    </message>
    <message>
        <source>Service place</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Stöd</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <source>Second backup folder</source>
        <translation>Andra mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Servicepunkt saves a backup every day in %1. Choose a second folder, for example on a USB stick or a network share, and it gets a copy of each daily backup too. When the folder is missing (the stick is not plugged in) the status bar says so, and the copy is made the next time it is there.</source>
        <translation>Servicepunkt sparar en säkerhetskopia varje dag i %1. Välj en andra mapp, till exempel på ett USB-minne eller en nätverksmapp, så får den också en kopia av varje daglig säkerhetskopia. Saknas mappen (minnet är inte anslutet) står det i statusraden, och kopian görs nästa gång mappen finns.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <source>&amp;Stop copying there</source>
        <translation>&amp;Sluta kopiera dit</translation>
    </message>
    <message>
        <source>No second folder is chosen.</source>
        <translation>Ingen andra mapp är vald.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Välj den andra mappen för säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Exchange %1</source>
        <translation>Utbyte %1</translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Importera en utbytesfil</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Choose a municipality in the list first, then print again.</source>
        <translation>Välj först en kommun i listan och skriv sedan ut igen.</translation>
    </message>
    <message>
        <source>Yearly follow-up %1 %2</source>
        <translation>Årlig uppföljning %1 %2</translation>
    </message>
    <message>
        <source>Status report %1</source>
        <translation>Lägesrapport %1</translation>
    </message>
    <message>
        <source>Servicepunkt %1</source>
        <translation>Servicepunkt %1</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>SharedSafety</name>
    <message>
        <source>The shared database is backed up on the server by your IT department; use File → Save a copy as an exchange file… for a copy of your own.</source>
        <translation>Den delade databasen säkerhetskopieras på servern av IT-avdelningen; välj Arkiv → Spara en kopia som utbytesfil… för en egen kopia.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>Huvudfönstret</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Municipality search field</source>
        <translation>Sökfältet för kommuner</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>Actions table</source>
        <translation>Åtgärdstabellen</translation>
    </message>
    <message>
        <source>Overview: the chart</source>
        <translation>Översikt: diagrammet</translation>
    </message>
    <message>
        <source>Choose a county&apos;s bar</source>
        <translation>Välj ett läns stapel</translation>
    </message>
    <message>
        <source>List the county&apos;s municipalities</source>
        <translation>Visa länets kommuner</translation>
    </message>
    <message>
        <source>A municipality&apos;s notes</source>
        <translation>En kommuns anteckningar</translation>
    </message>
    <message>
        <source>Find in the notes at once (in the find field)</source>
        <translation>Sök i anteckningarna direkt (i sökfältet)</translation>
    </message>
    <message>
        <source>Go to the oldest note (in the list)</source>
        <translation>Gå till den äldsta anteckningen (i listan)</translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation>Listor och tabeller</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Leave the list for the next field</source>
        <translation>Lämna listan och gå till nästa fält</translation>
    </message>
    <message>
        <source>Delete the selected note, action or goal (asks first)</source>
        <translation>Ta bort den markerade anteckningen, åtgärden eller det markerade målet (frågar först)</translation>
    </message>
    <message>
        <source>Copy the selected rows, with a header row</source>
        <translation>Kopiera markerade rader, med rubrikrad</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Open the plan, action, place or grant of a row</source>
        <translation>Öppna radens plan, åtgärd, serviceställe eller stöd</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Ett avtal</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Spara avtalet</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartan</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Flytta kartan</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zooma in eller ut</translation>
    </message>
    <message>
        <source>Show all of Sweden</source>
        <translation>Visa hela Sverige</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <source>Go through the municipalities</source>
        <translation>Gå igenom kommunerna</translation>
    </message>
    <message>
        <source>Open the municipality</source>
        <translation>Öppna kommunen</translation>
    </message>
    <message>
        <source>Leave the map</source>
        <translation>Lämna kartan</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>Move from the search field into the list</source>
        <translation>Gå från sökfältet ner i listan</translation>
    </message>
    <message>
        <source>Open the municipality that best fits what you typed</source>
        <translation>Öppna den kommun som passar bäst med det du skrev</translation>
    </message>
    <message>
        <source>Show the previous or next municipality</source>
        <translation>Visa föregående eller nästa kommun</translation>
    </message>
    <message>
        <source>Municipality list</source>
        <translation>Kommunlistan</translation>
    </message>
    <message>
        <source>Move from the search field to the hits</source>
        <translation>Gå från sökfältet till träffarna</translation>
    </message>
    <message>
        <source>Open the note, plan or action of a hit</source>
        <translation>Öppna anteckningen, planen eller åtgärden i en träff</translation>
    </message>
    <message>
        <source>Open the municipality of a row</source>
        <translation>Öppna kommunen på raden</translation>
    </message>
    <message>
        <source>Overview: what falls due</source>
        <translation>Översikt: det som förfaller</translation>
    </message>
    <message>
        <source>Edit the cell (or just start typing)</source>
        <translation>Redigera rutan (eller börja bara skriva)</translation>
    </message>
    <message>
        <source>Enter, Tab</source>
        <translation>Enter, Tabb</translation>
    </message>
    <message>
        <source>Save the cell and move on</source>
        <translation>Spara rutan och gå vidare</translation>
    </message>
    <message>
        <source>Leave the cell without keeping the change</source>
        <translation>Lämna rutan utan att behålla ändringen</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + den understrukna bokstaven</translation>
    </message>
    <message>
        <source>Go to that menu, button or field</source>
        <translation>Gå till menyn, knappen eller fältet</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Hitta nästa träff</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Stäng handboken</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad det gör</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Servicepunkt is already running</source>
        <translation>Servicepunkt körs redan</translation>
    </message>
    <message>
        <source>Servicepunkt is already running with %1, but that window does not answer.

Wait a moment and try again. If it does not come back, close it (Task Manager on Windows) and start Servicepunkt again. Nothing was changed.</source>
        <translation>Servicepunkt körs redan med %1, men det fönstret svarar inte.

Vänta en stund och försök igen. Om det inte kommer tillbaka, stäng det (med Aktivitetshanteraren i Windows) och starta Servicepunkt igen. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <source>One &amp;week</source>
        <translation>En &amp;vecka</translation>
    </message>
    <message>
        <source>One &amp;month</source>
        <translation>En &amp;månad</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>Till ett &amp;datum:</translation>
    </message>
    <message>
        <source>Show the row again on:</source>
        <translation>Visa raden igen den:</translation>
    </message>
</context>
<context>
    <name>StageBox</name>
    <message>
        <source>Stage and history</source>
        <translation>Skede och historik</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>Byt &amp;skede…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Skedeshistorik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>Nuvarande skede:</translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation>%1 av %2 åtgärder genomförda</translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Plan stages by county</source>
        <translation>Planernas skeden per län</translation>
    </message>
    <message>
        <source>All of Sweden</source>
        <translation>Hela Sverige</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n municipalities</source>
        <translation>
            <numerusform>%1: %n kommun</numerusform>
            <numerusform>%1: %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan recorded: %1</source>
        <translation>Ingen plan registrerad: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to list the county&apos;s municipalities.</source>
        <translation>Klicka eller tryck på Enter för att visa länets kommuner.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Change stage</source>
        <translation>Byt skede</translation>
    </message>
    <message>
        <source>Optional, e.g. “Adopted by KF § 45”</source>
        <translation>Frivillig, t.ex. ”Antagen av KF § 45”</translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>Nytt &amp;skede:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>Servicepunkt cannot open the database</source>
        <translation>Servicepunkt kan inte öppna databasen</translation>
    </message>
    <message>
        <source>The database file %1 is missing, but there are backups of it. The newest one that is whole is from %2.

Restore it to go on where you were, or choose another file. Starting with an empty database keeps the backups.</source>
        <translation>Databasfilen %1 saknas, men det finns säkerhetskopior av den. Den senaste hela är från %2.

Återställ den för att fortsätta där du var, eller välj en annan fil. Börjar du med en tom databas finns säkerhetskopiorna kvar.</translation>
    </message>
    <message>
        <source>Beside the database file %1 there was a log file (%1-wal) with changes that do not belong to this file, probably left from another file that lay there before. Reading it in would mix the two. A copy of the log was saved as %2.

Open the file as it is (recommended), or read in the log&apos;s changes anyway (the file as it is now is saved first).</source>
        <translation>Bredvid databasfilen %1 låg en loggfil (%1-wal) med ändringar som inte hör till den här filen, troligen kvar från en annan fil som låg där tidigare. Om loggen lästes in skulle de två blandas. En kopia av loggen sparades som %2.

Öppna filen som den är (rekommenderas), eller läs in loggens ändringar ändå (filen som den är nu sparas då först).</translation>
    </message>
    <message>
        <source>There is no room left on the disk to upgrade the database file %1 to this version (a copy is made first, in %2). The file was not changed.

Free some space, then try again.</source>
        <translation>Det finns inte plats på disken för att uppgradera databasfilen %1 till den här versionen (först görs en kopia, i %2). Filen ändrades inte.

Frigör utrymme och försök sedan igen.</translation>
    </message>
    <message>
        <source>Before upgrading the database file %1 to this version, Servicepunkt saves a copy of it in the folder %2, but it cannot write there. The file was not changed.

Make sure the folder can be written to (and that no file has its name), then try again.</source>
        <translation>Innan databasfilen %1 uppgraderas till den här versionen sparar Servicepunkt en kopia av den i mappen %2, men det går inte att skriva där. Filen ändrades inte.

Se till att det går att skriva i mappen (och att ingen fil har dess namn), och försök sedan igen.</translation>
    </message>
    <message>
        <source>Upgrading the database file %1 failed, and putting the original back could not be finished (for example because the disk is full). The original is kept in %2.

Free some space and try again: the original is put back first.</source>
        <translation>Uppgraderingen av databasfilen %1 misslyckades, och originalet kunde inte läggas tillbaka helt (till exempel för att disken är full). Originalet finns kvar i %2.

Frigör utrymme och försök igen: då läggs originalet tillbaka först.</translation>
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
    <message>
        <source>Open the file as it is</source>
        <translation>Öppna filen som den är</translation>
    </message>
    <message>
        <source>Read in the log&apos;s changes</source>
        <translation>Läs in loggens ändringar</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Välj en annan fil…</translation>
    </message>
    <message>
        <source>Start with a new database</source>
        <translation>Börja med en ny databas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Välj en databasfil</translation>
    </message>
    <message>
        <source>Servicepunkt database (*.sqlite3)</source>
        <translation>Servicepunkt-databas (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Add status</source>
        <translation>Lägg till status</translation>
    </message>
    <message>
        <source>Optional, e.g. “The owner retires in June”</source>
        <translation>Frivilligt, t.ex. ”Ägaren går i pension i juni”</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file, semicolon-separated (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV-fil, semikolonseparerad (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again, or choose another file.</source>
        <translation>Något oväntat gick fel. Försök igen eller välj en annan fil.</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>Tabellen kunde inte sparas som %1.</translation>
    </message>
    <message>
        <source>You may not write in that folder, or the file is open in another program (such as Excel). Close it, or choose another folder.</source>
        <translation>Du får inte skriva i den mappen, eller så är filen öppen i ett annat program (till exempel Excel). Stäng den eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The disk is full. Make room, or choose another disk.</source>
        <translation>Disken är full. Frigör utrymme eller välj en annan disk.</translation>
    </message>
    <message>
        <source>Check that the folder exists, then try again or choose another folder.</source>
        <translation>Kontrollera att mappen finns och försök igen, eller välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>TakeAlong</name>
    <message>
        <source>Take the municipality along</source>
        <translation>Ta med kommunen</translation>
    </message>
    <message>
        <source>Choose the municipality in the list first, then try again.</source>
        <translation>Välj först kommunen i listan och försök sedan igen.</translation>
    </message>
    <message>
        <source>Save the local file as</source>
        <translation>Spara den lokala filen som</translation>
    </message>
    <message>
        <source>Servicepunkt database (*.sqlite3)</source>
        <translation>Servicepunkt-databas (*.sqlite3)</translation>
    </message>
    <message>
        <source>Making the local file…</source>
        <translation>Skapar den lokala filen…</translation>
    </message>
    <message>
        <source>The local file could not be made</source>
        <translation>Den lokala filen kunde inte skapas</translation>
    </message>
    <message>
        <source>Servicepunkt could not make %1. Choose another folder (one of your own, with room left) or another file name, then try again. The shared database is unchanged.</source>
        <translation>Servicepunkt kunde inte skapa %1. Välj en annan mapp (en egen, där det finns plats kvar) eller ett annat filnamn och försök igen. Den delade databasen är oförändrad.</translation>
    </message>
    <message>
        <source>%1 is now in the local file %2, to work on without a connection. To bring your changes back, export them there with File → Export for a colleague or the region…, and import that file here with File → Import…: nothing anyone changed meanwhile is overwritten.

Open the local file now?</source>
        <translation>%1 finns nu i den lokala filen %2, så att du kan arbeta utan anslutning. För att föra tillbaka dina ändringar exporterar du dem där med Arkiv → Exportera för kollega / region… och importerar den filen här med Arkiv → Importera…: inget som någon annan ändrat under tiden skrivs över.

Vill du öppna den lokala filen nu?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopia av %1</translation>
    </message>
    <message>
        <source>Save a copy as an exchange file</source>
        <translation>Spara en kopia som utbytesfil</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopian sparades: %1</translation>
    </message>
</context>
<context>
    <name>TodoCounts</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoMessages</name>
    <message>
        <source>Plan to be revised</source>
        <translation>Planen ska revideras</translation>
    </message>
    <message>
        <source>Yearly follow-up of the plan</source>
        <translation>Årlig uppföljning av planen</translation>
    </message>
    <message>
        <source>Action deadline</source>
        <translation>Åtgärd klar senast</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Sista dag för ansökan</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Avtalet löper ut</translation>
    </message>
    <message>
        <source>Payment under agreement</source>
        <translation>Utbetalning enligt avtal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgon</translation>
    </message>
    <message>
        <source>Choose a date after today.</source>
        <translation>Välj ett datum efter i dag.</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>Det datumet finns inte.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hur länge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Mark don&amp;e</source>
        <translation>Kla&amp;r</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Skjut &amp;upp…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportera kalen&amp;der (.ics)…</translation>
    </message>
    <message>
        <source>Nothing to do in this period.</source>
        <translation>Inget att göra under perioden.</translation>
    </message>
    <message>
        <source>&amp;Undo done</source>
        <translation>Å&amp;ngra klar</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderfil (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1.</source>
        <translation>Kalendern kunde inte sparas som %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n dates in %1.</source>
        <translation>
            <numerusform>Sparade %n datum i %1.</numerusform>
            <numerusform>Sparade %n datum i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not write in that folder, or the file is open in another program. Close it, or choose another folder.</source>
        <translation>Du får inte skriva i den mappen, eller så är filen öppen i ett annat program. Stäng den, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The disk is full. Make room, or choose another disk.</source>
        <translation>Disken är full. Frigör utrymme eller välj en annan disk.</translation>
    </message>
    <message>
        <source>Check that the folder exists, then try again or choose another folder.</source>
        <translation>Kontrollera att mappen finns och försök igen, eller välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>TodoScopeBar</name>
    <message>
        <source>M&amp;y municipalities</source>
        <translation>&amp;Mina kommuner</translation>
    </message>
    <message>
        <source>O&amp;ne municipality:</source>
        <translation>&amp;En kommun:</translation>
    </message>
    <message>
        <source>A&amp;ll municipalities</source>
        <translation>A&amp;lla kommuner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Inom 30 dagar</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Inom 90 dagar</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Vi&amp;sa klara</translation>
    </message>
    <message>
        <source>You have not marked any municipality as one of My municipalities (in the list of municipalities). Until you do, choose one municipality here.</source>
        <translation>Du har inte markerat någon kommun som en av Mina kommuner (i listan över kommuner). Välj en kommun här så länge.</translation>
    </message>
    <message>
        <source>Choose one municipality</source>
        <translation>Välj en kommun</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Delete permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Delete “%1” permanently?</source>
        <translation>Radera ”%1” permanent?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message>
        <source>Delete everything in the trash permanently?</source>
        <translation>Radera allt i papperskorgen permanent?</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>This cannot be undone. Everything that belongs to it goes from the file too: earlier versions and drafts, for a plan its goals and actions, for a place its agreements with their payments and its status history, for an agreement its payments. Grant cases of a place stay, with the municipality as the applicant. Backups made before now still hold it.</source>
        <translation>Det går inte att ångra. Allt som hör till tas bort ur filen samtidigt: tidigare versioner och utkast, för en plan dess mål och åtgärder, för ett serviceställe dess avtal med utbetalningar och dess statushistorik, för ett avtal dess utbetalningar. Stödärenden för ett serviceställe finns kvar, med kommunen som sökande. Säkerhetskopior som gjorts före nu innehåller det fortfarande.</translation>
    </message>
    <message>
        <source>In the trash now: %1. This cannot be undone. Everything that belongs to them goes from the file too: earlier versions and drafts, for plans their goals and actions, for places their agreements with their payments and their status history. Grant cases of a place stay, with the municipality as the applicant. Backups made before now still hold them.</source>
        <translation>I papperskorgen nu: %1. Det går inte att ångra. Allt som hör till tas bort ur filen samtidigt: tidigare versioner och utkast, för planer deras mål och åtgärder, för serviceställen deras avtal med utbetalningar och deras statushistorik. Stödärenden för ett serviceställe finns kvar, med kommunen som sökande. Säkerhetskopior som gjorts före nu innehåller dem fortfarande.</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Avtal %1</translation>
    </message>
    <message>
        <source>Deleted notes, plans, actions, places, agreements and grant cases. Choose one and restore it. An agreement or grant case whose place is in the trash brings the place back with it.</source>
        <translation>Borttagna anteckningar, planer, åtgärder, serviceställen, avtal och stödärenden. Välj en och återställ den. Ett avtal eller stödärende vars serviceställe ligger i papperskorgen tar med sig servicestället tillbaka.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>Radera &amp;permanent…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Grant case</source>
        <translation>Stödärende</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>The note&apos;s text before each change. Taking a version back puts it in the editor; save to keep it (the current text becomes a version too).</source>
        <translation>Anteckningens text före varje ändring. Tar du tillbaka en version hamnar den i redigeraren; spara för att behålla den (den nuvarande texten blir då också en version).</translation>
    </message>
    <message>
        <source>&amp;Take this version back</source>
        <translation>&amp;Ta tillbaka den här versionen</translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message>
        <source>The disk is full</source>
        <translation>Disken är full</translation>
    </message>
    <message>
        <source>The database file cannot be written to</source>
        <translation>Det går inte att skriva i databasfilen</translation>
    </message>
    <message>
        <source>The database file is in use</source>
        <translation>Databasfilen används av ett annat program</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Databasfilen är skadad</translation>
    </message>
    <message>
        <source>The database file could not be reached</source>
        <translation>Det gick inte att nå databasfilen</translation>
    </message>
    <message>
        <source>The shared database cannot be reached</source>
        <translation>Den delade databasen går inte att nå</translation>
    </message>
    <message>
        <source>You may not change this</source>
        <translation>Du får inte ändra detta</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you wrote is still on the screen.</source>
        <translation>Inget sparades, och det du skrev finns kvar på skärmen.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds %1. Free some space (empty the recycle bin, remove large files you do not need), then save again.</source>
        <translation>Det finns inget utrymme kvar på disken där %1 ligger. Frigör utrymme (töm papperskorgen, ta bort stora filer du inte behöver) och spara sedan igen.</translation>
    </message>
    <message>
        <source>Servicepunkt may not write to %1: the file, its folder or the drive is read-only. Ask your IT department for write permission, or copy the file to a folder of your own and open it from there.</source>
        <translation>Servicepunkt får inte skriva i %1: filen, mappen eller enheten är skrivskyddad. Be IT-avdelningen om skrivrätt, eller kopiera filen till en egen mapp och öppna den därifrån.</translation>
    </message>
    <message>
        <source>Another program is using %1 right now (for example a backup or synchronisation program). Wait a moment and save again.</source>
        <translation>Ett annat program använder %1 just nu (till exempel ett program för säkerhetskopiering eller synkronisering). Vänta en stund och spara igen.</translation>
    </message>
    <message>
        <source>SQLite found damage in %1. Copy what you wrote somewhere safe, then restore the latest backup with File → Restore from backup…</source>
        <translation>SQLite hittade skador i %1. Kopiera det du skrev till en säker plats och återställ sedan den senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>The computer could not read or write %1. If the file is on a USB stick or a network drive, check that it is connected, then save again.</source>
        <translation>Datorn kunde inte läsa eller skriva %1. Om filen ligger på ett USB-minne eller en nätverksenhet, kontrollera att den är ansluten och spara sedan igen.</translation>
    </message>
    <message>
        <source>Servicepunkt has no connection to the shared database %1 (the network, the VPN or the server is down). Check that you are connected, then save again; Servicepunkt also tries again by itself.</source>
        <translation>Servicepunkt har ingen förbindelse med den delade databasen %1 (nätverket, VPN eller servern är nere). Kontrollera att du är ansluten och spara igen; Servicepunkt försöker också igen av sig självt.</translation>
    </message>
    <message>
        <source>The shared database %1 refused the change: you may read this municipality&apos;s records but not change them. Ask your coordinator for the right to change them.</source>
        <translation>Den delade databasen %1 tog inte emot ändringen: du får läsa den här kommunens uppgifter men inte ändra dem. Be samordnaren om rätt att ändra dem.</translation>
    </message>
    <message>
        <source>Servicepunkt could not save because of an unexpected problem with %1. It now checks the file and its search index, and says what it finds and mends.</source>
        <translation>Servicepunkt kunde inte spara på grund av ett oväntat problem med %1. Nu kontrolleras filen och dess sökindex, och du får veta vad som hittas och lagas.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Det gick inte att spara</translation>
    </message>
</context>
</TS>
