#include "jsonwriter.h"
#include "tutorialjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    // Byte for byte what JSON.stringify(value, null, 2) prints in Node.
    void indentedLikeJsonStringify()
    {
        Tutorial tutorial;
        tutorial.id = 1;
        tutorial.title = u"Tut#1"_s;
        tutorial.createdAt = 0;
        tutorial.updatedAt = 1000;
        QCOMPARE(TutorialJson::tutorial(tutorial),
                 QByteArray("{\n  \"id\": 1,\n  \"title\": \"Tut#1\",\n  \"description\": null,\n"
                            "  \"createdAt\": \"1970-01-01T00:00:00.000Z\",\n"
                            "  \"updatedAt\": \"1970-01-01T00:00:01.000Z\",\n  \"comments\": []\n}"));
        QCOMPARE(TutorialJson::tutorials({}), QByteArray("[]"));
        QCOMPARE(TutorialJson::tutorialRow(tutorial, 0),
                 QByteArray("{\"id\":1,\"title\":\"Tut#1\",\"description\":null,\"createdAt\":\"1970-01-01T00:00:00."
                            "000Z\",\"updatedAt\":\"1970-01-01T00:00:01.000Z\"}"));
    }

    void stringEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("quotes and backslash") << u"say \"hi\" \\ 'there'"_s << QByteArray("\"say \\\"hi\\\" \\\\ 'there'\"");
        QTest::newRow("controls") << u"a\nb\tc\rd\be\ff"_s << QByteArray("\"a\\nb\\tc\\rd\\be\\ff\"");
        QTest::newRow("other control") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
        QTest::newRow("emoji") << u"👍🏽"_s << QByteArray("\"\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\"");
        QTest::newRow("rtl") << u"\u202Eשלום"_s << QByteArray("\"\xE2\x80\xAE\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QByteArray("\"\\ud800\"");
        QTest::newRow("slash not escaped") << u"a/b"_s << QByteArray("\"a/b\"");
    }
    void stringEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QByteArray out;
        JsonWriter::appendString(out, text);
        QCOMPARE(out, json);
        // The export's fast path escapes UTF-8 bytes from the server the same way.
        if (!text.contains(QChar(0xD800))) {
            QByteArray fromUtf8;
            const QByteArray utf8 = text.toUtf8();
            JsonWriter::appendUtf8String(fromUtf8, utf8.constData(), utf8.size());
            QCOMPARE(fromUtf8, json);
        }
        // And any JSON parser reads back the same text (a lone surrogate aside, which has no UTF-8 form).
        if (!text.contains(QChar(0xD800))) {
            const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + out + "}");
            QCOMPARE(doc.object().value(u"v"_s).toString(), text);
        }
    }

    void unassignedCommentHasNullTutorial()
    {
        Comment comment;
        comment.id = 7;
        comment.name = u"n"_s;
        comment.text = u"t"_s;
        const QJsonObject object = QJsonDocument::fromJson(TutorialJson::commentWithTutorial(comment)).object();
        QVERIFY(object.contains(u"tutorial"_s));
        QVERIFY(object.value(u"tutorial"_s).isNull());
        QVERIFY(object.value(u"tutorialId"_s).isNull());
        QCOMPARE(object.value(u"id"_s).toInteger(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
