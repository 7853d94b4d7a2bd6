#include "mainwindow.h"

#include "database.h"
#include "tutorialservice.h"

MainWindow::MainWindow(Database &database, TutorialService &service, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_service(service)
{
    setWindowTitle(tr("Tutorial Desk — %1").arg(m_database.url().displayName()));
}
