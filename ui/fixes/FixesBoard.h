#pragma once
// The fixes board: proposed → in progress → done → verified, one column
// each, cards dragged between and within columns (or moved with Ctrl+←/→
// and Ctrl+↑/↓), filtered by stage and department, overdue fixes in red.
// Enter or a double-click edits a card, Delete removes it, Ctrl+N makes one;
// every change is a step on the room's undo stack. The board holds the
// room's path only; reads and writes run on workers.

#include "common/Theme.h"
#include "fixes/FixBoardWork.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListView;
class QUndoStack;

namespace cr::ui {

class FixCardDelegate;
class FixCardModel;
class RoomWriteQueue;

class FixesBoard : public QDialog
{
    Q_OBJECT
public:
    FixesBoard(const QString& roomPath, QUndoStack* undo, RoomWriteQueue* writes, QWidget* parent = nullptr);

    void reload();
    void showStage(std::optional<RowId> stageId); // filter on one stage (nullopt: all)

    FixCardModel* column(FixStatus status) const;
    QListView* columnView(FixStatus status) const;
    QComboBox* stageFilter() const { return m_stageFilter; }
    QComboBox* departmentFilter() const { return m_departmentFilter; }
    QLabel* summary() const { return m_summary; }
    const BoardData& data() const { return m_data; }
    bool isLoading() const { return m_loading; }

    // A move as a drag makes it: one undo step.
    void moveFix(RowId fixId, FixStatus status, int position);
    void editSelected();
    void removeSelected();
    void newFix();

signals:
    void editRequested(const cr::Fix& fix);   // the editor opens on it (id 0: a new fix)
    void changed();                           // the room's fixes changed: the wall reloads

private:
    void addKeys();
    void applyData(const BoardData& data);
    void fillColumns();
    const FixCard* selectedCard(FixStatus* status = nullptr, int* row = nullptr) const;
    void moveSelectedBy(int columns, int rows);

    QString m_roomPath;
    Theme m_theme;
    QUndoStack* m_undo;
    RoomWriteQueue* m_writes;
    BoardData m_data;
    QComboBox* m_stageFilter = nullptr;
    QComboBox* m_departmentFilter = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QVector<FixCardModel*> m_columns;
    QVector<QListView*> m_views;
    QVector<QLabel*> m_headers;
    FixCardDelegate* m_delegate = nullptr;
    std::optional<RowId> m_pendingStage;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_filtersTouched = false;
};

QString fixColumnTitle(FixStatus status);

} // namespace cr::ui
