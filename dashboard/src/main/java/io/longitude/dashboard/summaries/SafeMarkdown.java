package io.longitude.dashboard.summaries;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A summary's Markdown as HTML that cannot run in the reader's page: CommonMark escapes raw HTML and drops links with
 * unsafe schemes, and jsoup's allow-list (text formatting, lists, quotes, links to http, https and mailto) removes
 * anything else, every attribute but a link's address included.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic().addTags("h3", "h4").removeProtocols("a", "href", "ftp");

    private SafeMarkdown() {}

    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(rendered, ALLOWED);
    }
}
