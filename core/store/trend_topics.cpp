#include "store/trend_topics.h"

namespace tw::core {

std::optional<TopicSource> topicSourceFromName(std::string_view name) {
    if (name == "category") return TopicSource::Categories;
    if (name == "phrase") return TopicSource::Phrases;
    if (name == "both") return TopicSource::Both;
    return std::nullopt;
}

Result<TrendSeries> loadTrendSeries(Store& store, RoleReader* reader, const TrendWindow& window, TopicSource source) {
    TrendSeries series;
    if (source != TopicSource::Phrases) {
        auto categories = loadCategorySeries(store, window);
        if (!categories) return categories.error();
        series = std::move(*categories);
    }
    if (source == TopicSource::Categories) return series;
    if (source == TopicSource::Both && series.days == 0) return series;  // nothing dated: nothing rises
    auto query = trendPhraseQuery(store, window);
    if (!query) return query.error();
    auto report = reader ? reader->phrases(*query) : emergingPhrases(store, *query);
    if (!report) return report.error();
    auto phrases = loadPhraseSeries(store, window, *report);
    if (!phrases) return phrases.error();
    if (source == TopicSource::Phrases) return phrases;
    mergeTopics(series, std::move(*phrases));
    return series;
}

}  // namespace tw::core
