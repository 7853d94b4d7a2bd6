<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityStats</name>
    <message>
        <source>Counting the comments of tutorial %1 per week failed</source>
        <translation>Das Zählen der Kommentare von Tutorial %1 pro Woche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the unassigned comments per week failed</source>
        <translation>Das Zählen der nicht zugeordneten Kommentare pro Woche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the comments per week failed</source>
        <translation>Das Zählen der Kommentare pro Woche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finding the tutorials with the most comments failed</source>
        <translation>Die Suche nach den Tutorials mit den meisten Kommentaren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the title of tutorial %1 failed</source>
        <translation>Das Lesen des Titels von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tutorial %1 does not exist.</source>
        <translation>Tutorial %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Counting the comments…</source>
        <translation>Kommentare werden gezählt…</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Ganze Datenbank</translation>
    </message>
    <message>
        <source>No tutorial shown</source>
        <translation>Kein Tutorial angezeigt</translation>
    </message>
    <message>
        <source>Unassigned comments</source>
        <translation>Nicht zugeordnete Kommentare</translation>
    </message>
    <message>
        <source>Tutorial %1 (deleted)</source>
        <translation>Tutorial %1 (gelöscht)</translation>
    </message>
    <message>
        <source>Tutorial %1 (no title)</source>
        <translation>Tutorial %1 (ohne Titel)</translation>
    </message>
    <message>
        <source>Tutorial %1</source>
        <translation>Tutorial %1</translation>
    </message>
    <message>
        <source>Comments per week: %1</source>
        <translation>Kommentare pro Woche: %1</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Week starting (Monday, UTC)</source>
        <translation>Woche ab (Montag, UTC)</translation>
    </message>
    <message>
        <source>Select a tutorial in the main window, or choose the whole database.</source>
        <translation>Wählen Sie im Hauptfenster ein Tutorial aus oder wählen Sie die ganze Datenbank.</translation>
    </message>
    <message>
        <source>%1: no comments.</source>
        <translation>%1: keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n week(s), from %3 to the week of %4; the busiest week began %5 (%6).</source>
        <translation>
            <numerusform>%1: %2 in %n Woche, von %3 bis zur Woche vom %4; die meisten in der Woche ab %5 (%6).</numerusform>
            <numerusform>%1: %2 in %n Wochen, von %3 bis zur Woche vom %4; die meisten in der Woche ab %5 (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutorials with the most comments (whole database)</source>
        <translation>Tutorials mit den meisten Kommentaren (ganze Datenbank)</translation>
    </message>
    <message>
        <source>Most comments: %1 (%2).</source>
        <translation>Die meisten Kommentare: %1 (%2).</translation>
    </message>
    <message>
        <source>No tutorial has comments.</source>
        <translation>Kein Tutorial hat Kommentare.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Comments of:</source>
        <translation>&amp;Kommentare von:</translation>
    </message>
    <message>
        <source>The shown tutorial</source>
        <translation>Dem angezeigten Tutorial</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>Der ganzen Datenbank</translation>
    </message>
    <message>
        <source>Comments of</source>
        <translation>Kommentare von</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Die Zahlen aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Die Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export the charts as SVG</source>
        <translation>Die Diagramme als SVG exportieren</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Diagramm oder Tabelle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Chart of the comments per week</source>
        <translation>Diagramm der Kommentare pro Woche</translation>
    </message>
    <message>
        <source>Chart of the tutorials with the most comments</source>
        <translation>Diagramm der Tutorials mit den meisten Kommentaren</translation>
    </message>
    <message>
        <source>Comments per week</source>
        <translation>Kommentare pro Woche</translation>
    </message>
    <message>
        <source>Comments per week, as a table</source>
        <translation>Kommentare pro Woche, als Tabelle</translation>
    </message>
    <message>
        <source>Tutorials with the most comments, as a table</source>
        <translation>Tutorials mit den meisten Kommentaren, als Tabelle</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>Weeks begin on Monday at 00:00 UTC; each comment counts in the week of its creation time. The whole database includes the unassigned comments.</source>
        <translation>Wochen beginnen montags um 00:00 UTC; jeder Kommentar zählt in der Woche, in der er erstellt wurde. Die ganze Datenbank schließt die nicht zugeordneten Kommentare ein.</translation>
    </message>
    <message>
        <source>About the weeks</source>
        <translation>Über die Wochen</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>CommentPane</name>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comment error</source>
        <translation>Fehler im Kommentar</translation>
    </message>
    <message>
        <source>New comment name</source>
        <translation>Name für den neuen Kommentar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New comment text</source>
        <translation>Text des neuen Kommentars</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>Kommentar hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach …</translation>
    </message>
    <message>
        <source>Move the selected comments to another tutorial</source>
        <translation>Die ausgewählten Kommentare in ein anderes Tutorial verschieben</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>Type a name and a comment, then Add comment.</source>
        <translation>Geben Sie einen Namen und einen Kommentar ein und klicken Sie dann auf „Kommentar hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Erstellt am %1, zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation>Soc&amp;ket:</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>TLS C&amp;A file:</source>
        <translation>TLS-&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>TLS certificate authority file</source>
        <translation>Datei der TLS-Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed the server&apos;s certificate</source>
        <translation>optional: PEM-Datei der Stelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose TLS certificate authority file</source>
        <translation>Datei der TLS-Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>TLS c&amp;ertificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>TLS client certificate file</source>
        <translation>Datei des TLS-Client-Zertifikats</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Choose TLS client certificate file</source>
        <translation>Datei des TLS-Client-Zertifikats wählen</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>TLS client key file</source>
        <translation>Datei des TLS-Client-Schlüssels</translation>
    </message>
    <message>
        <source>Choose TLS client key file</source>
        <translation>Datei des TLS-Client-Schlüssels wählen</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Zeitl&amp;imit beim Verbinden:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain only if you ask; it is never written to Tutorial Desk&apos;s settings.</source>
        <translation>Das Passwort wird nur auf Wunsch im Schlüsselbund des Systems abgelegt, nie in den Einstellungen von Tutorial Desk.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>No system keychain answers here, so the password cannot be kept safely: it is used for this session only and asked again next time.</source>
        <translation>Hier antwortet kein Schlüsselbund des Systems, daher kann das Passwort nicht sicher abgelegt werden: Es gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation>TLS-Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation>TLS-Client-Schlüssel</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or a socket.</source>
        <translation>Geben Sie den Hostnamen des Servers oder einen Socket ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected to %1, but: %2</source>
        <translation>Mit %1 verbunden, aber: %2</translation>
    </message>
    <message>
        <source>Connected: %1. The database has no tables yet; they will be created.</source>
        <translation>Verbunden: %1. Die Datenbank hat noch keine Tabellen; sie werden angelegt.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a tutorials database on a MySQL or MariaDB server, such as the one the Node.js service of the Sequelize tutorials application uses.</source>
        <translation>Eine Tutorial-Datenbank auf einem MySQL- oder MariaDB-Server öffnen, etwa die des Node.js-Dienstes der Sequelize-Tutorial-Anwendung.</translation>
    </message>
    <message>
        <source>Connected: %1. The database has the tutorials and comments tables of the Sequelize tutorials application.</source>
        <translation>Verbunden: %1. Die Datenbank enthält die Tabellen tutorials und comments der Sequelize-Tutorial-Anwendung.</translation>
    </message>
    <message>
        <source>optional: replaces host and port</source>
        <translation>optional: ersetzt Host und Port</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1
Your edits are kept; Tutorial Desk reconnects by itself when the server is back.</source>
        <translation>%1
Ihre Änderungen bleiben erhalten; Tutorial Desk verbindet sich von selbst neu, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>%1
Still trying to reconnect; your edits are kept.</source>
        <translation>%1
Neue Verbindung wird weiter versucht; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet. They are saved by themselves, in order, once it answers.</source>
        <translation>
            <numerusform>Warten auf die Datenbank: %n Änderung noch nicht gespeichert. Sie wird von selbst gespeichert, sobald die Datenbank antwortet.</numerusform>
            <numerusform>Warten auf die Datenbank: %n Änderungen noch nicht gespeichert. Sie werden von selbst der Reihe nach gespeichert, sobald die Datenbank antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Row counts</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Anzahl nicht verfügbar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, %1 unassigned</source>
        <translation>, %1 ohne Zuordnung</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed (%2).</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert (%2).</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>Socket %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the connection is not encrypted although TLS was asked for (ssl-ca)</source>
        <translation>%1: Die Verbindung ist nicht verschlüsselt, obwohl TLS verlangt wurde (ssl-ca)</translation>
    </message>
    <message>
        <source>Cannot connect to the MySQL server (database &quot;%1&quot;, user &quot;%2&quot;): %3</source>
        <translation>Keine Verbindung zum MySQL-Server (Datenbank „%1“, Benutzer „%2“): %3</translation>
    </message>
    <message>
        <source>this cluster node is not ready (it is not part of the primary component)</source>
        <translation>dieser Cluster-Knoten ist nicht bereit (er gehört nicht zur primären Komponente)</translation>
    </message>
    <message>
        <source>this cluster node is still applying earlier writes</source>
        <translation>dieser Cluster-Knoten spielt noch frühere Schreibvorgänge ein</translation>
    </message>
    <message>
        <source>the in-memory SQLite database</source>
        <translation>die SQLite-Datenbank im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite-Datei %1</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost (%3)</source>
        <translation>%1: Die Verbindung zu %2 ist abgebrochen (%3)</translation>
    </message>
    <message>
        <source>%1: another session changed the same rows at the same time (%2)</source>
        <translation>%1: Eine andere Sitzung hat gleichzeitig dieselben Zeilen geändert (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program is writing to it (%2)</source>
        <translation>%1: Die Datenbank ist belegt, ein anderes Programm schreibt gerade hinein (%2)</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>TLS was asked for (ssl-ca) and could not be established: %1</source>
        <translation>TLS wurde verlangt (ssl-ca), konnte aber nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>Ein-/Ausgabefehler beim Datenträgerzugriff</translation>
    </message>
    <message>
        <source>another program deleted the database&apos;s write-ahead log while Tutorial Desk was writing to it, so this change is not in the file; reopen the database</source>
        <translation>ein anderes Programm hat das Write-Ahead-Log der Datenbank gelöscht, während Tutorial Desk hineinschrieb; diese Änderung ist daher nicht in der Datei. Öffnen Sie die Datenbank erneut</translation>
    </message>
    <message>
        <source>Cannot open %1: its text functions could not be registered.</source>
        <translation>%1 kann nicht geöffnet werden: Die Textfunktionen ließen sich nicht registrieren.</translation>
    </message>
    <message>
        <source>%1: the database is busy: another session holds the rows (%2)</source>
        <translation>%1: Die Datenbank ist belegt: eine andere Sitzung hält die Zeilen (%2)</translation>
    </message>
    <message>
        <source>The MariaDB client library could not be loaded: %1</source>
        <translation>Die MariaDB-Clientbibliothek konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it as it is?</source>
        <translation>%1 existiert bereits. So öffnen, wie sie ist?</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>sqlite: needs a file path, or :memory:</source>
        <translation>sqlite: braucht einen Dateipfad oder :memory:</translation>
    </message>
    <message>
        <source>the file path contains a NUL character</source>
        <translation>der Dateipfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it must start with sqlite:, mysql:// or mariadb://</source>
        <translation>sie muss mit sqlite:, mysql:// oder mariadb:// beginnen</translation>
    </message>
    <message>
        <source>a database name is missing (…/DATABASE)</source>
        <translation>der Name der Datenbank fehlt (…/DATABASE)</translation>
    </message>
    <message>
        <source>a user name is missing (mysql://USER@HOST/DATABASE)</source>
        <translation>der Benutzername fehlt (mysql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>connect-timeout &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>connect-timeout „%1“ ist keine Sekundenzahl von 1 bis 3600</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (known: socket, connect-timeout, ssl-ca, ssl-cert, ssl-key)</source>
        <translation>unbekannter Parameter „%1“ (bekannt sind: socket, connect-timeout, ssl-ca, ssl-cert, ssl-key)</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>Datenbank im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>in-memory SQLite database</source>
        <translation>SQLite-Datenbank im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite-Datei %1</translation>
    </message>
    <message>
        <source>MySQL server on socket %1</source>
        <translation>MySQL-Server am Socket %1</translation>
    </message>
    <message>
        <source>MySQL server %1</source>
        <translation>MySQL-Server %1</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>Ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation>nicht geschlossene „[“ im Host „%1“</translation>
    </message>
    <message>
        <source>unexpected text after host &quot;%1&quot;</source>
        <translation>unerwarteter Text nach dem Host „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>„%1“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the database name contains &apos;/&apos; (in a password, write / as %2F, @ as %40 and ? as %3F)</source>
        <translation>der Datenbankname enthält „/“ (in einem Passwort / als %2F, @ als %40 und ? als %3F schreiben)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>create tutorial “%1”</source>
        <translation>Tutorial „%1“ anlegen</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>edit tutorial “%1”</source>
        <translation>Tutorial „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>the new tutorial</source>
        <translation>das neue Tutorial</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>delete tutorial “%1”</source>
        <translation>Tutorial „%1“ löschen</translation>
    </message>
    <message>
        <source>add comment by “%1”</source>
        <translation>Kommentar von „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>delete comment by “%1”</source>
        <translation>Kommentar von „%1“ löschen</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln comment(s). Undo brings them back.</source>
        <translation>
            <numerusform>%Ln Kommentar gelöscht. „Rückgängig“ holt ihn zurück.</numerusform>
            <numerusform>%Ln Kommentare gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>ohne Zuordnung</translation>
    </message>
    <message>
        <source>tutorial %1</source>
        <translation>Tutorial %1</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>%1 verschieben nach %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 verschoben nach %2.</translation>
    </message>
    <message>
        <source>edit comment by “%1”</source>
        <translation>Kommentar von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>load the sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since the sample data was loaded; undoing would delete their work, so nothing was deleted.</source>
        <translation>„%1“ wurde seit dem Laden der Beispieldaten von jemand anderem geändert; Rückgängig würde diese Arbeit löschen, daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Loaded the sample data.</source>
        <translation>Beispieldaten geladen.</translation>
    </message>
    <message>
        <source>Your edit was saved first; press Undo again to take it back.</source>
        <translation>Ihre Änderung wurde zuerst gespeichert; erneut Rückgängig drücken, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <source>Undo waits until your changes are saved.</source>
        <translation>Rückgängig wartet, bis Ihre Änderungen gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 This step was taken off the undo list.</source>
        <translation>%1 Dieser Schritt wurde aus der Rückgängig-Liste genommen.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Not done: the step before it was refused.</source>
        <translation>Nicht ausgeführt: der Schritt davor wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 und %2 importiert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>%1 und %2 nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Not in it: %1 (the JSON holds comments under their tutorial; Export comments CSV has them).</source>
        <translation>Nicht enthalten: %1 (das JSON führt Kommentare unter ihrem Tutorial; „Kommentare als CSV exportieren“ enthält sie).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tutorial Desk</source>
        <translation>Tutorial Desk</translation>
    </message>
    <message>
        <source>Search tutorials</source>
        <translation>Tutorials durchsuchen</translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation>Titel und Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutorials</translation>
    </message>
    <message>
        <source>Select a tutorial on the left, or create one.</source>
        <translation>Wählen Sie links ein Tutorial aus oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>&amp;New tutorial</source>
        <translation>&amp;Neues Tutorial</translation>
    </message>
    <message>
        <source>These comments belong to no tutorial (their tutorial was deleted and they were kept). Drag them onto a tutorial, or use Move to…, to assign them.</source>
        <translation>Diese Kommentare gehören zu keinem Tutorial (ihr Tutorial wurde gelöscht, sie wurden behalten). Ziehen Sie sie auf ein Tutorial oder benutzen Sie „Verschieben nach …“, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sort tutorials by</source>
        <translation>Tutorials &amp;sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>Create a new SQLite database file</source>
        <translation>Eine neue SQLite-Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a SQLite database file</source>
        <translation>Eine SQLite-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Open a database on a MySQL or MariaDB server</source>
        <translation>Eine Datenbank auf einem MySQL- oder MariaDB-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Save tutorial</source>
        <translation>Tutorial &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert tutorial</source>
        <translation>Tutorial zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export comments &amp;CSV…</source>
        <translation>Kommentare als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>New &amp;tutorial</source>
        <translation>Neues &amp;Tutorial</translation>
    </message>
    <message>
        <source>New &amp;comment</source>
        <translation>Neuer &amp;Kommentar</translation>
    </message>
    <message>
        <source>&amp;Move comments to…</source>
        <translation>Kommentare &amp;verschieben nach …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Comment count</source>
        <translation>&amp;Anzahl der Kommentare</translation>
    </message>
    <message>
        <source>&amp;Last update</source>
        <translation>&amp;Letzte Änderung</translation>
    </message>
    <message>
        <source>C&amp;reation time</source>
        <translation>&amp;Erstellungszeit</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>Ab&amp;steigend</translation>
    </message>
    <message>
        <source>Show &amp;creation time</source>
        <translation>&amp;Erstellungszeit anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Tutorial Desk</source>
        <translation>Ü&amp;ber Tutorial Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Tutorial Desk — %1[*]</source>
        <translation>Tutorial Desk – %1[*]</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>About Tutorial Desk</source>
        <translation>Über Tutorial Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tutorial Desk %1&lt;/h3&gt;&lt;p&gt;Browse and edit the tutorials and comments of the Sequelize one-to-many example.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Database: %3&lt;br&gt;Server: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tutorial Desk %1&lt;/h3&gt;&lt;p&gt;Tutorials und Kommentare des Sequelize-Beispiels „one-to-many“ ansehen und bearbeiten.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Datenbank: %3&lt;br&gt;Server: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Adds the demo of the Sequelize tutorials application: two tutorials with two comments each</source>
        <translation>Fügt die Demo der Sequelize-Tutorial-Anwendung hinzu: zwei Tutorials mit je zwei Kommentaren</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tutorial Desk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;The licence&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tutorial Desk ist freie Software unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later), und kommt ohne jede Garantie. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Die Lizenz&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>MoveCommentDialog</name>
    <message>
        <source>Move comments</source>
        <translation>Kommentare verschieben</translation>
    </message>
    <message>
        <source>Move to this &amp;tutorial:</source>
        <translation>In dieses &amp;Tutorial verschieben:</translation>
    </message>
    <message>
        <source>Search tutorials</source>
        <translation>Tutorials durchsuchen</translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation>Titel und Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutorials</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln comment(s) to this &amp;tutorial:</source>
        <translation>
            <numerusform>Den Kommentar in dieses &amp;Tutorial verschieben:</numerusform>
            <numerusform>%Ln Kommentare in dieses &amp;Tutorial verschieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Or &amp;detach them from their tutorial (they become unassigned comments)</source>
        <translation>Oder vom Tutorial &amp;lösen (sie werden zu nicht zugeordneten Kommentaren)</translation>
    </message>
    <message>
        <source>No tutorial matches “%1”.</source>
        <translation>Kein Tutorial passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Or &amp;detach the comment(s) from the tutorial (they become unassigned comments)</source>
        <translation>
            <numerusform>Oder den Kommentar vom Tutorial &amp;lösen (er wird zu einem nicht zugeordneten Kommentar)</numerusform>
            <numerusform>Oder die Kommentare vom Tutorial &amp;lösen (sie werden zu nicht zugeordneten Kommentaren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>NativeExport</name>
    <message>
        <source>Exporting failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The tutorial you were looking at was deleted elsewhere.</source>
        <translation>Das angezeigte Tutorial wurde anderswo gelöscht.</translation>
    </message>
    <message>
        <source>Reading the tutorial list…</source>
        <translation>Die Tutorial-Liste wird gelesen …</translation>
    </message>
    <message>
        <source>This database has no tutorials yet. Create one, or load the sample data: the two demo tutorials of the Sequelize tutorials application, with their comments.</source>
        <translation>Diese Datenbank enthält noch keine Tutorials. Legen Sie eines an oder laden Sie die Beispieldaten: die zwei Demo-Tutorials der Sequelize-Tutorial-Anwendung mit ihren Kommentaren.</translation>
    </message>
    <message>
        <source>No tutorial matches “%1”.</source>
        <translation>Kein Tutorial passt zu „%1“.</translation>
    </message>
    <message>
        <source>Select a tutorial on the left, or create one.</source>
        <translation>Wählen Sie links ein Tutorial aus oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>Reading the unassigned comments…</source>
        <translation>Die nicht zugeordneten Kommentare werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the tutorial…</source>
        <translation>Das Tutorial wird gelesen…</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Show changes made elsewhere</source>
        <translation>Anderswo vorgenommene Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Every second</source>
        <translation>Jede Sekunde</translation>
    </message>
    <message>
        <source>Every 3 seconds</source>
        <translation>Alle 3 Sekunden</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Alle 10 Sekunden</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Show &amp;changes made elsewhere:</source>
        <translation>&amp;Anderswo vorgenommene Änderungen anzeigen:</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Delete tutorial</source>
        <translation>Tutorial löschen</translation>
    </message>
    <message>
        <source>Delete the tutorial “%1”? It has no comments.</source>
        <translation>Das Tutorial „%1“ löschen? Es hat keine Kommentare.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the tutorial “%1” and its %2?</source>
        <translation>Das Tutorial „%1“ und seine %2 löschen?</translation>
    </message>
    <message>
        <source>Its comments can be deleted with it, or kept as unassigned comments that belong to no tutorial.</source>
        <translation>Seine Kommentare können mit ihm gelöscht oder als nicht zugeordnete Kommentare behalten werden, die zu keinem Tutorial gehören.</translation>
    </message>
    <message>
        <source>Delete with its &amp;comments</source>
        <translation>Mit seinen &amp;Kommentaren löschen</translation>
    </message>
    <message>
        <source>&amp;Keep comments unassigned</source>
        <translation>Kommentare ohne Zuordnung &amp;behalten</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Save your version over theirs, reload theirs (your edits are dropped), or keep editing.</source>
        <translation>Speichern Sie Ihre Fassung über die andere, laden Sie die andere neu (Ihre Änderungen gehen verloren) oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>The title or description was edited but not saved.</source>
        <translation>Titel oder Beschreibung wurden bearbeitet, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The title or description was edited, and a new comment was typed but not added. Save keeps both.</source>
        <translation>Titel oder Beschreibung wurden geändert, und ein neuer Kommentar wurde eingegeben, aber nicht hinzugefügt. Speichern behält beides.</translation>
    </message>
    <message>
        <source>A new comment was typed but not added. Save adds it.</source>
        <translation>Ein neuer Kommentar wurde eingegeben, aber nicht hinzugefügt. Speichern fügt ihn hinzu.</translation>
    </message>
    <message>
        <source>Discard the new tutorial</source>
        <translation>Neues Tutorial verwerfen</translation>
    </message>
    <message>
        <source>Discard the new tutorial? It was never saved, so Undo cannot bring it back.</source>
        <translation>Das neue Tutorial verwerfen? Es wurde nie gespeichert, Rückgängig kann es also nicht zurückholen.</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Kommentar nicht gespeichert</translation>
    </message>
    <message>
        <source>Your edit of a comment could not be saved: %1</source>
        <translation>Ihre Änderung an einem Kommentar konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Keep editing to fix it, or discard the edit: the comment stays as it was.</source>
        <translation>Bearbeiten Sie weiter, um sie zu korrigieren, oder verwerfen Sie die Änderung: Der Kommentar bleibt dann, wie er war.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are not saved in the database yet.</source>
        <translation>
            <numerusform>%n Änderung ist noch nicht in der Datenbank gespeichert.</numerusform>
            <numerusform>%n Änderungen sind noch nicht in der Datenbank gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database does not answer: %1</source>
        <translation>Die Datenbank antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Wait until they are saved, quit and drop them, or go back.</source>
        <translation>Warten, bis sie gespeichert sind, beenden und sie verwerfen, oder zurück.</translation>
    </message>
    <message>
        <source>&amp;Wait for them</source>
        <translation>&amp;Darauf warten</translation>
    </message>
    <message>
        <source>&amp;Drop them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Changes from the last session</source>
        <translation>Änderungen aus der letzten Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Tutorial Desk stopped before %n change(s) to this database were saved.</source>
        <translation>
            <numerusform>Tutorial Desk wurde beendet, bevor %n Änderung an dieser Datenbank gespeichert war.</numerusform>
            <numerusform>Tutorial Desk wurde beendet, bevor %n Änderungen an dieser Datenbank gespeichert waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them now? Each is checked against what the database holds now: a row someone else changed since is not overwritten.</source>
        <translation>Jetzt speichern? Jede wird mit dem verglichen, was die Datenbank jetzt enthält: eine Zeile, die seither jemand anderes geändert hat, wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;later</source>
        <translation>&amp;Später fragen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>comment count</source>
        <translation>Anzahl der Kommentare</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <source>last update</source>
        <translation>letzter Änderung</translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation>sortiert nach %1, absteigend</translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation>sortiert nach %1, aufsteigend</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ohne Beschreibung)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Times are local time (%1).</source>
        <translation>Zeiten in Ortszeit (%1).</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), oldest first</source>
        <translation>
            <numerusform>%n Kommentar, der älteste zuerst</numerusform>
            <numerusform>%n Kommentare, die ältesten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutorials</translation>
    </message>
    <message>
        <source>All tutorials, %1.</source>
        <translation>Alle Tutorials, %1.</translation>
    </message>
    <message>
        <source>Title or description containing: </source>
        <translation>Titel oder Beschreibung enthält: </translation>
    </message>
    <message>
        <source>; %1.</source>
        <translation>; %1.</translation>
    </message>
    <message>
        <source>No tutorials.</source>
        <translation>Keine Tutorials.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutorial(s)</source>
        <translation>
            <numerusform>%n Tutorial</numerusform>
            <numerusform>%n Tutorials</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Tutorial %1</source>
        <translation>Tutorial %1</translation>
    </message>
    <message>
        <source>The report cannot be printed: the printer or the file could not be opened.</source>
        <translation>Der Bericht kann nicht gedruckt werden: Der Drucker oder die Datei ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1, gedruckt am %2</translation>
    </message>
    <message>
        <source>The report cannot be printed: page %1 could not be started.</source>
        <translation>Der Bericht kann nicht gedruckt werden: Seite %1 ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report cannot be printed: the printer or the file did not take it.</source>
        <translation>Der Bericht kann nicht gedruckt werden: Der Drucker oder die Datei hat ihn nicht angenommen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>Druck&amp;vorschau</translation>
    </message>
    <message>
        <source>Export P&amp;DF</source>
        <translation>Als P&amp;DF exportieren</translation>
    </message>
    <message>
        <source>&amp;Shown Tutorial…</source>
        <translation>&amp;Angezeigtes Tutorial …</translation>
    </message>
    <message>
        <source>The tutorial shown on the right, with all its comments</source>
        <translation>Das rechts angezeigte Tutorial mit allen Kommentaren</translation>
    </message>
    <message>
        <source>Tutorial &amp;List…</source>
        <translation>Tutorial-&amp;Liste …</translation>
    </message>
    <message>
        <source>The tutorial list as it is filtered and sorted now</source>
        <translation>Die Tutorial-Liste, so gefiltert und sortiert wie gerade angezeigt</translation>
    </message>
    <message>
        <source>Preparing a report</source>
        <translation>Bericht wird vorbereitet</translation>
    </message>
    <message>
        <source>A report is being prepared already.</source>
        <translation>Es wird schon ein Bericht vorbereitet.</translation>
    </message>
    <message>
        <source>No tutorial is shown: choose one in the list, or print the tutorial list.</source>
        <translation>Es wird kein Tutorial angezeigt: Wählen Sie eines in der Liste, oder drucken Sie die Tutorial-Liste.</translation>
    </message>
    <message>
        <source>tutorial-%1.pdf</source>
        <translation>tutorial-%1.pdf</translation>
    </message>
    <message>
        <source>tutorials.pdf</source>
        <translation>tutorials.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print Tutorial</source>
        <translation>Tutorial drucken</translation>
    </message>
    <message>
        <source>Print Tutorial List</source>
        <translation>Tutorial-Liste drucken</translation>
    </message>
    <message>
        <source>Preparing the report of tutorial %1…</source>
        <translation>Bericht über Tutorial %1 wird vorbereitet …</translation>
    </message>
    <message>
        <source>Preparing the report of the tutorial list…</source>
        <translation>Bericht über die Tutorial-Liste wird vorbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert.</numerusform>
            <numerusform>%n Seiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite an %1 gesendet.</numerusform>
            <numerusform>%n Seiten an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>It shows the tutorial as saved: your unsaved edits are not in it.</source>
        <translation>Er zeigt das Tutorial wie gespeichert: Ihre ungespeicherten Änderungen sind nicht darin.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Showing the print preview of “%1”.</source>
        <translation>Druckvorschau von „%1“.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s) laid out</source>
        <translation>
            <numerusform>%1 von %n Seite gesetzt</numerusform>
            <numerusform>%1 von %n Seiten gesetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Creating the tables failed</source>
        <translation>Das Anlegen der Tabellen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dropping the tables failed</source>
        <translation>Das Löschen der Tabellen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the column sizes failed</source>
        <translation>Das Lesen der Spaltengrößen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the list of tables failed</source>
        <translation>Das Lesen der Tabellenliste ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the columns of %1 failed</source>
        <translation>Das Lesen der Spalten von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is not the Sequelize tutorials application&apos;s: it has no column %2. Nothing was changed.</source>
        <translation>Die Tabelle „%1“ stammt nicht aus der Sequelize-Tutorial-Anwendung: Ihr fehlt die Spalte %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; exists but &quot;%2&quot; does not, so this is not a database of the Sequelize tutorials application. Nothing was changed.</source>
        <translation>Die Tabelle „%1“ existiert, „%2“ aber nicht, also ist das keine Datenbank der Sequelize-Tutorial-Anwendung. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two keys that do the same</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <comment>a submenu&apos;s title, then an item in it</comment>
        <translation>%1 ▸ %2</translation>
    </message>
</context>
<context>
    <name>SqlDrivers</name>
    <message>
        <source>MySQL and MariaDB servers cannot be opened: Qt&apos;s MySQL driver is not installed. Install the package %1 (for example: sudo apt install %1).</source>
        <translation>MySQL- und MariaDB-Server können nicht geöffnet werden: Der MySQL-Treiber von Qt ist nicht installiert. Installieren Sie das Paket %1 (zum Beispiel: sudo apt install %1).</translation>
    </message>
    <message>
        <source>SQLite databases cannot be opened: Qt&apos;s SQLite driver is not installed. Install the package %1 (for example: sudo apt install %1).</source>
        <translation>SQLite-Datenbanken können nicht geöffnet werden: Der SQLite-Treiber von Qt ist nicht installiert. Installieren Sie das Paket %1 (zum Beispiel: sudo apt install %1).</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1 Undo takes the import back.</source>
        <translation>%1 Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Export comments as CSV</source>
        <translation>Kommentare als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The transfer ended without an answer.</source>
        <translation>Die Übertragung endete ohne Antwort.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TutorialForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>Fehler im Titel</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fehler in der Beschreibung</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Delete tutorial…</source>
        <translation>Tutorial löschen …</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Throw away the changes to this tutorial</source>
        <translation>Die Änderungen an diesem Tutorial verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the title and description (Ctrl+S)</source>
        <translation>Titel und Beschreibung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Title of the new tutorial</source>
        <translation>Titel des neuen Tutorials</translation>
    </message>
    <message>
        <source>New tutorial: not saved yet</source>
        <translation>Neues Tutorial: noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Someone else changed this tutorial while you were editing it: now “%1”.</source>
        <translation>Jemand anderes hat dieses Tutorial geändert, während Sie es bearbeitet haben: jetzt „%1“.</translation>
    </message>
    <message>
        <source>Use their version</source>
        <translation>Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>Someone else deleted this tutorial while you were editing it.</source>
        <translation>Jemand anderes hat dieses Tutorial gelöscht, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>TutorialJsonReader</name>
    <message>
        <source>The file is not valid JSON at line %1, column %2: %3.</source>
        <translation>Die Datei ist in Zeile %1, Spalte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>a control character inside a string (write it as \n, \t or \u00XX)</source>
        <translation>ein Steuerzeichen in einer Zeichenkette (schreiben Sie es als \n, \t oder \u00XX)</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>die Datei endet mitten in einer Zeichenkette</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation>ungültiges UTF-8 (die Datei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>die Datei endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>die Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a key</source>
        <translation>nach einem Schlüssel wurde „:“ erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>„,“ oder „}“ wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>„,“ oder „]“ wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected (a string, a number, an object, an array, true, false or null)</source>
        <translation>ein Wert wurde erwartet (eine Zeichenkette, eine Zahl, ein Objekt, ein Array, true, false oder null)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null.</source>
        <translation>%1: „%2“ muss eine Zeichenkette oder null sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a timestamp such as 2026-11-25T21:23:58.000Z.</source>
        <translation>%1: „%2“ ist kein Zeitstempel wie 2026-11-25T21:23:58.000Z.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: &quot;comments&quot; must be an array.</source>
        <translation>%1: „comments“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>comment %1 of tutorial %2 of the file</source>
        <translation>Kommentar %1 von Tutorial %2 der Datei</translation>
    </message>
    <message>
        <source>tutorial %1 of the file</source>
        <translation>Tutorial %1 der Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of tutorials, as `tutorial list` prints it.</source>
        <translation>Die Datei muss ein JSON-Array von Tutorials enthalten, wie `tutorial list` es ausgibt.</translation>
    </message>
    <message>
        <source>there is more after the end of the array</source>
        <translation>nach dem Ende des Arrays folgt noch etwas</translation>
    </message>
</context>
<context>
    <name>TutorialListModel</name>
    <message>
        <source>Unassigned comments</source>
        <translation>Nicht zugeordnete Kommentare</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) that belong to no tutorial</source>
        <translation>
            <numerusform>%Ln Kommentar, der zu keinem Tutorial gehört</numerusform>
            <numerusform>%Ln Kommentare, die zu keinem Tutorial gehören</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted elsewhere)</source>
        <translation>(anderswo gelöscht)</translation>
    </message>
