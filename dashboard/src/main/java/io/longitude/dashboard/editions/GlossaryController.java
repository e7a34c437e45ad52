package io.longitude.dashboard.editions;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary: every technical term of the pages' statistical detail in plain words, for every signed-in role. */
@Controller
class GlossaryController {
    /** The terms in page order; each has {@code glossary.term.<id>} and {@code glossary.def.<id>} in every language. */
    static final List<String> TERMS = List.of(
            "n",
            "interval",
            "small_n",
            "pp",
            "complete_case",
            "ipw",
            "smd",
            "p_value",
            "stuart_maxwell",
            "mcnemar",
            "wilcoxon",
            "kappa",
            "kaplan_meier",
            "logrank",
            "spearman",
            "slope",
            "density",
            "betweenness",
            "brokerage",
            "did",
            "welch");

    @GetMapping("/glossary")
    String glossary(Model model) {
        model.addAttribute("terms", TERMS);
        return "glossary";
    }
}
