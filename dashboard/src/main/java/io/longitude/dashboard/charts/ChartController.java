package io.longitude.dashboard.charts;

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

/** Serves the edition charts, drawn on the server, as PNG and as SVG. */
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
    ResponseEntity<byte[]> png(@PathVariable String editionId, @PathVariable String chart, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(ChartOutput.png(chart(editionId, chart, locale)));
    }

    @GetMapping("/charts/{editionId}/{chart}.svg")
    ResponseEntity<String> svg(@PathVariable String editionId, @PathVariable String chart, Locale locale) {
        return ResponseEntity.ok().contentType(SVG).body(ChartOutput.svg(chart(editionId, chart, locale)));
    }

    private JFreeChart chart(String editionId, String slug, Locale locale) {
        ChartKind kind = ChartKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("No chart " + slug));
        if (store.edition(editionId).isEmpty()) {
            throw new NotFoundException("No edition " + editionId);
        }
        return EditionCharts.chart(kind, store.figureRows(editionId), key -> messages.getMessage(key, null, key, locale));
    }
}
