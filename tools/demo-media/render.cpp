// Renders the fictional "Kestrel Fibre" demo artifacts used by Customer Room's
// demo room (PNG screenshots/e-mails and PDF letters), their thumbnails, and
// the application icon PNG. All content is fictional.
//
// Usage:
//   render-demo-media artifacts <outdir>
//   render-demo-media icon <in.svg> <out.png> [size]
//
// Run with QT_QPA_PLATFORM=offscreen on headless machines.

#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <QSvgRenderer>
#include <QtMath>

#include <cstdio>
#include <functional>
#include <vector>

namespace {

// ---------------------------------------------------------------- brand ----
const QColor kTeal("#0B4F5C");
const QColor kTealMid("#13707F");
const QColor kTealLight("#E3F1F2");
const QColor kOrange("#E8772E");
const QColor kOrangeLight("#FDF0E6");
const QColor kInk("#1F2933");
const QColor kMuted("#5F6B76");
const QColor kFaint("#8A96A0");
const QColor kRule("#D9E0E5");
const QColor kPaper("#FFFFFF");
const QColor kBg("#F3F6F8");

const QString kFamily = QStringLiteral("DejaVu Sans");

// Device units per typographic point for the current surface.
double g_pt = 1.333;

QFont font(double pt, int weight = QFont::Normal, bool italic = false)
{
    QFont f(kFamily);
    f.setPixelSize(qMax(1, qRound(pt * g_pt)));
    f.setWeight(QFont::Weight(weight));
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double U(double pt) { return pt * g_pt; }

// Draw wrapped text in a column; returns the height used.
double text(QPainter &p, double x, double y, double w, const QString &s, const QFont &f,
            const QColor &c, int align = Qt::AlignLeft)
{
    p.setFont(f);
    p.setPen(c);
    const QRectF r(x, y, w, 1e6);
    const int flags = (align & Qt::AlignHorizontal_Mask) | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF br = p.boundingRect(r, flags, s);
    p.drawText(r, flags, s);
    return br.height();
}

double textHeight(QPainter &p, double w, const QString &s, const QFont &f)
{
    p.setFont(f);
    return p.boundingRect(QRectF(0, 0, w, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s)
        .height();
}

// Single line, elided if needed.
void line(QPainter &p, const QRectF &r, const QString &s, const QFont &f, const QColor &c,
          int align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(f);
    p.setPen(c);
    QFontMetricsF fm(f);
    p.drawText(r, align, fm.elidedText(s, Qt::ElideRight, r.width()));
}

// The Kestrel Fibre mark: a disc with a gliding bird over a wave.
void drawMark(QPainter &p, QPointF c, double r, bool onDark = false)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(onDark ? QColor("#FFFFFF") : kTeal);
    p.drawEllipse(c, r, r);
    // bird: two swept wings
    QPainterPath bird;
    bird.moveTo(c.x() - 0.62 * r, c.y() - 0.02 * r);
    bird.quadTo(c.x() - 0.30 * r, c.y() - 0.50 * r, c.x() - 0.02 * r, c.y() - 0.04 * r);
    bird.quadTo(c.x() + 0.08 * r, c.y() - 0.02 * r, c.x() + 0.04 * r, c.y() + 0.06 * r);
    bird.quadTo(c.x() + 0.22 * r, c.y() - 0.46 * r, c.x() + 0.64 * r, c.y() - 0.30 * r);
    bird.quadTo(c.x() + 0.28 * r, c.y() - 0.20 * r, c.x() + 0.06 * r, c.y() + 0.14 * r);
    bird.quadTo(c.x() - 0.06 * r, c.y() + 0.06 * r, c.x() - 0.62 * r, c.y() - 0.02 * r);
    p.setBrush(onDark ? kTeal : QColor("#FFFFFF"));
    p.drawPath(bird);
    // wave
    QPainterPath wave;
    wave.moveTo(c.x() - 0.66 * r, c.y() + 0.42 * r);
    wave.cubicTo(c.x() - 0.36 * r, c.y() + 0.22 * r, c.x() - 0.12 * r, c.y() + 0.62 * r,
                 c.x() + 0.14 * r, c.y() + 0.42 * r);
    wave.cubicTo(c.x() + 0.34 * r, c.y() + 0.26 * r, c.x() + 0.50 * r, c.y() + 0.40 * r,
                 c.x() + 0.66 * r, c.y() + 0.36 * r);
    QPen wp(kOrange, 0.13 * r, Qt::SolidLine, Qt::RoundCap);
    p.setPen(wp);
    p.setBrush(Qt::NoBrush);
    p.drawPath(wave);
    p.restore();
}

// Mark + wordmark; h is the mark diameter. Returns total width.
double drawLogo(QPainter &p, QPointF topLeft, double h, bool onDark = false)
{
    drawMark(p, QPointF(topLeft.x() + h / 2, topLeft.y() + h / 2), h / 2, onDark);
    QFont b(kFamily);
    b.setPixelSize(qRound(h * 0.52));
    b.setWeight(QFont::Bold);
    QFont n = b;
    n.setWeight(QFont::Normal);
    QFontMetricsF fb(b), fn(n);
    const double x = topLeft.x() + h * 1.22;
    const double base = topLeft.y() + h / 2 + fb.capHeight() / 2;
    p.setFont(b);
    p.setPen(onDark ? QColor("#FFFFFF") : kTeal);
    p.drawText(QPointF(x, base), "Kestrel");
    const double x2 = x + fb.horizontalAdvance("Kestrel ");
    p.setFont(n);
    p.setPen(onDark ? QColor("#FFD9BF") : kOrange);
    p.drawText(QPointF(x2, base), "Fibre");
    return x2 + fn.horizontalAdvance("Fibre") - topLeft.x();
}

void roundRect(QPainter &p, const QRectF &r, double rad, const QColor &fill,
               const QColor &stroke = Qt::transparent, double sw = 1)
{
    p.setPen(stroke.alpha() ? QPen(stroke, sw) : QPen(Qt::NoPen));
    p.setBrush(fill);
    p.drawRoundedRect(r, rad, rad);
}

// ------------------------------------------------------------- blocks ------
enum class B { H1, H2, P, PBold, Small, KV, Button, Rule, Bullets, Callout, Space, Sign };

struct Block {
    B t;
    QString a;
    QString b;
    QStringList items;
};

Block H1(QString s) { return {B::H1, s, {}, {}}; }
Block H2(QString s) { return {B::H2, s, {}, {}}; }
Block P(QString s) { return {B::P, s, {}, {}}; }
Block PB(QString s) { return {B::PBold, s, {}, {}}; }
Block Small(QString s) { return {B::Small, s, {}, {}}; }
Block KV(QStringList rows) { return {B::KV, {}, {}, rows}; }
Block Button(QString s) { return {B::Button, s, {}, {}}; }
Block Rule() { return {B::Rule, {}, {}, {}}; }
Block Bullets(QStringList rows) { return {B::Bullets, {}, {}, rows}; }
Block Callout(QString title, QString body) { return {B::Callout, title, body, {}}; }
Block Space(double pt) { return {B::Space, QString::number(pt), {}, {}}; }
Block Sign(QString name, QString role) { return {B::Sign, name, role, {}}; }

// Lays out blocks in a column; returns the final y.
double renderBlocks(QPainter &p, double x, double y, double w, const std::vector<Block> &blocks,
                    double bodyPt = 10.5)
{
    const double gap = U(bodyPt * 0.85);
    for (const Block &bl : blocks) {
        switch (bl.t) {
        case B::H1:
            y += text(p, x, y, w, bl.a, font(bodyPt * 1.75, QFont::Bold), kInk) + gap;
            break;
        case B::H2:
            y += text(p, x, y, w, bl.a, font(bodyPt * 1.2, QFont::Bold), kTeal) + gap * 0.6;
            break;
        case B::P:
            y += text(p, x, y, w, bl.a, font(bodyPt), kInk) + gap;
            break;
        case B::PBold:
            y += text(p, x, y, w, bl.a, font(bodyPt, QFont::Bold), kInk) + gap;
            break;
        case B::Small:
            y += text(p, x, y, w, bl.a, font(bodyPt * 0.74), kMuted) + gap * 0.7;
            break;
        case B::Rule:
            p.setPen(QPen(kRule, qMax(1.0, U(0.6))));
            p.drawLine(QPointF(x, y + gap * 0.3), QPointF(x + w, y + gap * 0.3));
            y += gap * 1.2;
            break;
        case B::Space:
            y += U(bl.a.toDouble());
            break;
        case B::KV: {
            const double rowPad = U(bodyPt * 0.55);
            const double keyW = w * 0.42;
            const double top = y;
            // measure
            double h = 0;
            std::vector<double> rowH;
            for (const QString &r : bl.items) {
                const QStringList kv = r.split('|');
                const double rh = qMax(textHeight(p, keyW - 2 * rowPad, kv.value(0), font(bodyPt)),
                                       textHeight(p, w - keyW - rowPad, kv.value(1),
                                                  font(bodyPt, QFont::Bold)))
                    + 2 * rowPad;
                rowH.push_back(rh);
                h += rh;
            }
            roundRect(p, QRectF(x, top, w, h), U(4), kBg, kRule, qMax(1.0, U(0.6)));
            double yy = top;
            for (int i = 0; i < bl.items.size(); ++i) {
                const QStringList kv = bl.items[i].split('|');
                if (i > 0) {
                    p.setPen(QPen(kRule, qMax(1.0, U(0.5))));
                    p.drawLine(QPointF(x + rowPad, yy), QPointF(x + w - rowPad, yy));
                }
                text(p, x + rowPad, yy + rowPad, keyW - 2 * rowPad, kv.value(0), font(bodyPt), kMuted);
                text(p, x + keyW, yy + rowPad, w - keyW - rowPad, kv.value(1),
                     font(bodyPt, QFont::Bold), kInk);
                yy += rowH[i];
            }
            y = top + h + gap;
            break;
        }
        case B::Bullets:
            for (const QString &it : bl.items) {
                const double ind = U(bodyPt * 1.3);
                p.setPen(Qt::NoPen);
                p.setBrush(kOrange);
                const double d = U(bodyPt * 0.38);
                p.drawEllipse(QRectF(x + U(bodyPt * 0.2), y + U(bodyPt * 0.48), d, d));
                y += text(p, x + ind, y, w - ind, it, font(bodyPt), kInk) + gap * 0.45;
            }
            y += gap * 0.5;
            break;
        case B::Button: {
            QFont f = font(bodyPt * 1.05, QFont::Bold);
            QFontMetricsF fm(f);
            const double bw = fm.horizontalAdvance(bl.a) + U(bodyPt * 3.2);
            const double bh = fm.height() + U(bodyPt * 1.3);
            roundRect(p, QRectF(x, y, bw, bh), bh / 2, kOrange);
            line(p, QRectF(x, y, bw, bh), bl.a, f, Qt::white, Qt::AlignCenter);
            y += bh + gap * 1.2;
            break;
        }
        case B::Callout: {
            const double pad = U(bodyPt * 0.9);
            const double th = textHeight(p, w - 2 * pad - U(3), bl.a, font(bodyPt, QFont::Bold));
            const double bh = textHeight(p, w - 2 * pad - U(3), bl.b, font(bodyPt * 0.95));
            const double h = th + U(bodyPt * 0.35) + bh + 2 * pad;
            roundRect(p, QRectF(x, y, w, h), U(4), kTealLight);
            p.fillRect(QRectF(x, y, U(3), h), kTeal);
            text(p, x + pad + U(3), y + pad, w - 2 * pad - U(3), bl.a, font(bodyPt, QFont::Bold), kTeal);
            text(p, x + pad + U(3), y + pad + th + U(bodyPt * 0.35), w - 2 * pad - U(3), bl.b,
                 font(bodyPt * 0.95), kInk);
            y += h + gap;
            break;
        }
        case B::Sign: {
            // a quick handwritten-looking squiggle, then name and role
            p.save();
            p.setRenderHint(QPainter::Antialiasing);
            QPainterPath s;
            const double sx = x, sy = y + U(14);
            s.moveTo(sx, sy);
            s.cubicTo(sx + U(8), sy - U(16), sx + U(12), sy + U(6), sx + U(20), sy - U(6));
            s.cubicTo(sx + U(26), sy - U(14), sx + U(30), sy + U(4), sx + U(40), sy - U(4));
            s.cubicTo(sx + U(48), sy - U(10), sx + U(52), sy + U(2), sx + U(66), sy - U(2));
            p.setPen(QPen(QColor("#23395B"), U(1.1), Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawPath(s);
            p.restore();
            y += U(24);
            y += text(p, x, y, w, bl.a, font(bodyPt, QFont::Bold), kInk);
            y += text(p, x, y, w, bl.b, font(bodyPt), kMuted) + gap;
            break;
        }
        }
    }
    return y;
}

// --------------------------------------------------------------- output ----
QString g_out;
int g_failures = 0;

void savePng(const QImage &img, const QString &slug)
{
    const QString path = g_out + "/" + slug + ".png";
    if (!img.save(path, "PNG", 0)) {
        std::fprintf(stderr, "failed to write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    QImage t = img.width() >= img.height()
        ? img.scaledToWidth(480, Qt::SmoothTransformation)
        : img.scaledToHeight(480, Qt::SmoothTransformation);
    t.save(g_out + "/" + slug + ".thumb.png", "PNG", 0);
    std::printf("%-48s %dx%d\n", qPrintable(slug + ".png"), img.width(), img.height());
}

// Paint onto a tall canvas and crop to the used height.
QImage canvas(int w, int h, const QColor &bg)
{
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(bg);
    return img;
}

// ---------------------------------------------------------------- e-mail ---
struct Email {
    QString slug;
    QString subject;
    QString fromName = "Kestrel Fibre";
    QString fromAddr = "hello@kestrelfibre.co.uk";
    QString to;
    QString date;
    QString preheader;
    QString heroTitle;
    QString heroText;
    std::vector<Block> body;
    QString finePrint;
    QString folder = "Inbox";
};

void renderEmail(const Email &e)
{
    g_pt = 1.45;
    const int W = 1280;
    QImage img = canvas(W, 4000, QColor("#FFFFFF"));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // --- mail client chrome
    const double side = 230;
    p.fillRect(QRectF(0, 0, W, 64), QColor("#F1F3F4"));
    p.fillRect(QRectF(0, 64, side, 4000), QColor("#F7F8F9"));
    // app name + search
    roundRect(p, QRectF(20, 16, 32, 32), 8, QColor("#3C6E9F"));
    line(p, QRectF(20, 16, 32, 32), "@", font(13, QFont::Bold), Qt::white, Qt::AlignCenter);
    line(p, QRectF(62, 16, 160, 32), "Mail", font(14), QColor("#3C4043"));
    roundRect(p, QRectF(side + 10, 12, 620, 40), 20, QColor("#E3E6E8"));
    line(p, QRectF(side + 58, 12, 540, 40), "Search mail", font(10.5), QColor("#6B7378"));
    p.setPen(QPen(QColor("#6B7378"), 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(side + 34, 29), 7, 7);
    p.drawLine(QPointF(side + 39, 34), QPointF(side + 45, 40));
    roundRect(p, QRectF(W - 58, 14, 36, 36), 18, QColor("#7A5195"));
    line(p, QRectF(W - 58, 14, 36, 36), e.to.left(1).toUpper(), font(11, QFont::Bold), Qt::white,
         Qt::AlignCenter);

    roundRect(p, QRectF(16, 84, 150, 46), 16, QColor("#D3E3FD"));
    line(p, QRectF(16, 84, 150, 46), "Compose", font(10.5, QFont::Bold), QColor("#1F2933"),
         Qt::AlignCenter);
    const QStringList folders = {"Inbox|3", "Starred|", "Snoozed|", "Sent|", "Drafts|1", "Spam|"};
    double fy = 150;
    for (const QString &f : folders) {
        const QStringList kv = f.split('|');
        const bool active = kv[0] == e.folder;
        if (active)
            roundRect(p, QRectF(8, fy, side - 24, 36), 18, QColor("#D3E3FD"));
        line(p, QRectF(30, fy, 120, 36), kv[0], font(10, active ? QFont::Bold : QFont::Normal),
             QColor("#1F2933"));
        if (!kv[1].isEmpty())
            line(p, QRectF(150, fy, 50, 36), kv[1], font(9.5, QFont::Bold), QColor("#1F2933"),
                 Qt::AlignRight | Qt::AlignVCenter);
        fy += 40;
    }

    // --- message header
    const double mx = side + 30;
    const double mw = W - mx - 40;
    double y = 88;
    y += text(p, mx, y, mw, e.subject, font(15.5), QColor("#1F1F1F")) + 18;
    drawMark(p, QPointF(mx + 22, y + 22), 22);
    line(p, QRectF(mx + 58, y, 600, 22), e.fromName + "  <" + e.fromAddr + ">", font(10, QFont::Bold),
         QColor("#1F1F1F"));
    line(p, QRectF(mx + 58, y + 22, 600, 22), "to " + e.to, font(9), QColor("#5F6368"));
    line(p, QRectF(mx + mw - 360, y, 360, 22), e.date, font(9), QColor("#5F6368"),
         Qt::AlignRight | Qt::AlignVCenter);
    y += 64;

    // --- HTML body: centred 680 px column on a soft background
    const double bx = mx, bw = mw;
    const double top = y;
    const double cw = 680, cx = bx + (bw - cw) / 2;
    p.fillRect(QRectF(bx, top, bw, 4000), kBg);
    y += 26;
    line(p, QRectF(cx, y, cw, 18), e.preheader, font(8), kFaint, Qt::AlignCenter);
    y += 30;
    const double cardTop = y;
    // card background is painted first, content after; height known at the end
    QImage body = canvas(int(cw), 3000, kPaper);
    {
        QPainter q(&body);
        q.setRenderHint(QPainter::Antialiasing);
        q.setRenderHint(QPainter::TextAntialiasing);
        double by = 0;
        q.fillRect(QRectF(0, 0, cw, 84), kPaper);
        drawLogo(q, QPointF(36, 22), 42);
        line(q, QRectF(cw - 250, 22, 214, 42), "My account", font(9.5, QFont::Bold), kTeal,
             Qt::AlignRight | Qt::AlignVCenter);
        by = 84;
        if (!e.heroTitle.isEmpty()) {
            const double th = textHeight(q, cw - 72, e.heroTitle, font(18, QFont::Bold));
            const double sh = e.heroText.isEmpty() ? 0 : textHeight(q, cw - 72, e.heroText, font(11));
            const double hh = 44 + th + (sh > 0 ? 12 + sh : 0) + 44;
            QLinearGradient g(0, by, cw, by + hh);
            g.setColorAt(0, kTeal);
            g.setColorAt(1, kTealMid);
            q.fillRect(QRectF(0, by, cw, hh), g);
            // decorative waves
            q.setPen(QPen(QColor(255, 255, 255, 40), 3));
            q.setBrush(Qt::NoBrush);
            for (int i = 0; i < 3; ++i) {
                QPainterPath w;
                const double wy = by + hh - 18 - i * 14;
                w.moveTo(cw * 0.45, wy);
                w.cubicTo(cw * 0.6, wy - 30, cw * 0.75, wy + 24, cw, wy - 16);
                q.drawPath(w);
            }
            text(q, 36, by + 44, cw - 72, e.heroTitle, font(18, QFont::Bold), Qt::white);
            if (sh > 0)
                text(q, 36, by + 44 + th + 12, cw - 72, e.heroText, font(11), QColor("#E6F4F5"));
            by += hh;
        } else {
            q.fillRect(QRectF(0, by, cw, 4), kOrange);
            by += 4;
        }
        by += 34;
        by = renderBlocks(q, 36, by, cw - 72, e.body, 10.5);
        by += 10;
        q.end();
        body = body.copy(0, 0, int(cw), int(by));
    }
    p.setPen(QPen(kRule, 1));
    p.setBrush(Qt::NoBrush);
    p.drawImage(QPointF(cx, cardTop), body);
    p.drawRect(QRectF(cx, cardTop, cw, body.height()));
    y = cardTop + body.height() + 22;
    // footer
    y += text(p, cx + 20, y, cw - 40, e.finePrint, font(7.6), kFaint, Qt::AlignCenter) + 8;
    y += text(p, cx + 20, y, cw - 40,
              "Kestrel Fibre Ltd, 3 Wharf Street, Leeds LS2 7EH. Registered in England and Wales "
              "no. 11842207. VAT no. GB 318 4471 62.\nManage preferences  ·  Unsubscribe  ·  "
              "Privacy notice",
              font(7.6), kFaint, Qt::AlignCenter)
        + 30;
    p.end();
    savePng(img.copy(0, 0, W, int(y)), e.slug);
}

// ---------------------------------------------------------------- letters --
struct Letter {
    QString slug;
    QString title;
    QStringList address;
    QString date;
    QStringList refs; // "Label|Value"
    QString subject;
    QString salutation;
    std::vector<Block> body;
    std::vector<Block> page2;
    QString finePrint;
};

struct Pdf {
    QPdfWriter writer;
    QPainter p;
    double W, H;
    explicit Pdf(const QString &path, const QString &title) : writer(path)
    {
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator("Kestrel Fibre");
        p.begin(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        W = writer.width();
        H = writer.height();
        g_pt = 300.0 / 72.0;
    }
    double mm(double v) const { return v * 300.0 / 25.4; }
};

void letterHead(Pdf &d, const Letter &l)
{
    QPainter &p = d.p;
    const double L = d.mm(20), R = d.W - d.mm(20);
    drawLogo(p, QPointF(L, d.mm(14)), d.mm(12));
    // contact block top right
    const QStringList contact = {"Kestrel Fibre Ltd", "PO Box 7714", "Leeds LS1 9KF",
                                 "0330 088 4400", "kestrelfibre.co.uk"};
    double y = d.mm(14);
    for (int i = 0; i < contact.size(); ++i) {
        line(p, QRectF(R - d.mm(60), y, d.mm(60), d.mm(4.2)), contact[i],
             font(8, i == 0 ? QFont::Bold : QFont::Normal), i == 0 ? kInk : kMuted,
             Qt::AlignRight | Qt::AlignVCenter);
        y += d.mm(4.2);
    }
    // orange rule
    p.fillRect(QRectF(L, d.mm(38), R - L, d.mm(0.8)), kOrange);
    // return address + recipient (window envelope position)
    line(p, QRectF(L, d.mm(45), d.mm(90), d.mm(4)), "Kestrel Fibre, PO Box 7714, Leeds LS1 9KF",
         font(6.5), kFaint);
    y = d.mm(51);
    for (const QString &a : l.address) {
        line(p, QRectF(L, y, d.mm(90), d.mm(5)), a, font(10.5), kInk);
        y += d.mm(5);
    }
    // references on the right
    y = d.mm(51);
    const double rx = R - d.mm(80);
    QStringList refs = l.refs;
    refs.prepend("Date|" + l.date);
    for (const QString &r : refs) {
        const QStringList kv = r.split('|');
        line(p, QRectF(rx, y, d.mm(38), d.mm(5)), kv[0], font(8.5), kMuted);
        line(p, QRectF(rx + d.mm(38), y, d.mm(42), d.mm(5)), kv.value(1), font(8.5, QFont::Bold), kInk,
             Qt::AlignRight | Qt::AlignVCenter);
        y += d.mm(5);
    }
}

void letterFoot(Pdf &d, const QString &fine, int page, int pages)
{
    QPainter &p = d.p;
    const double L = d.mm(20), w = d.W - d.mm(40);
    const QString reg = "Kestrel Fibre Ltd is registered in England and Wales, company no. 11842207. "
                        "Registered office: 3 Wharf Street, Leeds LS2 7EH. VAT no. GB 318 4471 62.";
    const QString all = fine.isEmpty() ? reg : fine + "\n" + reg;
    const double h = textHeight(p, w, all, font(6.8));
    const double y = d.H - d.mm(14) - h;
    p.setPen(QPen(kRule, d.mm(0.25)));
    p.drawLine(QPointF(L, y - d.mm(3)), QPointF(L + w, y - d.mm(3)));
    text(p, L, y, w, all, font(6.8), kFaint);
    if (pages > 1)
        line(p, QRectF(L, d.H - d.mm(11), w, d.mm(4)),
             QString("Page %1 of %2").arg(page).arg(pages), font(7), kFaint,
             Qt::AlignRight | Qt::AlignVCenter);
}

void renderLetter(const Letter &l)
{
    const QString path = g_out + "/" + l.slug + ".pdf";
    Pdf d(path, l.title);
    QPainter &p = d.p;
    const int pages = l.page2.empty() ? 1 : 2;
    letterHead(d, l);
    const double L = d.mm(20), w = d.W - d.mm(40);
    double y = d.mm(92);
    y += text(p, L, y, w, l.subject, font(13, QFont::Bold), kTeal) + d.mm(5);
    if (!l.salutation.isEmpty())
        y += text(p, L, y, w, l.salutation, font(10.5), kInk) + d.mm(3.5);
    renderBlocks(p, L, y, w, l.body, 10.5);
    letterFoot(d, l.finePrint, 1, pages);
    if (pages == 2) {
        d.writer.newPage();
        drawLogo(p, QPointF(L, d.mm(14)), d.mm(9));
        p.fillRect(QRectF(L, d.mm(28), w, d.mm(0.8)), kOrange);
        renderBlocks(p, L, d.mm(36), w, l.page2, 10.5);
        letterFoot(d, QString(), 2, pages);
    }
    p.end();
    std::printf("%-48s A4 x%d\n", qPrintable(l.slug + ".pdf"), pages);
}

// ----------------------------------------------------------------- phone ---
// Draws a phone body into a transparent image; returns the screen rect.
QRectF drawPhone(QPainter &p, const QRectF &body, const QString &time = "09:41", bool darkStatus = true,
                 const QColor &topFill = Qt::white, double topH = 0)
{
    p.setRenderHint(QPainter::Antialiasing);
    // soft shadow
    for (int i = 8; i > 0; --i)
        roundRect(p, body.adjusted(-i, -i + 6, i, i + 6), 78 + i, QColor(0, 0, 0, 6));
    roundRect(p, body, 78, QColor("#1B1E22"));
    roundRect(p, body.adjusted(3, 3, -3, -3), 75, QColor("#2C3036"));
    const QRectF screen = body.adjusted(22, 22, -22, -22);
    roundRect(p, screen, 58, Qt::white);
    if (topH > 0) {
        p.save();
        QPainterPath clip;
        clip.addRoundedRect(screen, 58, 58);
        p.setClipPath(clip);
        p.fillRect(QRectF(screen.left(), screen.top(), screen.width(), topH), topFill);
        p.restore();
    }
    // status bar
    const QColor sc = darkStatus ? kInk : Qt::white;
    line(p, QRectF(screen.left() + 52, screen.top() + 16, 120, 40), time, font(11.5, QFont::Bold), sc);
    roundRect(p, QRectF(screen.center().x() - 62, screen.top() + 18, 124, 36), 18, QColor("#0E0F11"));
    // signal bars, wifi, battery
    const double sx = screen.right() - 150, sy = screen.top() + 48;
    p.setPen(Qt::NoPen);
    p.setBrush(sc);
    for (int i = 0; i < 4; ++i)
        p.drawRoundedRect(QRectF(sx + i * 9, sy - 8 - i * 5, 6, 8 + i * 5), 1.5, 1.5);
    p.setPen(QPen(sc, 3.2, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i) {
        const double r = 6 + i * 6;
        p.drawArc(QRectF(sx + 58 - r, sy - 2 - r, 2 * r, 2 * r), 50 * 16, 80 * 16);
    }
    roundRect(p, QRectF(sx + 86, sy - 20, 40, 20), 5, Qt::transparent, sc, 2);
    p.fillRect(QRectF(sx + 90, sy - 16, 28, 12), sc);
    p.fillRect(QRectF(sx + 127, sy - 13, 3, 6), sc);
    return screen;
}

void clipToScreen(QPainter &p, const QRectF &screen)
{
    QPainterPath clip;
    clip.addRoundedRect(screen, 58, 58);
    p.setClipPath(clip);
}

// ------------------------------------------------------------ artifacts ----

void webPlans()
{
    g_pt = 1.45;
    const int W = 1500, H = 1060;
    QImage img = canvas(W, H, Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    // browser chrome
    p.fillRect(QRectF(0, 0, W, 46), QColor("#DEE1E6"));
    roundRect(p, QRectF(12, 8, 300, 46), 10, Qt::white);
    drawMark(p, QPointF(34, 27), 9);
    line(p, QRectF(52, 8, 240, 38), "Broadband deals | Kestrel Fibre", font(8.5), kInk);
    line(p, QRectF(286, 8, 20, 38), "×", font(10), kMuted);
    line(p, QRectF(322, 8, 30, 38), "+", font(13), kMuted);
    for (int i = 0; i < 3; ++i)
        p.setBrush(QColor(i == 0 ? "#FF5F57" : i == 1 ? "#FEBC2E" : "#28C840")),
            p.setPen(Qt::NoPen), p.drawEllipse(QPointF(W - 80 + i * 22, 24), 6, 6);
    p.fillRect(QRectF(0, 46, W, 50), Qt::white);
    line(p, QRectF(16, 52, 120, 38), "‹   ›   ↻", font(12), kMuted);
    roundRect(p, QRectF(140, 54, W - 300, 34), 17, QColor("#F1F3F4"));
    p.setPen(QPen(kMuted, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(160, 64, 10, 9), 2, 2);
    p.drawArc(QRectF(161, 58, 8, 10), 0, 180 * 16);
    line(p, QRectF(180, 54, 800, 34), "kestrelfibre.co.uk/broadband/full-fibre-plans", font(9.5), kInk);
    p.fillRect(QRectF(0, 96, W, 1), kRule);

    // site header
    double y = 97;
    drawLogo(p, QPointF(60, y + 22), 40);
    const QStringList nav = {"Broadband", "Check availability", "Moving home", "Help", "Business"};
    double nx = 560;
    for (const QString &n : nav) {
        QFont f = font(10, n == "Broadband" ? QFont::Bold : QFont::Normal);
        line(p, QRectF(nx, y + 22, 220, 40), n, f, n == "Broadband" ? kTeal : kInk);
        if (n == "Broadband")
            p.fillRect(QRectF(nx, y + 74, QFontMetricsF(f).horizontalAdvance(n), 4), kOrange);
        nx += QFontMetricsF(f).horizontalAdvance(n) + 36;
    }
    roundRect(p, QRectF(W - 200, y + 20, 140, 44), 22, Qt::transparent, kTeal, 2);
    line(p, QRectF(W - 200, y + 20, 140, 44), "Sign in", font(10, QFont::Bold), kTeal, Qt::AlignCenter);
    y += 84;
    p.fillRect(QRectF(0, y, W, 1), kRule);

    // hero
    QLinearGradient g(0, y, W, y + 230);
    g.setColorAt(0, kTeal);
    g.setColorAt(1, kTealMid);
    p.fillRect(QRectF(0, y, W, 230), g);
    p.setPen(QPen(QColor(255, 255, 255, 35), 4));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 4; ++i) {
        QPainterPath w;
        const double wy = y + 200 - i * 22;
        w.moveTo(W * 0.55, wy);
        w.cubicTo(W * 0.7, wy - 60, W * 0.82, wy + 40, W, wy - 30);
        p.drawPath(w);
    }
    text(p, 60, y + 48, 900, "Full fibre broadband, built for busy homes", font(24, QFont::Bold), Qt::white);
    text(p, 60, y + 112, 860,
         "Ultrafast, reliable speeds with free installation and no set-up fee when you order online. "
         "Wi-Fi 6 Kestrel Hub included with every plan.",
         font(11.5), QColor("#E3F1F2"));
    roundRect(p, QRectF(60, y + 170, 280, 40), 20, Qt::white);
    line(p, QRectF(80, y + 170, 250, 40), "Enter your postcode", font(9.5), kFaint);
    roundRect(p, QRectF(350, y + 170, 180, 40), 20, kOrange);
    line(p, QRectF(350, y + 170, 180, 40), "Check now", font(10, QFont::Bold), Qt::white, Qt::AlignCenter);
    y += 230;

    // plan cards
    y += 40;
    text(p, 0, y, W, "Choose your speed", font(17, QFont::Bold), kInk, Qt::AlignHCenter);
    y += 44;
    text(p, 0, y, W, "18-month contracts. All prices include VAT.", font(10), kMuted, Qt::AlignHCenter);
    y += 44;
    struct Plan {
        QString name, speed, up, price, sub;
        QStringList feats;
        bool popular;
    };
    const std::vector<Plan> plans = {
        {"Fibre 150", "150", "20", "28", "Great for 1-2 people",
         {"Average download 150 Mb", "Stream HD on 2 screens", "Wi-Fi 6 Kestrel Hub"}, false},
        {"Fibre 500", "500", "70", "35", "Our most popular plan",
         {"Average download 500 Mb", "4K streaming and gaming", "Wi-Fi 6 Kestrel Hub", "Free Wi-Fi booster"}, true},
        {"Fibre 900", "900", "110", "45", "For big, busy households",
         {"Average download 900 Mb", "Dozens of devices at once", "Wi-Fi 6 Kestrel Hub", "2 Wi-Fi boosters"}, false},
    };
    const double cw = 380, gap = 36, cx0 = (W - 3 * cw - 2 * gap) / 2, ch = 400;
    for (int i = 0; i < 3; ++i) {
        const Plan &pl = plans[i];
        const double cx = cx0 + i * (cw + gap);
        const QRectF card(cx, y, cw, ch);
        roundRect(p, card.adjusted(0, 4, 0, 4), 16, QColor(0, 0, 0, 14));
        roundRect(p, card, 16, Qt::white, pl.popular ? kOrange : kRule, pl.popular ? 3 : 1.5);
        if (pl.popular) {
            roundRect(p, QRectF(cx + cw / 2 - 80, y - 16, 160, 32), 16, kOrange);
            line(p, QRectF(cx + cw / 2 - 80, y - 16, 160, 32), "Most popular", font(9, QFont::Bold),
                 Qt::white, Qt::AlignCenter);
        }
        double yy = y + 30;
        line(p, QRectF(cx + 30, yy, cw - 60, 30), pl.name, font(13, QFont::Bold), kTeal);
        yy += 32;
        line(p, QRectF(cx + 30, yy, cw - 60, 24), pl.sub, font(9.5), kMuted);
        yy += 36;
        QFont big = font(34, QFont::Bold);
        QFontMetricsF fb(big);
        p.setFont(big);
        p.setPen(kInk);
        p.drawText(QPointF(cx + 30, yy + fb.ascent()), pl.speed);
        const double sw = fb.horizontalAdvance(pl.speed);
        line(p, QRectF(cx + 38 + sw, yy + fb.ascent() - 34, 200, 34), "Mb average", font(10.5), kMuted);
        yy += fb.height() - 4;
        line(p, QRectF(cx + 30, yy, cw - 60, 22), "Upload " + pl.up + " Mb", font(9), kMuted);
        yy += 34;
        for (const QString &f : pl.feats) {
            p.setPen(QPen(kTealMid, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            QPolygonF tick;
            tick << QPointF(cx + 32, yy + 12) << QPointF(cx + 38, yy + 18) << QPointF(cx + 48, yy + 6);
            p.drawPolyline(tick);
            line(p, QRectF(cx + 60, yy, cw - 90, 24), f, font(9.5), kInk);
            yy += 28;
        }
        // price row
        const double py = y + ch - 92;
        p.fillRect(QRectF(cx + 30, py - 14, cw - 60, 1), kRule);
        QFont pf = font(22, QFont::Bold);
        QFontMetricsF fp(pf);
        p.setFont(pf);
        p.setPen(kInk);
        const QString price = "£" + pl.price;
        p.drawText(QPointF(cx + 30, py + fp.ascent()), price);
        line(p, QRectF(cx + 36 + fp.horizontalAdvance(price), py + 4, 120, 22), "a month*", font(9.5), kMuted);
        line(p, QRectF(cx + 36 + fp.horizontalAdvance(price), py + 24, 160, 22), "for 18 months", font(8.5),
             kFaint);
        const QRectF btn(cx + cw - 150, py + 2, 120, 44);
        roundRect(p, btn, 22, pl.popular ? kOrange : kTeal);
        line(p, btn, "Choose", font(10, QFont::Bold), Qt::white, Qt::AlignCenter);
    }
    y += ch + 36;
    // the easily-missed small print
    text(p, 160, y, W - 320,
         "*Prices shown apply for the first 18 months of your contract. After 18 months the price "
         "rises to £52 a month (Fibre 150 and Fibre 500) or £58 a month (Fibre 900) unless you "
         "re-contract. Prices also rise each April by £3 a month. Average speeds measured 8pm-10pm; "
         "speeds not guaranteed. Early termination charges apply. New customers only. Subject to "
         "availability at your address.",
         font(7.4), kFaint, Qt::AlignHCenter);
    p.end();
    savePng(img, "discover-plans-web-page");
}

void engineerTracking()
{
    g_pt = 1.45;
    const int W = 760, H = 1520;
    QImage img = canvas(W, H, Qt::transparent);
    QPainter p(&img);
    const QRectF screen = drawPhone(p, QRectF(20, 20, W - 40, H - 44), "10:27");
    clipToScreen(p, screen);
    const double x = screen.left(), w = screen.width();
    double y = screen.top() + 80;
    // browser mini URL bar
    roundRect(p, QRectF(x + 30, y, w - 60, 44), 14, QColor("#F1F3F4"));
    line(p, QRectF(x + 30, y, w - 60, 44), "track.kestrelfibre.co.uk", font(9), kMuted, Qt::AlignCenter);
    y += 60;
    // header
    drawLogo(p, QPointF(x + 30, y), 40);
    y += 60;
    // map
    const QRectF map(x, y, w, 600);
    p.fillRect(map, QColor("#E8EFE6"));
    p.save();
    p.setClipRect(map);
    p.setBrush(QColor("#CFE3C4"));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(x + 380, y + 300, 200, 170), 30, 30);
    QPainterPath river;
    river.moveTo(x - 10, y + 120);
    river.cubicTo(x + 150, y + 60, x + 260, y + 200, x + w + 10, y + 90);
    p.setPen(QPen(QColor("#B9D7EA"), 26));
    p.setBrush(Qt::NoBrush);
    p.drawPath(river);
    auto road = [&](QPointF a, QPointF b, double wdt) {
        p.setPen(QPen(QColor("#C9CFD3"), wdt + 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a, b);
        p.setPen(QPen(Qt::white, wdt, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a, b);
    };
    road({x - 10, y + 250}, {x + w + 10, y + 230}, 20);
    road({x + 170, y - 10}, {x + 200, y + 530}, 16);
    road({x + 470, y - 10}, {x + 430, y + 530}, 12);
    road({x - 10, y + 420}, {x + 380, y + 400}, 10);
    road({x + 200, y + 320}, {x + w + 10, y + 340}, 10);
    road({x + 60, y + 250}, {x + 90, y + 530}, 8);
    line(p, QRectF(x + 20, y + 200, 200, 24), "Bute Street", font(7.5), kMuted);
    line(p, QRectF(x + 400, y + 430, 180, 24), "Victoria Park", font(7.5), QColor("#4F7A45"), Qt::AlignCenter);
    // route
    QPainterPath route;
    route.moveTo(x + 190, y + 40);
    route.lineTo(x + 196, y + 240);
    route.lineTo(x + 445, y + 232);
    route.lineTo(x + 438, y + 340);
    route.lineTo(x + 560, y + 344);
    p.setPen(QPen(kTealMid, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(route);
    // van
    roundRect(p, QRectF(x + 166, y + 80, 52, 52), 26, kOrange, Qt::white, 4);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(x + 178, y + 96, 22, 16), 3, 3);
    p.drawRoundedRect(QRectF(x + 199, y + 101, 8, 11), 2, 2);
    p.setBrush(kOrange);
    p.drawEllipse(QPointF(x + 184, y + 114), 3, 3);
    p.drawEllipse(QPointF(x + 202, y + 114), 3, 3);
    // home pin
    QPainterPath pin;
    const QPointF hp(x + 560, y + 344);
    pin.moveTo(hp);
    pin.cubicTo(hp.x() - 10, hp.y() - 20, hp.x() - 28, hp.y() - 30, hp.x() - 28, hp.y() - 52);
    pin.arcTo(QRectF(hp.x() - 28, hp.y() - 80, 56, 56), 180, -180);
    pin.cubicTo(hp.x() + 28, hp.y() - 30, hp.x() + 10, hp.y() - 20, hp.x(), hp.y());
    p.setBrush(kTeal);
    p.setPen(QPen(Qt::white, 3));
    p.drawPath(pin);
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(hp.x(), hp.y() - 52), 10, 10);
    p.restore();
    y += 600;

    // bottom sheet
    const QRectF sheet(x, y - 30, w, screen.bottom() - y + 30);
    roundRect(p, sheet, 30, Qt::white);
    roundRect(p, QRectF(x + w / 2 - 30, y - 18, 60, 6), 3, kRule);
    double yy = y + 6;
    const double in = x + 36, iw = w - 72;
    line(p, QRectF(in, yy, iw, 30), "Your engineer is on the way", font(10, QFont::Bold), kOrange);
    yy += 36;
    yy += text(p, in, yy, iw, "Mark will arrive in about 12 minutes", font(15, QFont::Bold), kInk) + 14;
    // eta bar
    roundRect(p, QRectF(in, yy, iw, 12), 6, kRule);
    roundRect(p, QRectF(in, yy, iw * 0.72, 12), 6, kTealMid);
    yy += 24;
    line(p, QRectF(in, yy, iw / 2, 24), "Left previous job 10:15", font(8), kMuted);
    line(p, QRectF(in + iw / 2, yy, iw / 2, 24), "Expected 10:39", font(8, QFont::Bold), kInk,
         Qt::AlignRight | Qt::AlignVCenter);
    yy += 46;
    // engineer row
    roundRect(p, QRectF(in, yy, iw, 100), 16, kBg);
    p.setBrush(kTealLight);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(in + 18, yy + 18, 64, 64));
    line(p, QRectF(in + 18, yy + 18, 64, 64), "MJ", font(13, QFont::Bold), kTeal, Qt::AlignCenter);
    line(p, QRectF(in + 100, yy + 20, 300, 30), "Mark Jennings", font(11, QFont::Bold), kInk);
    line(p, QRectF(in + 100, yy + 52, 320, 28), "Kestrel engineer · Van KF 24", font(8.5), kMuted);
    roundRect(p, QRectF(in + iw - 120, yy + 28, 100, 44), 22, kTeal);
    line(p, QRectF(in + iw - 120, yy + 28, 100, 44), "Call", font(9.5, QFont::Bold), Qt::white, Qt::AlignCenter);
    yy += 124;
    // details
    const QStringList rows = {"Appointment|Thu 16 April 2026", "Arrival window|10:00 - 12:00",
                              "Address|12 Clarence Road, Cardiff CF10 5FA", "Order|KF-231940"};
    for (const QString &r : rows) {
        const QStringList kv = r.split('|');
        line(p, QRectF(in, yy, 220, 34), kv[0], font(9), kMuted);
        line(p, QRectF(in + 200, yy, iw - 200, 34), kv[1], font(9, QFont::Bold), kInk,
             Qt::AlignRight | Qt::AlignVCenter);
        yy += 40;
    }
    yy += 14;
    roundRect(p, QRectF(in, yy, iw, 60), 30, Qt::transparent, kTeal, 2.5);
    line(p, QRectF(in, yy, iw, 60), "I need to rearrange", font(10, QFont::Bold), kTeal, Qt::AlignCenter);
    yy += 80;
    text(p, in, yy, iw, "We'll text you if anything changes. Your engineer will show Kestrel ID on arrival.",
         font(7.8), kFaint, Qt::AlignHCenter);
    p.setClipping(false);

    // SMS notification banner over the top of the screen
    const QRectF n(x + 18, screen.top() + 70, w - 36, 116);
    roundRect(p, n.adjusted(0, 6, 0, 6), 26, QColor(0, 0, 0, 40));
    roundRect(p, n, 26, QColor("#F4F5F6"), QColor("#E0E3E6"), 1.5);
    roundRect(p, QRectF(n.left() + 20, n.top() + 22, 46, 46), 12, QColor("#34C759"));
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(n.left() + 30, n.top() + 33, 26, 22));
    line(p, QRectF(n.left() + 80, n.top() + 16, 300, 30), "KESTREL", font(9.5, QFont::Bold), kInk);
    line(p, QRectF(n.right() - 120, n.top() + 16, 100, 30), "now", font(8.5), kMuted,
         Qt::AlignRight | Qt::AlignVCenter);
    text(p, n.left() + 80, n.top() + 48, n.width() - 100,
         "Good news! Mark, your Kestrel engineer, is on his way and due 10:35-10:45. "
         "Track him live: kfbr.uk/t/8KQ2",
         font(9), kInk);
    p.end();
    savePng(img, "get-connected-engineer-tracking");
}

void speedTestApp()
{
    g_pt = 1.45;
    const int W = 760, H = 1520;
    QImage img = canvas(W, H, Qt::transparent);
    QPainter p(&img);
    const QRectF screen = drawPhone(p, QRectF(20, 20, W - 40, H - 44), "21:14", false, kTeal, 560);
    clipToScreen(p, screen);
    const double x = screen.left(), w = screen.width();
    double y = screen.top() + 84;
    line(p, QRectF(x + 30, y, 60, 40), "‹", font(20), Qt::white);
    line(p, QRectF(x, y, w, 40), "Speed test", font(12.5, QFont::Bold), Qt::white, Qt::AlignCenter);
    y += 64;
    // gauge
    const QPointF c(x + w / 2, y + 170);
    const double r = 160;
    p.setPen(QPen(QColor(255, 255, 255, 50), 26, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    const QRectF arc(c.x() - r, c.y() - r, 2 * r, 2 * r);
    p.drawArc(arc, 225 * 16, -270 * 16);
    const double frac = 92.6 / 500.0;
    p.setPen(QPen(kOrange, 26, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(arc, 225 * 16, int(-270 * 16 * frac));
    // ticks labels
    const QStringList labels = {"0", "100", "200", "300", "400", "500"};
    for (int i = 0; i < labels.size(); ++i) {
        const double a = qDegreesToRadians(225.0 - 270.0 * i / 5.0);
        const QPointF lp(c.x() + (r - 52) * qCos(a), c.y() - (r - 52) * qSin(a));
        line(p, QRectF(lp.x() - 30, lp.y() - 12, 60, 24), labels[i], font(7.5), QColor("#A9CFD4"),
             Qt::AlignCenter);
    }
    line(p, QRectF(c.x() - 150, c.y() - 50, 300, 70), "92.6", font(34, QFont::Bold), Qt::white, Qt::AlignCenter);
    line(p, QRectF(c.x() - 150, c.y() + 20, 300, 30), "Mbps download", font(10), QColor("#CFE7EA"),
         Qt::AlignCenter);
    y += 352;
    // up / ping
    const QStringList stats = {"Upload|41.8 Mbps", "Ping|19 ms", "Jitter|6 ms"};
    for (int i = 0; i < 3; ++i) {
        const QStringList kv = stats[i].split('|');
        const double sx = x + 30 + i * (w - 60) / 3;
        line(p, QRectF(sx, y, (w - 60) / 3, 26), kv[0], font(8.5), QColor("#A9CFD4"), Qt::AlignCenter);
        line(p, QRectF(sx, y + 28, (w - 60) / 3, 32), kv[1], font(11.5, QFont::Bold), Qt::white,
             Qt::AlignCenter);
    }
    y = screen.top() + 560;
    // notice card
    y += 26;
    const double in = x + 30, iw = w - 60;
    const QString note = "You're on Fibre 500 (average 500 Mb). Busy evening periods can reduce speeds in "
                         "your area. Tested on a wired connection to Kestrel Hub.";
    const double nh = 60 + textHeight(p, iw - 48, note, font(8.5)) + 20;
    roundRect(p, QRectF(in, y, iw, nh), 18, kOrangeLight, QColor("#F6C9A6"), 1.5);
    line(p, QRectF(in + 24, y + 18, iw - 48, 30), "Slower than your plan", font(10.5, QFont::Bold),
         QColor("#A3501A"));
    text(p, in + 24, y + 56, iw - 48, note, font(8.5), kInk);
    y += nh + 30;
    line(p, QRectF(in, y, iw, 32), "Recent tests", font(11, QFont::Bold), kInk);
    line(p, QRectF(in, y, iw, 32), "See all", font(9, QFont::Bold), kTealMid, Qt::AlignRight | Qt::AlignVCenter);
    y += 44;
    const QStringList hist = {"Today, 21:14|92.6", "Today, 12:58|481.3", "Yesterday, 21:05|88.9",
                              "Yesterday, 13:40|476.0", "Sun 19 Apr, 20:32|104.7", "Sun 19 Apr, 10:11|488.2",
                              "Sat 18 Apr, 22:47|131.5", "Sat 18 Apr, 09:03|490.6"};
    for (const QString &h : hist) {
        const QStringList kv = h.split('|');
        const double v = kv[1].toDouble();
        line(p, QRectF(in, y, 300, 40), kv[0], font(9.5), kInk);
        roundRect(p, QRectF(in + 290, y + 14, 200, 12), 6, kBg);
        roundRect(p, QRectF(in + 290, y + 14, 200 * v / 500, 12), 6, v < 200 ? kOrange : kTealMid);
        line(p, QRectF(in + iw - 160, y, 160, 40), kv[1] + " Mbps", font(9.5, QFont::Bold), kInk,
             Qt::AlignRight | Qt::AlignVCenter);
        y += 46;
        p.fillRect(QRectF(in, y - 4, iw, 1), kRule);
    }
    // run button + tab bar
    const double by = screen.bottom() - 210;
    roundRect(p, QRectF(in, by, iw, 64), 32, kOrange);
    line(p, QRectF(in, by, iw, 64), "Run test again", font(11, QFont::Bold), Qt::white, Qt::AlignCenter);
    const double ty = screen.bottom() - 120;
    p.fillRect(QRectF(x, ty, w, 120), QColor("#FAFBFC"));
    p.fillRect(QRectF(x, ty, w, 1), kRule);
    const QStringList tabs = {"Home", "Usage", "Speed", "Bills", "Help"};
    for (int i = 0; i < tabs.size(); ++i) {
        const double tx = x + i * w / 5;
        const bool on = tabs[i] == "Speed";
        p.setBrush(on ? kTeal : QColor("#B7C0C7"));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(tx + w / 10 - 14, ty + 18, 28, 28), 8, 8);
        line(p, QRectF(tx, ty + 50, w / 5, 30), tabs[i], font(8, on ? QFont::Bold : QFont::Normal),
             on ? kTeal : kMuted, Qt::AlignCenter);
    }
    p.end();
    savePng(img, "use-speed-test-app");
}

void supportChat()
{
    g_pt = 1.45;
    const int W = 760, H = 1520;
    QImage img = canvas(W, H, Qt::transparent);
    QPainter p(&img);
    const QRectF screen = drawPhone(p, QRectF(20, 20, W - 40, H - 44), "18:52");
    clipToScreen(p, screen);
    const double x = screen.left(), w = screen.width();
    double y = screen.top() + 74;
    p.fillRect(QRectF(x, y, w, 110), Qt::white);
    line(p, QRectF(x + 30, y + 20, 50, 60), "‹", font(20), kTeal);
    drawMark(p, QPointF(x + 110, y + 50), 30);
    line(p, QRectF(x + 154, y + 14, 400, 36), "Kestrel Help", font(12, QFont::Bold), kInk);
    p.setBrush(QColor("#34C759"));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(x + 162, y + 68), 6, 6);
    line(p, QRectF(x + 176, y + 52, 400, 32), "Jordan is online · Customer Care", font(8.5), kMuted);
    y += 110;
    p.fillRect(QRectF(x, y, w, 1), kRule);
    p.fillRect(QRectF(x, y + 1, w, screen.bottom() - y), kBg);
    y += 20;
    line(p, QRectF(x, y, w, 30), "Thursday 5 March 2026", font(8), kFaint, Qt::AlignCenter);
    y += 44;

    struct Msg {
        bool me;
        QString who, text, time;
    };
    const std::vector<Msg> msgs = {
        {false, "Kes (virtual assistant)", "Hi Karen, I'm Kes. What can I help you with today?", "18:31"},
        {true, "", "My broadband keeps dropping out, about 4 times a day. I already called about it on Monday.", "18:31"},
        {false, "Kes (virtual assistant)", "Sorry about that. Have you tried restarting your Kestrel Hub?", "18:32"},
        {true, "", "Yes, several times. I told the person on the phone all of this. Can I speak to someone please?", "18:32"},
        {false, "Jordan · Customer Care",
         "Hi Karen, Jordan here. I can't see the notes from your call, sorry. Could you tell me what's been "
         "happening and what you've tried so far?", "18:47"},
        {true, "", "Again? Restarted it, changed the cable, did a factory reset. It still drops.", "18:49"},
        {false, "Jordan · Customer Care",
         "Thanks, and sorry you've had to repeat it. I'll run a line test now - this can take up to 10 minutes.",
         "18:50"},
    };
    const double maxW = w * 0.72;
    for (const Msg &m : msgs) {
        const QFont f = font(9.5);
        QFontMetricsF fm(f);
        const double tw = qMin(maxW - 40, fm.boundingRect(QRectF(0, 0, maxW - 40, 1e5),
                                                          Qt::TextWordWrap, m.text).width());
        const double th = textHeight(p, maxW - 40, m.text, f);
        const double bw = tw + 40, bh = th + 30;
        double bx = m.me ? x + w - 30 - bw : x + 30;
        if (!m.me) {
            line(p, QRectF(bx + 6, y, 400, 26), m.who, font(7.8, QFont::Bold), kMuted);
            y += 28;
        }
        roundRect(p, QRectF(bx, y, bw, bh), 22, m.me ? kTeal : Qt::white, m.me ? Qt::transparent : kRule, 1);
        text(p, bx + 20, y + 15, maxW - 40, m.text, f, m.me ? Qt::white : kInk);
        y += bh + 6;
        line(p, QRectF(bx + 6, y, bw - 12, 22), m.time + (m.me ? " · Read" : ""), font(7), kFaint,
             m.me ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        y += 34;
    }
    // typing indicator
    roundRect(p, QRectF(x + 30, y, 110, 50), 25, Qt::white, kRule, 1);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i)
        p.setBrush(QColor(i == 0 ? "#8A96A0" : "#C3CBD1")), p.drawEllipse(QPointF(x + 62 + i * 24, y + 25), 7, 7);
    // composer
    const double cy = screen.bottom() - 120;
    p.fillRect(QRectF(x, cy, w, 120), Qt::white);
    p.fillRect(QRectF(x, cy, w, 1), kRule);
    roundRect(p, QRectF(x + 30, cy + 20, w - 140, 56), 28, kBg, kRule, 1);
    line(p, QRectF(x + 56, cy + 20, w - 200, 56), "Type a message...", font(9.5), kFaint);
    p.setBrush(kOrange);
    p.drawEllipse(QRectF(x + w - 96, cy + 20, 56, 56));
    QPolygonF arrow;
    arrow << QPointF(x + w - 80, cy + 34) << QPointF(x + w - 52, cy + 48) << QPointF(x + w - 80, cy + 62)
          << QPointF(x + w - 76, cy + 48);
    p.setBrush(Qt::white);
    p.drawPolygon(arrow);
    p.end();
    savePng(img, "get-help-support-chat");
}

// --------------------------------------------------------------- invoice ---
void firstBill()
{
    Letter l;
    l.slug = "pay-first-bill";
    l.title = "Your first Kestrel Fibre bill";
    l.address = {"Ms Nadia Ahmed", "41 Kingsley Avenue", "Nottingham", "NG3 5DP"};
    l.date = "24 March 2026";
    l.refs = {"Account number|60395517", "Bill number|INV-2603-118245", "Bill period|11 Mar - 30 Apr 2026"};
    Pdf d(g_out + "/" + l.slug + ".pdf", l.title);
    QPainter &p = d.p;
    letterHead(d, l);
    const double L = d.mm(20), w = d.W - d.mm(40);
    double y = d.mm(90);
    text(p, L, y, w, "Your bill", font(18, QFont::Bold), kInk);
    // amount due panel
    const QRectF due(L + w - d.mm(70), y - d.mm(2), d.mm(70), d.mm(26));
    roundRect(p, due, d.mm(2), kTeal);
    line(p, QRectF(due.left() + d.mm(5), due.top() + d.mm(3), due.width(), d.mm(5)), "Total to pay",
         font(9), QColor("#CFE7EA"));
    line(p, QRectF(due.left() + d.mm(5), due.top() + d.mm(8), due.width(), d.mm(10)), "£58.33",
         font(22, QFont::Bold), Qt::white);
    line(p, QRectF(due.left() + d.mm(5), due.top() + d.mm(19), due.width() - d.mm(8), d.mm(5)),
         "by Direct Debit on or after 1 April 2026", font(7.5), QColor("#CFE7EA"));
    y += d.mm(12);
    text(p, L, y, w - d.mm(80), "Fibre 500 · contract started 11 March 2026", font(10), kMuted);
    y += d.mm(30);

    line(p, QRectF(L, y - d.mm(8), w, d.mm(5)),
         "Previous balance £0.00  ·  Payments received £0.00  ·  New charges £58.33", font(8.5), kMuted);
    // itemised charges
    text(p, L, y, w, "Your charges", font(12, QFont::Bold), kTeal);
    y += d.mm(8);
    const double c1 = L, c2 = L + d.mm(92), c3 = L + d.mm(128), c4 = L + d.mm(150);
    p.fillRect(QRectF(L, y, w, d.mm(7)), kBg);
    const QFont hf = font(8.5, QFont::Bold);
    line(p, QRectF(c1 + d.mm(2), y, d.mm(90), d.mm(7)), "Description", hf, kMuted);
    line(p, QRectF(c2, y, d.mm(36), d.mm(7)), "Period", hf, kMuted);
    line(p, QRectF(c3, y, d.mm(20), d.mm(7)), "VAT", hf, kMuted, Qt::AlignRight | Qt::AlignVCenter);
    line(p, QRectF(c4, y, L + w - c4 - d.mm(2), d.mm(7)), "Amount", hf, kMuted, Qt::AlignRight | Qt::AlignVCenter);
    y += d.mm(9);
    struct Item {
        QString desc, sub, period, vat, amount;
    };
    const std::vector<Item> items = {
        {"Fibre 500 broadband", "Monthly charge, paid in advance", "1 Apr - 30 Apr", "£5.83", "£35.00"},
        {"Adjustment", "ADJ-PR 20/30", "11 Mar - 30 Mar", "£3.89", "£23.33"},
        {"Standard installation", "Online order offer", "11 Mar", "£0.00", "£0.00"},
        {"Kestrel Hub 2 (Wi-Fi 6)", "Included with your plan", "", "£0.00", "£0.00"},
    };
    for (const Item &it : items) {
        line(p, QRectF(c1 + d.mm(2), y, d.mm(90), d.mm(5.5)), it.desc, font(10), kInk);
        line(p, QRectF(c1 + d.mm(2), y + d.mm(5), d.mm(90), d.mm(4.5)), it.sub, font(7.8), kFaint);
        line(p, QRectF(c2, y, d.mm(36), d.mm(5.5)), it.period, font(9), kInk);
        line(p, QRectF(c3, y, d.mm(20), d.mm(5.5)), it.vat, font(9), kMuted, Qt::AlignRight | Qt::AlignVCenter);
        line(p, QRectF(c4, y, L + w - c4 - d.mm(2), d.mm(5.5)), it.amount, font(10, QFont::Bold), kInk,
             Qt::AlignRight | Qt::AlignVCenter);
        y += d.mm(12);
        p.fillRect(QRectF(L, y - d.mm(1.5), w, d.mm(0.2)), kRule);
    }
    y += d.mm(2);
    const QStringList totals = {"Total excluding VAT|£48.61", "VAT at 20%|£9.72", "Total including VAT|£58.33"};
    for (int i = 0; i < totals.size(); ++i) {
        const QStringList kv = totals[i].split('|');
        const bool last = i == totals.size() - 1;
        if (last)
            p.fillRect(QRectF(c2, y - d.mm(0.5), L + w - c2, d.mm(8)), kTealLight);
        line(p, QRectF(c2 + d.mm(2), y, d.mm(60), d.mm(7)), kv[0], font(10, last ? QFont::Bold : QFont::Normal), kInk);
        line(p, QRectF(c4, y, L + w - c4 - d.mm(2), d.mm(7)), kv[1], font(10.5, last ? QFont::Bold : QFont::Normal),
             kInk, Qt::AlignRight | Qt::AlignVCenter);
        y += d.mm(8);
    }
    y += d.mm(10);
    // payment box
    const QRectF pay(L, y, w, d.mm(30));
    roundRect(p, pay, d.mm(2), Qt::white, kRule, d.mm(0.3));
    text(p, L + d.mm(5), y + d.mm(4), w * 0.55, "How you pay", font(10.5, QFont::Bold), kTeal);
    text(p, L + d.mm(5), y + d.mm(11), w * 0.58,
         "We'll collect £58.33 by Direct Debit from your account ending 4821 on or just after "
         "1 April 2026. You don't need to do anything.",
         font(9), kInk);
    text(p, L + w * 0.62, y + d.mm(4), w * 0.36, "Questions about your bill?", font(10.5, QFont::Bold), kTeal);
    text(p, L + w * 0.62, y + d.mm(11), w * 0.36,
         "Visit kestrelfibre.co.uk/bills or call 0330 088 4400, Mon-Sat 8am-8pm.", font(9), kInk);
    letterFoot(d,
               "Monthly charges are billed in advance. Part-period charges may apply. Calls to 0330 numbers "
               "cost the same as calls to 01 and 02 numbers and are included in most call packages.",
               1, 1);
    p.end();
    std::printf("%-48s A4 invoice\n", qPrintable(l.slug + ".pdf"));
}

// ----------------------------------------------------------- router guide --
void drawRouter(QPainter &p, const QRectF &r)
{
    // front view of a slim upright hub with a status light
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    roundRect(p, r.adjusted(r.width() * 0.05, r.height() * 0.9, -r.width() * 0.05, 0), r.width() * 0.1,
              QColor("#D5DBE0"));
    QLinearGradient g(r.topLeft(), r.topRight());
    g.setColorAt(0, QColor("#FDFDFD"));
    g.setColorAt(1, QColor("#E4E8EB"));
    p.setBrush(g);
    p.setPen(QPen(QColor("#B9C2C9"), r.width() * 0.015));
    p.drawRoundedRect(QRectF(r.left(), r.top(), r.width(), r.height() * 0.92), r.width() * 0.16, r.width() * 0.16);
    drawMark(p, QPointF(r.center().x(), r.top() + r.height() * 0.2), r.width() * 0.16);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(r.center().x(), r.top() + r.height() * 0.7), r.width() * 0.06, r.width() * 0.06);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor("#9AA5AE"), r.width() * 0.012));
    p.drawEllipse(QPointF(r.center().x(), r.top() + r.height() * 0.7), r.width() * 0.06, r.width() * 0.06);
    p.restore();
}

void routerGuide()
{
    Letter l;
    l.slug = "get-connected-router-setup-guide";
    l.title = "Setting up your Kestrel Hub 2";
    Pdf d(g_out + "/" + l.slug + ".pdf", l.title);
    QPainter &p = d.p;
    const double L = d.mm(20), w = d.W - d.mm(40);
    // cover band
    QLinearGradient g(0, 0, d.W, d.mm(95));
    g.setColorAt(0, kTeal);
    g.setColorAt(1, kTealMid);
    p.fillRect(QRectF(0, 0, d.W, d.mm(95)), g);
    drawLogo(p, QPointF(L, d.mm(14)), d.mm(12), true);
    text(p, L, d.mm(38), w * 0.62, "Setting up your Kestrel Hub 2", font(24, QFont::Bold), Qt::white);
    text(p, L, d.mm(70), w * 0.6, "Get online in about 10 minutes once your engineer has connected your fibre.",
         font(11), QColor("#E3F1F2"));
    drawRouter(p, QRectF(L + w - d.mm(50), d.mm(18), d.mm(36), d.mm(70)));

    double y = d.mm(108);
    text(p, L, y, w, "In the box", font(13, QFont::Bold), kTeal);
    y += d.mm(9);
    const QStringList box = {"Kestrel Hub 2", "Power adapter (12V)", "Grey network cable (1.5 m)",
                             "Wi-Fi details card"};
    for (int i = 0; i < box.size(); ++i) {
        const double bx = L + i * (w / 4);
        roundRect(p, QRectF(bx, y, w / 4 - d.mm(4), d.mm(16)), d.mm(2), kBg, kRule, d.mm(0.25));
        text(p, bx + d.mm(3), y + d.mm(4.5), w / 4 - d.mm(10), box[i], font(8.5, QFont::Bold), kInk);
    }
    y += d.mm(26);
    text(p, L, y, w, "Four steps to get connected", font(13, QFont::Bold), kTeal);
    y += d.mm(10);
    const QStringList steps = {
        "Plug in|Connect the grey cable from the WAN port (marked in orange) on the back of the Hub to the "
        "port labelled LAN 1 on the white fibre box your engineer fitted to the wall.",
        "Power on|Plug in the power adapter and press the power button. The light on the front will flash "
        "blue while the Hub starts up. This can take up to 5 minutes on first use.",
        "Wait for white|When the light turns solid white, you're connected. Don't unplug the Hub while the "
        "light is flashing - it may be installing a software update.",
        "Join the Wi-Fi|Find the network name and password on the card and the sticker under the Hub. "
        "Or scan the QR code on the card with your phone's camera to join instantly.",
    };
    for (int i = 0; i < steps.size(); ++i) {
        const QStringList kv = steps[i].split('|');
        p.setPen(Qt::NoPen);
        p.setBrush(kOrange);
        p.drawEllipse(QRectF(L, y, d.mm(10), d.mm(10)));
        line(p, QRectF(L, y, d.mm(10), d.mm(10)), QString::number(i + 1), font(12, QFont::Bold), Qt::white,
             Qt::AlignCenter);
        text(p, L + d.mm(15), y, w - d.mm(15), kv[0], font(11, QFont::Bold), kInk);
        const double h = text(p, L + d.mm(15), y + d.mm(6.5), w - d.mm(15), kv[1], font(10), kInk);
        y += qMax(d.mm(14), d.mm(6.5) + h) + d.mm(5);
    }
    y += d.mm(2);
    // wi-fi card mock
    const QRectF card(L, y, w, d.mm(30));
    roundRect(p, card, d.mm(2.5), kTealLight);
    text(p, L + d.mm(6), y + d.mm(5), w * 0.6, "Your Wi-Fi details (example)", font(10, QFont::Bold), kTeal);
    const QStringList wifi = {"Network name|Kestrel-7F3A", "Password|amber-otter-58-cloud", "Admin page|192.168.1.254"};
    double wy = y + d.mm(12);
    for (const QString &r : wifi) {
        const QStringList kv = r.split('|');
        line(p, QRectF(L + d.mm(6), wy, d.mm(35), d.mm(5)), kv[0], font(9), kMuted);
        line(p, QRectF(L + d.mm(42), wy, d.mm(80), d.mm(5)), kv[1], font(9.5, QFont::Bold), kInk);
        wy += d.mm(5.5);
    }
    // fake QR
    const double q = d.mm(22), qx = L + w - q - d.mm(6), qy = y + d.mm(4);
    p.fillRect(QRectF(qx, qy, q, q), Qt::white);
    const int n = 21;
    const double m = q / (n + 2);
    quint32 seed = 2026;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            seed = seed * 1103515245u + 12345u;
            const bool finder = (r < 7 && c < 7) || (r < 7 && c >= n - 7) || (r >= n - 7 && c < 7);
            bool on = (seed >> 16) & 1;
            if (finder) {
                const int rr = r >= n - 7 ? r - (n - 7) : r, cc = c >= n - 7 ? c - (n - 7) : c;
                on = rr == 0 || rr == 6 || cc == 0 || cc == 6 || (rr >= 2 && rr <= 4 && cc >= 2 && cc <= 4);
            }
            if (on)
                p.fillRect(QRectF(qx + m * (c + 1), qy + m * (r + 1), m + 0.5, m + 0.5), kInk);
        }
    letterFoot(d, "Kestrel Hub 2 model KH2-W6. Keep the Hub upright, in the open and away from the TV and "
                  "microwave for the best Wi-Fi.", 1, 2);

    // page 2
    d.writer.newPage();
    drawLogo(p, QPointF(L, d.mm(14)), d.mm(9));
    p.fillRect(QRectF(L, d.mm(28), w, d.mm(0.8)), kOrange);
    y = d.mm(38);
    text(p, L, y, w, "What the light on your Hub means", font(13, QFont::Bold), kTeal);
    y += d.mm(10);
    struct Light {
        QColor c;
        QString name, meaning;
    };
    const std::vector<Light> lights = {
        {QColor("#FFFFFF"), "Solid white", "Connected and working normally."},
        {QColor("#2F80ED"), "Flashing blue", "Starting up or installing an update. Please wait up to 5 minutes."},
        {QColor("#F2C94C"), "Solid amber", "No fibre signal. Check the grey cable is in LAN 1 on the fibre box."},
        {QColor("#EB5757"), "Flashing red", "Connection problem. Restart the Hub; if it continues, run a line test in the app."},
        {QColor("#9B51E0"), "Flashing purple", "Ready to pair a Kestrel Wi-Fi booster. Press the booster's button now."},
    };
    for (const Light &li : lights) {
        p.setBrush(li.c);
        p.setPen(QPen(QColor("#9AA5AE"), d.mm(0.3)));
        p.drawEllipse(QRectF(L + d.mm(1), y + d.mm(0.5), d.mm(6), d.mm(6)));
        text(p, L + d.mm(12), y + d.mm(0.8), d.mm(40), li.name, font(10, QFont::Bold), kInk);
        const double h = text(p, L + d.mm(55), y + d.mm(0.8), w - d.mm(55), li.meaning, font(10), kInk);
        y += qMax(d.mm(9), h + d.mm(3));
        p.fillRect(QRectF(L, y - d.mm(1.5), w, d.mm(0.2)), kRule);
    }
    y += d.mm(8);
    y = renderBlocks(p, L, y, w,
                     {H2("Getting the best Wi-Fi"),
                      Bullets({"Place the Hub upright, at table height and as central in your home as you can.",
                               "Keep it out of cupboards and away from mirrors, fish tanks and microwaves.",
                               "Use a network cable for games consoles, TVs and computers near the Hub.",
                               "For large homes, add a Kestrel Wi-Fi booster - free on Fibre 500 and Fibre 900."}),
                      Space(4),
                      H2("Checking your speed"),
                      P("Open the Kestrel app and tap Speed. For an accurate result, test on a device connected "
                        "to the Hub with a cable, and pause downloads and streaming first. Your minimum "
                        "guaranteed speed is shown in your welcome letter."),
                      H2("Still not working?"),
                      Callout("We're here to help",
                              "Run a line test in the Kestrel app (Help > Fix a problem), chat with us at "
                              "kestrelfibre.co.uk/help, or call 0330 088 4400, 8am-8pm, seven days a week. "
                              "Have your account number ready - it's on your welcome letter."),
                      H2("Safety and care"),
                      Small("Use only the power adapter supplied. Keep the Hub away from water and heat sources, "
                            "and don't cover the vents. The fibre box contains an invisible laser light: never look "
                            "into the green fibre connector or unplug the fibre cable. If the fibre box is damaged, "
                            "call us - don't try to repair it yourself. Kestrel Hub 2 complies with the Radio "
                            "Equipment Regulations 2017; the declaration of conformity is at "
                            "kestrelfibre.co.uk/hub2.")},
                     10.5);
    letterFoot(d, "Please recycle the packaging. Return old routers free of charge using the prepaid bag.", 2, 2);
    p.end();
    std::printf("%-48s A4 x2 guide\n", qPrintable(l.slug + ".pdf"));
}

// ----------------------------------------------------------------- data ----
void emails()
{
    {
        Email e;
        e.slug = "discover-launch-offer-email";
        e.subject = "Full fibre has arrived on your street - 500 Mb for £35 a month";
        e.fromAddr = "offers@mail.kestrelfibre.co.uk";
        e.to = "Rachel Okafor";
        e.date = "Mon 12 Jan 2026, 08:02";
        e.preheader = "Launch offer for Headingley: no set-up fee and free installation. Ends 31 January.";
        e.heroTitle = "Full fibre is live in Headingley";
        e.heroText = "Kestrel Fibre has just switched on ultrafast broadband in LS6. Be one of the first on "
                     "your street to upgrade.";
        e.body = {P("Hi Rachel,"),
                  P("Good news - your home at 18 Ash Grove can now get Kestrel full fibre, straight to your "
                    "door. To celebrate, we're offering our most popular plan at a launch price."),
                  Callout("Launch offer: Fibre 500 for £35 a month",
                          "Average download 500 Mb · Wi-Fi 6 Kestrel Hub · Free Wi-Fi booster · No set-up "
                          "fee · Free standard installation"),
                  KV({"Fibre 150|£28 a month", "Fibre 500|£35 a month", "Fibre 900|£45 a month"}),
                  Button("See plans and order"),
                  P("Order by 31 January 2026 to get the launch price. Switching is easy - we'll let your "
                    "current provider know for you."),
                  P("Speak soon,\nThe Kestrel Fibre team")};
        e.finePrint = "Launch prices apply for the first 18 months of an 18-month contract, after which the "
                      "standard price applies (currently £52 a month for Fibre 500). Prices rise each April by "
                      "£3 a month. New customers only. Subject to availability and credit check.";
        renderEmail(e);
    }
    {
        Email e;
        e.slug = "join-order-confirmation-email";
        e.subject = "Your Kestrel Fibre order KF-208113 is confirmed";
        e.fromAddr = "orders@kestrelfibre.co.uk";
        e.to = "Jay Patel";
        e.date = "Mon 2 Mar 2026, 14:37";
        e.preheader = "Thanks for your order. Here's what happens next.";
        e.heroTitle = "Thanks, Jay - your order is in";
        e.heroText = "Order KF-208113 · placed 2 March 2026 by phone";
        e.body = {H2("Your order"),
                  KV({"Plan|Fibre 900 · 18-month contract", "Monthly price|£45.00 a month for 18 months",
                      "Set-up fee|£0.00", "Installation address|Flat 4, Alder Court, 27 Mill Lane, Leeds LS6 2QT",
                      "Installation date|Wed 11 March 2026, 8am - 6pm"}),
                  H2("What happens next"),
                  Bullets({"We'll post your Kestrel Hub 2 so it arrives before your installation date.",
                           "Someone aged 18 or over needs to be at home for the whole appointment.",
                           "Our engineer will fit a small fibre box inside your home. It takes 2-4 hours.",
                           "You'll receive a welcome letter with your account number within 5 days."}),
                  Button("Manage my order"),
                  Small("Changed your mind? You can cancel within 14 days of your service starting at no cost. "
                        "Your contract and key facts summary are attached as PDFs.")};
        e.finePrint = "Price shown applies for 18 months, then the standard price applies (currently £58 a "
                      "month for Fibre 900). Prices rise each April by £3 a month.";
        renderEmail(e);
    }
    {
        Email e;
        e.slug = "use-planned-maintenance-email";
        e.subject = "Planned network upgrade in your area - night of 28 April";
        e.fromAddr = "network@kestrelfibre.co.uk";
        e.to = "Stefan Novak";
        e.date = "Tue 14 Apr 2026, 10:15";
        e.preheader = "Your broadband may be unavailable for up to 30 minutes between midnight and 6am.";
        e.heroTitle = "We're upgrading the network near you";
        e.heroText = "More capacity for the busy evening hours in Crookes, Sheffield.";
        e.body = {P("Hi Stefan,"),
                  P("We're adding extra capacity to the fibre cabinet that serves your street, so you get more "
                    "consistent speeds in the evening when everyone's online."),
                  KV({"When|Tue 28 April 2026, 00:00 - 06:00", "Expected impact|Up to 30 minutes without service",
                      "Area|Cabinet S10-114, Crookes, Sheffield", "Work reference|NW-PM-26-0412"}),
                  H2("Do I need to do anything?"),
                  P("No. Leave your Kestrel Hub switched on and it will reconnect by itself. If you're still "
                    "offline after 6am, restart your Hub or run a line test in the Kestrel app."),
                  Button("Check service status"),
                  P("Thanks for your patience,\nKestrel Fibre Network Operations")};
        e.finePrint = "Planned work may occasionally be rescheduled. We'll e-mail you if the date changes. "
                      "Landline calls over broadband, including to 999, won't work while the service is down.";
        renderEmail(e);
    }
    {
        Email e;
        e.slug = "pay-direct-debit-notice-email";
        e.subject = "Your Direct Debit of £58.33 will be collected on 1 April";
        e.fromAddr = "billing@kestrelfibre.co.uk";
        e.to = "Nadia Ahmed";
        e.date = "Wed 25 Mar 2026, 07:48";
        e.preheader = "Advance notice of your Kestrel Fibre payment.";
        e.heroTitle = "Your bill is ready";
        e.heroText = "Account 60395517 · Bill INV-2603-118245";
        e.body = {P("Hi Nadia,"),
                  P("This is your advance notice that we'll collect your payment by Direct Debit."),
                  KV({"Amount|£58.33", "Collection date|On or just after 1 April 2026",
                      "From account|Ahmed N · ****4821 · sort code **-**-17", "Reference|KF60395517",
                      "Service user number|442917"}),
                  Button("View my bill"),
                  P("Your bill includes your first month's charge and a part-period charge. You can see the "
                    "details in the Kestrel app or your online account."),
                  Small("The Direct Debit Guarantee: if an error is made in the payment of your Direct Debit, by "
                        "Kestrel Fibre or your bank or building society, you are entitled to a full and immediate "
                        "refund of the amount paid from your bank or building society.")};
        e.finePrint = "Please don't reply to this e-mail. For help with your bill visit kestrelfibre.co.uk/bills.";
        renderEmail(e);
    }
    {
        Email e;
        e.slug = "renew-cancellation-confirmation-email";
        e.subject = "We've received your request to leave Kestrel Fibre";
        e.fromAddr = "accounts@kestrelfibre.co.uk";
        e.to = "Emma Brooks";
        e.date = "Thu 16 Apr 2026, 16:20";
        e.preheader = "Your service will end on 14 May 2026. Here's what happens next.";
        e.heroTitle = "Sorry to see you go, Emma";
        e.heroText = "Cancellation reference CN-260416-0932";
        e.body = {P("We've processed your request to end your Kestrel Fibre broadband."),
                  KV({"Account number|60277310", "Service ends|Thu 14 May 2026 (30 days' notice)",
                      "Early termination charge|£0.00 - your contract has ended",
                      "Final bill|Sent by e-mail after 14 May 2026"}),
                  H2("Please return your Kestrel Hub"),
                  P("We'll post you a free returns bag. Please send your Hub back within 30 days of your "
                    "service ending, or a £60 non-return charge will be added to your final bill."),
                  H2("Changed your mind?"),
                  P("You can cancel this request any time before 14 May 2026. Call us on 0330 088 4400 and "
                    "we'll keep everything as it is."),
                  Button("Keep my broadband"),
                  Small("If you're switching to another full fibre provider, they may arrange the switch "
                        "for you. You don't need to contact us again.")};
        e.finePrint = "Any credit on your account will be refunded to your bank within 10 working days of your "
                      "final bill.";
        renderEmail(e);
    }
}

void letters()
{
    {
        Letter l;
        l.slug = "join-welcome-letter";
        l.title = "Welcome to Kestrel Fibre";
        l.address = {"Mr Jay Patel", "Flat 4, Alder Court", "27 Mill Lane", "Leeds", "LS6 2QT"};
        l.date = "4 March 2026";
        l.refs = {"Account number|60412087", "Order number|KF-208113"};
        l.subject = "Welcome to Kestrel Fibre";
        l.salutation = "Dear Mr Patel,";
        l.body = {P("Thank you for choosing Kestrel Fibre. We're looking forward to getting you connected. "
                    "This letter confirms your plan and the important details of your contract - please keep "
                    "it somewhere safe."),
                  KV({"Your plan|Fibre 900 (average download 900 Mb, upload 110 Mb)",
                      "Minimum guaranteed speed|450 Mb download",
                      "Monthly price|£45.00 a month from 11 March 2026 to 10 September 2027",
                      "Contract length|18 months",
                      "Installation|Wednesday 11 March 2026, between 8am and 6pm",
                      "Payment|Direct Debit, on the 1st of each month"}),
                  H2("Before your installation"),
                  Bullets({"Your Kestrel Hub 2 will arrive by Royal Mail in the next few days.",
                           "Someone aged 18 or over must be at home for the whole appointment window.",
                           "Please make sure the engineer can reach where your phone line or cable TV comes in."}),
                  P("Your first bill may include a part-period charge for the days between your installation "
                    "and the first of the following month."),
                  P("If you have any questions, our team is available on 0330 088 4400, 8am to 8pm, seven days "
                    "a week, or in the Kestrel app."),
                  P("Yours sincerely,"),
                  Sign("Claire Whitfield", "Head of Customer Experience, Kestrel Fibre")};
        l.finePrint = "After your 18-month contract ends, your price will change to our standard price, currently "
                      "£58 a month for Fibre 900. Prices rise each April by £3 a month. Full terms at "
                      "kestrelfibre.co.uk/terms.";
        renderLetter(l);
    }
    {
        Letter l;
        l.slug = "get-help-complaint-acknowledgement-letter";
        l.title = "We've received your complaint";
        l.address = {"Mrs Karen Walsh", "14 Orchard Road", "Didsbury", "Manchester", "M20 6BT"};
        l.date = "12 March 2026";
        l.refs = {"Account number|60301944", "Complaint reference|CC-775142"};
        l.subject = "We've received your complaint";
        l.salutation = "Dear Mrs Walsh,";
        l.body = {P("Thank you for speaking to us on 11 March 2026. I'm sorry that your broadband has been "
                    "dropping out and that you've had to explain the problem several times. We've logged this "
                    "as a formal complaint."),
                  H2("What you told us"),
                  Bullets({"Your connection drops around four times a day.",
                           "You've restarted your Kestrel Hub, replaced the cable and done a factory reset.",
                           "You contacted us by phone on 2 March and by web chat on 5 March, and had to repeat "
                           "your details each time."}),
                  H2("What we're doing"),
                  Bullets({"A replacement Kestrel Hub 2 was sent by next-day delivery on 11 March.",
                           "Our network team will monitor your line for seven days and contact you with the results.",
                           "A complaints specialist, Daniel Osei, now owns your case and will be your single point of contact."}),
                  P("We aim to resolve complaints within 14 days and will write to you again by 25 March 2026. "
                    "You can reach Daniel directly on 0330 088 4491 quoting reference CC-775142."),
                  P("Yours sincerely,"),
                  Sign("Daniel Osei", "Complaints Resolution Team")};
        l.finePrint = "If we haven't resolved your complaint within eight weeks, or you're unhappy with our final "
                      "response, you can refer it to the independent communications ombudsman free of charge. "
                      "Details of our complaints code are at kestrelfibre.co.uk/complaints.";
        renderLetter(l);
    }
    {
        Letter l;
        l.slug = "renew-price-change-letter";
        l.title = "Your Kestrel Fibre price is changing";
        l.address = {"Mr Graham Fraser", "22 Bruntsfield Place", "Edinburgh", "EH10 4HN"};
        l.date = "20 March 2026";
        l.refs = {"Account number|60118506", "Letter reference|PC-2605-33871"};
        l.subject = "Your deal is ending - your new price from 1 May 2026";
        l.salutation = "Dear Mr Fraser,";
        l.body = {P("Thank you for being a Kestrel Fibre customer. Your 18-month contract for Fibre 500 ends on "
                    "30 April 2026. From 1 May 2026 you'll move on to our standard monthly price."),
                  KV({"Your plan|Fibre 500", "Current price|£35.00 a month", "New price from 1 May 2026|£52.00 a month",
                      "Change|+£17.00 a month (£204.00 a year)", "Contract|Rolling monthly, 30 days' notice"}),
                  H2("What you can do"),
                  Bullets({"Do nothing: your service continues at £52.00 a month with no contract.",
                           "Re-contract: call us on 0330 088 4400 to hear about our latest offers for existing customers.",
                           "Leave: you can cancel with 30 days' notice at no charge once your contract has ended."}),
                  Callout("Best tariff information",
                          "The cheapest Kestrel plan with a similar speed is Fibre 500 on a new 18-month contract, "
                          "from £36.00 a month. To get this price, please call us."),
                  P("Yours sincerely,"),
                  Sign("Rob Keane", "Customer Accounts, Kestrel Fibre")};
        l.finePrint = "This is your end-of-contract notification as required by Ofcom. Prices include VAT. Standard "
                      "prices are reviewed each April. If you have a landline number with us, it will move with "
                      "you if you switch provider.";
        renderLetter(l);
    }
}

int renderArtifacts(const QString &out)
{
    g_out = out;
    QDir().mkpath(out);
    webPlans();
    engineerTracking();
    speedTestApp();
    supportChat();
    emails();
    letters();
    firstBill();
    routerGuide();
    return g_failures ? 1 : 0;
}

int renderIcon(const QString &svg, const QString &png, int size)
{
    QSvgRenderer r(svg);
    if (!r.isValid()) {
        std::fprintf(stderr, "invalid SVG %s\n", qPrintable(svg));
        return 1;
    }
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    r.render(&p, QRectF(0, 0, size, size));
    p.end();
    if (!img.save(png, "PNG", 0)) {
        std::fprintf(stderr, "failed to write %s\n", qPrintable(png));
        return 1;
    }
    std::printf("%s %dx%d\n", qPrintable(png), size, size);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == "artifacts")
        return renderArtifacts(args[2]);
    if (args.size() >= 4 && args[1] == "icon")
        return renderIcon(args[2], args[3], args.size() >= 5 ? args[4].toInt() : 256);
    std::fprintf(stderr,
                 "usage: %s artifacts <outdir>\n"
                 "       %s icon <in.svg> <out.png> [size]\n",
                 argv[0], argv[0]);
    return 2;
}
