// Translations: every text the workbench shows is marked for translation (a pseudo-translator
// brackets each translated text, and the windows, menus, dialogs and charts are walked for text
// without brackets), and every control says what it does in a tooltip; each .ts file is complete and current with the
// sources (lupdate is run on them here); the chosen language shows, with its dates and numbers.
#include "demo_bootstrap.h"
#include "dialogs/import_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "language.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "rules/taxonomy.h"
#include "store/store.h"
#include "test_support.h"
#include "views/audit_view.h"
#include "views/dashboard_panel.h"
#include "views/escalation_queue.h"
#include "views/kwic_view.h"
#include "views/phrases_view.h"
#include "views/radar_view.h"
#include "views/taxonomy_editor.h"
#include "views/verbatim_browser.h"
#include "vocabulary.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace tw;

namespace {

const QString kOpen = QStringLiteral("⟦"), kClose = QStringLiteral("⟧");

// Brackets every text that goes through tr(): a text shown without brackets was never translated.
class PseudoTranslator final : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int) const override {
        if (source == nullptr || *source == '\0') return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

// Installs a translator for the test's life and takes it away after.
class ScopedTranslator {
public:
    explicit ScopedTranslator(QTranslator* t) : t_(t) { QCoreApplication::installTranslator(t_); }
    ~ScopedTranslator() { QCoreApplication::removeTranslator(t_); }
    ScopedTranslator(const ScopedTranslator&) = delete;
    ScopedTranslator& operator=(const ScopedTranslator&) = delete;

private:
    QTranslator* t_;
};

// The texts of a window a user reads, each with where it was found. Cells of lists and the
// verbatims themselves are the store's data and are not collected; their column headers are.
class TextWalk {
public:
    // Values that come from the store or the user (channel names, category names, user names,
    // file names): shown as they are in every language.
    std::set<QString> data;
    std::vector<std::pair<QString, QString>> untranslated;  // where, text

    void check(const QString& where, QString text) {
        if (Qt::mightBeRichText(text)) text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text = text.trimmed();
        if (text.isEmpty() || text.contains(kOpen) || data.count(text) > 0) return;
        if (QDir::isAbsolutePath(text)) return;  // a file's path (recent stores)
        static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
        if (!word.match(text).hasMatch()) return;  // numbers, dates, symbols
        if (seen_.insert(where + text).second) untranslated.emplace_back(where, text);
    }

    void walk(QWidget* top) {
        const QString name = QString::fromLatin1(top->metaObject()->className());
        check(name + QStringLiteral(" window title"), top->windowTitle());
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (QWidget* w : widgets) widget(w);
        for (QAction* a : top->findChildren<QAction*>()) action(QStringLiteral("action"), a);
    }

    // Buttons, boxes and fields that do not say what they do when hovered (Qt's own inner parts
    // of tab bars, spin boxes, combo boxes and tables aside).
    std::vector<QString> withoutTooltip;
    void controlsWithoutTooltips(QWidget* top) {
        for (QWidget* w : top->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                 qobject_cast<QLineEdit*>(w) || w->inherits("QAbstractSpinBox");
            if (!control || !w->toolTip().isEmpty() || w->objectName().startsWith(QStringLiteral("qt_"))) continue;
            QObject* p = w->parent();
            if (p && (p->inherits("QTabBar") || p->inherits("QComboBox") || p->inherits("QAbstractSpinBox") ||
                      p->inherits("QLineEdit") || p->inherits("QAbstractItemView") || p->inherits("QDialogButtonBox")))
                continue;
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w)) text = b->text();
            if (auto* e = qobject_cast<QLineEdit*>(w)) text = e->placeholderText();
            const QString what = QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" in ") +
                                 QString::fromLatin1(p ? p->metaObject()->className() : "?") + QStringLiteral(" \"") +
                                 text + QLatin1Char('"');
            if (std::find(withoutTooltip.begin(), withoutTooltip.end(), what) == withoutTooltip.end())
                withoutTooltip.push_back(what);
        }
    }

