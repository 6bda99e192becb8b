#pragma once
// KPI definitions in the set-up window: the list on the left, the selected
// KPI's name, unit, direction, target and amber band, roll-up, owner, stage
// and moment on the right. Every change is an undo step on the room's stack.

#include "common/Theme.h"
#include "setup/SetupWork.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace cr::ui {

class KpisPage : public QWidget
{
    Q_OBJECT
public:
    KpisPage(const SetupContext& context, const Theme& theme, QWidget* parent = nullptr);
    void setData(const SetupData& data);

    QListWidget* kpiList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* targetEdit() const { return m_target; }
    QComboBox* directionBox() const { return m_direction; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* ownerBox() const { return m_owner; }
    void addKpi();
    void removeKpi();
    void save(); // pushes the fields as an edit when they changed

signals:
    void problem(const QString& message);

private:
    std::optional<Kpi> currentKpi() const;
    void showKpi();
    void fillMoments(const QVariant& stage, const QVariant& moment);

    SetupContext m_context;
    SetupData m_data;
    bool m_filling = false;
    bool m_selectNew = false;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QComboBox* m_direction;
    QLineEdit* m_target;
    QDoubleSpinBox* m_amber;
    QComboBox* m_aggregate;
    QComboBox* m_owner;
    QComboBox* m_stage;
    QComboBox* m_moment;
    QLineEdit* m_description;
};

} // namespace cr::ui
