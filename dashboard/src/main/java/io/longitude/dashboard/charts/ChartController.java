package io.longitude.dashboard.charts;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.NotFoundException;
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
 */
@Controller
class ChartController {
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final MetricStore store;
    private final MessageSource messages;

    ChartController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/charts/{editionId}/{chart}.png")
    ResponseEntity<byte[]> png(@PathVariable String editionId, @PathVariable String chart, Viewer viewer, Locale locale) {
        return png(chart(editionId, chart, viewer, locale));
    }

    @GetMapping("/charts/{editionId}/{chart}.svg")
    ResponseEntity<String> svg(@PathVariable String editionId, @PathVariable String chart, Viewer viewer, Locale locale) {
        return svg(chart(editionId, chart, viewer, locale));
    }

    @GetMapping("/editions/compared/charts/{programmeId}/{measure}.png")
    ResponseEntity<byte[]> comparedPng(@PathVariable String programmeId, @PathVariable String measure, Viewer viewer, Locale locale) {
        return png(compared(store.programme(programmeId, viewer), measure, locale));
    }

    @GetMapping("/editions/compared/charts/{programmeId}/{measure}.svg")
    ResponseEntity<String> comparedSvg(@PathVariable String programmeId, @PathVariable String measure, Viewer viewer, Locale locale) {
        return svg(compared(store.programme(programmeId, viewer), measure, locale));
    }

    private static ResponseEntity<byte[]> png(JFreeChart chart) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(ChartOutput.png(chart));
    }

    private static ResponseEntity<String> svg(JFreeChart chart) {
        return ResponseEntity.ok().contentType(SVG).body(ChartOutput.svg(chart));
    }

    private JFreeChart chart(String editionId, String slug, Viewer viewer, Locale locale) {
        store.edition(editionId, viewer);
        ChartKind kind = ChartKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("No chart " + slug));
        return EditionCharts.chart(kind, store.figureRows(editionId), texts(locale));
    }

    private JFreeChart compared(String programmeId, String measure, Locale locale) {
        var rows = store.metric("M10").stream().filter(row -> row.programmeId().equals(programmeId)).toList();
        if (!EditionsComparedChart.MEASURES.contains(measure) && EditionsComparedChart.rows(measure, rows).isEmpty()) {
            throw new NotFoundException("No comparison of " + measure);
        }
        return EditionsComparedChart.chart(measure, rows, texts(locale));
    }

    private Texts texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
