package io.longitude.dashboard.editions;

import io.longitude.dashboard.access.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final MetricStore store;

    HomeController(MetricStore store) {
        this.store = store;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        Map<String, List<EditionSummary>> programmes = store.editions(viewer).stream()
                .collect(Collectors.groupingBy(EditionSummary::programmeId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("programmes", programmes);
        return "home";
    }
}
