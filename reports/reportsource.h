#pragma once

#include "report.h"
#include "result.h"

class TutorialService;

// The rows of a report, read through TutorialService's eager loads. Call them on the thread that owns the service's
// connection: the window runs them on a worker with its own connection, tutorialctl on its only one.
namespace ReportSource {

// The tutorial with every comment (findTutorialById: one LEFT JOIN); NotFound when there is no such tutorial.
Result<Report> tutorial(TutorialService &service, qint64 id);
// Every tutorial the query matches, in its order (findTutorialOrder), each with its comment count.
Result<Report> list(TutorialService &service, const SummaryQuery &query);

} // namespace ReportSource
