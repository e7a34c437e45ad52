package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console page: the query box, Run and Cancel, the result and its chart, the downloads, and beside them the schema
 * panel (the viewer's views with columns, types and row counts), their saved queries and their history.
 */
@Controller
class SqlPageController {
    private final SqlConsole console;
    private final ConsoleSchema schema;
    private final SqlProperties properties;

    SqlPageController(SqlConsole console, ConsoleSchema schema, SqlProperties properties) {
        this.console = console;
        this.schema = schema;
        this.properties = properties;
    }

    @GetMapping("/sql")
    String page(Viewer viewer, Model model) {
        model.addAttribute("views", console.views(viewer));
        model.addAttribute("schema", schema.views(viewer));
        model.addAttribute("history", console.history().history(viewer.username()));
        model.addAttribute("saved", console.history().saved(viewer.username()));
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("timeoutSeconds", properties.timeout().toSeconds());
        return "sql/console";
    }
}
