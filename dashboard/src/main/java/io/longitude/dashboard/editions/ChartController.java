package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.dashboard.charts.EditionCharts;
import io.longitude.dashboard.charts.EditionsComparedChart;
import io.longitude.dashboard.charts.Texts;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.dashboard.system.VersionedCache;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the charts, drawn on the server, as PNG and as SVG. An unknown edition, programme or chart is 404; a known
 * chart without rows is a 200 image saying "not available for this edition".
 *
 * <p>A drawn chart depends only on its edition (or programme), name, format and language and on the metric rows, so
 * it is kept until the editions or metric table get a new Delta version: an edition page asks for fourteen PNGs at
 * each view (the responses say {@code Cache-Control: no-store}), and drawing one takes tens of milliseconds of CPU.
 * The viewer's scope is checked on every request, before the kept chart is looked up.
 */
@Controller
public class ChartController {
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    /** Charts kept per table version: editions × names × formats × languages, with room to spare. */
    static final int CACHED_CHARTS = 2048;

    private final MetricStore store;
    private final MessageSource messages;
    private final VersionedCache<List<String>, byte[]> pngs = new VersionedCache<>(CACHED_CHARTS);
    private final VersionedCache<List<String>, String> svgs = new VersionedCache<>(CACHED_CHARTS);

    ChartController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * Draws every chart of an edition in every language into the cache, for no viewer in particular: called by
     * {@code PageWarmer} after an analysis, so that the first page view finds its pictures drawn.
     */
    public void warm(String editionId, List<Locale> locales) {
        for (Locale locale : locales) {
            for (ChartKind kind : ChartKind.values()) {
                pngs.get(
                        key("edition", editionId, kind.slug(), locale),
                        store.versions(),
                        () -> ChartOutput.png(EditionCharts.chart(kind, store.figureRows(editionId), texts(locale))));
            }
        }
    }

    /** How many pictures (PNG) are kept for the current version of the metric table. */
    public int keptPictures() {
        return pngs.size();
    }

    @GetMapping("/charts/{editionId}/{chart}.png")
    ResponseEntity<byte[]> png(
            @PathVariable String editionId, @PathVariable String chart, Viewer viewer, Locale locale) {
        store.edition(editionId, viewer);
        return png(pngs.get(
                key("edition", editionId, chart, locale),
                store.versions(),
                () -> ChartOutput.png(chart(editionId, chart, viewer, locale))));
    }

    @GetMapping("/charts/{editionId}/{chart}.svg")
    ResponseEntity<String> svg(
            @PathVariable String editionId, @PathVariable String chart, Viewer viewer, Locale locale) {
        store.edition(editionId, viewer);
        return svg(svgs.get(
                key("edition", editionId, chart, locale),
                store.versions(),
                () -> ChartOutput.svg(chart(editionId, chart, viewer, locale))));
    }

    @GetMapping("/editions/compared/charts/{programmeId}/{measure}.png")
    ResponseEntity<byte[]> comparedPng(
            @PathVariable String programmeId, @PathVariable String measure, Viewer viewer, Locale locale) {
        String programme = store.programme(programmeId, viewer);
        return png(pngs.get(
                key("compared", programme, measure, locale),
                store.versions(),
                () -> ChartOutput.png(compared(programme, measure, locale))));
    }

    @GetMapping("/editions/compared/charts/{programmeId}/{measure}.svg")
    ResponseEntity<String> comparedSvg(
            @PathVariable String programmeId, @PathVariable String measure, Viewer viewer, Locale locale) {
        String programme = store.programme(programmeId, viewer);
        return svg(svgs.get(
                key("compared", programme, measure, locale),
                store.versions(),
                () -> ChartOutput.svg(compared(programme, measure, locale))));
    }

    private static List<String> key(String kind, String id, String chart, Locale locale) {
        return List.of(kind, id, chart, locale.toLanguageTag());
    }

    private static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    private static ResponseEntity<String> svg(String svg) {
        return ResponseEntity.ok().contentType(SVG).body(svg);
    }

    private JFreeChart chart(String editionId, String slug, Viewer viewer, Locale locale) {
        store.edition(editionId, viewer);
        ChartKind kind = ChartKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("No chart " + slug));
        return EditionCharts.chart(kind, store.figureRows(editionId), texts(locale));
    }

    private JFreeChart compared(String programmeId, String measure, Locale locale) {
        var rows = store.metric(MetricCatalogue.EDITIONS.id()).stream()
                .filter(row -> row.programmeId().equals(programmeId))
                .toList();
        if (!EditionsComparedChart.MEASURES.contains(measure)
                && EditionsComparedChart.rows(measure, rows).isEmpty()) {
            throw new NotFoundException("No comparison of " + measure);
        }
        return EditionsComparedChart.chart(measure, rows, texts(locale));
    }

    private Texts texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