private:
    std::set<QString> seen_;

    void action(const QString& where, QAction* a) {
        if (a->isSeparator()) return;
        check(where + QStringLiteral(" text"), a->text());
        check(where + QStringLiteral(" tooltip"), a->toolTip());
        check(where + QStringLiteral(" status tip"), a->statusTip());
    }

    void widget(QWidget* w) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) +
                              (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName());
        check(where + QStringLiteral(" tooltip"), w->toolTip());
        check(where + QStringLiteral(" what's this"), w->whatsThis());
        if (auto* label = qobject_cast<QLabel*>(w)) check(where, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w)) check(where, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w)) check(where, box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i) check(where + QStringLiteral(" item"), combo->itemText(i));
        if (auto* menu = qobject_cast<QMenu*>(w)) {
            check(where + QStringLiteral(" title"), menu->title());
            for (QAction* a : menu->actions()) action(where, a);
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                check(where + QStringLiteral(" tab"), tabs->tabText(i));
                check(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
            }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                check(where + QStringLiteral(" column"), m->headerData(c, Qt::Horizontal).toString());
                check(where + QStringLiteral(" column tooltip"),
                      m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (auto* chartView = qobject_cast<QChartView*>(w); chartView && chartView->chart())
            chart(where, chartView->chart());
    }

    void chart(const QString& where, QChart* c) {
        check(where + QStringLiteral(" chart title"), c->title());
        for (QAbstractAxis* axis : c->axes()) check(where + QStringLiteral(" axis title"), axis->titleText());
        for (QLegendMarker* marker : c->legend()->markers()) check(where + QStringLiteral(" legend"), marker->label());
    }
};

// Waits for `signal` unless it already came.
template <class Sender, class Signal>
void settle(Sender* sender, Signal signal, int ms = 20000) {
    QSignalSpy spy(sender, signal);
    spy.wait(ms);
}

}  // namespace

TEST(Translations, EveryTextTheWorkbenchShowsIsMarkedForTranslationAndEveryControlHasATooltip) {
    PseudoTranslator pseudo;
    ScopedTranslator installed(&pseudo);
    tw::test::TempDir dir;
    auto made = ui::createDemoStore(dir.file("demo.tw"));
    ASSERT_TRUE(made.ok()) << made.error().describe();
    const QString store = QString::fromStdString(*made);

    TextWalk walk;
    walk.data = {QStringLiteral("admin"), QStringLiteral("max"),       QStringLiteral("ana"),
                 QStringLiteral("lee"),   QFileInfo(store).fileName(), store};
    for (const auto& l : ui::uiLanguages()) walk.data.insert(l.name);  // each named in its own language
    // What the store holds is data: its channels and its categories' names.
    {
        auto opened = core::Store::open(made.value(), core::Store::Access::ReadOnly);
        ASSERT_TRUE(opened.ok());
        auto stats = opened->stats();
        ASSERT_TRUE(stats.ok());
        for (const auto& c : stats->channels) walk.data.insert(QString::fromStdString(c.channel));
    }
    for (const auto& c : core::Taxonomy::builtin().categories()) {
        walk.data.insert(QString::fromStdString(c.name));
        walk.data.insert(QString::fromStdString(c.path));
    }

    {  // Before a store: the empty window, its menus and the sign-in dialog.
        ui::MainWindow window;
        window.show();
        walk.walk(&window);
        ui::SignInDialog signIn(store);
        walk.walk(&signIn);
        walk.controlsWithoutTooltips(&signIn);
    }
    for (const auto& [user, password] :
         {std::pair{"max", "demo-manager-2026"}, std::pair{"admin", "demo-admin-2026"}}) {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy radarDone(window.radar(), &ui::RadarView::finished);
        window.presetSignIn(QString::fromLatin1(user), QString::fromLatin1(password));
        ASSERT_TRUE(window.openStore(store));
        ASSERT_TRUE(radarDone.wait(30000));
        auto* browser = window.browser();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->model()->isLoading(); }, 20000));
        browser->table()->selectRow(0);
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
        }
        window.tabs()->setCurrentWidget(window.dashboard());
        settle(window.dashboard(), &ui::DashboardPanel::refreshed, 5000);
        window.kwic()->ruleBox()->setText(QStringLiteral("refund"));
        window.kwic()->run();
        settle(window.kwic(), &ui::KwicView::finished);
        window.phrases()->run();
        settle(window.phrases(), &ui::PhrasesView::finished);
        const bool manager = std::string_view(user) == "max";  // the admin has no queue; the manager no audit trail
        if (manager) {
            // The escalations the first analysis opens, listed once it has run.
            auto* queue = window.escalations();
            EXPECT_TRUE(QTest::qWaitFor(
                [&] {
                    if (queue->table()->rowCount() == 0) queue->refresh();
                    settle(queue, &ui::EscalationQueue::loaded, 2000);
                    return queue->table()->rowCount() > 0;
                },
                60000));
            queue->table()->selectRow(0);
            settle(queue, &ui::EscalationQueue::detailShown, 5000);
        }
        if (!manager) {
            window.audit()->refresh();
            EXPECT_TRUE(QTest::qWaitFor([&] { return window.audit()->table()->rowCount() > 0; }, 10000));
            window.audit()->verify();
            settle(window.audit(), &ui::AuditView::verified, 10000);
        }
        walk.walk(&window);
        walk.controlsWithoutTooltips(&window);
        // The product's own words in the lists: escalation types, severities and states, audit
        // actions, sentiment labels.
        auto cells = [&](const QString& where, QAbstractItemModel* m, std::initializer_list<int> columns) {
            for (int r = 0; r < std::min(m->rowCount(), 40); ++r)
                for (int c : columns) walk.check(where, m->data(m->index(r, c)).toString());
        };
        if (manager) {
            EXPECT_GT(window.escalations()->table()->rowCount(), 0);
            cells(QStringLiteral("escalation queue cell"), window.escalations()->table()->model(), {1, 2, 3});
        }
        if (!manager) {
            EXPECT_GT(window.audit()->table()->rowCount(), 0);
            cells(QStringLiteral("audit trail cell"), window.audit()->table()->model(), {3});
        }
        cells(QStringLiteral("browser cell"), browser->model(),
              {ui::VerbatimTableModel::SentimentColumn, ui::VerbatimTableModel::EmotionColumn});
        if (window.tabs()->indexOf(window.taxonomyEditor()) >= 0) {
            ui::ImportDialog import(store);
            QSignalSpy preview(&import, &ui::ImportDialog::previewReady);
            import.setFile(
                QString::fromStdString(dir.write("f.csv", "id,date,channel,comment\n1,2026-03-01,chat,Slow\n")));
            preview.wait(10000);
            for (const char* column : {"id", "date", "channel", "comment"})  // the file's own column names
                walk.data.insert(QString::fromLatin1(column));
            walk.walk(&import);
            walk.controlsWithoutTooltips(&import);
        }
    }
    std::string tips;
    for (const QString& w : walk.withoutTooltip) tips += "  " + w.toStdString() + "\n";
    EXPECT_TRUE(walk.withoutTooltip.empty()) << walk.withoutTooltip.size() << " controls have no tooltip:\n" << tips;
    std::string report;
    for (const auto& [where, text] : walk.untranslated)
        report += "  " + where.toStdString() + ": \"" + text.toStdString() + "\"\n";
    EXPECT_TRUE(walk.untranslated.empty())
        << walk.untranslated.size() << " texts are shown without going through tr():\n"
        << report;
}

