#pragma once
// Setting the room up: the journey (stages, moments of truth, owners,
// maturity), departments and KPI definitions, in three tabs. Every change
// is a step on the room's undo stack (Ctrl+Z / Ctrl+Shift+Z, also from the
// buttons), written on a worker; the window reads the room again after.

#include "common/Theme.h"
#include "setup/SetupWork.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace cr::ui {

class DepartmentsPage;
class JourneyPage;
class KpisPage;

class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    SetupDialog(const SetupContext& context, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    JourneyPage* journey() const { return m_journey; }
    DepartmentsPage* departments() const { return m_departments; }
    KpisPage* kpis() const { return m_kpis; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* message() const { return m_message; }
    const SetupData& data() const { return m_data; }

private:
    void showProblem(const QString& text);

    SetupContext m_context;
    Theme m_theme;
    SetupData m_data;
    QTabWidget* m_tabs;
    JourneyPage* m_journey;
    DepartmentsPage* m_departments;
    KpisPage* m_kpis;
    QLabel* m_message;
    quint64 m_request = 0;
    bool m_loading = false;
};

} // namespace cr::ui