</context>
<context>
    <name>TutorialService</name>
    <message>
        <source>The %1 contains a NUL character, which cannot be stored.</source>
        <translation>Das Feld „%1“ enthält ein NUL-Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The %1 is not valid Unicode text (a lone surrogate at position %2).</source>
        <translation>Das Feld „%1“ ist kein gültiger Unicode-Text (ein einzelnes Surrogat an Position %2).</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>Das Feld „%1“ ist zu lang: %2 Zeichen, höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>tutorial %1 not found</source>
        <translation>Tutorial %1 nicht gefunden</translation>
    </message>
    <message>
        <source>comment %1 not found</source>
        <translation>Kommentar %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Creating the tutorial failed</source>
        <translation>Das Anlegen des Tutorials ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating the comment failed</source>
        <translation>Das Anlegen des Kommentars ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading tutorial %1 failed</source>
        <translation>Das Lesen von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading comment %1 failed</source>
        <translation>Das Lesen von Kommentar %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the tutorials failed</source>
        <translation>Das Lesen der Tutorials ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving tutorial %1 failed</source>
        <translation>Das Speichern von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tutorial %1 was deleted by someone else after you opened it; nothing was saved.</source>
        <translation>Tutorial %1 wurde von jemand anderem gelöscht, nachdem Sie es geöffnet hatten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Tutorial %1 was changed by someone else after you opened it (saved at %2); nothing was saved.</source>
        <translation>Tutorial %1 wurde von jemand anderem geändert, nachdem Sie es geöffnet hatten (gespeichert um %2); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving comment %1 failed</source>
        <translation>Das Speichern von Kommentar %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Comment %1 was deleted by someone else after you opened it; nothing was saved.</source>
        <translation>Kommentar %1 wurde von jemand anderem gelöscht, nachdem Sie ihn geöffnet hatten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Comment %1 was changed by someone else after you opened it (saved at %2); nothing was saved.</source>
        <translation>Kommentar %1 wurde von jemand anderem geändert, nachdem Sie ihn geöffnet hatten (gespeichert um %2); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Deleting tutorial %1 failed</source>
        <translation>Das Löschen von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting comment %1 failed</source>
        <translation>Das Löschen von Kommentar %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the rows failed</source>
        <translation>Das Zählen der Zeilen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the comments of tutorial %1 failed</source>
        <translation>Das Zählen der Kommentare von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the unassigned comments failed</source>
        <translation>Das Lesen der nicht zugeordneten Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the tutorial list failed</source>
        <translation>Das Lesen der Tutorial-Liste ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the unassigned comments failed</source>
        <translation>Das Zählen der nicht zugeordneten Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restoring tutorial %1 failed</source>
        <translation>Das Wiederherstellen von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restoring the comments failed</source>
        <translation>Das Wiederherstellen der Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting the comments failed</source>
        <translation>Das Löschen der Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Moving the comments failed</source>
        <translation>Das Verschieben der Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting the tutorials failed</source>
        <translation>Das Löschen der Tutorials ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restoring the tutorials failed</source>
        <translation>Das Wiederherstellen der Tutorials ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating the tutorials failed</source>
        <translation>Das Anlegen der Tutorials ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the comments of tutorial %1 failed</source>
        <translation>Das Lesen der Kommentare von Tutorial %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undoing the import failed; nothing was deleted</source>
        <translation>Das Rückgängigmachen des Imports ist fehlgeschlagen; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>Someone else changed, deleted or commented on the imported tutorials since the import; undoing it would delete their work, so nothing was deleted.</source>
        <translation>Jemand anderes hat die importierten Tutorials seit dem Import geändert, gelöscht oder kommentiert; das Rückgängigmachen würde diese Arbeit löschen, daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The title is empty: a tutorial needs a title (spaces alone are not one).</source>
        <translation>Der Titel ist leer: Ein Tutorial braucht einen Titel (nur Leerzeichen sind keiner).</translation>
    </message>
    <message>
        <source>The name is empty: a comment needs the name of the person who wrote it (spaces alone are not one).</source>
        <translation>Der Name ist leer: Ein Kommentar braucht den Namen der Person, die ihn geschrieben hat (nur Leerzeichen sind keiner).</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a field, in messages such as: The title is too long</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a field, in messages such as: The description is too long</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a field of a comment, in messages such as: The name is too long</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a comment, in messages such as: The text is too long</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Checking for changes failed</source>
        <translation>Die Prüfung auf Änderungen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The text is empty: a comment needs text (spaces alone are not one).</source>
        <translation>Der Text ist leer: Ein Kommentar braucht Text (Leerzeichen allein genügen nicht).</translation>
    </message>
    <message>
        <source>Reading the comments failed</source>
        <translation>Das Lesen der Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking for a row whose saving lost its connection failed</source>
        <translation>Die Suche nach einer Zeile, deren Speichern die Verbindung verlor, ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>TutorialTransfer</name>
    <message>
        <source>Tutorial %1 of the file: %2 Nothing was imported.</source>
        <translation>Tutorial %1 der Datei: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Comment %1 of tutorial %2 of the file: %3 Nothing was imported.</source>
        <translation>Kommentar %1 von Tutorial %2 der Datei: %3 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Exporting failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Exporting the comments failed</source>
        <translation>Der Export der Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Importing failed; nothing was imported</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Counting the unassigned comments failed</source>
        <translation>Das Zählen der nicht zugeordneten Kommentare ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>Akti&amp;vität…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln Kommentar</numerusform>
            <numerusform>%Ln Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tutorial(s)</source>
        <translation>
            <numerusform>%Ln Tutorial</numerusform>
            <numerusform>%Ln Tutorials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unassigned comment(s)</source>
        <translation>
            <numerusform>%Ln nicht zugeordneter Kommentar</numerusform>
            <numerusform>%Ln nicht zugeordnete Kommentare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the changes to be saved…</source>
        <translation>Warten, bis die Änderungen gespeichert sind …</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s) from the last session.</source>
        <translation>
            <numerusform>%n Änderung aus der letzten Sitzung wird gespeichert.</numerusform>
            <numerusform>%n Änderungen aus der letzten Sitzung werden gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet</source>
        <translation>
            <numerusform>Warten auf die Datenbank: %n Änderung noch nicht gespeichert</numerusform>
            <numerusform>Warten auf die Datenbank: %n Änderungen noch nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gespeichert …</numerusform>
            <numerusform>%n Änderungen werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Database error: changes may not be saved</source>
        <translation>Datenbankfehler: Änderungen sind möglicherweise nicht gespeichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and edit tutorials and their comments.</source>
        <translation>Tutorials und ihre Kommentare ansehen und bearbeiten.</translation>
    </message>
    <message>
        <source>The database to open (sqlite:PATH or mysql://USER@HOST:PORT/DB).</source>
        <translation>Die zu öffnende Datenbank (sqlite:PATH oder mysql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <source>Tutorial Desk</source>
        <translation>Tutorial Desk</translation>
    </message>
    <message>
        <source>The last database could not be opened:
%1

Tutorial Desk opens the default database instead.</source>
        <translation>Die zuletzt verwendete Datenbank konnte nicht geöffnet werden:
%1

Tutorial Desk öffnet stattdessen die Standarddatenbank.</translation>
    </message>
    <message>
        <source>The language of the window (for example de or fr), instead of the system&apos;s.</source>
        <translation>Die Sprache des Fensters (zum Beispiel de oder fr) statt der des Systems.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>tutorialctl</name>
    <message>
        <source> (see tutorialctl --help)</source>
        <translation> (siehe tutorialctl --help)</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>%1 needs an id</source>
        <translation>%1 braucht eine ID</translation>
    </message>
    <message>
        <source>Confirm that every tutorial and comment is to be dropped.</source>
        <translation>Bestätigt, dass alle Tutorials und Kommentare gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>reset drops every tutorial and comment in %1; add --yes to confirm</source>
        <translation>reset löscht alle Tutorials und Kommentare in %1; zum Bestätigen --yes angeben</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Der Titel.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>Die Beschreibung.</translation>
    </message>
    <message>
        <source>tutorial create needs --title</source>
        <translation>tutorial create braucht --title</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutorial id</source>
        <translation>„%1“ ist keine Tutorial-ID</translation>
    </message>
    <message>
        <source>Only tutorials whose title or description contains TEXT.</source>
        <translation>Nur Tutorials, deren Titel oder Beschreibung TEXT enthält.</translation>
    </message>
    <message>
        <source>Keep the comments, unassigned.</source>
        <translation>Die Kommentare behalten, ohne Zuordnung.</translation>
    </message>
    <message>
        <source>tutorial needs an action: create, show, list, update or delete</source>
        <translation>tutorial braucht eine Aktion: create, show, list, update oder delete</translation>
    </message>
    <message>
        <source>unknown action &quot;tutorial %1&quot;</source>
        <translation>unbekannte Aktion „tutorial %1“</translation>
    </message>
    <message>
        <source>The tutorial&apos;s id.</source>
        <translation>Die ID des Tutorials.</translation>
    </message>
    <message>
        <source>The commenter&apos;s name.</source>
        <translation>Der Name des Kommentierenden.</translation>
    </message>
    <message>
        <source>The comment&apos;s text.</source>
        <translation>Der Text des Kommentars.</translation>
    </message>
    <message>
        <source>comment create needs --tutorial, --name and --text</source>
        <translation>comment create braucht --tutorial, --name und --text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id</source>
        <translation>„%1“ ist keine Kommentar-ID</translation>
    </message>
    <message>
        <source>Leave the comment without a tutorial.</source>
        <translation>Den Kommentar keinem Tutorial zuordnen.</translation>
    </message>
    <message>
        <source>comment update takes --tutorial or --detach, not both</source>
        <translation>comment update nimmt --tutorial oder --detach, nicht beides</translation>
    </message>
    <message>
        <source>comment needs an action: create, show, update or delete</source>
        <translation>comment braucht eine Aktion: create, show, update oder delete</translation>
    </message>
    <message>
        <source>unknown action &quot;comment %1&quot;</source>
        <translation>unbekannte Aktion „comment %1“</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>export takes at most one file name</source>
        <translation>export nimmt höchstens einen Dateinamen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--database needs a URL</source>
        <translation>--database braucht eine URL</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>a command is missing</source>
        <translation>ein Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist (check the name; `%2` creates it)</source>
        <translation>Die SQLite-Datei %1 gibt es nicht (Namen prüfen; `%2` legt sie an)</translation>
    </message>
    <message>
        <source>%1 has no tutorials table yet; `%2` creates it</source>
        <translation>%1 hat noch keine Tabelle tutorials; `%2` legt sie an</translation>
    </message>
    <message>
        <source>The database %1</source>
        <translation>Die Datenbank %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n unassigned comment(s) (tutorialId NULL) are not in the export: the findAll shape of the Sequelize tutorials application holds comments under their tutorial</source>
        <translation>
            <numerusform>Hinweis: %n nicht zugeordneter Kommentar (tutorialId NULL) ist nicht im Export: die findAll-Form der Sequelize-Tutorial-Anwendung führt Kommentare unter ihrem Tutorial</numerusform>
            <numerusform>Hinweis: %n nicht zugeordnete Kommentare (tutorialId NULL) sind nicht im Export: die findAll-Form der Sequelize-Tutorial-Anwendung führt Kommentare unter ihrem Tutorial</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE.</source>
        <translation>Den Bericht als PDF nach FILE schreiben.</translation>
    </message>
    <message>
        <source>report needs --pdf FILE</source>
        <translation>report braucht --pdf FILE</translation>
    </message>
    <message>
        <source>report needs %1, which cannot be started: %2</source>
        <translation>report braucht %1, das sich nicht starten lässt: %2</translation>
    </message>
</context>
<context>
    <name>versionText</name>
    <message>
        <source>Copyright (C) 2026 The Tutorial Desk developers
License GPLv3+: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>Copyright (C) 2026 Die Entwickler von Tutorial Desk
Lizenz GPLv3+: GNU GPL Version 3 oder neuer &lt;https://gnu.org/licenses/gpl.html&gt;.
Dies ist freie Software: Sie können sie ändern und weitergeben.
Es gibt KEINERLEI GARANTIE, soweit das Gesetz es erlaubt.
</translation>
    </message>
</context>
</TS>
