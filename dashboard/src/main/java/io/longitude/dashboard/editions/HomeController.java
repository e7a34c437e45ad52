package io.longitude.dashboard.editions;

import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final MetricStore store;
    private final MessageSource messages;

    HomeController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** One headline figure of a programme's editions side by side, with its trend line over the editions. */
    public record HeadlineRow(String question, String title, List<Card> cells, String trend) {}

    @GetMapping("/")
    String home(Viewer viewer, Model model, Locale locale) {
        Map<String, List<EditionSummary>> programmes = store.editions(viewer).stream()
                .collect(Collectors.groupingBy(EditionSummary::programmeId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("programmes", programmes);
        if (!viewer.is(Role.FUNDER)) {
            Words words = (key, arguments) -> messages.getMessage(key, arguments, key, locale);
            Map<String, List<HeadlineRow>> headlines = new LinkedHashMap<>();
            programmes.forEach((programme, editions) -> headlines.put(programme, headlines(editions, words, locale)));
            model.addAttribute("headlines", headlines);
        }
        return "home";
    }

    private List<HeadlineRow> headlines(List<EditionSummary> editions, Words words, Locale locale) {
        List<List<Card>> cards = Glance.ofEditions(editions, store, words, locale);
        List<HeadlineRow> rows = new ArrayList<>();
        for (int question = 0; question < Glance.QUESTIONS.size(); question++) {
            int index = question;
            List<Card> cells = cards.stream().map(edition -> edition.get(index)).toList();
            String title = cells.stream()
                    .filter(Card::available)
                    .map(Card::title)
                    .findFirst()
                    .orElse(cells.get(0).title());
            rows.add(new HeadlineRow(
                    Glance.QUESTIONS.get(index),
                    title,
                    cells,
                    Sparkline.points(cells.stream().map(Card::value).toList())));
        }
        return rows;
    }
}
