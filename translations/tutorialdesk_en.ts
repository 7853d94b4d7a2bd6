<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityWindow</name>
    <message numerus="yes">
        <source>%1: %2 in %n week(s), from %3 to the week of %4; the busiest week began %5 (%6).</source>
        <translation>
            <numerusform>%1: %2 in %n week, from %3 to the week of %4; the busiest week began %5 (%6).</numerusform>
            <numerusform>%1: %2 in %n weeks, from %3 to the week of %4; the busiest week began %5 (%6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet. They are saved by themselves, in order, once it answers.</source>
        <translation>
            <numerusform>Waiting for the database: %n change not saved yet. It is saved by itself once the database answers.</numerusform>
            <numerusform>Waiting for the database: %n changes not saved yet. They are saved by themselves, in order, once it answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>Deleted %Ln comment(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln comment. Undo brings it back.</numerusform>
            <numerusform>Deleted %Ln comments. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCommentDialog</name>
    <message numerus="yes">
        <source>Move %Ln comment(s) to this &amp;tutorial:</source>
        <translation>
            <numerusform>Move the comment to this &amp;tutorial:</numerusform>
            <numerusform>Move %Ln comments to this &amp;tutorial:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or &amp;detach the comment(s) from the tutorial (they become unassigned comments)</source>
        <translation>
            <numerusform>Or &amp;detach the comment from the tutorial (it becomes an unassigned comment)</numerusform>
            <numerusform>Or &amp;detach the comments from the tutorial (they become unassigned comments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message numerus="yes">
        <source>%n change(s) are not saved in the database yet.</source>
        <translation>
            <numerusform>%n change is not saved in the database yet.</numerusform>
            <numerusform>%n changes are not saved in the database yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tutorial Desk stopped before %n change(s) to this database were saved.</source>
        <translation>
            <numerusform>Tutorial Desk stopped before %n change to this database was saved.</numerusform>
            <numerusform>Tutorial Desk stopped before %n changes to this database were saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n comment(s), oldest first</source>
        <translation>
            <numerusform>%n comment, oldest first</numerusform>
            <numerusform>%n comments, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutorial(s)</source>
        <translation>
            <numerusform>%n tutorial</numerusform>
            <numerusform>%n tutorials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s) laid out</source>
        <translation>
            <numerusform>%1 of %n page laid out</numerusform>
            <numerusform>%1 of %n pages laid out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TutorialListModel</name>
    <message numerus="yes">
        <source>%Ln comment(s) that belong to no tutorial</source>
        <translation>
            <numerusform>%Ln comment that belongs to no tutorial</numerusform>
            <numerusform>%Ln comments that belong to no tutorial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tutorial(s)</source>
        <translation>
            <numerusform>%Ln tutorial</numerusform>
            <numerusform>%Ln tutorials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unassigned comment(s)</source>
        <translation>
            <numerusform>%Ln unassigned comment</numerusform>
            <numerusform>%Ln unassigned comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message numerus="yes">
        <source>Saving %n change(s) from the last session.</source>
        <translation>
            <numerusform>Saving %n change from the last session.</numerusform>
            <numerusform>Saving %n changes from the last session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the database: %n change(s) not saved yet</source>
        <translation>
            <numerusform>Waiting for the database: %n change not saved yet</numerusform>
            <numerusform>Waiting for the database: %n changes not saved yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Saving %n change…</numerusform>
            <numerusform>Saving %n changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutorialctl</name>
    <message numerus="yes">
        <source>note: %n unassigned comment(s) (tutorialId NULL) are not in the export: the findAll shape of the Sequelize tutorials application holds comments under their tutorial</source>
        <translation>
            <numerusform>note: %n unassigned comment (tutorialId NULL) is not in the export: the findAll shape of the Sequelize tutorials application holds comments under their tutorial</numerusform>
            <numerusform>note: %n unassigned comments (tutorialId NULL) are not in the export: the findAll shape of the Sequelize tutorials application holds comments under their tutorial</numerusform>
        </translation>
    </message>
</context>
</TS>
