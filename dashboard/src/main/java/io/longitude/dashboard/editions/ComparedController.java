package io.longitude.dashboard.editions;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Editions compared" page (M10, with the headline shares of every edition). */
@Controller
class ComparedController {
    private final MetricStore store;
    private final MessageSource messages;

    ComparedController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/editions/compared")
    String compared(Model model, Locale locale) {
        model.addAttribute("programmes", EditionsCompared.of(store.editions(), EditionsCompared.pageRows(store),
                key -> messages.getMessage(key, null, key, locale), locale));
        return "editions/compared";
    }
}
