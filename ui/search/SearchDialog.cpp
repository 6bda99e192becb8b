#include "search/SearchDialog.h"

#include "common/Format.h"
#include "feeds/DialogLook.h"
#include "jobs/Background.h"
#include "store/EvidenceSearch.h"
#include "store/RoomStore.h"
#include "tray/TrayCommon.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <map>

namespace cr::ui {

struct SearchPage
{
    SearchResults results;
    QVector<Stage> stages;
    QString error;
    qint64 elapsedMs = 0;
};

namespace {

constexpr int kTypingPauseMs = 180;
constexpr int kHitsPerKind = 60;

SearchPage runSearch(const QString& roomPath, const QString& text)
{
    SearchPage page;
    QElapsedTimer clock;
    clock.start();
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        page.error = store.error().message;
        return page;
    }
    auto results = EvidenceSearch(**store).search(text, kHitsPerKind);
    auto stages = (*store)->stages();
    if (!results || !stages) {
        page.error = !results ? results.error().message : stages.error().message;
        return page;
    }
    page.results = *results;
    page.stages = *stages;
    page.elapsedMs = clock.elapsed();
    return page;
}

QString kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Complaint:
        return SearchDialog::tr("Complaint");
    case SearchKind::SurveyComment:
        return SearchDialog::tr("Survey comment");
    case SearchKind::Call:
        return SearchDialog::tr("Call");
    case SearchKind::Fix:
        return SearchDialog::tr("Fix");
    }
    return QString();
}

QString highlighted(const SearchHit& hit, const QColor& mark)
{
    QString html;
    int at = 0;
    for (const auto& [start, length] : hit.highlights) {
        if (start < at)
            continue;
        html += hit.snippet.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1; font-weight:600\">%2</span>")
                    .arg(mark.name(), hit.snippet.mid(start, length).toHtmlEscaped());
        at = start + length;
    }
    html += hit.snippet.mid(at).toHtmlEscaped();
    return html;
}

QString clock(double seconds)
{
    const int s = int(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SearchDialog::SearchDialog(const QString& roomPath, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_box(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_results(new QTextBrowser(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search the room"));
    applyDialogLook(this, m_theme);
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setPlaceholderText(tr("Search complaints, survey comments, call transcripts and fixes"));
    m_box->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setText(tr("Every word you type must appear; the start of a word is enough, accents do not matter."));
    m_summary->setWordWrap(true);
    muteLabel(m_summary, m_theme);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setOpenLinks(false);
    m_results->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    const int gap = m_theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->setSpacing(gap);
    layout->addWidget(m_box);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_box, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_box->text()); });
    connect(m_box, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        search(m_box->text());
    });
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QUrlQuery query(url);
        const qint64 id = query.queryItemValue(QStringLiteral("id")).toLongLong();
        if (url.host() == QLatin1String("call"))
            emit playCallAt(id, query.queryItemValue(QStringLiteral("at")).toDouble());
        if (url.host() == QLatin1String("fix")) {
            const auto kind = evidenceKindFromString(query.queryItemValue(QStringLiteral("kind")));
            if (!kind)
                return;
            Fix fix;
            fix.title = query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
            const QString stage = query.queryItemValue(QStringLiteral("stage"));
            if (!stage.isEmpty())
                fix.stageId = stage.toLongLong();
            fix.metric = fix.stageId ? QStringLiteral("nps") : QString();
            fix.evidence.append({*kind, id});
            emit newFixRequested(fix);
        }
    });
    sizeToScreen(this, 0.45, 0.7, QSize(m_theme.px(720), m_theme.px(560)));
    m_box->setFocus();
}

void SearchDialog::search(const QString& text)
{
    const quint64 request = ++m_pending;
    if (text.trimmed().isEmpty()) {
        m_shown = request;
        m_results->clear();
        m_summary->setText(tr("Every word you type must appear; the start of a word is enough, accents do not matter."));
        return;
    }
    m_summary->setText(tr("Searching…"));
    const QString room = m_roomPath;
    runInBackground(
        this, [room, text] { return runSearch(room, text); },
        [this, request](const SearchPage& page) { showResults(request, page); });
}

