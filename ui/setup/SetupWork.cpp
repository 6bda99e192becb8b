#include "setup/SetupWork.h"

#include "fixes/RoomEditCommand.h"
#include "store/FixStore.h"
#include "store/RoomStore.h"

namespace cr::ui {

SetupData loadSetup(const QString& roomPath)
{
    SetupData data;
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        data.error = store.error().message;
        return data;
    }
    RoomStore& s = **store;
    auto stages = s.stages();
    auto departments = s.departments();
    auto kpis = s.allKpis();
    if (!stages || !departments || !kpis) {
        data.error = !stages ? stages.error().message : !departments ? departments.error().message
                                                                     : kpis.error().message;
        return data;
    }
    data.stages = *stages;
    data.departments = *departments;
    data.kpis = *kpis;
    auto fixes = FixStore(s).fixes();
    if (!fixes) {
        data.error = fixes.error().message;
        return data;
    }
    for (const Fix& f : *fixes)
        ++data.fixesOwned[f.ownerDepartmentId];
    SetupStore setup(s);
    for (const Stage& st : data.stages) {
        auto moments = s.moments(st.id);
        auto history = setup.maturityHistory(st.id);
        if (!moments || !history) {
            data.error = !moments ? moments.error().message : history.error().message;
            return data;
        }
        data.moments.insert(st.id, *moments);
        data.maturity.insert(st.id, *history);
    }
    return data;
}

QString editSetup(const QString& roomPath, const std::function<Status(SetupStore&)>& edit)
{
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store)
        return store.error().message;
    SetupStore setup(**store);
    const Status done = edit(setup);
    return done ? QString() : done.error().message;
}

void SetupContext::push(const QString& text, std::function<Status(SetupStore&)> redo,
                        std::function<Status(SetupStore&)> undoEdit) const
{
    const QString room = roomPath;
    undo->push(new RoomEditCommand(
        text, writes, [room, redo] { return editSetup(room, redo); },
        [room, undoEdit] { return editSetup(room, undoEdit); }));
}

void SetupContext::pushAdd(const QString& text, std::function<Result<RowId>(SetupStore&)> add,
                           std::function<Result<Removal>(SetupStore&, RowId)> remove) const
{
    struct State
    {
        RowId id = 0;
        Removal removed;
    };
    auto state = std::make_shared<State>();
    push(
        text,
        [state, add](SetupStore& setup) -> Status {
            if (!state->removed.isEmpty()) // again after an undo: the same row back
                return setup.restore(state->removed);
            auto id = add(setup);
            if (!id)
                return id.error();
            state->id = *id;
            return success();
        },
        [state, remove](SetupStore& setup) -> Status {
            if (state->id == 0)
                return success();
            auto removed = remove(setup, state->id);
            if (!removed)
                return removed.error();
            state->removed = *removed;
            return success();
        });
}

void SetupContext::pushRemove(const QString& text, std::function<Result<Removal>(SetupStore&)> remove) const
{
    auto removed = std::make_shared<Removal>();
    push(
        text,
        [removed, remove](SetupStore& setup) -> Status {
            auto r = remove(setup);
            if (!r)
                return r.error();
            *removed = *r;
            return success();
        },
        [removed](SetupStore& setup) { return setup.restore(*removed); });
}

} // namespace cr::ui
