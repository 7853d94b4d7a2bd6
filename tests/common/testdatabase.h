#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh, empty database for one test, on SQLite (a temporary file) or on the throwaway MariaDB that
// scripts/test starts ($TUTORIALDESK_TEST_MYSQL_URL). Dropped again when the object goes.
//
// Typical use, so every test runs on both:
//   void initTestCase_data() { TestDatabase::addRows(); }
//   void init() { m_db = TestDatabase::create(this); QVERIFY2(m_db, qPrintable(TestDatabase::lastError())); }
class TestDatabase
{
public:
    ~TestDatabase();

    // Adds the rows "sqlite" and "mariadb" with a QString column "kind".
    static void addRows();
    // For the current global data row (its "kind" column); nullptr with lastError() on failure.
    static std::unique_ptr<TestDatabase> create(const QObject *test);
    static std::unique_ptr<TestDatabase> create(const QString &kind, const QString &label);
    static QString lastError();

    QString kind() const { return m_kind; }
    bool isMySql() const { return m_url.isMySql(); }
    DatabaseUrl url() const { return m_url; }

    // A connection of the test's own, separate from the code under test, to check what is stored.
    QSqlDatabase checker();
    // Runs one statement on the checker connection; fails the test (returns false) with the error text.
    bool exec(const QString &sql);
    // The first column of the first row of a query on the checker connection (invalid when no row).
    QVariant scalar(const QString &sql);

    // The admin connection to the MariaDB server (root), for server-wide settings such as sql_mode.
    static QSqlDatabase mariadbAdmin();

    // While it lives, the MariaDB server's global sql_mode is '' (lax: no strict mode); connections opened meanwhile
    // start lax. The mode it had comes back when it goes.
    class LaxServerMode
    {
    public:
        LaxServerMode();
        ~LaxServerMode();
        bool isActive() const { return m_active; }

    private:
        QString m_saved;
        bool m_active = false;
    };

private:
    TestDatabase() = default;

    QString m_kind;
    DatabaseUrl m_url;
    QString m_checkerName;
    std::unique_ptr<QTemporaryDir> m_dir;
};
