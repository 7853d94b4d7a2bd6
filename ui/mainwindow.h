#pragma once

#include <QMainWindow>

class Database;
class TutorialService;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, TutorialService &service, QWidget *parent = nullptr);

private:
    Database &m_database;
    TutorialService &m_service;
};