namespace {

// One message of a .ts file: its context, source and disambiguation, and its translation forms
// (one, or one per plural form), with the translation's state ("unfinished", "vanished"...).
struct TsMessage {
    QString context, source, comment, state;
    QStringList forms;
    bool numerus = false;
};

std::vector<TsMessage> readTs(const QString& path, QString* language = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> out;
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language)
            *language = xml.attributes().value(QLatin1String("language")).toString();
        if (name == QLatin1String("name")) context = xml.readElementText();
        if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {},
                          {},      {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        }
        if (name == QLatin1String("source")) m.source = xml.readElementText();
        if (name == QLatin1String("comment")) m.comment = xml.readElementText();
        if (name == QLatin1String("translation")) {
            m.state = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out.push_back(m);
        }
    }
    return out;
}

// %1..%99, %L1 and %n: what .arg() and tr()'s count fill in.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Whether a text has a keyboard mnemonic (&File), leaving aside && and HTML entities (&amp;).
bool hasMnemonic(const QString& text) {
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-zA-Z]+;|#)\\S"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return re.match(t).hasMatch();
}

QString key(const TsMessage& m) { return m.context + QChar(0) + m.source + QChar(0) + m.comment; }

}  // namespace

// Each language's .ts holds every text the sources mark (lupdate is run on the sources here, so
// a new tr() without its translations fails), each finished, with the same placeholders and a
// keyboard mnemonic wherever the English has one.
TEST(Translations, EachLanguageIsCompleteAndCurrentWithTheSources) {
    tw::test::TempDir dir;
    const QString fresh = QString::fromStdString(dir.file("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TW_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral(TW_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const auto marked = readTs(fresh);
    ASSERT_GT(marked.size(), 400u) << "lupdate found the sources' texts";

    const QStringList languages = QStringLiteral(TW_LANGUAGES).split(QLatin1Char(','));
    EXPECT_EQ(languages.size(), 4);
    for (const QString& lang : languages) {
        const QString path = QStringLiteral(TW_SOURCE_DIR "/translations/tidewatch_%1.ts").arg(lang);
        QString declared;
        const auto messages = readTs(path, &declared);
        ASSERT_FALSE(messages.empty()) << path.toStdString();
        EXPECT_EQ(declared, lang) << path.toStdString();
        std::map<QString, const TsMessage*> byKey;
        for (const auto& m : messages) byKey[key(m)] = &m;
        int problems = 0;
        auto fail = [&](const TsMessage& m, const std::string& why) {
            if (++problems <= 15)
                ADD_FAILURE() << lang.toStdString() << " [" << m.context.toStdString() << "] \""
                              << m.source.toStdString() << "\": " << why;
        };
        for (const auto& m : marked) {
            const auto it = byKey.find(key(m));
            if (it == byKey.end()) {
                fail(m, "missing: run `cmake --build <dir> --target update_translations` and translate it");
                continue;
            }
            const TsMessage& t = *it->second;
            if (!t.state.isEmpty()) fail(t, "marked " + t.state.toStdString());
            for (const QString& form : t.forms) {
                if (form.trimmed().isEmpty()) fail(t, "empty translation");
                // A plural form may say "one" instead of %n ("erster Datensatz"); the last says %n.
                QStringList want = placeholders(t.source), have = placeholders(form);
                if (t.numerus && &form != &t.forms.back()) {
                    want.removeAll(QStringLiteral("n"));
                    have.removeAll(QStringLiteral("n"));
                }
                if (have != want) fail(t, "placeholders differ: \"" + form.toStdString() + "\"");
                if (hasMnemonic(t.source) && !hasMnemonic(form))
                    fail(t, "lost its mnemonic: \"" + form.toStdString() + "\"");
            }
        }
        std::set<QString> current;
        for (const auto& m : marked) current.insert(key(m));
        for (const auto& m : messages)
            if (current.count(key(m)) == 0) fail(m, "no longer in the sources (obsolete): run update_translations");
        EXPECT_EQ(problems, 0) << lang.toStdString() << ": " << problems << " problems";
    }
}

TEST(Translations, TheChosenLanguageWinsOverTheSystemsAndUnknownOnesFallBack) {
    EXPECT_EQ(ui::resolveLanguage(QStringLiteral("ja"), {QStringLiteral("de-DE")}), QStringLiteral("ja"));
    EXPECT_EQ(ui::resolveLanguage({}, {QStringLiteral("de-CH"), QStringLiteral("en-GB")}), QStringLiteral("de"));
    EXPECT_EQ(ui::resolveLanguage({}, {QStringLiteral("pt-BR"), QStringLiteral("fr-CA")}), QStringLiteral("fr"));
    EXPECT_EQ(ui::resolveLanguage(QStringLiteral("xx"), {QStringLiteral("C")}), QStringLiteral("en"));
    EXPECT_EQ(ui::resolveLanguage({}, {QStringLiteral("es_MX")}), QStringLiteral("es"));
}

// German chosen: the menus, the tabs and Qt's own buttons speak it, and numbers and dates follow
// German conventions; the choice is kept for the next start.
TEST(Translations, GermanShowsInTheMenusTabsAndNumbers) {
    const QLocale before;
    ASSERT_TRUE(ui::installLanguage(QStringLiteral("de"), true));
    auto undo = qScopeGuard([&] {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    });
    ui::MainWindow window;
    QStringList menus;
    for (QAction* a : window.menuBar()->actions()) menus << a->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Hilfe"))) << menus.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(window.tabs()->tabText(window.tabs()->indexOf(window.dashboard())), QStringLiteral("Ü&bersicht"));
    EXPECT_EQ(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    EXPECT_EQ(ui::localDay(QDateTime(QDate(2026, 11, 28), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch()),
              QStringLiteral("28.11.26"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"))
        << "Qt's own translation is installed too";

    ui::saveLanguage(QStringLiteral("ja"));
    EXPECT_EQ(ui::savedLanguage(), QStringLiteral("ja"));
    window.setLanguage(QString());
    EXPECT_TRUE(ui::savedLanguage().isEmpty()) << "following the system again";
}
