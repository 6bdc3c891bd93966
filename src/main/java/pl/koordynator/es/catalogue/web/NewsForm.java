package pl.koordynator.es.catalogue.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsInput;
import pl.koordynator.es.catalogue.NewsView;

/** The news form of ROPS's pages: the publish day and time typed apart, in the region's time zone. */
public class NewsForm {

    private String title;
    private String lead;
    private String body;
    private List<NewsCategory> categories = new ArrayList<>();
    private String publishDate;
    private String publishTime;
    private String slug;
    private Integer version;

    static NewsForm of(NewsView news, ZoneId zone) {
        NewsForm form = new NewsForm();
        form.title = news.title();
        form.lead = news.lead();
        form.body = news.body();
        form.categories = new ArrayList<>(news.categories());
        form.publishDate = NewsFormValues.day(news.publishAt().atZoneSameInstant(zone).toLocalDate());
        form.publishTime = NewsFormValues.TIME.format(news.publishAt().atZoneSameInstant(zone));
        form.slug = news.slug();
        form.version = news.version();
        return form;
    }

    NewsInput toInput(ZoneId zone) {
        NewsFormValues values = new NewsFormValues();
        LocalDate day = values.day("publishDate", publishDate, false);
        LocalTime time = values.time("publishTime", publishTime);
        values.throwIfAny();
        return new NewsInput(title, lead, body, categories,
                day == null ? null : day.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone).toOffsetDateTime(),
                slug, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<NewsCategory> getCategories() { return categories; }
    public void setCategories(List<NewsCategory> categories) { this.categories = categories; }
    public String getPublishDate() { return publishDate; }
    public void setPublishDate(String publishDate) { this.publishDate = publishDate; }
    public String getPublishTime() { return publishTime; }
    public void setPublishTime(String publishTime) { this.publishTime = publishTime; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
