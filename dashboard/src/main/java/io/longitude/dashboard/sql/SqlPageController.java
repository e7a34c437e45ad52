package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console page: the query box, Run and Cancel, the result, the downloads, and the views it can query. */
@Controller
class SqlPageController {
    private final SqlConsole console;
    private final SqlProperties properties;

    SqlPageController(SqlConsole console, SqlProperties properties) {
        this.console = console;
        this.properties = properties;
    }

    @GetMapping("/sql")
    String page(Viewer viewer, Model model) {
        model.addAttribute("views", console.views(viewer));
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("timeoutSeconds", properties.timeout().toSeconds());
        return "sql/console";
    }
}
