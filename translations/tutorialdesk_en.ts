<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
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