void SearchDialog::showResults(quint64 request, const SearchPage& page)
{
    if (request < m_shown)
        return; // an answer to an older query arrived late
    m_shown = request;
    if (!page.error.isEmpty()) {
        m_summary->setText(page.error);
        m_results->clear();
        return;
    }
    const SearchResults& r = page.results;
    if (r.total() == 0) {
        m_summary->setText(tr("Nothing in this room matches “%1”.").arg(r.query.trimmed()));
        m_results->clear();
        return;
    }
    m_summary->setText(tr("%1 matches: %2 complaints, %3 survey comments, %4 calls, %5 fixes (%6 ms). "
                          "The newest %7 of each kind are shown.")
                           .arg(QLocale().toString(r.total()))
                           .arg(QLocale().toString(r.totals.value(int(SearchKind::Complaint))))
                           .arg(QLocale().toString(r.totals.value(int(SearchKind::SurveyComment))))
                           .arg(QLocale().toString(r.totals.value(int(SearchKind::Call))))
                           .arg(QLocale().toString(r.totals.value(int(SearchKind::Fix))))
                           .arg(page.elapsedMs)
                           .arg(kHitsPerKind));

    // Journey order; hits no stage claimed come last. Newest first within a stage.
    QHash<RowId, int> position;
    for (int i = 0; i < page.stages.size(); ++i)
        position.insert(page.stages[i].id, i);
    std::map<int, QVector<SearchHit>> byStage;
    const int unassigned = int(page.stages.size());
    for (const SearchHit& hit : r.hits)
        byStage[hit.stageId ? position.value(*hit.stageId, unassigned) : unassigned].append(hit);

    const QColor mark = m_theme.amber.lighter(150);
    QString html = QStringLiteral("<html><body style=\"color:%1\">").arg(m_theme.text.name());
    for (auto& [index, hits] : byStage) {
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.when > b.when; });
        const QString stage = index < unassigned ? page.stages[index].name : tr("Unassigned");
        html += QStringLiteral("<h2 style=\"margin-top:18px\">%1 <span style=\"color:%2; font-weight:400\">· %3</span></h2>")
                    .arg(stage.toHtmlEscaped(), m_theme.mutedText.name(),
                         hits.size() == 1 ? tr("1 hit") : tr("%1 hits").arg(hits.size()));
        for (const SearchHit& hit : hits) {
            QString head = QStringLiteral("<span style=\"color:%1\">%2 · %3</span> &nbsp;<b>%4</b>")
                               .arg(m_theme.mutedText.name(), kindName(hit.kind),
                                    QLocale().toString(hit.when.date(), QLocale::ShortFormat),
                                    hit.title.toHtmlEscaped());
            if (hit.kind == SearchKind::Call)
                head += QStringLiteral(" &nbsp;<a href=\"cr://call?id=%1&at=%2\">%3</a>")
                            .arg(hit.id)
                            .arg(hit.atSeconds.value_or(0))
                            .arg(hit.atSeconds ? tr("▶ Play from %1").arg(clock(*hit.atSeconds)) : tr("▶ Play"));
            const char* evidence = hit.kind == SearchKind::Complaint       ? "complaint"
                                   : hit.kind == SearchKind::SurveyComment ? "survey_response"
                                   : hit.kind == SearchKind::Call          ? "call"
                                                                           : nullptr;
            if (evidence) {
                QUrlQuery fixQuery;
                fixQuery.addQueryItem(QStringLiteral("id"), QString::number(hit.id));
                fixQuery.addQueryItem(QStringLiteral("kind"), QLatin1String(evidence));
                fixQuery.addQueryItem(QStringLiteral("stage"), hit.stageId ? QString::number(*hit.stageId) : QString());
                fixQuery.addQueryItem(QStringLiteral("title"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                                   hit.kind == SearchKind::Complaint ? hit.title : QString())));
                QUrl link(QStringLiteral("cr://fix"));
                link.setQuery(fixQuery);
                head += QStringLiteral(" &nbsp;<a href=\"%1\">%2</a>")
                            .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("+ Fix"));
            }
            html += QStringLiteral("<p style=\"margin:10px 0 2px 0\">%1</p><p style=\"margin:0 0 6px 18px\">%2</p>")
                        .arg(head, highlighted(hit, mark));
        }
    }
    html += QStringLiteral("</body></html>");
    m_results->setHtml(html);
}

} // namespace cr::ui
