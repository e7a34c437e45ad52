package io.longitude.dashboard.publication;

import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.reports.Headline;
import io.longitude.dashboard.reports.PublicHeadlines;
import io.longitude.dashboard.summaries.EditionSessions;
import io.longitude.dashboard.summaries.SessionView;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.ingest.summaries.Publications;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public pages: no sign-in, for the candidates, the partners' networks and social media. Only editions a manager
 * published answer; any other id answers 404, the same as an id that does not exist. A public page shows the
 * session summaries (sanitised, without their authors) and a few headline figures that are cells of the funder
 * report after its disclosure control; nothing else of the lake, no pseudonym, no user name.
 */
@Controller
class PublicController {
    /** How long a browser or a social network's crawler may keep a public picture. */
    private static final CacheControl PICTURES =
            CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final MetricStore store;
    private final PublishedEditions published;
    private final PublicHeadlines headlines;
    private final EditionSessions sessions;
    private final MessageSource messages;

    PublicController(
            MetricStore store,
            PublishedEditions published,
            PublicHeadlines headlines,
            EditionSessions sessions,
            MessageSource messages) {
        this.store = store;
        this.published = published;
        this.headlines = headlines;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/public")
    String index(Model model) {
        List<EditionSummary> editions = published.published().stream()
                .map(change -> store.edition(change.editionId()))
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("editions", editions);
        model.addAttribute("feed", address("/public/feed.atom"));
        return "public/index";
    }

    @GetMapping("/public/editions/{editionId}")
    String edition(@PathVariable String editionId, Model model, Locale locale) {
        EditionSummary edition = publishedEdition(editionId);
        List<Headline> figures = headlines.of(edition, locale);
        String language = locale.getLanguage();
        String page = address("/public/editions/" + editionId);
        model.addAttribute("edition", edition);
        model.addAttribute("title", title(edition, locale));
        model.addAttribute("headlines", figures);
        model.addAttribute("k", headlines.k(edition, locale));
        model.addAttribute("description", description(figures, locale));
        model.addAttribute(
                "sessions",
                sessions.views(editionId, language).stream()
                        .filter(session -> !session.html().isEmpty())
                        .toList());
        model.addAttribute(
                "since",
                published.change(editionId).map(change -> date(change, locale)).orElse(""));
        model.addAttribute("page", page + "?lang=" + language);
        model.addAttribute("pageBase", page);
        model.addAttribute("card", page + "/card.png?lang=" + language);
        model.addAttribute("picture", page + "/headline.svg?lang=" + language);
        model.addAttribute("feed", address("/public/feed.atom") + "?lang=" + language);
        model.addAttribute(
                "embed",
                embed(page + "?lang=" + language, page + "/headline.svg?lang=" + language, title(edition, locale)));
        return "public/edition";
    }

    @GetMapping("/public/editions/{editionId}/card.png")
    ResponseEntity<byte[]> card(@PathVariable String editionId, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(PICTURES)
                .body(picture(publishedEdition(editionId), locale).png());
    }

    @GetMapping("/public/editions/{editionId}/headline.svg")
    ResponseEntity<String> headline(@PathVariable String editionId, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(PICTURES)
                .body(picture(publishedEdition(editionId), locale).svg());
    }

    @GetMapping("/public/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        String language = locale.getLanguage();
        List<AtomFeed.Entry> entries = published.published().stream()
                .map(change -> store.edition(change.editionId()))
                .flatMap(Optional::stream)
                .flatMap(edition -> sessions.views(edition.editionId(), language).stream()
                        .filter(session -> !session.html().isEmpty())
                        .map(session -> entry(edition, session, locale)))
                .toList();
        AtomFeed feed = new AtomFeed(
                "tag:longitude,2026:public/" + language,
                text("public.feed.title", locale),
                address("/public/feed.atom") + "?lang=" + language,
                address("/public") + "?lang=" + language,
                text("public.feed.author", locale),
                language,
                entries);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/atom+xml;charset=UTF-8"))
                .body(feed.xml());
    }

    private AtomFeed.Entry entry(EditionSummary edition, SessionView session, Locale locale) {
        String kind = text("summaries.kind." + session.kind(), locale);
        String title = title(edition, locale) + " · " + kind + (session.theme() == null ? "" : " · " + session.theme());
        return new AtomFeed.Entry(
                "tag:longitude,2026:" + edition.editionId() + "/" + session.id() + "/" + session.language(),
                title,
                address("/public/editions/" + edition.editionId()) + "?lang=" + locale.getLanguage() + "#"
                        + session.id(),
                session.writtenAt(),
                session.html());
    }

    private SharePicture picture(EditionSummary edition, Locale locale) {
        return new SharePicture(
                title(edition, locale),
                text("public.card.subtitle", locale),
                headlines.of(edition, locale),
                text("public.card.note", locale, headlines.k(edition, locale)));
    }

    /** The edition if a manager published it; 404 otherwise, the same answer as for an id that does not exist. */
    private EditionSummary publishedEdition(String editionId) {
        return store.edition(editionId)
                .filter(edition -> published.isPublic(edition.editionId()))
                .orElseThrow(() -> new NotFoundException("No published edition " + editionId));
    }

    private String title(EditionSummary edition, Locale locale) {
        return text("public.title", locale, edition.programmeId(), edition.number());
    }

    /** The HTML another site pastes to show the headline picture, linked to the page (the template escapes it). */
    private static String embed(String page, String picture, String title) {
        String alt = title.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<a href=\"" + page + "\"><img src=\"" + picture + "\" width=\"600\" alt=\"" + alt + "\"></a>";
    }

    /** The headline in one sentence, for the social networks' preview. */
    private String description(List<Headline> figures, Locale locale) {
        return figures.stream()
                .filter(Headline::shown)
                .map(figure -> figure.value() + " " + figure.label()
                        + (figure.base().isEmpty() ? "" : " (" + figure.base() + ")"))
                .collect(Collectors.joining(" · "));
    }

    private static String date(Publications.Change change, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy")
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(change.changedAt());
    }

    /** The full address of a path as this request reached the server: social networks need absolute addresses. */
    private static String address(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
