package io.longitude.dashboard.network;

import io.longitude.analytics.collaboration.GraphBound;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.Texts;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The collaboration network of an edition: the page (picture beside its table) and the picture as SVG and PNG, coloured
 * by edition or desk ({@code ?colour=}). The layout is computed once per graph and kept (by {@link NetworkReader}), so the two formats, the two
 * colourings and repeated requests share it.
 */
@Controller
class NetworkController {
    private final MetricStore store;
    private final NetworkReader reader;
    private final MessageSource messages;

    NetworkController(MetricStore store, NetworkReader reader, MessageSource messages) {
        this.store = store;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/editions/{editionId}/network")
    String page(
            @PathVariable String editionId,
            @RequestParam(defaultValue = "edition") String colour,
            Viewer viewer,
            Model model,
            Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        Colouring colouring = colouring(colour);
        EditionNetwork network = reader.network(edition);
        model.addAttribute("edition", edition);
        model.addAttribute("network", network);
        model.addAttribute("colour", colouring.code());
        model.addAttribute("maxNodes", GraphBound.DEFAULT_MAX_NODES);
        model.addAttribute("maxTies", GraphBound.DEFAULT_MAX_EDGES);
        model.addAttribute("facts", NetworkFacts.of(store.metrics(editionId), network, texts(locale), locale));
        return "network/network";
    }

    @GetMapping("/charts/{editionId}/network-map.svg")
    ResponseEntity<String> svg(
            @PathVariable String editionId,
            @RequestParam(defaultValue = "edition") String colour,
            Viewer viewer,
            Locale locale) {
        return Pictures.svgResponse(picture(editionId, colour, viewer, locale));
    }

    @GetMapping("/charts/{editionId}/network-map.png")
    ResponseEntity<byte[]> png(
            @PathVariable String editionId,
            @RequestParam(defaultValue = "edition") String colour,
            Viewer viewer,
            Locale locale) {
        return Pictures.pngResponse(picture(editionId, colour, viewer, locale));
    }

    NetworkPicture picture(String editionId, String colour, Viewer viewer, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        Colouring colouring = colouring(colour);
        EditionNetwork network = reader.network(edition);
        NetworkLayout layout = reader.layout(edition);
        Texts texts = texts(locale);
        String title = texts.get("chart.network") + " · " + edition.editionId();
        return new NetworkPicture(network, layout, colouring, title, texts);
    }

    private static Colouring colouring(String colour) {
        return Colouring.ofCode(colour)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "Cannot colour the network, expected edition or desk: " + colour));
    }

    private Texts texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
