// Compiled, not run for its answer: the headers the window's panes and the edits include for the service's value
// types and the service itself pull in no QtSql (the SQL stays in models/'s .cpp files). A header that includes
// <QSqlQuery> or <QSqlDatabase> again fails the build here.
#include "editcommands.h"
#include "entities.h"
#include "questions.h"
#include "reportactions.h"
#include "reportsource.h"
#include "schema.h"
#include "tutorialform.h"
#include "tutorialservice.h"

#if defined(QSQLQUERY_H) || defined(QSQLDATABASE_H) || defined(QSQLERROR_H)
#error "a header above includes QtSql"
#endif

int main()
{
    return 0;
}
