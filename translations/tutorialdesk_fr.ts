<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityStats</name>
    <message>
        <source>Counting the comments of tutorial %1 per week failed</source>
        <translation>Le décompte hebdomadaire des commentaires du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Counting the unassigned comments per week failed</source>
        <translation>Le décompte hebdomadaire des commentaires non attribués a échoué</translation>
    </message>
    <message>
        <source>Counting the comments per week failed</source>
        <translation>Le décompte hebdomadaire des commentaires a échoué</translation>
    </message>
    <message>
        <source>Finding the tutorials with the most comments failed</source>
        <translation>La recherche des tutoriels les plus commentés a échoué</translation>
    </message>
    <message>
        <source>Reading the title of tutorial %1 failed</source>
        <translation>La lecture du titre du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Tutorial %1 does not exist.</source>
        <translation>Le tutoriel %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Counting the comments…</source>
        <translation>Décompte des commentaires…</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Toute la base de données</translation>
    </message>
    <message>
        <source>No tutorial shown</source>
        <translation>Aucun tutoriel affiché</translation>
    </message>
    <message>
        <source>Unassigned comments</source>
        <translation>Commentaires non attribués</translation>
    </message>
    <message>
        <source>Tutorial %1 (deleted)</source>
        <translation>Tutoriel %1 (supprimé)</translation>
    </message>
    <message>
        <source>Tutorial %1 (no title)</source>
        <translation>Tutoriel %1 (sans titre)</translation>
    </message>
    <message>
        <source>Tutorial %1</source>
        <translation>Tutoriel %1</translation>
    </message>
    <message>
        <source>Comments per week: %1</source>
        <translation>Commentaires par semaine : %1</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Week starting (Monday, UTC)</source>
        <translation>Semaine du (lundi, UTC)</translation>
    </message>
    <message>
        <source>Select a tutorial in the main window, or choose the whole database.</source>
        <translation>Sélectionnez un tutoriel dans la fenêtre principale, ou choisissez toute la base de données.</translation>
    </message>
    <message>
        <source>%1: no comments.</source>
        <translation>%1 : aucun commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n week(s), from %3 to the week of %4; the busiest week began %5 (%6).</source>
        <translation>
            <numerusform>%1 : %2 en %n semaine, du %3 à la semaine du %4 ; la semaine la plus active a commencé le %5 (%6).</numerusform>
            <numerusform>%1 : %2 en %n semaines, du %3 à la semaine du %4 ; la semaine la plus active a commencé le %5 (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutorials with the most comments (whole database)</source>
        <translation>Tutoriels les plus commentés (toute la base de données)</translation>
    </message>
    <message>
        <source>Most comments: %1 (%2).</source>
        <translation>Le plus commenté : %1 (%2).</translation>
    </message>
    <message>
        <source>No tutorial has comments.</source>
        <translation>Aucun tutoriel n’a de commentaires.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Comments of:</source>
        <translation>&amp;Commentaires de :</translation>
    </message>
    <message>
        <source>The shown tutorial</source>
        <translation>Le tutoriel affiché</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>Toute la base de données</translation>
    </message>
    <message>
        <source>Comments of</source>
        <translation>Commentaires de</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Actualiser les chiffres</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Export the charts as SVG</source>
        <translation>Exporter les graphiques en SVG</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Graphique ou tableau</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Chart of the comments per week</source>
        <translation>Graphique des commentaires par semaine</translation>
    </message>
    <message>
        <source>Chart of the tutorials with the most comments</source>
        <translation>Graphique des tutoriels les plus commentés</translation>
    </message>
    <message>
        <source>Comments per week</source>
        <translation>Commentaires par semaine</translation>
    </message>
    <message>
        <source>Comments per week, as a table</source>
        <translation>Commentaires par semaine, sous forme de tableau</translation>
    </message>
    <message>
        <source>Tutorials with the most comments, as a table</source>
        <translation>Tutoriels les plus commentés, sous forme de tableau</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutoriel</translation>
    </message>
    <message>
        <source>Weeks begin on Monday at 00:00 UTC; each comment counts in the week of its creation time. The whole database includes the unassigned comments.</source>
        <translation>Les semaines commencent le lundi à 00:00 UTC ; chaque commentaire compte dans la semaine de sa création. Toute la base de données inclut les commentaires non attribués.</translation>
    </message>
    <message>
        <source>About the weeks</source>
        <translation>À propos des semaines</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>CommentPane</name>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment error</source>
        <translation>Erreur dans le commentaire</translation>
    </message>
    <message>
        <source>New comment name</source>
        <translation>Nom pour le nouveau commentaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New comment text</source>
        <translation>Texte du nouveau commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>Ajo&amp;uter le commentaire</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>Déplacer &amp;vers…</translation>
    </message>
    <message>
        <source>Move the selected comments to another tutorial</source>
        <translation>Déplacer les commentaires sélectionnés vers un autre tutoriel</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Type a name and a comment, then Add comment.</source>
        <translation>Saisissez un nom et un commentaire, puis cliquez sur «&#xa0;Ajouter le commentaire&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Créé le %1, modifié le %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation>Soc&amp;ket&#xa0;:</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>TLS C&amp;A file:</source>
        <translation>Fichier d&apos;&amp;AC TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification TLS</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed the server&apos;s certificate</source>
        <translation>facultatif&#xa0;: fichier PEM de l&apos;autorité qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose TLS certificate authority file</source>
        <translation>Choisir le fichier de l&apos;autorité de certification TLS</translation>
    </message>
    <message>
        <source>TLS c&amp;ertificate:</source>
        <translation>C&amp;ertificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS client certificate file</source>
        <translation>Fichier du certificat client TLS</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Choose TLS client certificate file</source>
        <translation>Choisir le fichier du certificat client TLS</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>&amp;Clé TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS client key file</source>
        <translation>Fichier de la clé client TLS</translation>
    </message>
    <message>
        <source>Choose TLS client key file</source>
        <translation>Choisir le fichier de la clé client TLS</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Délai de connexi&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain only if you ask; it is never written to Tutorial Desk&apos;s settings.</source>
        <translation>Le mot de passe n&apos;est conservé dans le trousseau du système que si vous le demandez&#xa0;; il n&apos;est jamais écrit dans les réglages de Tutorial Desk.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>No system keychain answers here, so the password cannot be kept safely: it is used for this session only and asked again next time.</source>
        <translation>Aucun trousseau système ne répond ici, le mot de passe ne peut donc pas être conservé de façon sûre&#xa0;: il ne sert que pour cette session et sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation>Autorité de certification TLS</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>Certificat client TLS</translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation>Clé client TLS</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or a socket.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur ou un socket.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1, but: %2</source>
        <translation>Connecté à %1, mais&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected: %1. The database has no tables yet; they will be created.</source>
        <translation>Connecté&#xa0;: %1. La base n&apos;a pas encore de tables&#xa0;; elles seront créées.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur&#xa0;: </translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a tutorials database on a MySQL or MariaDB server, such as the one the Node.js service of the Sequelize tutorials application uses.</source>
        <translation>Ouvrir une base de tutoriels sur un serveur MySQL ou MariaDB, par exemple celle du service Node.js de l&apos;application de tutoriels Sequelize.</translation>
    </message>
    <message>
        <source>Connected: %1. The database has the tutorials and comments tables of the Sequelize tutorials application.</source>
        <translation>Connecté&#xa0;: %1. La base contient les tables tutorials et comments de l&apos;application de tutoriels Sequelize.</translation>
    </message>
    <message>
        <source>optional: replaces host and port</source>
        <translation>facultatif&#xa0;: remplace l&apos;hôte et le port</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>%1
Your edits are kept; Tutorial Desk reconnects by itself when the server is back.</source>
        <translation>%1
Vos modifications sont conservées&#xa0;; Tutorial Desk se reconnecte tout seul dès que le serveur est de retour.</translation>
    </message>
    <message>
        <source>%1
Still trying to reconnect; your edits are kept.</source>
        <translation>%1
Nouvelle tentative de connexion en cours&#xa0;; vos modifications sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet. They are saved by themselves, in order, once it answers.</source>
        <translation>
            <numerusform>En attente de la base de données : %n modification pas encore enregistrée. Elle sera enregistrée d’elle-même dès que la base répondra.</numerusform>
            <numerusform>En attente de la base de données : %n modifications pas encore enregistrées. Elles seront enregistrées d’elles-mêmes, dans l’ordre, dès que la base répondra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Row counts</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Nombres indisponibles</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, %1 unassigned</source>
        <translation>, %1 sans tutoriel</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed (%2).</source>
        <translation>Le pilote SQL de Qt pour %1 n&apos;est pas installé (%2).</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>socket %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the connection is not encrypted although TLS was asked for (ssl-ca)</source>
        <translation>%1&#xa0;: la connexion n&apos;est pas chiffrée alors que TLS a été demandé (ssl-ca)</translation>
    </message>
    <message>
        <source>Cannot connect to the MySQL server (database &quot;%1&quot;, user &quot;%2&quot;): %3</source>
        <translation>Impossible de se connecter au serveur MySQL (base «&#xa0;%1&#xa0;», utilisateur «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>this cluster node is not ready (it is not part of the primary component)</source>
        <translation>ce nœud du cluster n&apos;est pas prêt (il ne fait pas partie du composant primaire)</translation>
    </message>
    <message>
        <source>this cluster node is still applying earlier writes</source>
        <translation>ce nœud du cluster applique encore des écritures antérieures</translation>
    </message>
    <message>
        <source>the in-memory SQLite database</source>
        <translation>la base SQLite en mémoire</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>fichier SQLite %1</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost (%3)</source>
        <translation>%1&#xa0;: la connexion à %2 a été perdue (%3)</translation>
    </message>
    <message>
        <source>%1: another session changed the same rows at the same time (%2)</source>
        <translation>%1&#xa0;: une autre session a modifié les mêmes lignes au même moment (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program is writing to it (%2)</source>
        <translation>%1&#xa0;: la base de données est occupée, un autre programme y écrit (%2)</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>TLS was asked for (ssl-ca) and could not be established: %1</source>
        <translation>TLS a été demandé (ssl-ca) mais n&apos;a pas pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>erreur d’entrée/sortie disque</translation>
    </message>
    <message>
        <source>another program deleted the database&apos;s write-ahead log while Tutorial Desk was writing to it, so this change is not in the file; reopen the database</source>
        <translation>un autre programme a supprimé le journal d’écriture anticipée (WAL) de la base pendant que Tutorial Desk y écrivait : cette modification n’est donc pas dans le fichier ; rouvrez la base de données</translation>
    </message>
    <message>
        <source>Cannot open %1: its text functions could not be registered.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ses fonctions de texte n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>%1: the database is busy: another session holds the rows (%2)</source>
        <translation>%1 : la base de données est occupée : une autre session retient les lignes (%2)</translation>
    </message>
    <message>
        <source>The MariaDB client library could not be loaded: %1</source>
        <translation>La bibliothèque cliente MariaDB n’a pas pu être chargée : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it as it is?</source>
        <translation>%1 existe déjà. L&apos;ouvrir telle quelle&#xa0;?</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>sqlite: needs a file path, or :memory:</source>
        <translation>sqlite: exige un chemin de fichier, ou&#xa0;:memory:</translation>
    </message>
    <message>
        <source>the file path contains a NUL character</source>
        <translation>le chemin du fichier contient un caractère NUL</translation>
    </message>
    <message>
        <source>it must start with sqlite:, mysql:// or mariadb://</source>
        <translation>elle doit commencer par sqlite:, mysql:// ou mariadb://</translation>
    </message>
    <message>
        <source>a database name is missing (…/DATABASE)</source>
        <translation>le nom de la base de données manque (…/DATABASE)</translation>
    </message>
    <message>
        <source>a user name is missing (mysql://USER@HOST/DATABASE)</source>
        <translation>le nom d&apos;utilisateur manque (mysql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>connect-timeout &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>connect-timeout «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes entre 1 et 3600</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (known: socket, connect-timeout, ssl-ca, ssl-cert, ssl-key)</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» (paramètres connus&#xa0;: socket, connect-timeout, ssl-ca, ssl-cert, ssl-key)</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>base de données en mémoire</translation>
    </message>
    <message>
        <source>in-memory SQLite database</source>
        <translation>base SQLite en mémoire</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>fichier SQLite %1</translation>
    </message>
    <message>
        <source>MySQL server on socket %1</source>
        <translation>serveur MySQL sur le socket %1</translation>
    </message>
    <message>
        <source>MySQL server %1</source>
        <translation>serveur MySQL %1</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>URL de base de données non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation>«&#xa0;[&#xa0;» non fermé dans l&apos;hôte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected text after host &quot;%1&quot;</source>
        <translation>texte inattendu après l&apos;hôte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre entre 1 et 65535</translation>
    </message>
    <message>
        <source>the database name contains &apos;/&apos; (in a password, write / as %2F, @ as %40 and ? as %3F)</source>
        <translation>le nom de la base contient «&#xa0;/&#xa0;» (dans un mot de passe, écrivez / en %2F, @ en %40 et ? en %3F)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>create tutorial “%1”</source>
        <translation>création du tutoriel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>edit tutorial “%1”</source>
        <translation>modification du tutoriel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the new tutorial</source>
        <translation>le nouveau tutoriel</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete tutorial “%1”</source>
        <translation>suppression du tutoriel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add comment by “%1”</source>
        <translation>ajout du commentaire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete comment by “%1”</source>
        <translation>suppression du commentaire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln comment(s). Undo brings them back.</source>
        <translation>
            <numerusform>%Ln commentaire supprimé. «&#xa0;Annuler&#xa0;» le fait revenir.</numerusform>
            <numerusform>%Ln commentaires supprimés. «&#xa0;Annuler&#xa0;» les fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sans tutoriel</translation>
    </message>
    <message>
        <source>tutorial %1</source>
        <translation>tutoriel %1</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>déplacement de %1 vers %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 déplacé(s) vers %2.</translation>
    </message>
    <message>
        <source>edit comment by “%1”</source>
        <translation>modification du commentaire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>load the sample data</source>
        <translation>charger les données d&apos;exemple</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since the sample data was loaded; undoing would delete their work, so nothing was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu&apos;un d&apos;autre depuis le chargement des données d&apos;exemple&#xa0;; annuler supprimerait son travail, rien n&apos;a donc été supprimé.</translation>
    </message>
    <message>
        <source>Loaded the sample data.</source>
        <translation>Données d&apos;exemple chargées.</translation>
    </message>
    <message>
        <source>Your edit was saved first; press Undo again to take it back.</source>
        <translation>Votre modification a d&apos;abord été enregistrée&#xa0;; appuyez de nouveau sur Annuler pour la défaire.</translation>
    </message>
    <message>
        <source>Undo waits until your changes are saved.</source>
        <translation>L’annulation attend que vos modifications soient enregistrées.</translation>
    </message>
    <message>
        <source>%1 This step was taken off the undo list.</source>
        <translation>%1 Cette étape a été retirée de la liste d&apos;annulation.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Rétablissement…</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Not done: the step before it was refused.</source>
        <translation>Non effectué : l’étape précédente a été refusée.</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 et %2 importés.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>%1 et %2 exportés vers %3.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté(s) vers %2.</translation>
    </message>
    <message>
        <source>Not in it: %1 (the JSON holds comments under their tutorial; Export comments CSV has them).</source>
        <translation>Absents&#xa0;: %1 (le JSON range les commentaires sous leur tutoriel&#xa0;; «&#xa0;Exporter les commentaires en CSV&#xa0;» les contient).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Rechercher des tutoriels</translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation>Rechercher dans les titres et descriptions</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriels</translation>
    </message>
    <message>
        <source>Select a tutorial on the left, or create one.</source>
        <translation>Sélectionnez un tutoriel à gauche, ou créez-en un.</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>Charger les données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;New tutorial</source>
        <translation>&amp;Nouveau tutoriel</translation>
    </message>
    <message>
        <source>These comments belong to no tutorial (their tutorial was deleted and they were kept). Drag them onto a tutorial, or use Move to…, to assign them.</source>
        <translation>Ces commentaires n&apos;appartiennent à aucun tutoriel (leur tutoriel a été supprimé et ils ont été conservés). Faites-les glisser sur un tutoriel, ou utilisez «&#xa0;Déplacer vers…&#xa0;», pour les attribuer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sort tutorials by</source>
        <translation>&amp;Trier les tutoriels par</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new SQLite database file</source>
        <translation>Créer un nouveau fichier de base SQLite</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a SQLite database file</source>
        <translation>Ouvrir un fichier de base SQLite</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a database on a MySQL or MariaDB server</source>
        <translation>Ouvrir une base de données sur un serveur MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>&amp;Save tutorial</source>
        <translation>&amp;Enregistrer le tutoriel</translation>
    </message>
    <message>
        <source>Re&amp;vert tutorial</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Export comments &amp;CSV…</source>
        <translation>Exporter les commentaires en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New &amp;tutorial</source>
        <translation>Nouveau &amp;tutoriel</translation>
    </message>
    <message>
        <source>New &amp;comment</source>
        <translation>Nouveau &amp;commentaire</translation>
    </message>
    <message>
        <source>&amp;Move comments to…</source>
        <translation>&amp;Déplacer les commentaires vers…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Comment count</source>
        <translation>Nombre de &amp;commentaires</translation>
    </message>
    <message>
        <source>&amp;Last update</source>
        <translation>&amp;Dernière modification</translation>
    </message>
    <message>
        <source>C&amp;reation time</source>
        <translation>Date de c&amp;réation</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>Ordre décroi&amp;ssant</translation>
    </message>
    <message>
        <source>Show &amp;creation time</source>
        <translation>Afficher la date de &amp;création</translation>
    </message>
    <message>
        <source>&amp;About Tutorial Desk</source>
        <translation>À &amp;propos de Tutorial Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Tutorial Desk — %1[*]</source>
        <translation>Tutorial Desk — %1[*]</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Actualisé.</translation>
    </message>
    <message>
        <source>About Tutorial Desk</source>
        <translation>À propos de Tutorial Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tutorial Desk %1&lt;/h3&gt;&lt;p&gt;Browse and edit the tutorials and comments of the Sequelize one-to-many example.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Database: %3&lt;br&gt;Server: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tutorial Desk %1&lt;/h3&gt;&lt;p&gt;Parcourir et modifier les tutoriels et commentaires de l&apos;exemple Sequelize «&#xa0;one-to-many&#xa0;».&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Base de données&#xa0;: %3&lt;br&gt;Serveur&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Adds the demo of the Sequelize tutorials application: two tutorials with two comments each</source>
        <translation>Ajoute la démo de l&apos;application de tutoriels Sequelize&#xa0;: deux tutoriels avec deux commentaires chacun</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tutorial Desk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;The licence&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tutorial Desk est un logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), et n&apos;est accompagné d&apos;aucune garantie. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;La licence&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>MoveCommentDialog</name>
    <message>
        <source>Move comments</source>
        <translation>Déplacer les commentaires</translation>
    </message>
    <message>
        <source>Move to this &amp;tutorial:</source>
        <translation>Déplacer vers ce &amp;tutoriel&#xa0;:</translation>
    </message>
    <message>
        <source>Search tutorials</source>
        <translation>Rechercher des tutoriels</translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation>Rechercher dans les titres et descriptions</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriels</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln comment(s) to this &amp;tutorial:</source>
        <translation>
            <numerusform>Déplacer le commentaire vers ce &amp;tutoriel&#xa0;:</numerusform>
            <numerusform>Déplacer %Ln commentaires vers ce &amp;tutoriel&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Or &amp;detach them from their tutorial (they become unassigned comments)</source>
        <translation>Ou les &amp;détacher de leur tutoriel (ils deviennent des commentaires non attribués)</translation>
    </message>
    <message>
        <source>No tutorial matches “%1”.</source>
        <translation>Aucun tutoriel ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Or &amp;detach the comment(s) from the tutorial (they become unassigned comments)</source>
        <translation>
            <numerusform>Ou &amp;détacher le commentaire du tutoriel (il devient un commentaire non attribué)</numerusform>
            <numerusform>Ou &amp;détacher les commentaires du tutoriel (ils deviennent des commentaires non attribués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>NativeExport</name>
    <message>
        <source>Exporting failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>L&apos;écriture de l&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The tutorial you were looking at was deleted elsewhere.</source>
        <translation>Le tutoriel affiché a été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>Reading the tutorial list…</source>
        <translation>Lecture de la liste des tutoriels…</translation>
    </message>
    <message>
        <source>This database has no tutorials yet. Create one, or load the sample data: the two demo tutorials of the Sequelize tutorials application, with their comments.</source>
        <translation>Cette base ne contient encore aucun tutoriel. Créez-en un, ou chargez les données d&apos;exemple&#xa0;: les deux tutoriels de démonstration de l&apos;application de tutoriels Sequelize, avec leurs commentaires.</translation>
    </message>
    <message>
        <source>No tutorial matches “%1”.</source>
        <translation>Aucun tutoriel ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Select a tutorial on the left, or create one.</source>
        <translation>Sélectionnez un tutoriel à gauche, ou créez-en un.</translation>
    </message>
    <message>
        <source>Reading the unassigned comments…</source>
        <translation>Lecture des commentaires non attribués…</translation>
    </message>
    <message>
        <source>Reading the tutorial…</source>
        <translation>Lecture du tutoriel…</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No password is saved for %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Show changes made elsewhere</source>
        <translation>Afficher les modifications faites ailleurs</translation>
    </message>
    <message>
        <source>Every second</source>
        <translation>Chaque seconde</translation>
    </message>
    <message>
        <source>Every 3 seconds</source>
        <translation>Toutes les 3 secondes</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Toutes les 10 secondes</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Show &amp;changes made elsewhere:</source>
        <translation>Afficher les &amp;modifications faites ailleurs :</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Delete tutorial</source>
        <translation>Supprimer le tutoriel</translation>
    </message>
    <message>
        <source>Delete the tutorial “%1”? It has no comments.</source>
        <translation>Supprimer le tutoriel «&#xa0;%1&#xa0;»&#xa0;? Il n&apos;a aucun commentaire.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the tutorial “%1” and its %2?</source>
        <translation>Supprimer le tutoriel «&#xa0;%1&#xa0;» et ses %2&#xa0;?</translation>
    </message>
    <message>
        <source>Its comments can be deleted with it, or kept as unassigned comments that belong to no tutorial.</source>
        <translation>Ses commentaires peuvent être supprimés avec lui, ou conservés sans tutoriel.</translation>
    </message>
    <message>
        <source>Delete with its &amp;comments</source>
        <translation>Supprimer avec ses &amp;commentaires</translation>
    </message>
    <message>
        <source>&amp;Keep comments unassigned</source>
        <translation>&amp;Garder les commentaires sans tutoriel</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Save your version over theirs, reload theirs (your edits are dropped), or keep editing.</source>
        <translation>Enregistrez votre version à la place de l&apos;autre, rechargez l&apos;autre (vos modifications sont perdues) ou continuez à modifier.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The title or description was edited but not saved.</source>
        <translation>Le titre ou la description a été modifié mais pas enregistré.</translation>
    </message>
    <message>
        <source>The title or description was edited, and a new comment was typed but not added. Save keeps both.</source>
        <translation>Le titre ou la description a été modifié, et un nouveau commentaire a été saisi sans être ajouté. Enregistrer conserve les deux.</translation>
    </message>
    <message>
        <source>A new comment was typed but not added. Save adds it.</source>
        <translation>Un nouveau commentaire a été saisi sans être ajouté. Enregistrer l&apos;ajoute.</translation>
    </message>
    <message>
        <source>Discard the new tutorial</source>
        <translation>Abandonner le nouveau tutoriel</translation>
    </message>
    <message>
        <source>Discard the new tutorial? It was never saved, so Undo cannot bring it back.</source>
        <translation>Abandonner le nouveau tutoriel&#xa0;? Il n&apos;a jamais été enregistré, Annuler ne pourra donc pas le rétablir.</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Commentaire non enregistré</translation>
    </message>
    <message>
        <source>Your edit of a comment could not be saved: %1</source>
        <translation>Votre modification d&apos;un commentaire n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep editing to fix it, or discard the edit: the comment stays as it was.</source>
        <translation>Continuez la modification pour la corriger, ou abandonnez-la&#xa0;: le commentaire reste alors tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are not saved in the database yet.</source>
        <translation>
            <numerusform>%n modification n’est pas encore enregistrée dans la base de données.</numerusform>
            <numerusform>%n modifications ne sont pas encore enregistrées dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database does not answer: %1</source>
        <translation>La base de données ne répond pas : %1</translation>
    </message>
    <message>
        <source>Wait until they are saved, quit and drop them, or go back.</source>
        <translation>Attendre qu’elles soient enregistrées, quitter en les abandonnant, ou revenir.</translation>
    </message>
    <message>
        <source>&amp;Wait for them</source>
        <translation>&amp;Les attendre</translation>
    </message>
    <message>
        <source>&amp;Drop them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <source>Changes from the last session</source>
        <translation>Modifications de la dernière session</translation>
    </message>
    <message numerus="yes">
        <source>Tutorial Desk stopped before %n change(s) to this database were saved.</source>
        <translation>
            <numerusform>Tutorial Desk s’est arrêté avant que %n modification de cette base de données soit enregistrée.</numerusform>
            <numerusform>Tutorial Desk s’est arrêté avant que %n modifications de cette base de données soient enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them now? Each is checked against what the database holds now: a row someone else changed since is not overwritten.</source>
        <translation>Les enregistrer maintenant ? Chacune est comparée à ce que contient la base de données : une ligne modifiée depuis par quelqu’un d’autre n’est pas écrasée.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Les enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <source>Ask &amp;later</source>
        <translation>Demander &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>comment count</source>
        <translation>nombre de commentaires</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>last update</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation>triés par %1, ordre décroissant</translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation>triés par %1, ordre croissant</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Dernière modification : %1</translation>
    </message>
    <message>
        <source>Times are local time (%1).</source>
        <translation>Heures locales (%1).</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), oldest first</source>
        <translation>
            <numerusform>%n commentaire, le plus ancien d’abord</numerusform>
            <numerusform>%n commentaires, les plus anciens d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriels</translation>
    </message>
    <message>
        <source>All tutorials, %1.</source>
        <translation>Tous les tutoriels, %1.</translation>
    </message>
    <message>
        <source>Title or description containing: </source>
        <translation>Titre ou description contenant : </translation>
    </message>
    <message>
        <source>; %1.</source>
        <translation> ; %1.</translation>
    </message>
    <message>
        <source>No tutorials.</source>
        <translation>Aucun tutoriel.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutorial(s)</source>
        <translation>
            <numerusform>%n tutoriel</numerusform>
            <numerusform>%n tutoriels</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Tutorial %1</source>
        <translation>Tutoriel %1</translation>
    </message>
    <message>
        <source>The report cannot be printed: the printer or the file could not be opened.</source>
        <translation>Impossible d’imprimer le rapport : l’imprimante ou le fichier n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1, imprimé le %2</translation>
    </message>
    <message>
        <source>The report cannot be printed: page %1 could not be started.</source>
        <translation>Impossible d’imprimer le rapport : la page %1 n’a pas pu être commencée.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The report cannot be printed: the printer or the file did not take it.</source>
        <translation>Impossible d’imprimer le rapport : l’imprimante ou le fichier ne l’a pas accepté.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>&amp;Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export P&amp;DF</source>
        <translation>Exporter en P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Shown Tutorial…</source>
        <translation>Tutoriel &amp;affiché…</translation>
    </message>
    <message>
        <source>The tutorial shown on the right, with all its comments</source>
        <translation>Le tutoriel affiché à droite, avec tous ses commentaires</translation>
    </message>
    <message>
        <source>Tutorial &amp;List…</source>
        <translation>&amp;Liste des tutoriels…</translation>
    </message>
    <message>
        <source>The tutorial list as it is filtered and sorted now</source>
        <translation>La liste des tutoriels, filtrée et triée comme affichée</translation>
    </message>
    <message>
        <source>Preparing a report</source>
        <translation>Préparation d’un rapport</translation>
    </message>
    <message>
        <source>A report is being prepared already.</source>
        <translation>Un rapport est déjà en préparation.</translation>
    </message>
    <message>
        <source>No tutorial is shown: choose one in the list, or print the tutorial list.</source>
        <translation>Aucun tutoriel n’est affiché : choisissez-en un dans la liste, ou imprimez la liste des tutoriels.</translation>
    </message>
    <message>
        <source>tutorial-%1.pdf</source>
        <translation>tutoriel-%1.pdf</translation>
    </message>
    <message>
        <source>tutorials.pdf</source>
        <translation>tutoriels.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Print Tutorial</source>
        <translation>Imprimer le tutoriel</translation>
    </message>
    <message>
        <source>Print Tutorial List</source>
        <translation>Imprimer la liste des tutoriels</translation>
    </message>
    <message>
        <source>Preparing the report of tutorial %1…</source>
        <translation>Préparation du rapport du tutoriel %1…</translation>
    </message>
    <message>
        <source>Preparing the report of the tutorial list…</source>
        <translation>Préparation du rapport de la liste des tutoriels…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page exportée vers %1.</numerusform>
            <numerusform>%n pages exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page envoyée à %1.</numerusform>
            <numerusform>%n pages envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It shows the tutorial as saved: your unsaved edits are not in it.</source>
        <translation>Il montre le tutoriel tel qu’enregistré : vos modifications non enregistrées n’y sont pas.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Aperçu avant impression : %1</translation>
    </message>
    <message>
        <source>Showing the print preview of “%1”.</source>
        <translation>Aperçu avant impression de « %1 ».</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s) laid out</source>
        <translation>
            <numerusform>%1 sur %n page mise en page</numerusform>
            <numerusform>%1 sur %n pages mises en page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Creating the tables failed</source>
        <translation>La création des tables a échoué</translation>
    </message>
    <message>
        <source>Dropping the tables failed</source>
        <translation>La suppression des tables a échoué</translation>
    </message>
    <message>
        <source>Reading the column sizes failed</source>
        <translation>La lecture de la taille des colonnes a échoué</translation>
    </message>
    <message>
        <source>Reading the list of tables failed</source>
        <translation>La lecture de la liste des tables a échoué</translation>
    </message>
    <message>
        <source>Reading the columns of %1 failed</source>
        <translation>La lecture des colonnes de %1 a échoué</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is not the Sequelize tutorials application&apos;s: it has no column %2. Nothing was changed.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est pas celle de l&apos;application de tutoriels Sequelize&#xa0;: elle n&apos;a pas de colonne %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; exists but &quot;%2&quot; does not, so this is not a database of the Sequelize tutorials application. Nothing was changed.</source>
        <translation>La table «&#xa0;%1&#xa0;» existe mais pas «&#xa0;%2&#xa0;»&#xa0;: ce n&apos;est donc pas une base de l&apos;application de tutoriels Sequelize. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>Impossible d&apos;ouvrir les serveurs MySQL et MariaDB&#xa0;: le pilote MySQL de Qt n&apos;est pas installé. Installez le paquet %1 (par exemple&#xa0;: sudo apt install %1).</translation>
    </message>
    <message>
        <source>SQLite databases cannot be opened: Qt&apos;s SQLite driver is not installed. Install the package %1 (for example: sudo apt install %1).</source>
        <translation>Impossible d&apos;ouvrir les bases SQLite&#xa0;: le pilote SQLite de Qt n&apos;est pas installé. Installez le paquet %1 (par exemple&#xa0;: sudo apt install %1).</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>importation de %1</translation>
    </message>
    <message>
        <source>%1 Undo takes the import back.</source>
        <translation>%1 Annuler retire l’importation.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export comments as CSV</source>
        <translation>Exporter les commentaires en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The transfer ended without an answer.</source>
        <translation>Le transfert s&apos;est terminé sans réponse.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TutorialForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>Erreur dans le titre</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Erreur dans la description</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete tutorial…</source>
        <translation>Supprimer le tutoriel…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Throw away the changes to this tutorial</source>
        <translation>Abandonner les modifications de ce tutoriel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save the title and description (Ctrl+S)</source>
        <translation>Enregistrer le titre et la description (Ctrl+S)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Title of the new tutorial</source>
        <translation>Titre du nouveau tutoriel</translation>
    </message>
    <message>
        <source>New tutorial: not saved yet</source>
        <translation>Nouveau tutoriel&#xa0;: pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Someone else changed this tutorial while you were editing it: now “%1”.</source>
        <translation>Quelqu’un d’autre a modifié ce tutoriel pendant que vous le modifiiez : désormais « %1 ».</translation>
    </message>
    <message>
        <source>Use their version</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <source>Someone else deleted this tutorial while you were editing it.</source>
        <translation>Quelqu’un d’autre a supprimé ce tutoriel pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>TutorialJsonReader</name>
    <message>
        <source>The file is not valid JSON at line %1, column %2: %3.</source>
        <translation>Le fichier n&apos;est pas du JSON valide à la ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a control character inside a string (write it as \n, \t or \u00XX)</source>
        <translation>un caractère de contrôle dans une chaîne (écrivez-le \n, \t ou \u00XX)</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>le fichier se termine au milieu d&apos;une chaîne</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>séquence d&apos;échappement inconnue \%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation>UTF-8 non valide (le fichier doit être encodé en UTF-8)</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>le fichier se termine là où une valeur était attendue</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>les valeurs sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation>une clé entre guillemets droits doubles était attendue</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a key</source>
        <translation>«&#xa0;:&#xa0;» était attendu après une clé</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» était attendu</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» était attendu</translation>
    </message>
    <message>
        <source>a value was expected (a string, a number, an object, an array, true, false or null)</source>
        <translation>une valeur était attendue (une chaîne, un nombre, un objet, un tableau, true, false ou null)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne ou null.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a timestamp such as 2026-11-25T21:23:58.000Z.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un horodatage comme 2026-11-25T21:23:58.000Z.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1: &quot;comments&quot; must be an array.</source>
        <translation>%1&#xa0;: «&#xa0;comments&#xa0;» doit être un tableau.</translation>
    </message>
    <message>
        <source>comment %1 of tutorial %2 of the file</source>
        <translation>le commentaire %1 du tutoriel %2 du fichier</translation>
    </message>
    <message>
        <source>tutorial %1 of the file</source>
        <translation>le tutoriel %1 du fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of tutorials, as `tutorial list` prints it.</source>
        <translation>Le fichier doit contenir un tableau JSON de tutoriels, tel que l&apos;affiche `tutorial list`.</translation>
    </message>
    <message>
        <source>there is more after the end of the array</source>
        <translation>il reste du contenu après la fin du tableau</translation>
    </message>
</context>
<context>
    <name>TutorialListModel</name>
    <message>
        <source>Unassigned comments</source>
        <translation>Commentaires sans tutoriel</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) that belong to no tutorial</source>
        <translation>
            <numerusform>%Ln commentaire qui n&apos;appartient à aucun tutoriel</numerusform>
            <numerusform>%Ln commentaires qui n&apos;appartiennent à aucun tutoriel</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted elsewhere)</source>
        <translation>(supprimé ailleurs)</translation>
    </message>
</context>
<context>
    <name>TutorialService</name>
    <message>
        <source>The %1 contains a NUL character, which cannot be stored.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère NUL, qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The %1 is not valid Unicode text (a lone surrogate at position %2).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas un texte Unicode valide (substitut isolé à la position %2).</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long&#xa0;: %2 caractères, %3 au maximum.</translation>
    </message>
    <message>
        <source>tutorial %1 not found</source>
        <translation>tutoriel %1 introuvable</translation>
    </message>
    <message>
        <source>comment %1 not found</source>
        <translation>commentaire %1 introuvable</translation>
    </message>
    <message>
        <source>Creating the tutorial failed</source>
        <translation>La création du tutoriel a échoué</translation>
    </message>
    <message>
        <source>Creating the comment failed</source>
        <translation>La création du commentaire a échoué</translation>
    </message>
    <message>
        <source>Reading tutorial %1 failed</source>
        <translation>La lecture du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Reading comment %1 failed</source>
        <translation>La lecture du commentaire %1 a échoué</translation>
    </message>
    <message>
        <source>Reading the tutorials failed</source>
        <translation>La lecture des tutoriels a échoué</translation>
    </message>
    <message>
        <source>Saving tutorial %1 failed</source>
        <translation>L&apos;enregistrement du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Tutorial %1 was deleted by someone else after you opened it; nothing was saved.</source>
        <translation>Le tutoriel %1 a été supprimé par quelqu&apos;un d&apos;autre après son ouverture&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Tutorial %1 was changed by someone else after you opened it (saved at %2); nothing was saved.</source>
        <translation>Le tutoriel %1 a été modifié par quelqu&apos;un d&apos;autre après son ouverture (enregistré à %2)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saving comment %1 failed</source>
        <translation>L&apos;enregistrement du commentaire %1 a échoué</translation>
    </message>
    <message>
        <source>Comment %1 was deleted by someone else after you opened it; nothing was saved.</source>
        <translation>Le commentaire %1 a été supprimé par quelqu&apos;un d&apos;autre après son ouverture&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Comment %1 was changed by someone else after you opened it (saved at %2); nothing was saved.</source>
        <translation>Le commentaire %1 a été modifié par quelqu&apos;un d&apos;autre après son ouverture (enregistré à %2)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Deleting tutorial %1 failed</source>
        <translation>La suppression du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Deleting comment %1 failed</source>
        <translation>La suppression du commentaire %1 a échoué</translation>
    </message>
    <message>
        <source>Counting the rows failed</source>
        <translation>Le comptage des lignes a échoué</translation>
    </message>
    <message>
        <source>Counting the comments of tutorial %1 failed</source>
        <translation>Le comptage des commentaires du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Reading the unassigned comments failed</source>
        <translation>La lecture des commentaires sans tutoriel a échoué</translation>
    </message>
    <message>
        <source>Reading the tutorial list failed</source>
        <translation>La lecture de la liste des tutoriels a échoué</translation>
    </message>
    <message>
        <source>Counting the unassigned comments failed</source>
        <translation>Le comptage des commentaires sans tutoriel a échoué</translation>
    </message>
    <message>
        <source>Restoring tutorial %1 failed</source>
        <translation>La restauration du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Restoring the comments failed</source>
        <translation>La restauration des commentaires a échoué</translation>
    </message>
    <message>
        <source>Deleting the comments failed</source>
        <translation>La suppression des commentaires a échoué</translation>
    </message>
    <message>
        <source>Moving the comments failed</source>
        <translation>Le déplacement des commentaires a échoué</translation>
    </message>
    <message>
        <source>Deleting the tutorials failed</source>
        <translation>La suppression des tutoriels a échoué</translation>
    </message>
    <message>
        <source>Restoring the tutorials failed</source>
        <translation>La restauration des tutoriels a échoué</translation>
    </message>
    <message>
        <source>Creating the tutorials failed</source>
        <translation>La création des tutoriels a échoué</translation>
    </message>
    <message>
        <source>Reading the comments of tutorial %1 failed</source>
        <translation>La lecture des commentaires du tutoriel %1 a échoué</translation>
    </message>
    <message>
        <source>Undoing the import failed; nothing was deleted</source>
        <translation>L&apos;annulation de l&apos;importation a échoué&#xa0;; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>Someone else changed, deleted or commented on the imported tutorials since the import; undoing it would delete their work, so nothing was deleted.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié, supprimé ou commenté les tutoriels importés depuis l&apos;importation&#xa0;; l&apos;annuler supprimerait son travail, donc rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The title is empty: a tutorial needs a title (spaces alone are not one).</source>
        <translation>Le titre est vide&#xa0;: un tutoriel a besoin d&apos;un titre (des espaces seules n&apos;en font pas un).</translation>
    </message>
    <message>
        <source>The name is empty: a comment needs the name of the person who wrote it (spaces alone are not one).</source>
        <translation>Le nom est vide&#xa0;: un commentaire a besoin du nom de la personne qui l&apos;a écrit (des espaces seules n&apos;en font pas un).</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a field, in messages such as: The title is too long</comment>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a field, in messages such as: The description is too long</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a field of a comment, in messages such as: The name is too long</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a comment, in messages such as: The text is too long</comment>
        <translation>texte</translation>
    </message>
    <message>
        <source>Checking for changes failed</source>
        <translation>La recherche de modifications a échoué</translation>
    </message>
    <message>
        <source>The text is empty: a comment needs text (spaces alone are not one).</source>
        <translation>Le texte est vide : un commentaire a besoin d’un texte (des espaces seuls ne suffisent pas).</translation>
    </message>
    <message>
        <source>Reading the comments failed</source>
        <translation>La lecture des commentaires a échoué</translation>
    </message>
    <message>
        <source>Looking for a row whose saving lost its connection failed</source>
        <translation>La recherche d’une ligne dont l’enregistrement a perdu la connexion a échoué</translation>
    </message>
</context>
<context>
    <name>TutorialTransfer</name>
    <message>
        <source>Tutorial %1 of the file: %2 Nothing was imported.</source>
        <translation>Tutoriel %1 du fichier&#xa0;: %2 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Comment %1 of tutorial %2 of the file: %3 Nothing was imported.</source>
        <translation>Commentaire %1 du tutoriel %2 du fichier&#xa0;: %3 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Exporting failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>L&apos;écriture de l&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Exporting the comments failed</source>
        <translation>L&apos;exportation des commentaires a échoué</translation>
    </message>
    <message>
        <source>Importing failed; nothing was imported</source>
        <translation>L&apos;importation a échoué&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Counting the unassigned comments failed</source>
        <translation>Le comptage des commentaires non attribués a échoué</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>Acti&amp;vité…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln commentaire</numerusform>
            <numerusform>%Ln commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tutorial(s)</source>
        <translation>
            <numerusform>%Ln tutoriel</numerusform>
            <numerusform>%Ln tutoriels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unassigned comment(s)</source>
        <translation>
            <numerusform>%Ln commentaire non attribué</numerusform>
            <numerusform>%Ln commentaires non attribués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the changes to be saved…</source>
        <translation>En attente de l’enregistrement des modifications…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s) from the last session.</source>
        <translation>
            <numerusform>Enregistrement de %n modification de la dernière session.</numerusform>
            <numerusform>Enregistrement de %n modifications de la dernière session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Reconnecté à %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet</source>
        <translation>
            <numerusform>En attente de la base de données : %n modification pas encore enregistrée</numerusform>
            <numerusform>En attente de la base de données : %n modifications pas encore enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n modification…</numerusform>
            <numerusform>Enregistrement de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>Database error: changes may not be saved</source>
        <translation>Erreur de base de données : les modifications ne sont peut-être pas enregistrées</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and edit tutorials and their comments.</source>
        <translation>Parcourir et modifier des tutoriels et leurs commentaires.</translation>
    </message>
    <message>
        <source>The database to open (sqlite:PATH or mysql://USER@HOST:PORT/DB).</source>
        <translation>La base de données à ouvrir (sqlite:PATH ou mysql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <source>Tutorial Desk</source>
        <translation>Tutorial Desk</translation>
    </message>
    <message>
        <source>The last database could not be opened:
%1

Tutorial Desk opens the default database instead.</source>
        <translation>La dernière base de données n&apos;a pas pu être ouverte&#xa0;:
%1

Tutorial Desk ouvre la base par défaut à la place.</translation>
    </message>
    <message>
        <source>The language of the window (for example de or fr), instead of the system&apos;s.</source>
        <translation>La langue de la fenêtre (par exemple de ou fr) au lieu de celle du système.</translation>
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
        <translation> (voir tutorialctl --help)</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 n&apos;accepte pas d&apos;autres arguments</translation>
    </message>
    <message>
        <source>%1 needs an id</source>
        <translation>%1 exige un identifiant</translation>
    </message>
    <message>
        <source>Confirm that every tutorial and comment is to be dropped.</source>
        <translation>Confirme que tous les tutoriels et commentaires doivent être supprimés.</translation>
    </message>
    <message>
        <source>reset drops every tutorial and comment in %1; add --yes to confirm</source>
        <translation>reset supprime tous les tutoriels et commentaires de %1&#xa0;; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>La description.</translation>
    </message>
    <message>
        <source>tutorial create needs --title</source>
        <translation>tutorial create exige --title</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutorial id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de tutoriel</translation>
    </message>
    <message>
        <source>Only tutorials whose title or description contains TEXT.</source>
        <translation>Uniquement les tutoriels dont le titre ou la description contient TEXT.</translation>
    </message>
    <message>
        <source>Keep the comments, unassigned.</source>
        <translation>Conserver les commentaires, sans tutoriel.</translation>
    </message>
    <message>
        <source>tutorial needs an action: create, show, list, update or delete</source>
        <translation>tutorial exige une action&#xa0;: create, show, list, update ou delete</translation>
    </message>
    <message>
        <source>unknown action &quot;tutorial %1&quot;</source>
        <translation>action inconnue «&#xa0;tutorial %1&#xa0;»</translation>
    </message>
    <message>
        <source>The tutorial&apos;s id.</source>
        <translation>L&apos;identifiant du tutoriel.</translation>
    </message>
    <message>
        <source>The commenter&apos;s name.</source>
        <translation>Le nom de l&apos;auteur du commentaire.</translation>
    </message>
    <message>
        <source>The comment&apos;s text.</source>
        <translation>Le texte du commentaire.</translation>
    </message>
    <message>
        <source>comment create needs --tutorial, --name and --text</source>
        <translation>comment create exige --tutorial, --name et --text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de commentaire</translation>
    </message>
    <message>
        <source>Leave the comment without a tutorial.</source>
        <translation>Laisser le commentaire sans tutoriel.</translation>
    </message>
    <message>
        <source>comment update takes --tutorial or --detach, not both</source>
        <translation>comment update accepte --tutorial ou --detach, pas les deux</translation>
    </message>
    <message>
        <source>comment needs an action: create, show, update or delete</source>
        <translation>comment exige une action&#xa0;: create, show, update ou delete</translation>
    </message>
    <message>
        <source>unknown action &quot;comment %1&quot;</source>
        <translation>action inconnue «&#xa0;comment %1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>export takes at most one file name</source>
        <translation>export accepte au plus un nom de fichier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--database needs a URL</source>
        <translation>--database exige une URL</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a command is missing</source>
        <translation>il manque une commande</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist (check the name; `%2` creates it)</source>
        <translation>Le fichier SQLite %1 n&apos;existe pas (vérifiez le nom&#xa0;; `%2` le crée)</translation>
    </message>
    <message>
        <source>%1 has no tutorials table yet; `%2` creates it</source>
        <translation>%1 n&apos;a pas encore de table tutorials&#xa0;; `%2` la crée</translation>
    </message>
    <message>
        <source>The database %1</source>
        <translation>La base %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n unassigned comment(s) (tutorialId NULL) are not in the export: the findAll shape of the Sequelize tutorials application holds comments under their tutorial</source>
        <translation>
            <numerusform>remarque&#xa0;: %n commentaire non attribué (tutorialId NULL) n&apos;est pas dans l&apos;export&#xa0;: la forme findAll de l&apos;application de tutoriels Sequelize range les commentaires sous leur tutoriel</numerusform>
            <numerusform>remarque&#xa0;: %n commentaires non attribués (tutorialId NULL) ne sont pas dans l&apos;export&#xa0;: la forme findAll de l&apos;application de tutoriels Sequelize range les commentaires sous leur tutoriel</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE.</source>
        <translation>Écrire le rapport en PDF dans FILE.</translation>
    </message>
    <message>
        <source>report needs --pdf FILE</source>
        <translation>report a besoin de --pdf FILE</translation>
    </message>
    <message>
        <source>report needs %1, which cannot be started: %2</source>
        <translation>report a besoin de %1, qui ne peut pas être lancé : %2</translation>
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
        <translation>Copyright (C) 2026 Les développeurs de Tutorial Desk
Licence GPLv3+&#xa0;: GNU GPL version 3 ou ultérieure &lt;https://gnu.org/licenses/gpl.html&gt;.
Ceci est un logiciel libre&#xa0;: vous êtes libre de le modifier et de le redistribuer.
Il n&apos;y a AUCUNE GARANTIE, dans les limites permises par la loi.
</translation>
    </message>
</context>
</TS>
