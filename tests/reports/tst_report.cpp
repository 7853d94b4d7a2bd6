// The printed report, read back as a person would read it: the PDF's text through pdftotext. Every comment is there,
// in order; text from the database prints as typed, never as markup; 10,000 comments print whole.
#include "database.h"
#include "report.h"
#include "reportsource.h"
#include "schema.h"
#include "testdatabase.h"
#include "translations.h"
#include "tutorialservice.h"

#include <QFile>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// The PDF's text, in reading order (pdftotext -raw), or an empty string after a failed check.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What survives a trip through a PDF's text: no white space (lines wrap anywhere in a narrow cell), no control or
// format characters (a bell, a zero-width space, a bidi mark: nothing to draw, nothing to extract), and no combining
// marks (drawn over the letter before them; pdftotext reads the letter alone).
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c;
    }
    return out;
}

// Whether pdftotext can give `text` back: a character no installed font has is drawn as a box, which has no text,
// and Qt 6.4's PDF writer maps no glyph beyond the Basic Multilingual Plane (emoji, musical and mathematical
// letters) back to its character. Such values are checked in the document's text only.
bool readableInPdf(const QString &text)
{
    QFont font;
    font.setPointSize(10);
    const QFontMetrics metrics(font);
    for (const char32_t c : visible(text).toUcs4()) {
        if (c > 0xFFFF || !metrics.inFontUcs4(c))
            return false;
    }
    return true;
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(u"en"_s); // as the programs do: English with its plural forms ("3 tutorials")
        QProcess probe;
        probe.start(u"pdftotext"_s, {u"-v"_s});
        QVERIFY2(probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit,
                 "pdftotext (poppler-utils) is needed");
    }
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        m_database = std::make_unique<Database>(m_test->url());
        QVERIFY(Schema::init(*m_database));
        m_service = std::make_unique<TutorialService>(*m_database);
    }
    void cleanup()
    {
        m_service.reset();
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
        m_test.reset();
    }

    void everyCommentInOrder()
    {
        auto tutorial = m_service->createTutorial(u"Sequelize associations"_s, u"One tutorial, many comments"_s);
        QVERIFY(tutorial);
        QStringList texts;
        for (int i = 1; i <= 120; ++i) {
            const QString text = u"Comment number %1 says something about page %2"_s.arg(i, 3, 10, QChar(u'0')).arg(i % 7);
            QVERIFY(m_service->createComment(tutorial->id, u"reader-%1"_s.arg(i), text));
            texts << text;
        }
        auto report = ReportSource::tutorial(*m_service, tutorial->id);
        QVERIFY2(report, qPrintable(report.error().message));
        const QString path = m_dir.filePath(u"ordered.pdf"_s);
        auto pages = report->writePdf(path);
        QVERIFY2(pages, qPrintable(pages.error().message));
        QVERIFY(*pages >= 2); // 120 comments do not fit on one page: the header row and the order hold across pages
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Sequelize associations"_s));
        QVERIFY(text.contains(u"One tutorial, many comments"_s));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(*pages)));
        qsizetype at = 0;
        for (int i = 0; i < texts.size(); ++i) {
            const qsizetype found = text.indexOf(texts.at(i), at);
            QVERIFY2(found >= 0, qPrintable(u"comment %1 missing or out of order"_s.arg(i + 1)));
            QVERIFY(text.indexOf(u"reader-%1"_s.arg(i + 1), at) >= 0);
            at = found;
        }
    }

    void hostileValuesPrintLiterally()
    {
        QFile file(QStringLiteral(TUTORIALDESK_TEST_DATA) + u"/hostile-values.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList values;
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &entry : cases) {
            const QJsonObject object = entry.toObject();
            if (object.value(u"expect"_s).toString() == u"keep")
                values << object.value(u"value"_s).toString();
        }
        QVERIFY(values.size() > 20);
        // Markup in the title and the description, and every value a comment may hold in its name and its text.
        auto tutorial = m_service->createTutorial(u"<b>x</b> &amp; <i>y</i>"_s, u"&lt;p&gt; <br/> &#65; &nbsp;"_s);
        QVERIFY(tutorial);
        for (const QString &value : std::as_const(values))
            QVERIFY(m_service->createComment(tutorial->id, value, value));
        auto report = ReportSource::tutorial(*m_service, tutorial->id);
        QVERIFY(report);

        // In the document itself: every value exactly, as plain text (line ends become paragraph breaks).
        const auto document = report->document(nullptr, QSizeF(600, 800));
        const QString plain = document->toPlainText();
        QVERIFY(plain.contains(u"<b>x</b> &amp; <i>y</i>"_s));
        QVERIFY(plain.contains(u"&lt;p&gt; <br/> &#65; &nbsp;"_s));
        for (const QString &value : std::as_const(values)) {
            QString expected = value;
            expected.replace(u"\r\n"_s, u"\n"_s);
            QVERIFY2(plain.contains(expected), qPrintable(u"not literal in the document: "_s + value.left(40)));
        }

        // In the PDF, as a person reads it.
        const QString path = qEnvironmentVariableIsSet("KEEP_PDF") ? qEnvironmentVariable("KEEP_PDF") : m_dir.filePath(u"hostile.pdf"_s);
        auto pages = report->writePdf(path);
        QVERIFY2(pages, qPrintable(pages.error().message));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"<b>x</b> &amp; <i>y</i>"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"&lt;p&gt; <br/> &#65; &nbsp;"_s));
        QVERIFY(text.contains(u"<script>alert('x')</script>&amp;"_s));
        const QString flat = visible(text);
        QStringList missing, undrawable;
        for (const QString &value : std::as_const(values)) {
            if (!readableInPdf(value)) {
                undrawable << value.left(12);
                continue;
            }
            if (!flat.contains(visible(value)))
                missing << value.left(40);
        }
        if (!undrawable.isEmpty())
            qInfo("not readable from a PDF here (no font has them, or beyond the BMP), checked in the document only: %s",
                  qPrintable(undrawable.join(u" | "_s)));
        QVERIFY2(missing.isEmpty(), qPrintable(u"not literal in the PDF: "_s + missing.join(u" | "_s)));
    }

    void tenThousandCommentsComplete()
    {
        Tutorial big;
        big.title = u"Ten thousand comments"_s;
        big.description = u"All of them printed"_s;
        for (int i = 1; i <= 10000; ++i) {
            Comment comment;
            comment.name = u"n%1"_s.arg(i);
            comment.text = u"text-%1-end"_s.arg(i, 5, 10, QChar(u'0'));
            big.comments << comment;
        }
        auto created = m_service->createTutorials({big});
        QVERIFY2(created, qPrintable(created.error().message));
        auto report = ReportSource::tutorial(*m_service, created->first().id);
        QVERIFY(report);
        QCOMPARE(report->tutorial().comments.size(), 10000);
        const QString path = m_dir.filePath(u"big.pdf"_s);
        auto pages = report->writePdf(path);
        QVERIFY2(pages, qPrintable(pages.error().message));
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(*pages)));
        qsizetype at = 0;
        for (int i = 1; i <= 10000; ++i) {
            const qsizetype found = text.indexOf(u"text-%1-end"_s.arg(i, 5, 10, QChar(u'0')), at);
            QVERIFY2(found >= 0, qPrintable(u"comment %1 missing or out of order"_s.arg(i)));
            at = found;
        }
    }

    void listAsFilteredAndSorted()
    {
        for (const auto &[title, comments] : {std::pair{u"Zebra tutorial"_s, 3}, std::pair{u"apple tutorial"_s, 1},
                                              std::pair{u"Mango tutorial"_s, 0}, std::pair{u"Not matching"_s, 5}}) {
            auto tutorial = m_service->createTutorial(title, u"about <fruit> & animals"_s);
            QVERIFY(tutorial);
            for (int i = 0; i < comments; ++i)
                QVERIFY(m_service->createComment(tutorial->id, u"n"_s, u"t"_s));
        }
        TutorialService::SummaryQuery query;
        query.search = u"tutorial"_s;
        query.sort = TutorialService::SummarySort::Title;
        query.descending = true;
        auto report = ReportSource::list(*m_service, query);
        QVERIFY(report);
        const QString path = m_dir.filePath(u"list.pdf"_s);
        QVERIFY(report->writePdf(path));
        const QString text = pdfText(path);
        QVERIFY(!text.contains(u"Not matching"_s));
        QVERIFY(text.contains(u"about <fruit> & animals"_s));
        QVERIFY(text.contains(u"3 tutorials"_s));
        const qsizetype zebra = text.indexOf(u"Zebra tutorial"_s);
        const qsizetype mango = text.indexOf(u"Mango tutorial"_s);
        const qsizetype apple = text.indexOf(u"apple tutorial"_s);
        QVERIFY(zebra > 0 && mango > zebra && apple > mango); // by title, descending, case ignored
        // The comment counts, in the row of their tutorial.
        QVERIFY(text.mid(zebra, mango - zebra).contains(u" 3 "_s));
    }

    void unknownTutorialIsNotFound()
    {
        auto report = ReportSource::tutorial(*m_service, 4242);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::NotFound);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
};

// A QGuiApplication: the report measures text with the system's fonts.
QTEST_MAIN(tst_Report)
#include "tst_report.moc"
