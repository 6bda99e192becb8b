#pragma once
// The journey in the set-up window: stages in order (drag to reorder), the
// selected stage's name, target experience, owner and contributing
// departments, its maturity by month, and its moments of truth (drag to
// reorder, check the key ones, double-click to rename). Every change is an
// undo step on the room's stack.

#include "common/Theme.h"
#include "setup/SetupWork.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace cr::ui {

class JourneyPage : public QWidget
{
    Q_OBJECT
public:
    JourneyPage(const SetupContext& context, const Theme& theme, QWidget* parent = nullptr);
    void setData(const SetupData& data);

    QListWidget* stageList() const { return m_stages; }
    QListWidget* momentList() const { return m_moments; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* targetEdit() const { return m_target; }
    QComboBox* ownerBox() const { return m_owner; }
    QListWidget* contributorList() const { return m_contributors; }
    QComboBox* maturityBox() const { return m_maturity; }
    QDateEdit* maturityMonth() const { return m_maturityMonth; }
    QLabel* maturityHistory() const { return m_history; }

    void addStage();
    void removeStage();
    void addMoment();
    void removeMoment();
    void applyMaturity();
    void selectStage(RowId id);

signals:
    void problem(const QString& message);

private:
    std::optional<Stage> currentStage() const;
    void showStage();
    void saveStageFields();
    void onStagesMoved();
    void onMomentsMoved();
    void onMomentChanged(QListWidgetItem* item);

    SetupContext m_context;
    Theme m_theme;
    SetupData m_data;
    bool m_filling = false;
    bool m_selectNewStage = false; // after an add, the new stage is the one to edit
    QListWidget* m_stages;
    QLineEdit* m_name;
    QLineEdit* m_target;
    QLineEdit* m_description;
    QComboBox* m_owner;
    QListWidget* m_contributors;
    QComboBox* m_maturity;
    QDateEdit* m_maturityMonth;
    QLabel* m_history;
    QListWidget* m_moments;
};


} // namespace cr::ui
